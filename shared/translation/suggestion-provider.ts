/**
 * Suggestions for translating a passage, from any number of providers, each labelled with where it
 * came from. Two offline providers ship: the personal glossary (terms already translated that occur
 * in the passage, found through the stemmer) and the dictionaries (glosses per word). A machine-
 * translation provider would be a third SuggestionProvider (see docs/ARCHITECTURE.md, "Suggestions").
 * Providers reach Tandai only through the API (`call`), so the same code runs in the renderer, the
 * CLI and tests.
 */
import type { MethodName, ParamsIn, Result } from '../api.js';
import type { PlainMessageKey } from '../i18n/index.js';
import { passageWords } from './passage-words.js';

export type SuggestionLang = 'id' | 'en';

export interface SuggestionRequest {
  passage: string;
  from: SuggestionLang;
  to: SuggestionLang;
}

export interface Suggestion {
  /** The words of the passage it is for, as written there. */
  term: string;
  /** Translations offered, best first; the editor inserts the one the user picks. */
  translations: string[];
  /** Where the term is in the passage, when the provider knows. */
  start?: number;
  end?: number;
  /** The root the lookup went through ("mengakuisisi" → "akuisisi"), for dictionary glosses. */
  root?: string | null;
  /** The glossary entry it came from. */
  entryId?: string;
}

export interface SuggestionProvider {
  /** Stable id: 'glossary', 'dictionary', later e.g. 'machine'. */
  id: string;
  /** The i18n key of the label shown beside its suggestions. */
  label: PlainMessageKey;
  suggest(request: SuggestionRequest): Promise<Suggestion[]>;
}

export type ApiCall = <M extends MethodName>(method: M, params: ParamsIn<M>) => Promise<Result<M>>;

/** Terms of the personal glossary found in the passage (inflected forms too), with their saved translation. */
export function glossaryProvider(call: ApiCall): SuggestionProvider {
  return {
    id: 'glossary',
    label: 'suggestions.source.glossary',
    async suggest({ passage, from }) {
      const { matches } = await call('glossary.match', { text: passage, from });
      const seen = new Set<string>();
      return matches
        .filter((m) => !seen.has(m.entryId) && seen.add(m.entryId))
        .map((m) => ({ term: passage.slice(m.start, m.end), translations: [m.target], start: m.start, end: m.end, entryId: m.entryId }));
    },
  };
}

/** More words than this in a passage: glosses for the first ones only. */
export const MAX_GLOSSED_WORDS = 40;

/** Dictionary glosses for each distinct word of the passage, looked up through its root; words without an entry are kept (with no translations). */
export function dictionaryProvider(call: ApiCall, maxWords = MAX_GLOSSED_WORDS): SuggestionProvider {
  return {
    id: 'dictionary',
    label: 'suggestions.source.dictionary',
    suggest({ passage, from }) {
      return Promise.all(
        passageWords(passage)
          .slice(0, maxWords)
          .map((word) =>
            call('dictionary.lookup', { word, from }).then(
              (r): Suggestion => ({ term: word, root: r.root, translations: r.entries.flatMap((e) => e.glosses).slice(0, 4) }),
              (): Suggestion => ({ term: word, root: null, translations: [] }),
            ),
          ),
      );
    },
  };
}

export interface ProviderSuggestions {
  provider: SuggestionProvider;
  suggestions: Suggestion[];
  /** The provider failed; the others still answer. */
  error?: unknown;
}

/** Asks every provider at once; one failing does not hide the others. */
export async function collectSuggestions(providers: readonly SuggestionProvider[], request: SuggestionRequest): Promise<ProviderSuggestions[]> {
  const settled = await Promise.allSettled(providers.map((p) => p.suggest(request)));
  return settled.map((s, i) => (s.status === 'fulfilled' ? { provider: providers[i], suggestions: s.value } : { provider: providers[i], suggestions: [], error: s.reason }));
}
