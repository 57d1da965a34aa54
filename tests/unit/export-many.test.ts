/**
 * The window's "Export…" of the whole library (renderer/export-many.ts with `'all'`), run through the
 * renderer's own ApiClient against the real handlers and a real temp library: the folder export (the
 * desktop app) and the .zip (browser mode) both cover every article the library holds, not a list
 * the window passes in (which may be only the first page while the rest is loading).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers.js';
import { Library } from '../../electron/library/library.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { ApiClient } from '../../renderer/api-client.js';
import { exportManyAsZip, exportManyToFolder } from '../../renderer/export-many.js';
import { tempDir } from '../helpers/temp-library.js';
import { apiCaller, importTexts } from '../helpers/api-caller.js';

/** More than the window's first page (FIRST_PAGE_ROWS = 100, shared/model-constants.ts). */
const COUNT = 105;

async function libraryOf(count: number) {
  const library = await Library.open(await tempDir(), { mode: 'write', addSample: false });
  const texts = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`b${i}.md`, `---\ntitle: Berita ${String(i).padStart(3, '0')}\n---\n\nIsi berita nomor ${i}.\n`]),
  );
  await importTexts(apiCaller(library), texts);
  const handlers = createHandlers(library);
  const client = new ApiClient((method, params) => dispatchCall(handlers, method, params));
  return { library, client };
}

describe('exporting the whole library from the window', () => {
  it('into a folder: export.library without ids writes every article and the index', async () => {
    const { library, client } = await libraryOf(COUNT);
    const dir = path.join(await tempDir(), 'out');
    const seen: number[] = [];
    const result = await exportManyToFolder(client, { ids: 'all', dir, format: 'md', style: 'obsidian', overwrite: false }, (done, total) => seen.push(total));
    expect(result.count).toBe(COUNT);
    expect((await readdir(dir)).filter((name) => name !== 'index.md')).toHaveLength(COUNT);
    expect(seen.at(-1)).toBe(COUNT);
    await library.close();
  });

  it('as a .zip: every article the library holds, with an index', async () => {
    const { library, client } = await libraryOf(COUNT);
    const { blob } = await exportManyAsZip(client, 'all', 'quotes', 'obsidian', () => undefined);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files).filter((name) => name !== 'index.md')).toHaveLength(COUNT);
    expect(strFromU8(files['index.md']).match(/^- \[Berita \d{3}\]/gm)).toHaveLength(COUNT);
    // Named articles are still exported as named.
    const { articles } = await client.call('articles.list', { limit: 2 });
    const some = await exportManyAsZip(client, articles.map((a) => a.id), 'md', 'obsidian', () => undefined);
    expect(Object.keys(unzipSync(new Uint8Array(await some.blob.arrayBuffer())))).toHaveLength(3);
    await library.close();
  });
});
