import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { bytesToDraft } from '../../electron/import/import-file.js';
import { draftToArticle } from '../../electron/import/draft-to-article.js';
import { decodeText } from '../../shared/import/decode-text.js';
import { markdownToDraft } from '../../shared/import/markdown-to-draft.js';
import { canonicalTextInNode } from '../../electron/dom/node-dom.js';
import { escapeMarkdownBlock } from '../../shared/markdown/escape-markdown.js';
import { SAMPLE } from '../helpers/temp-library.js';
import { textToDraft } from '../../shared/import/text-to-draft.js';
import { textCases } from './import-text.cases.js';

/** The story's eight quotations, by their first words: every one must survive the cleaning. */
const SAMPLE_QUOTES = [
  '“Kami akan memperkuat kolaborasi',
  '“Wang memiliki kecerdasan luar biasa',
  '“Koneksinya di Washington',
  '“sangat berwawasan dan ramah.”',
  '“Bisnis kami, yang melayani',
  '“Kesepakatan Meta-Scale AI adalah titik balik,”',
  '“Netralitas kini keharusan bagi lab AI.”',
  '“Permintaan kami melonjak tiga kali lipat',
];
/** The unrelated stories the sample's "Baca Juga" lines link to. */
const SAMPLE_LINKED_HEADLINES = [
  'Debut Toprak Siap Gantikan',
  'Asam Urat Rentan Serang Pria',
  'Fungsi SIPP BPJS',
  'Solusi Tepat Hadapi Krisis Finansial',
  'Israel Serang Iran',
];

describe('text import', () => {
  it('keeps the sample article paragraphs and finds its headline behind the glued breadcrumb', async () => {
    const draft = bytesToDraft(await readFile(SAMPLE), 'seed-article-id.txt');
    expect(draft.title).toBe('Scale AI Resmi Diakuisisi 49% oleh Meta Senilai Rp232 Triliun');
    const article = draftToArticle(draft, 'seed-article-id.txt');
    expect(article.lang).toBe('id');
    const paragraphs = article.text.split('\n').filter(Boolean);
    expect(paragraphs[0]).toMatch(/^KabaSumbar – Meta \(META\.O\) mengucurkan dana Rp 232 triliun/);
    expect(paragraphs).toContain('Investasi Meta dan Peran Kunci Wang');
    expect(article.text).not.toContain('BerandaTeknologi');
    expect(article.wordCount).toBeGreaterThan(500);
  });

  it('cleans the sample of its web junk and keeps every paragraph of the story', async () => {
    const source = await readFile(SAMPLE, 'utf8');
    const article = draftToArticle(bytesToDraft(Buffer.from(source), 'seed-article-id.txt'), 'seed-article-id.txt');
    expect(article.title).toBe('Scale AI Resmi Diakuisisi 49% oleh Meta Senilai Rp232 Triliun');
    expect(article.site).toBe('KabaSumbar');
    expect(article.readingMinutes).toBeGreaterThanOrEqual(3);
    for (const junk of ['Beranda', 'Baca Juga', 'Facebook Comments', 'Advertisement', ...SAMPLE_LINKED_HEADLINES]) {
      expect(article.text).not.toContain(junk);
    }
    for (const quote of SAMPLE_QUOTES) expect(article.text).toContain(quote);
    // Every paragraph of the story, not only the quotes: each story paragraph of the source is in the text.
    const story = source
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 80 && !/^Baca Juga|^Beranda/.test(p));
    expect(story.length).toBe(18);
    for (const paragraph of story) expect(article.text).toContain(paragraph);
    expect(article.markdown).toContain('## Investasi Meta dan Peran Kunci Wang');
  });

  it.each(textCases)('reads $label', ({ text, name, title, meta, keeps, drops }) => {
    const draft = textToDraft(text, name ?? 'article.txt', { genericName: name === 'stdin' || name === 'clipboard' });
    expect(draft.title).toBe(title);
    if (meta) expect(draft).toMatchObject(meta);
    let from = 0;
    for (const kept of keeps) {
      const at = draft.markdown.indexOf(kept, from);
      expect(at, kept).toBeGreaterThanOrEqual(0);
      from = at;
    }
    for (const dropped of drops) expect(draft.markdown).not.toContain(dropped);
  });

  it('renders text with markdown characters as the same text', () => {
    const text = '- Advertisement -\n# not a heading\n1. not a list\n*not emphasis* and <b>not html</b> [not](a link) `code` a_b_c & &amp;';
    expect(canonicalTextInNode(escapeMarkdownBlock(text))).toBe(`${text}\n`);
  });

  it('reads Latin-1 bytes as windows-1252 and keeps é and ñ', () => {
    const bytes = Buffer.from('Café con niño, señor\n', 'latin1');
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: 'Café con niño, señor\n', encoding: 'windows-1252' });
  });

  it('honours a UTF-8 BOM and UTF-16 BOMs', () => {
    expect(decodeText(Buffer.from('\ufeffKopi', 'utf8'), 'a.txt').text).toBe('Kopi');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kopi', 'utf16le')]), 'a.txt').text).toBe('Kopi');
  });

  it.each([
    ['binary data', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 13, 1, 2, 3]), 'program.txt', /not a text file/],
    ['an empty file', Buffer.alloc(0), 'empty.txt', /is empty/],
    ['a file over 50 MB', Buffer.alloc(51 * 1024 * 1024, 0x61), 'huge.txt', /more than the 50 MB/],
    ['an unknown extension', Buffer.from('x'), 'sheet.xlsx', /not a file Tandai can import/],
  ])('rejects %s with a sentence naming the file', (_label, bytes, name, message) => {
    expect(() => bytesToDraft(bytes, name)).toThrow(message);
    expect(() => bytesToDraft(bytes, name)).toThrow(name);
  });
});

describe('markdown import', () => {
  it('turns front matter into metadata and keeps the body as written', () => {
    const draft = markdownToDraft('---\ntitle: Kopi Nusantara\nauthor: Sari\nsite: Kompas\ndate: 2025-06-12\ntags: [kopi, ekonomi]\nlang: id\n---\n\nParagraf **pertama**.\n\n- satu\n- dua\n', 'kopi.md');
    expect(draft).toMatchObject({ title: 'Kopi Nusantara', byline: 'Sari', site: 'Kompas', lang: 'id', tags: ['kopi', 'ekonomi'] });
    expect(draft.publishedAt).toMatch(/^2025-06-12/);
    expect(draft.markdown).toBe('Paragraf **pertama**.\n\n- satu\n- dua\n');
  });

  it('takes a leading heading as the title', () => {
    const draft = markdownToDraft('# The Coffee Trade\n\nBody text.\n', 'x.md');
    expect(draft.title).toBe('The Coffee Trade');
    expect(draft.markdown).toBe('Body text.\n');
  });

  it('renders hostile markdown without scripts, handlers or remote images', () => {
    const text = canonicalTextInNode('Hi <script>alert(1)</script> <img src=x onerror=alert(1)> ![logo](http://evil/x.png) [x](javascript:alert(1))');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('logo');
  });
});
