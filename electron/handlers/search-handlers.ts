/** search.query and search.status, answered by the library's search service (electron/search). */
import type { Handlers } from '../../shared/api.js';
import type { Library } from '../library/library.js';
import { searchServiceFor } from '../search/search-service.js';

export function searchHandlers(library: Library): Pick<Handlers, 'search.query' | 'search.status'> {
  return {
    'search.query': (params) => searchServiceFor(library).query(params),
    'search.status': async () => {
      const service = searchServiceFor(library);
      void service.start().catch(() => {});
      return service.status();
    },
  };
}
