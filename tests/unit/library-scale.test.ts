import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Library } from '../../electron/library/library.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';
import { apiCaller, importTexts } from '../helpers/api-caller.js';

const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves by hand. */
function clock(start = Date.parse('2026-03-01T10:00:00.000Z')) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

async function open(dir?: string, options: { clock?: () => Date } = {}) {
  const folder = dir ?? (await tempDir());
  const library = await Library.open(folder, { mode: 'write', addSample: false, ...options });
  return { dir: folder, library, call: apiCaller(library) };
}

const texts = {
  'one.txt': 'First story\n\nThe first story is about rice prices in Padang markets.',
  'two.txt': 'Second story\n\nThe second story is about ferries between Java and Bali.',
  'three.txt': 'Third story\n\nThe third story is about coffee growers in Aceh.',
};

describe('the trash', () => {
  it('lists deleted articles, restores them, and empties itself of those older than 30 days', async () => {
    const time = clock();
    const { dir, library, call } = await open(undefined, time);
    const [one, two, three] = await importTexts(call, texts);

    expect(await call('articles.deleteMany', { ids: [one, two] })).toEqual({
      deleted: [
        { id: one, title: 'First story' },
        { id: two, title: 'Second story' },
      ],
    });
    expect((await call('articles.list', {})).articles.map((a) => a.id)).toEqual([three]);

    // Undo of the bulk delete brings both back, all or none.
    await expect(call('articles.restoreMany', { ids: [one, 'not-in-trash-1'] })).rejects.toThrow('There is no article with id not-in-trash-1 in the trash.');
    expect((await call('articles.list', {})).articles.map((a) => a.id)).toEqual([three]);
    await call('articles.restoreMany', { ids: [one, two] });
    expect((await call('articles.list', {})).articles.map((a) => a.id).sort()).toEqual([one, two, three].sort());
    await call('articles.deleteMany', { ids: [one, two] });

    time.advance(5 * DAY);
    await call('articles.delete', { id: three });
    const { articles: trashed } = await call('articles.trash', {});
    // Most recently deleted first.
    expect(trashed[0]).toMatchObject({ id: three, title: 'Third story', deletedAt: '2026-03-06T10:00:00.000Z', purgeAt: '2026-04-05T10:00:00.000Z' });
    expect(new Set(trashed.slice(1).map((a) => a.id))).toEqual(new Set([one, two]));
    expect(trashed[1]).toMatchObject({ deletedAt: '2026-03-01T10:00:00.000Z', purgeAt: '2026-03-31T10:00:00.000Z' });
    await library.close();

    // 29 days after the first deletes, everything is still there.
    time.advance(24 * DAY);
    const later = await open(dir, time);
    expect((await later.call('articles.trash', {})).articles).toHaveLength(3);
    await later.library.close();

    // 31 days after the second deletes: one and two are gone for good; three (deleted 5 days later) stays.
    time.advance(2 * DAY);
    const much = await open(dir, time);
    expect((await much.call('articles.trash', {})).articles.map((a) => a.id)).toEqual([three]);
    expect(existsSync(much.library.layout.trashFile(one))).toBe(false);
    await expect(much.call('articles.restore', { id: one })).rejects.toThrow(`There is no article with id ${one} in the trash.`);
    await much.call('articles.restore', { id: three });
    expect((await much.call('articles.list', {})).articles.map((a) => a.id)).toEqual([three]);
    await much.library.close();
  });

  it('purges for good on request, and refuses ids that are not in the trash without touching the others', async () => {
    const { library, call } = await open();
    const [one, two] = await importTexts(call, texts);
    await call('articles.deleteMany', { ids: [one, two] });
    await expect(call('articles.purge', { ids: [one, 'never-existed-1'] })).rejects.toThrow('There is no article with id never-existed-1 in the trash.');
    expect((await call('articles.trash', {})).articles).toHaveLength(2);
    expect(await call('articles.purge', { ids: [one] })).toEqual({ purged: [one] });
    expect((await call('articles.trash', {})).articles.map((a) => a.id)).toEqual([two]);
    await expect(call('articles.restore', { id: one })).rejects.toThrow(/in the trash/);
    await library.close();
  });

  it('refuses a bulk delete naming an unknown article and leaves the library as it was', async () => {
    const { library, call } = await open();
    const [one] = await importTexts(call, texts);
    await expect(call('articles.deleteMany', { ids: [one, 'no-such-article'] })).rejects.toThrow('There is no article with id no-such-article in this library.');
    expect((await call('articles.list', {})).articles).toHaveLength(3);
    expect((await call('articles.trash', {})).articles).toEqual([]);
    await library.close();
  });
});

describe('reading progress', () => {
  it('is kept on the article and in the listing, across a reopen, without changing updatedAt', async () => {
    const time = clock();
    const { dir, library, call } = await open(undefined, time);
    const [one] = await importTexts(call, texts);
    const before = (await call('articles.get', { id: one })).article.updatedAt;
    expect(await call('articles.setProgress', { id: one, progress: 0.4 })).toEqual({ id: one, readingProgress: 0.4, lastOpenedAt: '2026-03-01T10:00:00.000Z' });
    const listed = (await call('articles.list', {})).articles.find((a) => a.id === one)!;
    expect(listed).toMatchObject({ readingProgress: 0.4, lastOpenedAt: '2026-03-01T10:00:00.000Z' });
    const { article } = await call('articles.get', { id: one });
    expect(article).toMatchObject({ readingProgress: 0.4, updatedAt: before });
    await library.close();
    const again = await open(dir, time);
    expect((await again.call('articles.list', {})).articles.find((a) => a.id === one)).toMatchObject({ readingProgress: 0.4 });
    await expect(again.call('articles.setProgress', { id: 'no-such-article', progress: 0.5 })).rejects.toThrow(/no article with id no-such-article/);
    await again.library.close();
  });
});

describe('summaries for the library filters', () => {
  it('count notes, translations and orphans and list colours; an index from an older Tandai is rebuilt with them', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
    const call = apiCaller(library);
    const [{ id }] = library.list();
    await call('annotations.create', { articleId: id, target: { exact: 'Alexandr Wang', occurrence: 1 }, color: 'blue', note: 'who?' });
    await call('annotations.create', { articleId: id, target: { exact: 'Alexandr Wang', occurrence: 2 }, color: 'green', translation: { text: 'x', from: 'id', to: 'en' } });
    const summary = (await call('articles.list', {})).articles[0];
    expect(summary).toMatchObject({ annotationCount: 2, annotationColors: ['blue', 'green'], noteCount: 1, translationCount: 1, orphanCount: 0 });
    await library.close();

    // An index written before these fields existed: no summaryVersion, rows without the counts.
    const index = JSON.parse(await readFile(library.layout.index, 'utf8'));
    delete index.summaryVersion;
    for (const row of index.articles) {
      for (const key of ['annotationColors', 'noteCount', 'translationCount', 'orphanCount', 'revision']) delete row[key];
    }
    await writeFile(library.layout.index, JSON.stringify(index));
    const again = await Library.open(dir, { mode: 'write' });
    expect(again.list()[0]).toMatchObject({ annotationColors: ['blue', 'green'], noteCount: 1, translationCount: 1 });
    await again.close();
  });
});

describe('tags', () => {
  async function tagged() {
    const { library, call } = await open();
    const [one, two, three] = await importTexts(call, texts);
    await call('articles.update', { id: one, tags: ['ekonomi', 'pangan'] });
    await call('articles.update', { id: two, tags: ['transport'] });
    const note = await call('annotations.create', { articleId: three, target: { exact: 'coffee growers' }, tags: ['ekonomi', 'kopi'] });
    return { library, call, one, two, three, note };
  }
  const counts = async (call: ReturnType<typeof apiCaller>) => Object.fromEntries((await call('tags.list', {})).tags.map((t) => [t.tag, t.count]));

  it('tags many articles at once, and undoes it', async () => {
    const { library, call, one, two, three } = await tagged();
    const result = await call('articles.tag', { ids: [one, two, three], add: ['baca'], remove: ['pangan'] });
    expect(result.articles.map((a) => a.id).sort()).toEqual([one, two, three].sort());
    expect(await counts(call)).toEqual({ baca: 3, ekonomi: 2, transport: 1, kopi: 1 });
    await call('tags.restore', { items: result.undo });
    expect(await counts(call)).toEqual({ ekonomi: 2, pangan: 1, transport: 1, kopi: 1 });
    await library.close();
  });

  it('renames, merges and deletes on articles and annotations, with counts, and undoes each', async () => {
    const { library, call, three, note } = await tagged();
    expect(await counts(call)).toEqual({ ekonomi: 2, pangan: 1, transport: 1, kopi: 1 });

    const renamed = await call('tags.rename', { from: 'ekonomi', to: 'economy' });
    expect(renamed).toMatchObject({ articles: 2, annotations: 1 });
    expect(await counts(call)).toEqual({ economy: 2, pangan: 1, transport: 1, kopi: 1 });
    const annotation = (await call('articles.get', { id: three })).annotations.find((a) => a.id === note.id)!;
    expect(annotation.tags).toEqual(['economy', 'kopi']);

    const merged = await call('tags.merge', { from: ['pangan', 'kopi'], to: 'economy' });
    expect(merged).toMatchObject({ articles: 2, annotations: 1 });
    expect(await counts(call)).toEqual({ economy: 2, transport: 1 });
    expect((await call('articles.get', { id: three })).annotations[0].tags).toEqual(['economy']);

    const deleted = await call('tags.delete', { tag: 'economy' });
    expect(deleted).toMatchObject({ articles: 2, annotations: 1 });
    expect(await counts(call)).toEqual({ transport: 1 });

    // Undo, newest first, brings every step back.
    await call('tags.restore', { items: deleted.undo });
    expect(await counts(call)).toEqual({ economy: 2, transport: 1 });
    await call('tags.restore', { items: merged.undo });
    await call('tags.restore', { items: renamed.undo });
    expect(await counts(call)).toEqual({ ekonomi: 2, pangan: 1, transport: 1, kopi: 1 });
    expect((await call('articles.get', { id: three })).annotations[0].tags).toEqual(['ekonomi', 'kopi']);

    expect(await call('tags.rename', { from: 'nonexistent', to: 'x' })).toEqual({ articles: 0, annotations: 0, undo: [] });
    await library.close();
  });
});
