/**
 * Runs as an ordinary user (the test starts it with uid "nobody", since root writes through any
 * permission) on a library whose folders it may not write in. Opens the library as the app does, tries
 * to add a highlight, and prints what the API answered as one JSON line.
 * argv: LIBRARY_DIR ARTICLE_ID
 */
import { createHandlers } from '../../electron/handlers.js';
import { Library } from '../../electron/library/library.js';
import { dispatchCall } from '../../shared/dispatch-call.js';

const [dir, id] = process.argv.slice(2);
const library = await Library.open(dir, { mode: 'write', indexDelayMs: 0, dailyBackup: true });
const handlers = createHandlers(library);
const info = await dispatchCall(handlers, 'app.info', {});
const create = await dispatchCall(handlers, 'annotations.create', { articleId: id, target: { start: 0, end: 20 }, note: 'catatan' });
const get = await dispatchCall(handlers, 'articles.get', { id });
const list = await dispatchCall(handlers, 'articles.list', {});
await library.close().catch(() => undefined);
process.stdout.write(`${JSON.stringify({ info, create, annotations: get.ok ? (get.value as { annotations: unknown[] }).annotations.length : -1, list })}\n`);
