/**
 * The glossary methods of the contract: list, add, edit, delete and restore term pairs, import and
 * export CSV, and the vocabulary export (CSV and Anki TSV) with each sentence's article as its source.
 */
import type { Handlers } from '../../shared/api.js';
import { glossaryToCsv, vocabularyAnki, vocabularyCsv } from '../../shared/glossary/glossary-csv.js';
import type { GlossaryEntry } from '../../shared/glossary/glossary-model.js';
import { findGlossaryTerms } from '../../shared/glossary/find-glossary-terms.js';
import { loadIndonesianRoots } from '../dictionary/hunspell-roots.js';
import { glossaryOf } from '../glossary/glossary-store.js';
import type { Library } from '../library/library.js';

type GlossaryMethods = Pick<
  Handlers,
  | 'glossary.list'
  | 'glossary.add'
  | 'glossary.update'
  | 'glossary.delete'
  | 'glossary.restore'
  | 'glossary.importCsv'
  | 'glossary.exportCsv'
  | 'glossary.exportVocabulary'
  | 'glossary.match'
>;

const today = () => new Date().toISOString().slice(0, 10);

export function glossaryHandlers(library: Library): GlossaryMethods {
  return {
    'glossary.list': async () => {
      const glossary = await glossaryOf(library);
      return { entries: glossary.list(), notices: [...glossary.notices] };
    },
    'glossary.add': async (pair) => (await glossaryOf(library)).add(pair),
    'glossary.update': async ({ id, ...patch }) => (await glossaryOf(library)).update(id, patch),
    'glossary.delete': async ({ id }) => ({ entry: await (await glossaryOf(library)).delete(id) }),
    'glossary.restore': async ({ entry }) => (await glossaryOf(library)).restore(entry),
    'glossary.importCsv': async ({ csv, from }) => (await glossaryOf(library)).importCsv(csv, from),
    'glossary.exportCsv': async () => ({
      fileName: `tandai-glossary-${today()}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      content: glossaryToCsv((await glossaryOf(library)).list()),
    }),
    'glossary.exportVocabulary': async ({ format }) => {
      const entries = (await glossaryOf(library)).list();
      const titles = new Map(library.list().map((a) => [a.id, a.title]));
      const sourceOf = (e: GlossaryEntry) => (e.articleId ? (titles.get(e.articleId) ?? '') : '');
      return format === 'anki'
        ? { fileName: `tandai-vocabulary-${today()}.txt`, mimeType: 'text/tab-separated-values;charset=utf-8', content: vocabularyAnki(entries, sourceOf) }
        : { fileName: `tandai-vocabulary-${today()}.csv`, mimeType: 'text/csv;charset=utf-8', content: vocabularyCsv(entries, sourceOf) };
    },
    'glossary.match': async ({ text, articleId, from }) => {
      const entries = (await glossaryOf(library)).list();
      if (entries.length === 0) return { matches: [] };
      let lang = from;
      if (articleId !== undefined) {
        const { article } = await library.get(articleId);
        text = article.text;
        if (!lang && article.lang !== 'other') lang = article.lang;
      }
      const { roots } = await loadIndonesianRoots();
      return { matches: findGlossaryTerms(text ?? '', entries, roots, lang) };
    },
  };
}
