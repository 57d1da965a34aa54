import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDate } from '../../shared/import/parse-date.js';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { REPO, tempDir } from '../helpers/temp-library.js';
import { dateCases } from './import-metadata.cases.js';

const NEWS_ID = path.join(REPO, 'tests', 'fixtures', 'news-id.html');

async function libraryWithNews() {
  const library = await Library.open(await tempDir(), { mode: 'write' });
  const handlers = createHandlers(library);
  const file = { name: 'kopi.html', dataBase64: (await readFile(NEWS_ID)).toString('base64') };
  const imported = await dispatchCall(handlers, 'articles.import', { files: [file] });
  if (!imported.ok) throw new Error(imported.error.message);
  const [entry] = (imported.value as { results: Array<{ id: string }> }).results;
  return { library, handlers, id: entry.id, file };
}

describe('article metadata', () => {
  it.each(dateCases)('reads the date %j as %j', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('records every field on import, in the summary too', async () => {
    const { library, id } = await libraryWithNews();
    const [summary] = library.list();
    expect(summary).toMatchObject({
      id,
      title: 'Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik',
      byline: 'Rahmi Yuliana',
      site: 'Warta Minang',
      lang: 'id',
      publishedAt: '2025-06-12T09:30:00+07:00',
      sourceUrl: 'https://wartaminang.example/ekonomi/2025/06/12/petani-kopi-solok-panen-lebih-awal',
      readingMinutes: 1,
    });
    expect(summary.wordCount).toBeGreaterThan(200);
    const { article } = await library.get(id);
    expect(article.editor).toBe('Doni Saputra');
    await library.close();
  });

  it('lets every field be edited with articles.update, and cleared with null', async () => {
    const { library, handlers, id } = await libraryWithNews();
    const updated = await dispatchCall(handlers, 'articles.update', {
      id,
      title: '  Kopi Solok  ',
      byline: 'Rahmi Y.',
      site: null,
      sourceUrl: 'https://example.org/kopi',
      publishedAt: 'Jumat, 13 Juni 2025',
      lang: 'en',
      tags: ['kopi', ' solok ', 'kopi'],
      editor: null,
    });
    expect(updated).toMatchObject({ ok: true, value: { id, title: 'Kopi Solok', byline: 'Rahmi Y.', lang: 'en', publishedAt: '2025-06-13', sourceUrl: 'https://example.org/kopi', tags: ['kopi', 'solok'] } });
    const { article } = await library.get(id);
    expect(article.site).toBeUndefined();
    expect(article.editor).toBeUndefined();
    expect(article.title).toBe('Kopi Solok');
    expect(library.list()[0].title).toBe('Kopi Solok');
    await library.close();
  });

  it('names the duplicate in the import result, and imports it when allowed', async () => {
    const { library, handlers, id, file } = await libraryWithNews();
    const again = await dispatchCall(handlers, 'articles.import', { files: [file] });
    expect(again).toEqual({ ok: true, value: { results: [{ file: 'kopi.html', error: `"kopi.html" is already in the library as ${id} (“Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik”).`, duplicateOf: id }] } });
    const allowed = await dispatchCall(handlers, 'articles.import', { files: [file], allowDuplicates: true });
    expect(allowed).toMatchObject({ ok: true, value: { results: [{ file: 'kopi.html', title: 'Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik' }] } });
    expect(library.list()).toHaveLength(2);
    await library.close();
  });
});
