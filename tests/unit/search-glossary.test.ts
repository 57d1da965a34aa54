/**
 * Glossary entries in library search, on real temp libraries through dispatchCall: an entry is found
 * by its term, translation, note or sentence through the stemmer; the index follows glossary.update,
 * delete, restore and importCsv; the `fields`, `lang` and `articleId` filters apply to it; and a
 * missing or damaged index file is rebuilt with the glossary in it.
 */
import { describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { Library } from '../../electron/library/library.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';
import { apiCaller } from '../helpers/api-caller.js';
import type { Result } from '../../shared/api.js';

async function open(dir?: string) {
  const folder = dir ?? (await tempDir());
  const library = await Library.open(folder, { mode: 'write', addSample: true, samplePath: SAMPLE });
  return { dir: folder, library, call: apiCaller(library) };
}

const terms = (r: Result<'search.query'>) => r.glossary.map((g) => `${g.source} → ${g.target}`);
/** The marked words of a glossary hit, as text. */
const marked = (hit: Result<'search.query'>['glossary'][number]) => hit.matches.flatMap((m) => m.highlights.map((h) => m.snippet.slice(h.start, h.end)));

describe('glossary entries in library search', () => {
  it('are found through the stemmer and follow add, update, delete, restore and import', async () => {
    const { library, call } = await open();
    const [sample] = library.list();
    // The index exists before the entry is added: the entry reaches it as a change, not at the build.
    expect((await call('search.query', { query: 'bicaranya' })).glossary).toEqual([]);
    const entry = await call('glossary.add', { source: 'juru bicara', target: 'spokesperson', from: 'id', note: 'a press officer', articleId: sample.id });

    const found = await call('search.query', { query: 'bicaranya' });
    expect(terms(found)).toEqual(['juru bicara → spokesperson']);
    expect(found.glossary[0]).toMatchObject({ entryId: entry.id, from: 'id', to: 'en', articleId: sample.id, articleTitle: sample.title });
    expect(found.glossary[0].matches).toEqual([{ part: 'source', snippet: 'juru bicara', highlights: [{ start: 5, end: 11 }] }]);
    // The translation and the note find it too, with their words marked.
    const english = await call('search.query', { query: 'spokespersons' });
    expect(terms(english)).toEqual(['juru bicara → spokesperson']);
    expect(marked(english.glossary[0])).toEqual(['spokesperson']);
    expect((await call('search.query', { query: 'officer' })).glossary[0].matches).toEqual([{ part: 'note', snippet: 'a press officer', highlights: [{ start: 8, end: 15 }] }]);

    await call('glossary.update', { id: entry.id, target: 'press secretary' });
    expect((await call('search.query', { query: 'spokesperson' })).glossary).toEqual([]);
    expect(terms(await call('search.query', { query: 'secretary' }))).toEqual(['juru bicara → press secretary']);

    const { entry: removed } = await call('glossary.delete', { id: entry.id });
    expect((await call('search.query', { query: 'bicara' })).glossary).toEqual([]);
    await call('glossary.restore', { entry: removed });
    expect(terms(await call('search.query', { query: 'bicara' }))).toEqual(['juru bicara → press secretary']);

    await call('glossary.importCsv', { csv: 'source,target\nkecerdasan buatan,artificial intelligence\n' });
    expect(terms(await call('search.query', { query: 'artificial' }))).toEqual(['kecerdasan buatan → artificial intelligence']);
    await library.close();
  });

  it('applies the fields, lang, articleId and facet filters to glossary entries', async () => {
    const { library, call } = await open();
    const [sample] = library.list();
    await call('glossary.add', { source: 'akuisisi', target: 'acquisition', from: 'id', sentence: 'Meta mengakuisisi Scale AI.', articleId: sample.id });
    await call('glossary.add', { source: 'takeover', target: 'pengambilalihan', from: 'en' });

    const both = await call('search.query', { query: 'akuisisi' });
    expect(both.results.map((r) => r.articleId)).toEqual([sample.id]);
    expect(terms(both)).toEqual(['akuisisi → acquisition']);
    // The sentence's inflected form is marked as well.
    expect(both.glossary[0].matches.map((m) => m.part)).toEqual(['source', 'sentence']);
    expect(marked(both.glossary[0])).toEqual(['akuisisi', 'mengakuisisi']);

    const onlyGlossary = await call('search.query', { query: 'akuisisi', fields: ['glossary'] });
    expect(onlyGlossary.results).toEqual([]);
    expect(onlyGlossary.total).toBe(0);
    expect(terms(onlyGlossary)).toEqual(['akuisisi → acquisition']);
    const noGlossary = await call('search.query', { query: 'akuisisi', fields: ['title', 'body'] });
    expect(noGlossary.results.map((r) => r.articleId)).toEqual([sample.id]);
    expect(noGlossary.glossary).toEqual([]);

    expect(terms(await call('search.query', { query: 'takeover', lang: 'en' }))).toEqual(['takeover → pengambilalihan']);
    expect((await call('search.query', { query: 'takeover', lang: 'id' })).glossary).toEqual([]);
    expect(terms(await call('search.query', { query: 'akuisisi', articleId: sample.id }))).toEqual(['akuisisi → acquisition']);
    expect((await call('search.query', { query: 'takeover', articleId: sample.id })).glossary).toEqual([]);
    // Entries have no speakers or tags.
    expect((await call('search.query', { query: 'takeover', tag: 'x' })).glossary).toEqual([]);
    await library.close();
  });

  it('keeps glossary entries in the saved index, catches up on them, and rebuilds them with a missing or damaged file', async () => {
    const first = await open();
    await first.call('glossary.add', { source: 'juru bicara', target: 'spokesperson', from: 'id' });
    expect(terms(await first.call('search.query', { query: 'bicaranya' }))).toEqual(['juru bicara → spokesperson']);
    await first.library.close();
    const file = first.library.layout.searchIndex;
    expect(await readFile(file, 'utf8')).toContain('spokesperson');

    // Changed while the index was not listening (another process): the revision tells it is stale.
    const bare = await Library.open(first.dir, { mode: 'write' });
    const bareCall = apiCaller(bare);
    const [entry] = (await bareCall('glossary.list', {})).entries;
    await bareCall('glossary.update', { id: entry.id, target: 'mouthpiece' });
    await bare.close();
    const second = await open(first.dir);
    expect(terms(await second.call('search.query', { query: 'mouthpiece' }))).toEqual(['juru bicara → mouthpiece']);
    expect((await second.call('search.query', { query: 'spokesperson' })).glossary).toEqual([]);
    await second.library.close();

    await rm(file);
    const third = await open(first.dir);
    expect(terms(await third.call('search.query', { query: 'bicaranya' }))).toEqual(['juru bicara → mouthpiece']);
    await third.library.close();

    await writeFile(file, '{"version":5,"revisions":{"x":');
    const fourth = await open(first.dir);
    expect(terms(await fourth.call('search.query', { query: 'mouthpiece' }))).toEqual(['juru bicara → mouthpiece']);
    await fourth.library.close();
    expect(JSON.parse((await readFile(file, 'utf8')).split('\n')[0]).revisions).toHaveProperty(`glossary:${entry.id}`);
  });
});
