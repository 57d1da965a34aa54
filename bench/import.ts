/**
 * The import benchmark: how long does Tandai take to turn a saved web page into a clean article,
 * next to the bare pipeline everyone starts from (jsdom → Readability → turndown), in the same run?
 * Two workloads: one ~1 MB news page (a long story inside a heavy page: inline state and analytics
 * scripts, CSS, a mega-menu, related stories, comments) and 100 ordinary news pages. The pages are
 * generated here (deterministically) in the shape real Indonesian and English news pages have, with
 * the junk the importer removes: "Baca Juga" links, ad markers, share bars, lists, comments.
 *
 * Ours is the whole import short of the disk write: decode, clean, Readability, DOMPurify, the
 * junk rules, turndown, the canonical text, language, counts and hash (bytesToDraft + draftToArticle).
 * The bare pipeline is Readability's README recipe: new JSDOM(html), Readability.parse(), turndown
 * with the GFM plugin. Ours is faster mostly because the page goes to linkedom, not jsdom, after its
 * scripts and styles are cut (see electron/dom/node-dom.ts); an informational row shows the same bare
 * pipeline on linkedom. Two quality rows count what each pipeline leaves of the junk and of the story.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { parseHTML } from 'linkedom';
import { bytesToDraft } from '../electron/import/import-file.js';
import { draftToArticle } from '../electron/import/draft-to-article.js';
import type { Row } from './results.js';
import { seededRandom } from './seeded-random.js';

const TARGET_RATIO = 1.3;
const TARGET_BIG_PAGE_MS = 300;
const BIG_PAGE_BYTES = 1024 * 1024;
const NEWS_PAGES = 100;
const BIG_PAGE_RUNS = 7;
const NEWS_ROUNDS = 3;

// ---- deterministic page generator ----


const WORDS = {
  id: 'petani pemerintah harga kopi pasar warga kota jalan sekolah anggaran daerah pekan tahun bulan hari kebun hasil panen pelabuhan kapal nelayan ikan laut gunung sungai desa nagari koperasi pedagang pembeli permintaan produksi ekspor bantuan program rencana rapat dinas kepala ketua anggota masyarakat pengunjung wisata pantai danau festival budaya'.split(' '),
  en: 'farmers government price coffee market residents city road school budget region week year month day garden harvest port ferry fishermen fish sea mountain river village cooperative traders buyers demand production exports support programme plan meeting department head chair members community visitors tourism beach lake festival culture'.split(' '),
};
const VERBS = {
  id: 'mengatakan menambahkan menjelaskan meminta berharap menilai memperkirakan menyebut'.split(' '),
  en: 'said added explained asked hoped judged estimated noted'.split(' '),
};
const NAMES = ['Marlis Efendi', 'Yuni Astuti', 'Rudy Hartono', 'Siti Rahayu', 'Doni Saputra', 'Mei Lin Tan', 'Arif Hidayat', 'Grace Ong'];

type Lang = 'id' | 'en';

function sentence(rand: () => number, lang: Lang, words: number): string {
  const list = WORDS[lang];
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(list[Math.floor(rand() * list.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function paragraph(rand: () => number, lang: Lang, index: number): string {
  const name = NAMES[index % NAMES.length];
  const verb = VERBS[lang][index % VERBS[lang].length];
  const quote = index % 3 === 1 ? ` “${sentence(rand, lang, 12).slice(0, -1)},” ${verb} ${name}.` : '';
  return `${sentence(rand, lang, 14 + Math.floor(rand() * 10))} ${sentence(rand, lang, 10 + Math.floor(rand() * 12))}${quote}`;
}

export interface GeneratedPage {
  html: string;
  /** First words of every story paragraph: all must survive. */
  storyStarts: string[];
  /** Junk strings that should not survive. */
  junk: string[];
}

export function newsPage(seed: number, lang: Lang, options: { paragraphs: number; heavy: boolean }): GeneratedPage {
  const rand = seededRandom(seed);
  const title = sentence(rand, lang, 9).slice(0, -1);
  const seeAlso = lang === 'id' ? 'Baca Juga:' : 'Read more:';
  const junk = [seeAlso, 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', lang === 'id' ? 'Bagikan' : 'Share this article', 'Facebook Comments', lang === 'id' ? 'Populer' : 'Most read', '©'];
  const storyStarts: string[] = [];
  const body: string[] = [];
  for (let i = 0; i < options.paragraphs; i++) {
    const p = paragraph(rand, lang, i);
    storyStarts.push(p.split(' ').slice(0, 6).join(' '));
    body.push(`<p>${p}</p>`);
    if (i % 6 === 3) body.push(`<p><strong>${seeAlso}</strong> <a href="/berita/${seed}-${i}">${sentence(rand, lang, 8).slice(0, -1)}</a></p>`);
    if (i % 8 === 5) body.push('<div class="ads-inarticle"><p>ADVERTISEMENT</p><p>SCROLL TO CONTINUE WITH CONTENT</p></div>');
    if (i % 10 === 7) body.push(`<h2>${sentence(rand, lang, 5).slice(0, -1)}</h2>`);
  }
  const links = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => `<li class="menu-item"><a href="/${prefix}/${i}">${sentence(rand, lang, 2).slice(0, -1)}</a></li>`).join('');
  const cards = (n: number) =>
    Array.from({ length: n }, (_, i) => `<div class="card"><a href="/r/${seed}/${i}"><img src="https://img.example/${i}.jpg" alt="${sentence(rand, lang, 4)}"><h3>${sentence(rand, lang, 8).slice(0, -1)}</h3></a><span class="date">${i + 1} jam lalu</span></div>`).join('');
  const comments = (n: number) =>
    Array.from({ length: n }, (_, i) => `<div class="comment"><span class="author">${NAMES[i % NAMES.length]}</span><p>${sentence(rand, lang, 16)}</p></div>`).join('');
  const heavy = options.heavy;
  const state = heavy
    ? `<script>window.__STATE__=${JSON.stringify({ articles: Array.from({ length: 2700 }, (_, i) => ({ id: i, title: sentence(rand, lang, 10), url: `/berita/${i}`, tags: ['a', 'b'] })) })}</script>`
    : `<script>window.__STATE__=${JSON.stringify({ articles: Array.from({ length: 40 }, (_, i) => ({ id: i, title: sentence(rand, lang, 10) })) })}</script>`;
  const css = `<style>${Array.from({ length: heavy ? 3000 : 150 }, (_, i) => `.c${i}{margin:0 ${i % 40}px;color:#${(i * 2654435761 >>> 8).toString(16).slice(0, 6).padEnd(6, '0')}}`).join('\n')}</style>`;
  const analytics = `<script>(function(w,d){w.dataLayer=w.dataLayer||[];function g(){dataLayer.push(arguments)}g('js',new Date());g('config','G-XXXX');})(window,document);</script>`;
  const html = `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title} - Warta Contoh</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Warta Contoh">
<meta property="og:url" content="https://warta.example/berita/${seed}"><link rel="canonical" href="https://warta.example/berita/${seed}">
<meta property="article:published_time" content="2025-06-12T09:30:00+07:00"><meta name="author" content="${NAMES[seed % NAMES.length]}">
${css}${analytics}${state}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"2025-06-12T09:30:00+07:00"}</script>
</head><body>
<div class="cookie-consent">${lang === 'id' ? 'Kami menggunakan cookie. Dengan melanjutkan, Anda setuju.' : 'We use cookies. By continuing you agree to our use of cookies.'}<button>OK</button></div>
<header class="site-header"><nav class="navbar"><ul>${links(heavy ? 400 : 30, 'kanal')}</ul></nav></header>
<div class="breadcrumb"><a href="/">Beranda</a> › <a href="/ekonomi">Ekonomi</a></div>
<main><article class="detail">
<h1>${title}</h1><div class="info"><p>Penulis: ${NAMES[seed % NAMES.length]}</p><time datetime="2025-06-12T09:30:00+07:00">12 Juni 2025</time></div>
<div class="share-bar"><span>${lang === 'id' ? 'Bagikan' : 'Share this article'}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<figure><img src="https://img.example/lead.jpg" alt="Foto utama"><figcaption>${sentence(rand, lang, 10)} (Foto: Warta Contoh)</figcaption></figure>
<div class="content">${body.join('\n')}</div>
<div class="tags">Tag: <a href="/tag/a">a</a> <a href="/tag/b">b</a></div>
<div class="fb-comments"><h3>Facebook Comments</h3>${comments(heavy ? 300 : 6)}</div>
</article>
<aside class="sidebar"><div class="widget populer"><h3>${lang === 'id' ? 'Populer' : 'Most read'}</h3><ol>${links(10, 'populer')}</ol></div>
<div class="related">${cards(heavy ? 400 : 8)}</div></aside></main>
<footer class="site-footer"><ul>${links(heavy ? 200 : 12, 'footer')}</ul><p>© 2025 Warta Contoh. Hak Cipta Dilindungi Undang-Undang.</p></footer>
${analytics}${heavy ? state.replace('__STATE__', '__ADS__') : ''}
</body></html>`;
  return { html, storyStarts, junk };
}

/**
 * A long read (about 5,000 words) inside a heavy page, about 1 MB in all. The weight is where real
 * news pages carry it: inline JSON state and analytics (about half), CSS, and furniture markup
 * (menus, related cards, comments), with the story itself under a tenth.
 */
export function bigPage(): GeneratedPage {
  return newsPage(20250612, 'id', { paragraphs: 150, heavy: true });
}

// ---- the two pipelines ----

function ours(bytes: Uint8Array, name: string): string {
  return draftToArticle(bytesToDraft(bytes, name), name).markdown;
}

const bareTurndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' }).use(gfm);

function bare(bytes: Uint8Array): string {
  const html = new TextDecoder().decode(bytes);
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document).parse();
    return article?.content ? bareTurndown.turndown(article.content) : '';
  } finally {
    dom.window.close();
  }
}

/** The same bare pipeline on linkedom: what the parse costs without sanitizing and the canonical text. */
function bareLinkedom(bytes: Uint8Array): string {
  const { document } = parseHTML(new TextDecoder().decode(bytes));
  const article = new Readability(document).parse();
  return article?.content ? bareTurndown.turndown(article.content) : '';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeIt(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function quality(markdown: string, page: GeneratedPage): { junk: number; kept: number } {
  const flat = markdown.replace(/\\/g, '');
  return {
    junk: page.junk.filter((j) => flat.includes(j)).length,
    kept: page.storyStarts.filter((s) => flat.includes(s)).length / page.storyStarts.length,
  };
}

export async function benchImport(): Promise<Row[]> {
  const big = bigPage();
  const bigBytes = Buffer.from(big.html);
  const news = Array.from({ length: NEWS_PAGES }, (_, i) => {
    const page = newsPage(1000 + i, i % 2 ? 'en' : 'id', { paragraphs: 12 + (i % 9), heavy: false });
    return { page, bytes: Buffer.from(page.html) };
  });

  // Warm both pipelines (JIT, jsdom's lazy modules) before measuring.
  for (let i = 0; i < 3; i++) {
    ours(bigBytes, 'big.html');
    bare(bigBytes);
  }
  const oursBig: number[] = [];
  const bareBig: number[] = [];
  const linkedomBig: number[] = [];
  for (let i = 0; i < BIG_PAGE_RUNS; i++) {
    // Alternate, so drift in the machine's speed hits all alike.
    oursBig.push(timeIt(() => ours(bigBytes, 'big.html')));
    bareBig.push(timeIt(() => bare(bigBytes)));
    linkedomBig.push(timeIt(() => bareLinkedom(bigBytes)));
  }
  const oursNews: number[] = [];
  const bareNews: number[] = [];
  for (let round = 0; round < NEWS_ROUNDS; round++) {
    oursNews.push(timeIt(() => news.forEach(({ bytes }, i) => ours(bytes, `news-${i}.html`))));
    bareNews.push(timeIt(() => news.forEach(({ bytes }) => bare(bytes))));
  }

  const bigOurs = median(oursBig);
  const bigBare = median(bareBig);
  const newsOurs = median(oursNews);
  const newsBare = median(bareNews);
  const oursQuality = news.map(({ page, bytes }, i) => quality(ours(bytes, `news-${i}.html`), page));
  const bareQuality = news.map(({ page, bytes }) => quality(bare(bytes), page));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const bigMb = bigBytes.byteLength / 1024 / 1024;

  return [
    { bench: 'import', metric: `${bigMb.toFixed(2)} MB page, median of ${BIG_PAGE_RUNS}`, ours: bigOurs, baseline: bigBare, unit: 'ms', better: 'lower', target: TARGET_BIG_PAGE_MS },
    { bench: 'import', metric: '1 MB page, ours ÷ bare pipeline', ours: bigOurs / bigBare, baseline: 1, unit: '×', better: 'lower', target: TARGET_RATIO },
    {
      bench: 'import',
      metric: '1 MB page, ours vs bare pipeline on linkedom',
      ours: bigOurs,
      baseline: median(linkedomBig),
      unit: 'ms',
      better: 'lower',
      target: null,
      note: 'informational: the cost of sanitizing, cleaning and the canonical text',
    },
    { bench: 'import', metric: `${NEWS_PAGES} news pages, median of ${NEWS_ROUNDS}`, ours: newsOurs, baseline: newsBare, unit: 'ms', better: 'lower', target: null, note: 'informational' },
    { bench: 'import', metric: `${NEWS_PAGES} news pages, ours ÷ bare pipeline`, ours: newsOurs / newsBare, baseline: 1, unit: '×', better: 'lower', target: TARGET_RATIO },
    { bench: 'import', metric: `junk strings left in ${NEWS_PAGES} pages`, ours: sum(oursQuality.map((q) => q.junk)), baseline: sum(bareQuality.map((q) => q.junk)), unit: 'count', better: 'lower', target: 0 },
    { bench: 'import', metric: 'story paragraphs kept', ours: (100 * sum(oursQuality.map((q) => q.kept))) / NEWS_PAGES, baseline: (100 * sum(bareQuality.map((q) => q.kept))) / NEWS_PAGES, unit: '%', better: 'higher', target: 100 },
  ];
}

// `npx tsx bench/import.ts` runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { printTable } = await import('./results.js');
  printTable(await benchImport());
}
