/**
 * The process the kill test kills: it opens a library for writing and makes writes through the
 * real handlers as fast as it can — annotations mostly, article imports and retitles (index updates)
 * now and then — printing one line per write only after the handler acknowledged it (so after the
 * durable write). Lines: "A <articleId> <annotationId>", "I <articleId>" and "U <articleId> <title>".
 */
import { writeSync } from 'node:fs';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';

const [dir, seedText, generation = '0'] = process.argv.slice(2);

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const library = await Library.open(dir, { mode: 'write', indexDelayMs: 100 });
const handlers = createHandlers(library);
const random = rng(process.pid);
writeSync(1, 'READY\n');
for (let n = 0; ; n++) {
  const articles = library.list();
  // Each run dies within a few dozen writes, so the kinds are mixed at random from the first write on.
  const roll = random();
  if (roll < 0.12 || articles.length === 0) {
    const body = `${seedText}\n\nCatatan ${process.pid}-${n}: ${random().toString(36)}\n`;
    const result = await dispatchCall(handlers, 'articles.import', {
      files: [{ name: `salinan-${process.pid}-${n}.md`, dataBase64: Buffer.from(body).toString('base64') }],
      allowDuplicates: true,
    });
    if (!result.ok) throw new Error(result.error.message);
    const [entry] = (result.value as { results: Array<{ id?: string; error?: string }> }).results;
    if (!entry.id) throw new Error(entry.error);
    writeSync(1, `I ${entry.id}\n`);
    continue;
  }
  const article = articles[Math.floor(random() * articles.length)];
  if (roll < 0.24) {
    // A retitle changes the index row, not only the article file: the index must follow it.
    const title = `Judul-g${generation.padStart(4, '0')}-n${String(n).padStart(6, '0')}`;
    const result = await dispatchCall(handlers, 'articles.update', { id: article.id, title });
    if (!result.ok) throw new Error(result.error.message);
    writeSync(1, `U ${article.id} ${title}\n`);
    continue;
  }
  const start = Math.floor(random() * 400);
  const result = await dispatchCall(handlers, 'annotations.create', {
    articleId: article.id,
    target: { start, end: start + 5 + Math.floor(random() * 40) },
    note: `catatan ${n}`,
  });
  if (!result.ok) throw new Error(result.error.message);
  writeSync(1, `A ${article.id} ${(result.value as { id: string }).id}\n`);
}
