/**
 * The canonical text — what every annotation offset points into — must come out identical in the
 * Node DOM (jsdom, where the API computes `article.text` on import and edit) and in Chromium (the
 * reader's rendered body). Checked over every fixture: the sample, every file in tests/fixtures/,
 * a markdown file built here to hold the awkward cases (tables, code, entities, raw HTML, images,
 * hard breaks, non-breaking and zero-width spaces, CRLF), and some of Debian's Indonesian reference
 * pages (large, real HTML with tables and code), when installed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalTextInNode } from '../../electron/dom/node-dom.js';
import { REPO_ROOT, e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures');
const DEBIAN_REFERENCE = '/usr/share/debian-reference';
const DEBIAN_PAGES = ['pr01.id.html', 'apa.id.html', 'ch03.id.html', 'ch08.id.html'];

/** Everything under tests/fixtures/, however deep. */
function fixtureFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      // A stored library (library-v1/, for the migration test) is not an article to import.
      if (name.endsWith('.json')) return [];
      return statSync(file).isDirectory() ? fixtureFiles(file) : [file];
    });
}

const AWKWARD_MARKDOWN = [
  '# Judul dengan *miring* dan `kode`',
  '',
  'Paragraf dengan&nbsp;spasi tak-putus, &amp; entitas, &copy; 2025, dan tanda “kutip” serta ‘tunggal’.\u00a0Lagi.',
  'Baris berikut setelah pemutus keras  ',
  'dan garis miring terbalik\\',
  'di akhir baris. Ruang\u200blebar-nol dan tab\tdi sini.\r\n',
  '',
  '<div class="x">HTML mentah <b>tebal</b></div> ditampilkan sebagai teks, juga <span>ini</span>.',
  '',
  '![Gambar pemandangan](https://example.org/a.png) dan ![](kosong.png) dan [tautan](https://example.org "judul").',
  '',
  '```js',
  '',
  '  const a = 1 < 2 && "b";',
  '\tindented();',
  '```',
  '',
  '    blok kode berindentasi',
  '    baris kedua',
  '',
  '| Kolom A | Kolom *B* |',
  '|:--|--:|',
  '| sel 1 | sel `2` |',
  '| | kosong kiri |',
  '',
  '1. satu',
  '   - bersarang **tebal**',
  '',
  '     paragraf longgar dalam daftar',
  '2. dua',
  '',
  '> kutipan',
  '> > bersarang',
  '',
  '- [ ] tugas belum',
  '- [x] tugas sudah',
  '',
  'Teks ~~coret~~ dan catatan kaki[^1] dan <https://example.org/otomatis>.',
  '',
  '[^1]: Isi catatan kaki.',
  '',
  '***',
  '',
  'Akhir\u2028pemisah baris unicode. Emoji 👩🏽‍💻 dan kombinasi e\u0301.',
].join('\n');

interface Source {
  label: string;
  name: string;
  bytes: Buffer;
}

function sources(): Source[] {
  const list: Source[] = fixtureFiles(FIXTURES_DIR).map((file) => ({
    label: path.relative(REPO_ROOT, file),
    name: path.basename(file),
    bytes: readFileSync(file),
  }));
  list.push({ label: 'awkward markdown (built here)', name: 'awkward.md', bytes: Buffer.from(AWKWARD_MARKDOWN, 'utf8') });
  for (const page of DEBIAN_PAGES) {
    const file = path.join(DEBIAN_REFERENCE, page);
    if (existsSync(file)) list.push({ label: file, name: page, bytes: readFileSync(file) });
  }
  return list;
}

/** Opens an article in the reader the way the app's own navigation does, and returns the body's textContent. */
async function renderedText(page: Page, id: string, title: string): Promise<string> {
  await page.evaluate((articleId) => {
    const state = { tandaiView: { name: 'reader', id: articleId } };
    window.history.pushState(state, '');
    window.dispatchEvent(new PopStateEvent('popstate', { state }));
  }, id);
  await page.waitForFunction(
    (expected) => document.querySelector('#reader-title')?.textContent === expected && document.querySelector('[data-testid="article-body"]') !== null,
    title,
  );
  return page.getByTestId('article-body').evaluate((el) => el.textContent ?? '');
}

describe.skipIf(!availability.ok)(`canonical text (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('is identical in Chromium and in the Node DOM for every fixture', async () => {
    await withTandai(async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      const compared: string[] = [];
      const notImported: string[] = [];

      // The sample, added on first run.
      const { articles } = await callInPage(page, 'articles.list', {});
      expect(articles.length).toBe(1);
      const targets: { label: string; id: string }[] = [{ label: 'sample (seed-article-id.txt)', id: articles[0].id }];

      for (const source of sources()) {
        const { results } = await callInPage(page, 'articles.import', {
          files: [{ name: source.name, dataBase64: source.bytes.toString('base64') }],
          allowDuplicates: true,
        });
        const [result] = results;
        if ('id' in result) targets.push({ label: source.label, id: result.id });
        else notImported.push(`${source.label}: ${result.error}`);
      }

      for (const { label, id } of targets) {
        const { article } = await callInPage(page, 'articles.get', { id });
        const inChromium = await renderedText(page, id, article.title);
        // Compared as strings: any difference, down to one white-space character, fails here.
        expect(inChromium, `${label}: Chromium's text differs from the API's`).toBe(article.text);
        expect(canonicalTextInNode(article.markdown), `${label}: jsdom's text differs from the stored text`).toBe(article.text);
        compared.push(`${label} (${article.text.length} characters)`);
      }

      console.info(`canonical text identical for ${compared.length} articles:\n  ${compared.join('\n  ')}`);
      if (notImported.length > 0) console.info(`not importable, so nothing to compare:\n  ${notImported.join('\n  ')}`);
      // The sample, the built markdown and the fixtures that existed when this was written must all have been compared.
      expect(compared.length).toBeGreaterThanOrEqual(5);
      for (const required of ['news-en.html', 'news-id.html', 'latin1-cafe.html', 'awkward markdown']) {
        expect(compared.some((c) => c.includes(required)), required).toBe(true);
      }
      if (existsSync(path.join(DEBIAN_REFERENCE, DEBIAN_PAGES[0]))) expect(compared.filter((c) => c.includes(DEBIAN_REFERENCE)).length).toBe(DEBIAN_PAGES.length);
    });
  });
});
