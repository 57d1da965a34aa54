import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { bytesToDraft } from '../../electron/import/import-file.js';
import { draftToArticle } from '../../electron/import/draft-to-article.js';
import { decodeText } from '../../shared/import/decode-text.js';
import { REPO } from '../helpers/temp-library.js';
import { htmlDom } from '../../electron/dom/node-dom.js';
import { mainTextContainer, removeJunkBlocks } from '../../shared/import/clean-html.js';
import { htmlCases } from './import-html.cases.js';

const fixture = (name: string) => path.join(REPO, 'tests', 'fixtures', name);
const DEBIAN_CHAPTER = '/usr/share/debian-reference/ch01.id.html';

async function importHtml(source: { fixture?: string; html?: string; name?: string }) {
  const bytes = source.fixture ? await readFile(fixture(source.fixture)) : Buffer.from(source.html ?? '');
  const name = source.name ?? source.fixture ?? 'page.html';
  return draftToArticle(bytesToDraft(bytes, name), name);
}

describe('web page import', () => {
  it.each(htmlCases)('reads $label', async (c) => {
    const article = await importHtml(c);
    expect(article.format).toBe('html');
    expect(article).toMatchObject(c.expect);
    let from = 0;
    for (const kept of c.keeps) {
      const at = article.markdown.indexOf(kept, from);
      expect(at, `"${kept}" in\n${article.markdown}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    for (const dropped of c.drops) {
      expect(article.markdown, dropped).not.toContain(dropped);
      expect(article.text, dropped).not.toContain(dropped);
    }
    expect(article.wordCount).toBeGreaterThan(0);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('reads real Indonesian HTML from debian-reference-id: a title, Indonesian, no navigation', async () => {
    expect(existsSync(DEBIAN_CHAPTER), 'install the debian-reference-id package (.ci/run does)').toBe(true);
    const article = draftToArticle(bytesToDraft(await readFile(DEBIAN_CHAPTER), 'ch01.id.html'), DEBIAN_CHAPTER);
    expect(article.title).toBe('Bab 1. Tutorial GNU/Linux');
    expect(article.lang).toBe('id');
    expect(article.wordCount).toBeGreaterThan(10_000);
    const lines = article.text.split('\n').map((l) => l.trim());
    // Navigation: the header and footer bars (their images' alt texts and the next chapter's title) and the table of contents.
    for (const nav of ['Sebelumnya', 'Lanjut', 'Depan', 'Naik', 'Daftar Isi', 'Bab 2. Manajemen paket Debian', 'Kata Pengantar']) {
      expect(lines, nav).not.toContain(nav);
    }
    expect(article.markdown).not.toMatch(/<script|<style|\{\s*[\w-]+\s*:[^}]*\}/);
    expect(article.markdown).toContain('## 1.1. Dasar-dasar konsol');
    expect(article.markdown).toContain('```\nfoo login:\n```');
    // A data table of the chapter, as a GFM table.
    expect(article.markdown).toMatch(/\| paket \| popcon \| ukuran \| deskripsi \|\n\| --- \| --- \| --- \| --- \|/);
  });

  it('fetches nothing a page refers to, and runs none of its scripts', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end('body{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<!doctype html><html><head><title>Remote</title><link rel="stylesheet" href="${origin}/a.css"><script src="${origin}/a.js"></script>
        <meta http-equiv="refresh" content="0; url=${origin}/go"><link rel="canonical" href="${origin}/story"></head>
        <body onload="fetch('${origin}/onload')"><article><p>The harbour authority approved the new ferry terminal on Tuesday after a long review of the plans.</p>
        <img src="${origin}/photo.jpg" alt="The terminal" srcset="${origin}/photo-2x.jpg 2x"><iframe src="${origin}/frame"></iframe>
        <video src="${origin}/v.mp4" poster="${origin}/poster.jpg"></video><object data="${origin}/o.swf"></object>
        <p style="background:url(${origin}/bg.png)">Work on the terminal will begin in September, officials said on Tuesday.</p>
        <script>fetch('${origin}/inline')</script></article></body></html>`;
      const article = draftToArticle(bytesToDraft(Buffer.from(html), 'remote.html'), undefined);
      expect(article.text).toContain('Work on the terminal will begin');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('falls back to the container holding most of the text, and never removes the story for its class', () => {
    const section = (n: number) => `<div class="section"><h2>${n}. Bagian</h2><p>${'Teks panduan yang cukup panjang untuk dibaca. '.repeat(6)}</p></div>`;
    const { document } = htmlDom.parsePage(
      `<!doctype html><html><body><div class="navheader"><a href="/">Depan</a></div><div class="chapter ads-free share-enabled">${[1, 2, 3, 4, 5].map(section).join('')}</div><div class="navfooter"><a href="/next">Lanjut</a></div></body></html>`,
    );
    removeJunkBlocks(document);
    expect(document.body.textContent).not.toContain('Depan');
    expect(document.body.textContent).not.toContain('Lanjut');
    const container = mainTextContainer(document.body);
    expect(container?.getAttribute('class')).toBe('chapter ads-free share-enabled');
    expect(container?.querySelectorAll('.section')).toHaveLength(5);
  });

  it('keeps é and ñ of a page declared ISO-8859-1, and of one that declares nothing', async () => {
    const bytes = await readFile(fixture('latin1-cafe.html'));
    expect(bytes.includes(Buffer.from('é', 'utf8'))).toBe(false); // the file really is Latin-1
    const declared = draftToArticle(bytesToDraft(bytes, 'latin1-cafe.html'), undefined);
    expect(declared.title).toBe('The café on Calle Señor: a small coffee shop with a long queue');
    expect(declared.text).toContain('José Muñoz');
    expect(declared.text).toContain('“The niño'.slice(1));
    const undeclared = Buffer.from(bytes.toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1');
    expect(draftToArticle(bytesToDraft(undeclared, 'cafe.html'), undefined).text).toContain('José Muñoz');
  });

  it.each([
    ['a UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Kopi Señor</p>')]), 'utf-8'],
    ['a meta charset', Buffer.from('<meta charset="windows-1252"><p>Kopi Se\xf1or</p>', 'latin1'), 'windows-1252'],
    ['an http-equiv charset', Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Se\xf1or</p>', 'latin1'), 'windows-1252'],
    ['a Latin-1 label on UTF-8 bytes (the common mislabel)', Buffer.from('<meta charset="iso-8859-1"><p>Kopi Señor</p>', 'utf8'), 'utf-8'],
    ['an XML declaration', Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><html><p>Se\xf1or</p></html>', 'latin1'), 'windows-1252'],
    ['no declaration, UTF-8 bytes', Buffer.from('<p>Kopi Señor</p>', 'utf8'), 'utf-8'],
  ])('decodes a page with %s', (_label, bytes, encoding) => {
    const decoded = decodeText(bytes, 'page.html', { html: true });
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('Señor');
  });
});
