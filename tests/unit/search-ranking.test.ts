import { describe, expect, it } from 'vitest';
import { Library } from '../../electron/library/library.js';
import { tempDir } from '../helpers/temp-library.js';
import { apiCaller, importTexts } from '../helpers/api-caller.js';
import type { Result } from '../../shared/api.js';

async function open() {
  const library = await Library.open(await tempDir(), { mode: 'write', addSample: false });
  return { library, call: apiCaller(library) };
}

const ids = (r: Result<'search.query'>) => r.results.map((x) => x.articleId);

const FILLER = ['harvest', 'monsoon', 'ferry', 'market', 'school', 'clinic', 'bridge', 'village', 'council', 'festival'];

describe('search ranking on a library where one word is everywhere', () => {
  it('completes a prefix common to every article, returns the best matches first, and counts them all', async () => {
    const { library, call } = await open();
    // Every article mentions infrastructure once; one is about it (title and body).
    const texts: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      const topic = FILLER[i % FILLER.length];
      texts[`a${i}.txt`] = `Notes on the ${topic} number ${i}\n\nThe ${topic} report for week ${i} mentions infrastructure once among many other things about the ${topic}, the weather and the roads near the coast.`;
    }
    texts['main.txt'] = 'Infrastructure spending doubles\n\nInfrastructure budgets grew. The infrastructure plan covers ports, and infrastructure loans follow.';
    const imported = await importTexts(call, texts);
    const main = imported[imported.length - 1];

    const typed = await call('search.query', { query: 'infrast', limit: 5 });
    expect(typed.total).toBe(31);
    expect(typed.results).toHaveLength(5);
    expect(typed.results[0].articleId).toBe(main);
    const scores = typed.results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // The next page of the same ranking is the rest, in order.
    const all = await call('search.query', { query: 'infrast', limit: 100 });
    expect(ids(all).slice(0, 5)).toEqual(ids(typed));
    expect(new Set(ids(all)).size).toBe(31);
    expect(all.results[0].matches[0]).toMatchObject({ field: 'title' });
    // With another word, only the articles with both.
    expect(ids(await call('search.query', { query: 'monsoon infrastructure' })).sort()).toEqual(
      imported.filter((_, i) => i < 30 && FILLER[i % FILLER.length] === 'monsoon').sort(),
    );
    await library.close();
  });

  it('finds a document through a typo in one word of several, leaving the words spelt right as written', async () => {
    const { library, call } = await open();
    const [port, other] = await importTexts(call, {
      'port.txt': 'Harbour cargo volumes\n\nThe harbour moved record cargo this year.',
      'other.txt': 'Harbour notes\n\nThe harbour saw a carga of fish, as the locals call it.',
    });
    // "harbor" is found nowhere as written, so it may be "harbour"; "cargo" is, so it stays "cargo" (not "carga").
    expect(ids(await call('search.query', { query: 'harbor cargo' }))).toEqual([port]);
    expect(ids(await call('search.query', { query: 'cargo harbor' }))).toEqual([port]);
    // Both typed wrong: both may be near spellings.
    expect(ids(await call('search.query', { query: 'harbor cargp volumes' }))).toEqual([port]);
    expect(ids(await call('search.query', { query: 'harbor' })).sort()).toEqual([port, other].sort());
    await library.close();
  });
});
