/**
 * Finding glossary terms in text through the stemmer (hunspell-id's roots when installed), and the
 * two offline suggestion providers working through the real API on a real temp library.
 */
import { describe, expect, it } from 'vitest';
import { findGlossaryTerms } from '../../shared/glossary/find-glossary-terms.js';
import type { GlossaryEntry } from '../../shared/glossary/glossary-model.js';
import { collectSuggestions, dictionaryProvider, glossaryProvider, type ApiCall, type SuggestionProvider } from '../../shared/translation/suggestion-provider.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { loadIndonesianRoots } from '../../electron/dictionary/hunspell-roots.js';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

function entry(source: string, target: string, from: 'id' | 'en' = 'id'): GlossaryEntry {
  const id = `e${source.replace(/[^a-z]/g, '')}000000`.slice(0, 20);
  return { id, source, target, from, to: from === 'id' ? 'en' : 'id', created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };
}

const found = (text: string, entries: GlossaryEntry[], roots: ReadonlySet<string>, from?: 'id' | 'en') =>
  findGlossaryTerms(text, entries, roots, from).map((m) => [text.slice(m.start, m.end), m.target]);

describe('glossary terms in a text', () => {
  it('match inflected forms through the stemmer, multi-word terms, longest first', async () => {
    const { roots } = await loadIndonesianRoots();
    const entries = [entry('juru bicara', 'spokesperson'), entry('kecerdasan', 'intelligence'), entry('kecerdasan buatan', 'artificial intelligence'), entry('akuisisi', 'acquisition'), entry('employee', 'karyawan', 'en')];
    expect(found('Juru  bicara Meta: kecerdasan buatan, mengakuisisi; juru bicaranya. Kecerdasan manusia.', entries, roots, 'id')).toEqual([
      ['Juru  bicara', 'spokesperson'],
      ['kecerdasan buatan', 'artificial intelligence'],
      ['mengakuisisi', 'acquisition'],
      ['juru bicaranya', 'spokesperson'],
      ['Kecerdasan', 'intelligence'],
    ]);
    // Not across punctuation; not a part of a term alone.
    expect(found('juru. bicara; sang juru', entries, roots, 'id')).toEqual([]);
    // English plurals; the language filter.
    expect(found('Two employees left.', entries, roots)).toEqual([['employees', 'karyawan']]);
    expect(found('Two employees left.', entries, roots, 'id')).toEqual([]);
    expect(findGlossaryTerms('kata juru bicara', [], roots)).toEqual([]);
  });
});

describe('suggestion providers', () => {
  async function api() {
    const library = await Library.open(await tempDir(), { mode: 'write', addSample: true, samplePath: SAMPLE });
    const handlers = createHandlers(library);
    const call: ApiCall = async (method, params) => {
      const envelope = await dispatchCall(handlers, method, params);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as never;
    };
    return { library, call };
  }

  it('give glossary terms in the passage and dictionary glosses per word, each labelled; a failing provider hides no other', async () => {
    const { library, call } = await api();
    await call('glossary.add', { source: 'juru bicara', target: 'spokesperson', from: 'id' });
    const broken: SuggestionProvider = { id: 'machine', label: 'suggestions.source.glossary', suggest: () => Promise.reject(new Error('offline')) };
    const passage = 'Juru bicaranya mengakuisisi saham.';
    const [glossary, dictionary, machine] = await collectSuggestions([glossaryProvider(call), dictionaryProvider(call), broken], { passage, from: 'id', to: 'en' });
    expect(glossary.provider.label).toBe('suggestions.source.glossary');
    expect(glossary.suggestions).toEqual([{ term: 'Juru bicaranya', translations: ['spokesperson'], start: 0, end: 14, entryId: expect.any(String) }]);
    expect(dictionary.provider.label).toBe('suggestions.source.dictionary');
    expect(dictionary.suggestions.map((s) => s.term)).toEqual(['Juru', 'bicaranya', 'mengakuisisi', 'saham']);
    const acquired = dictionary.suggestions.find((s) => s.term === 'mengakuisisi');
    expect(acquired?.root).toBe('akuisisi');
    expect(acquired?.translations.join(' ')).toMatch(/acquisition/);
    expect(machine).toMatchObject({ suggestions: [], error: expect.any(Error) });

    // Underlining asks by article: offsets into its canonical text.
    const [article] = library.list();
    const { article: full } = await library.get(article.id);
    const { matches } = await call('glossary.match', { articleId: article.id });
    expect(matches.map((m) => full.text.slice(m.start, m.end).toLowerCase())).toEqual(['juru bicara']);
    await library.close();
  }, 60_000);
});
