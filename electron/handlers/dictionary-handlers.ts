/**
 * The dictionary methods of the contract: word lookup through the root, the list of dictionaries
 * (compiled and installed), importing one, and stemming. The dictionaries load once per open library.
 */
import path from 'node:path';
import type { Handlers } from '../../shared/api.js';
import { ApiError } from '../../shared/api-error.js';
import { compileDictionaryFile } from '../dictionary/compile-dictionary.js';
import { discoverDictionaries } from '../dictionary/discover-dictionaries.js';
import { shelfOf } from '../dictionary/dictionary-shelf.js';
import type { Library } from '../library/library.js';

/** Settings → Dictionaries: which are turned off, and the order lookups list them in. */
function dictionaryPreferences(library: Library) {
  const { dictionaryOrder, disabledDictionaries } = library.settings();
  return { order: dictionaryOrder, disabled: disabledDictionaries };
}

type DictionaryMethods = Pick<Handlers, 'dictionary.lookup' | 'dictionary.list' | 'dictionary.import' | 'text.stem'>;

export function dictionaryHandlers(library: Library): DictionaryMethods {
  return {
    'dictionary.lookup': async ({ word, from }) => (await shelfOf(library)).lookup(word, from, dictionaryPreferences(library)),
    'dictionary.list': async () => {
      const shelf = await shelfOf(library);
      const dictionaries = shelf.list();
      const sources = new Set(dictionaries.map((d) => d.source));
      const installed = (await discoverDictionaries()).map((d) => ({ ...d, imported: sources.has(path.resolve(d.path)) }));
      return { dictionaries, installed, roots: { source: shelf.roots.source, count: shelf.roots.roots.size } };
    },
    'dictionary.import': async ({ path: file, from, to }) => {
      if (library.readOnly) throw new ApiError('read_only', 'This library is open read-only, so no dictionary can be added to it.');
      const compiled = await compileDictionaryFile(file, { from, to });
      await (await shelfOf(library)).add(compiled);
      return { dictionaries: compiled.map((d) => d.meta) };
    },
    'text.stem': async ({ words }) => {
      const shelf = await shelfOf(library);
      return { stems: words.map((word) => ({ word, root: shelf.stem(word) })) };
    },
  };
}
