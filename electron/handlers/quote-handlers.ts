/**
 * The quotes method of the contract: the direct quotations of an article and their speakers.
 * Detection runs on the article's current canonical text at every call (it takes milliseconds),
 * so after "Edit text" or a newer version the quotes are simply found again; nothing is cached.
 */
import type { Handlers } from '../../shared/api.js';
import { detectQuotes } from '../../shared/quotes/detect-quotes.js';
import type { Library } from '../library/library.js';

export function quoteHandlers(library: Library): Pick<Handlers, 'quotes.detect'> {
  return {
    'quotes.detect': async ({ articleId }) => {
      const { article } = await library.get(articleId);
      return { quotes: detectQuotes(article.text, article.lang) };
    },
  };
}
