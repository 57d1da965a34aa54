/**
 * Answers one first page of articles.list, unasked, as soon as the app or `tandai serve` is up. The
 * renderer's own first call then finds the sorted list, the sort keys and warm code ready: at 10,000
 * articles that call took 80–150 ms cold, while the window was waiting on it for its first rows.
 * Nothing is kept but what the library caches anyway.
 */
import type { Handlers } from '../shared/api.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import { FIRST_PAGE_ROWS } from '../shared/model-constants.js';

export function warmUpListing(handlers: Handlers): void {
  // After the current turn, so the server (or window) starts first; the window's page load overlaps it.
  setImmediate(() => void dispatchCall(handlers, 'articles.list', { sort: 'recent', limit: FIRST_PAGE_ROWS }));
}
