/** search.query and search.status, answered by the library's search service (electron/search). */
import type { Handlers } from '../../shared/api.js';
import type { Library } from '../library/library.js';
import { searchServiceFor } from '../search/search-service.js';

export function searchHandlers(library: Library): Pick<Handlers, 'search.query' | 'search.status'> {
  return {
    'search.query': (params) => searchServiceFor(library).query(params),
    'search.status': async () => {
      // Asking for the status (the library view does, to show progress) schedules the start without
      // competing with the first paint; a search starts it at once.
      const service = searchServiceFor(library);
      service.startSoon();
      return service.status();
    },
  };
}
