import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import type { Annotation } from '../../shared/model.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

async function withSample(dir: string) {
  return Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
}

async function ok<T>(promise: ReturnType<typeof dispatchCall>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('storage', () => {
  it('adds the sample once to a brand-new library, never again after it is deleted', async () => {
    const dir = await tempDir();
    let library = await withSample(dir);
    const [sample] = library.list();
    expect(sample.title).toContain('Scale AI Resmi Diakuisisi 49% oleh Meta');
    expect(sample.lang).toBe('id');
    await library.delete(sample.id);
    await library.close();
    library = await withSample(dir);
    expect(library.list()).toEqual([]);
    await library.close();
  });

  it('skips the sample when asked', async () => {
    const library = await Library.open(await tempDir(), { mode: 'write', addSample: false, samplePath: SAMPLE });
    expect(library.list()).toEqual([]);
    await library.close();
  });

  it('round-trips articles and annotations through the files on disk', async () => {
    const dir = await tempDir();
    let library = await withSample(dir);
    const handlers = createHandlers(library);
    const [{ id }] = library.list();
    const a = await ok<Annotation>(dispatchCall(handlers, 'annotations.create', { articleId: id, target: { exact: 'Alexandr Wang', occurrence: 2 }, color: 'blue', note: 'CEO *baru*', tags: ['meta', 'meta', ' ai '] }));
    const b = await ok<Annotation>(dispatchCall(handlers, 'annotations.create', { articleId: id, target: { start: 0, end: 10 } }));
    await ok(dispatchCall(handlers, 'annotations.update', { articleId: id, id: b.id, color: 'green', note: 'lead' }));
    await library.close();

    library = await Library.open(dir, { mode: 'read' });
    const { article, annotations } = await library.get(id);
    expect(library.list()[0].annotationCount).toBe(2);
    expect(annotations.map((x) => x.id)).toEqual([b.id, a.id]); // text order
    const [quote, position] = annotations[1].target.selector;
    expect(quote.exact).toBe('Alexandr Wang');
    expect(article.text.slice(position.start, position.end)).toBe('Alexandr Wang');
    expect(quote.prefix).toBe(article.text.slice(position.start - 32, position.start));
    expect(annotations[1]).toMatchObject({ color: 'blue', note: 'CEO *baru*', tags: ['meta', 'ai'], status: 'anchored' });
    expect(annotations[0]).toMatchObject({ color: 'green', note: 'lead' });
    await library.close();
  });

  it('deletes to the trash and restores (undo)', async () => {
    const dir = await tempDir();
    const library = await withSample(dir);
    const [{ id, title }] = library.list();
    expect(await library.delete(id)).toEqual({ id, title });
    expect(library.list()).toEqual([]);
    expect(existsSync(path.join(dir, 'trash', `${id}.json`))).toBe(true);
    const restored = await library.restore(id);
    expect(restored.title).toBe(title);
    expect(library.list().map((s) => s.id)).toEqual([id]);
    await library.close();
  });

  it('ignores and removes a half-written temp file left by a crash', async () => {
    const dir = await tempDir();
    let library = await withSample(dir);
    const [{ id }] = library.list();
    await library.close();
    const stray = path.join(dir, 'articles', `${id}.json.4242.deadbeef.tmp`);
    await writeFile(stray, '{"schemaVersion":1,"article":{"id":"');
    const strayIndex = path.join(dir, 'library.json.4242.cafebabe.tmp');
    await writeFile(strayIndex, '{"schemaVersion":1,"arti');
    library = await withSample(dir);
    expect(library.list().map((s) => s.id)).toEqual([id]);
    expect(existsSync(stray)).toBe(false);
    expect(existsSync(strayIndex)).toBe(false);
    await library.close();
  });

  it('rebuilds the index from the article files after a crash left it stale', async () => {
    const dir = await tempDir();
    let library = await withSample(dir);
    const [{ id }] = library.list();
    await library.close();
    // As if the process died after writing an article but before the index caught up.
    await writeFile(path.join(dir, 'library.json'), JSON.stringify({ schemaVersion: 1, articles: [] }));
    await writeFile(path.join(dir, 'library.dirty'), 'x');
    library = await withSample(dir);
    expect(library.list().map((s) => s.id)).toEqual([id]);
    expect(existsSync(path.join(dir, 'library.dirty'))).toBe(false);
    await library.close();
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ['zero-filled', (t: string) => '\0'.repeat(t.length)],
    ['wrong schema', () => JSON.stringify({ schemaVersion: 1, articles: 'nope' })],
  ])('rebuilds a %s library.json and keeps the damaged copy', async (_label, damage) => {
    const dir = await tempDir();
    let library = await withSample(dir);
    const [{ id }] = library.list();
    await library.close();
    const indexFile = path.join(dir, 'library.json');
    await writeFile(indexFile, damage(await readFile(indexFile, 'utf8')));
    await writeFile(`${indexFile}.bak`, damage(await readFile(indexFile, 'utf8')));
    library = await withSample(dir);
    expect(library.list().map((s) => s.id)).toEqual([id]);
    expect((await readdir(path.join(dir, 'quarantine'))).some((n) => n.startsWith('library.json'))).toBe(true);
    await library.close();
  });

  it('restores a damaged article from its .bak and says which article it was', async () => {
    const dir = await tempDir();
    let library = await withSample(dir);
    const [{ id, title }] = library.list();
    await library.updateArticle(id, (file) => {
      file.article.tags = ['first-save'];
    });
    await library.close();
    const file = path.join(dir, 'articles', `${id}.json`);
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 100));
    library = await withSample(dir);
    const { article } = await library.get(id);
    expect(article.title).toBe(title);
    expect(library.notices.join(' ')).toContain(`the article "${title}" was damaged`.replace(/^t/, 'T'));
    expect((await readdir(path.join(dir, 'quarantine'))).length).toBe(1);
    await library.close();
  });

  it('opens a library written by a newer Tandai read-only, with a sentence', async () => {
    const dir = await tempDir();
    let library = await withSample(dir);
    await library.close();
    const indexFile = path.join(dir, 'library.json');
    const index = JSON.parse(await readFile(indexFile, 'utf8'));
    await writeFile(indexFile, JSON.stringify({ ...index, schemaVersion: 99 }));
    library = await withSample(dir);
    expect(library.readOnly).toBe(true);
    expect(library.notices.join(' ')).toMatch(/newer version of Tandai/);
    await expect(library.updateSettings({ fontSize: 20 })).rejects.toMatchObject({ code: 'read_only' });
    await library.close();
    expect(JSON.parse(await readFile(indexFile, 'utf8')).schemaVersion).toBe(99);
  });

  it('leaves memory as on disk when a write fails', async () => {
    const dir = await tempDir();
    const library = await withSample(dir);
    const handlers = createHandlers(library);
    const [{ id }] = library.list();
    const bad = await dispatchCall(handlers, 'annotations.create', { articleId: id, target: { start: 0, end: 999_999 } });
    expect(bad.ok).toBe(false);
    expect((await library.get(id)).annotations).toEqual([]);
    await library.close();
  });
});
