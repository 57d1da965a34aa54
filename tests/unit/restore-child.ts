/**
 * Runs as an ordinary user (tests/unit/backups.test.ts starts it as "nobody" under root) and restores
 * one backup through the API, printing the answer and the article ids afterwards as one JSON line.
 * argv: LIBRARY_DIR BACKUP_ID
 */
import { createHandlers } from '../../electron/handlers.js';
import { Library } from '../../electron/library/library.js';
import { dispatchCall } from '../../shared/dispatch-call.js';

const [dir, backupId] = process.argv.slice(2);
const library = await Library.open(dir, { mode: 'write', indexDelayMs: 0 });
const handlers = createHandlers(library);
const restore = await dispatchCall(handlers, 'backups.restore', { id: backupId });
const list = await dispatchCall(handlers, 'articles.list', {});
await library.close();
process.stdout.write(`${JSON.stringify({ restore, ids: list.ok ? (list.value as { articles: { id: string }[] }).articles.map((a) => a.id) : [] })}\n`);
