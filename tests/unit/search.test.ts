import { describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { Library } from '../../electron/library/library.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';
import { apiCaller, importTexts } from '../helpers/api-caller.js';
import type { Result } from '../../shared/api.js';
import { SEARCH_INDEX_VERSION } from '../../shared/search/search-engine.js';

const ENGLISH = `Harbour companies report record cargo

Two shipping companies reported record cargo volumes on Monday, saying the port's new cranes were handling more containers than planned.

The operator is acquiring a third terminal and expects the acquisitions to be finished next year, its chief executive said, adding that Meta had not made a bid.`;

async function open(dir?: string, sample = true) {
  const folder = dir ?? (await tempDir());
  const library = await Library.open(folder, { mode: 'write', addSample: sample, samplePath: SAMPLE });
  return { dir: folder, library, call: apiCaller(library) };
}

const ids = (r: Result<'search.query'>) => r.results.map((x) => x.articleId);
/** The highlighted words of every match, as text. */
const marked = (r: Result<'search.query'>) => r.results.flatMap((x) => x.matches.flatMap((m) => m.highlights.map((h) => m.snippet.slice(h.start, h.end))));

describe('search', () => {
  it('finds inflected Indonesian and English forms through their stems, and marks the words', async () => {
    const { library, call } = await open();
    const [sample] = library.list();
    const [english] = await importTexts(call, { 'harbour.txt': ENGLISH });

    const root = await call('search.query', { query: 'akuisisi' });
    expect(ids(root)).toEqual([sample.id]);
    expect(marked(root)).toEqual(expect.arrayContaining(['Diakuisisi', 'mengakuisisi']));
    const body = root.results[0].matches.find((m) => m.field === 'body')!;
    const { article } = await call('articles.get', { id: sample.id });
    // The span points into the article text, for the reader to scroll to.
    expect(article.text.slice(body.start, body.end).toLowerCase()).toContain('akuisisi');

    expect(ids(await call('search.query', { query: 'mengakuisisi' }))).toEqual([sample.id]);
    // English: plural, -ed and -ing all meet their stem.
    const company = await call('search.query', { query: 'company acquire report' });
    expect(ids(company)).toEqual([english]);
    expect(marked(company)).toEqual(expect.arrayContaining(['companies', 'acquiring', 'reported']));
    await library.close();
  });

  it('tolerates a typo and completes a word being typed', async () => {
    const { library, call } = await open();
    const [sample] = library.list();
    expect(ids(await call('search.query', { query: 'akusisi' }))).toEqual([sample.id]);
    expect(ids(await call('search.query', { query: 'kecerdas' }))).toEqual([sample.id]);
    // The word being typed is completed: "investa" → "investasi".
    const typed = await call('search.query', { query: 'investa' });
    expect(ids(typed)).toEqual([sample.id]);
    expect(marked(typed).map((w) => w.toLowerCase())).toContain('investasi');
    expect((await call('search.query', { query: 'qwzzkx' })).results).toEqual([]);
    await library.close();
  });

  it('finds a word that is only in a translation note, and follows annotation edits and deletes', async () => {
    const { library, call } = await open();
    const [sample] = library.list();
    expect((await call('search.query', { query: 'takeover' })).results).toEqual([]);
    const annotation = await call('annotations.create', {
      articleId: sample.id,
      target: { exact: 'Alexandr Wang', occurrence: 1 },
      note: 'ask the desk about xylophonic sources',
      translation: { text: 'the takeover of the data firm', from: 'id', to: 'en' },
    });
    const found = await call('search.query', { query: 'takeover' });
    expect(ids(found)).toEqual([sample.id]);
    expect(found.results[0].matches).toEqual([
      expect.objectContaining({ field: 'translation', annotationId: annotation.id, start: annotation.target.selector[1].start, end: annotation.target.selector[1].end }),
    ]);
    expect((await call('search.query', { query: 'xylophonic' })).results[0].matches[0]).toMatchObject({ field: 'note', annotationId: annotation.id });
    // The highlighted passage itself is a quote match (found through the body).
    const quoted = await call('search.query', { query: 'alexandr', fields: ['quote'] });
    expect(quoted.results[0].matches).toEqual([expect.objectContaining({ field: 'quote', annotationId: annotation.id, snippet: 'Alexandr Wang' })]);
    expect((await call('search.query', { query: 'kecerdasan', fields: ['quote'] })).results).toEqual([]);

    await call('annotations.update', { articleId: sample.id, id: annotation.id, note: 'now about marimbas' });
    expect((await call('search.query', { query: 'xylophonic' })).results).toEqual([]);
    expect(ids(await call('search.query', { query: 'marimbas' }))).toEqual([sample.id]);

    await call('annotations.delete', { articleId: sample.id, id: annotation.id });
    expect((await call('search.query', { query: 'marimbas' })).results).toEqual([]);
    expect((await call('search.query', { query: 'takeover' })).results).toEqual([]);
    await library.close();
  });

  it('filters by speaker, language and tag, and restricts to one article', async () => {
    const { library, call } = await open();
    const [sample] = library.list();
    const [english] = await importTexts(call, { 'harbour.txt': ENGLISH });
    const quote = await call('annotations.create', { articleId: sample.id, target: { exact: 'Alexandr Wang', occurrence: 1 }, kind: 'quote' });
    // Speakers are set by the quotations feature; here straight on the file, as that feature stores them.
    await library.updateArticle(sample.id, (file) => {
      file.annotations.find((a) => a.id === quote.id)!.speaker = { name: 'Mark Zuckerberg', role: 'CEO Meta' };
      file.annotations.find((a) => a.id === quote.id)!.updated = new Date().toISOString();
    });
    await call('articles.update', { id: english, tags: ['port'] });
    const bySpeaker = await call('search.query', { query: 'zuckerberg' });
    expect(bySpeaker.results[0].matches[0]).toMatchObject({ field: 'speaker', annotationId: quote.id });
    expect(bySpeaker.speakers).toEqual([{ name: 'Mark Zuckerberg', count: 1 }]);
    // "Meta" is in both articles.
    expect(ids(await call('search.query', { query: 'meta' })).sort()).toEqual([english, sample.id].sort());
    expect(ids(await call('search.query', { query: 'meta', lang: 'en' }))).toEqual([english]);
    expect(ids(await call('search.query', { query: 'meta', tag: 'port' }))).toEqual([english]);
    expect(ids(await call('search.query', { query: 'meta', speaker: 'mark ZUCKERBERG' }))).toEqual([sample.id]);
    expect(ids(await call('search.query', { query: 'meta', articleId: english }))).toEqual([english]);
    expect(ids(await call('search.query', { query: 'meta', fields: ['title'] }))).toEqual([sample.id]);
    await library.close();
  });

  it('keeps the index on disk, catches up on changes made while it was closed, and rebuilds it when missing or damaged', async () => {
    const first = await open();
    const [sample] = first.library.list();
    expect(ids(await first.call('search.query', { query: 'akuisisi' }))).toEqual([sample.id]);
    await first.library.close();
    const file = first.library.layout.searchIndex;
    expect(existsSync(file)).toBe(true);

    // A change made without the search index (e.g. by another tool): the revision tells it is stale.
    const bare = await Library.open(first.dir, { mode: 'write' });
    await bare.updateArticle(sample.id, (f) => {
      f.annotations.push({
        id: 'note-added-offline',
        articleId: sample.id,
        kind: 'highlight',
        target: { selector: [{ type: 'TextQuoteSelector', exact: 'Scale', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 5 }] },
        status: 'anchored',
        color: 'blue',
        note: 'quokkas everywhere',
        tags: [],
        created: '2026-01-01T00:00:00.000Z',
        updated: '2026-01-01T00:00:00.000Z',
      });
    });
    await bare.close();
    const second = await open(first.dir);
    expect(ids(await second.call('search.query', { query: 'quokkas' }))).toEqual([sample.id]);
    await second.library.close();
    expect(await readFile(file, 'utf8')).toContain('quokka');

    await rm(file);
    const third = await open(first.dir);
    expect(ids(await third.call('search.query', { query: 'quokkas' }))).toEqual([sample.id]);
    await third.library.close();
    expect(existsSync(file)).toBe(true);

    await writeFile(file, '{"version":4,"revisions":{"x":');
    const fourth = await open(first.dir);
    expect(ids(await fourth.call('search.query', { query: 'akuisisi' }))).toEqual([sample.id]);
    expect(await fourth.call('search.status', {})).toEqual({ indexed: 1, total: 1, building: false });
    await fourth.library.close();
    expect(JSON.parse((await readFile(file, 'utf8')).split('\n')[0]).version).toBe(SEARCH_INDEX_VERSION);
  });

  it('drops deleted articles from the results and brings restored ones back', async () => {
    const { library, call } = await open();
    const [sample] = library.list();
    await call('search.query', { query: 'akuisisi' });
    await call('articles.delete', { id: sample.id });
    expect((await call('search.query', { query: 'akuisisi' })).results).toEqual([]);
    await call('articles.restore', { id: sample.id });
    expect(ids(await call('search.query', { query: 'akuisisi' }))).toEqual([sample.id]);
    await library.close();
  });
});
