/**
 * Runs in a child process whose file size limit (RLIMIT_FSIZE) is set just above the article file,
 * so saving a bigger version fails with EFBIG as a full disk would — even for root, which a
 * read-only folder does not stop. Prints the API's answers as one JSON line.
 * argv: LIBRARY_DIR ARTICLE_ID
 */
import { createHandlers } from '../../electron/handlers.js';
import { Library } from '../../electron/library/library.js';
import { dispatchCall } from '../../shared/dispatch-call.js';

// Without this the kernel's SIGXFSZ would kill the process instead of failing the write.
process.on('SIGXFSZ', () => {});

const [dir, id] = process.argv.slice(2);
const library = await Library.open(dir, { mode: 'write', indexDelayMs: 0 });
const handlers = createHandlers(library);
const create = await dispatchCall(handlers, 'annotations.create', { articleId: id, target: { start: 0, end: 20 }, note: 'x'.repeat(4000) });
const get = await dispatchCall(handlers, 'articles.get', { id });
const list = await dispatchCall(handlers, 'articles.list', {});
await library.close().catch(() => undefined);
process.stdout.write(`${JSON.stringify({ create, annotations: get.ok ? (get.value as { annotations: unknown[] }).annotations.length : -1, list })}\n`);
