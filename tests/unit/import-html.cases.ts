/**
 * Web pages and what the HTML importer must make of them. The files in tests/fixtures/ are our own
 * hand-written news pages (Indonesian and English) with the usual furniture in and around the story;
 * the short inline pages each isolate one rule.
 */
export interface HtmlCase {
  label: string;
  /** A file in tests/fixtures/, or inline HTML. */
  fixture?: string;
  html?: string;
  name?: string;
  expect: {
    title?: string;
    byline?: string;
    editor?: string;
    site?: string;
    publishedAt?: string;
    sourceUrl?: string;
    lang?: 'id' | 'en' | 'other';
  };
  /** Markdown the body must contain, in this order. */
  keeps: string[];
  /** Strings that must appear nowhere in the body (markdown or text). */
  drops: string[];
}

const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const story =
  '<p>The harbour authority approved the new ferry terminal on Tuesday after a review that lasted two years and drew more than four hundred public comments.</p>' +
  '<p>Work on the terminal will begin in September, and the first sailings from it are planned for the middle of next year, officials said.</p>';

export const htmlCases: HtmlCase[] = [
  {
    label: 'an Indonesian news page with junk in and around the story',
    fixture: 'news-id.html',
    expect: {
      title: 'Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik',
      byline: 'Rahmi Yuliana',
      editor: 'Doni Saputra',
      site: 'Warta Minang',
      publishedAt: '2025-06-12T09:30:00+07:00',
      sourceUrl: 'https://wartaminang.example/ekonomi/2025/06/12/petani-kopi-solok-panen-lebih-awal',
      lang: 'id',
    },
    keeps: [
      'SOLOK, Warta Minang – Petani kopi arabika',
      '“Biji hijau kami sekarang dihargai Rp 95 ribu per kilogram',
      'Menurut Dinas Pertanian setempat',
      '## Pembeli dari Luar Negeri',
      '“Mereka datang sendiri ke sini',
      'Yuni menambahkan, koperasinya',
      '> “Kalau mutu dijaga, harga akan ikut,” kata Yuni.',
      '## Tantangan Pengeringan',
      'Panen serentak juga membawa masalah.',
      '“Anak-anak muda mulai mau pulang kampung',
    ],
    drops: [
      'Baca Juga', 'Baca juga', 'Semen Padang', 'Danau Kembar', 'Harga Cabai', 'Rapat Paripurna', 'ADVERTISEMENT',
      'SCROLL TO CONTINUE', 'Bagikan', 'WhatsApp', 'Salin tautan', 'Tag:', 'Berlangganan', 'Komentar', 'Semoga harga',
      'Kopi Solok memang juara', 'Populer', 'Sitinjau', 'Terkini', 'Festival Rendang', 'Hak Cipta', 'Pedoman Media Siber',
      'Beranda', 'Olahraga', 'cookie', 'dataLayer', '.navbar', 'Penulis:', 'Editor:',
    ],
  },
  {
    label: 'an English news page marked only by class names',
    fixture: 'news-en.html',
    expect: {
      title: 'Ferry operators cut fares to Riau islands as fuel prices fall',
      byline: 'Thomas Whitcombe and Siti Rahayu',
      editor: 'Grace Ong',
      site: 'The Harbour Ledger',
      publishedAt: '2025-06-03',
      sourceUrl: 'https://harbourledger.example/business/2025/06/03/ferry-fares-riau',
      lang: 'en',
    },
    keeps: [
      '![A ferry leaving the harbour at dawn](https://harbourledger.example/images/ferry.jpg)',
      '*A ferry leaves the harbour at dawn. Photo: Harbour Ledger/Ana Costa*',
      'Three ferry operators serving the Riau islands',
      'said [Mei Lin Tan](https://harbourledger.example/people/mei-lin-tan), operations director',
      '_Rudy Hartono_',
      '**locked in**',
      '| Route | Old fare | New fare |\n| --- | --- | --- |\n| Harbourfront to Batam | $24 | $21 |',
      '- publish how fares are set;\n- keep the cheaper fares',
      '> "We have asked for a fare review every year since 2019,"',
      'write to the operator or see the fare table and the notes below.',
    ],
    drops: [
      'Read more', 'Port expansion', 'Advertisement', 'ADVERTISEMENT', 'Story continues', 'Facebook', 'Twitter',
      'Share this article', 'newsletter', 'Comments', 'overpriced', 'Most read', 'Heatwave', 'Related', 'Bintan resorts',
      'Copyright', 'All rights reserved', 'Skip to content', 'mailto:', 'javascript:', '#notes', 'tracking pixel',
      'By Thomas', 'Reporting by', 'Business\n',
    ],
  },
  {
    label: 'a page whose only story is in a <main> with a share bar class on it',
    html: page(`<nav><a href="/">Home</a></nav><main class="story has-share-buttons">${story}<div class="share">Share: Facebook Twitter</div></main>`, '<title>Terminal approved</title>'),
    expect: { title: 'Terminal approved', lang: 'en' },
    keeps: ['The harbour authority approved', 'Work on the terminal will begin'],
    drops: ['Home', 'Share'],
  },
  {
    label: 'links: http(s) kept, other schemes and in-page anchors as plain text, relative ones resolved',
    html: page(
      `<article><p>The harbour authority approved the terminal, <a href="https://port.example/plan">the plan</a> says; ask <a href="mailto:a@b.example">the office</a>, run <a href="javascript:alert(1)">the script</a>, read <a href="#more">below</a> or <a href="/docs/terminal.pdf">the report</a>.</p>${story}</article>`,
      '<title>Links</title><link rel="canonical" href="https://news.example/2025/terminal">',
    ),
    expect: { sourceUrl: 'https://news.example/2025/terminal' },
    keeps: ['[the plan](https://port.example/plan)', 'ask the office, run the script, read below or [the report](https://news.example/docs/terminal.pdf).'],
    drops: ['mailto', 'javascript', '(#more)'],
  },
  {
    label: 'images as their alt text, never fetched; a caption repeating the alt text is enough',
    html: page(
      `<article>${story}<figure><img src="https://img.example/a.jpg" alt="Terminal design"><figcaption>Terminal design by the port authority.</figcaption></figure><p><img src="data:image/png;base64,AAAA" alt="Chart of sailings"> <img src="https://img.example/spacer.gif" alt=""></p></article>`,
      '<title>Images</title>',
    ),
    expect: {},
    keeps: ['*Terminal design by the port authority.*', '![Chart of sailings]()'],
    drops: ['![Terminal design]', 'data:image', 'spacer.gif'],
  },
  {
    label: 'no script, style, form or embed text reaches the article',
    html: page(
      `<article>${story}<script>document.write('injected')</script><style>p{color:red}</style><noscript>enable javascript</noscript><form><label>Email</label><input value="x"></form><iframe src="https://evil.example">frame text</iframe><p onclick="alert(1)">Clicks are not kept, the words are.</p></article>`,
      '<title>Inert</title>',
    ),
    expect: {},
    keeps: ['Clicks are not kept, the words are.'],
    drops: ['injected', 'color:red', 'enable javascript', 'Email', 'frame text', 'onclick', 'alert'],
  },
  {
    label: 'a "Baca juga" line inside a paragraph split by <br>',
    html: page(`<article><p>Petani kopi di Solok memanen buah kopi lebih awal tahun ini karena cuaca kering sejak bulan April.<br><br>Baca juga: <a href="/x">Harga Cabai Turun</a><br><br>Harga biji hijau naik hampir sepertiga dibanding tahun lalu, kata ketua kelompok tani.</p>${story}</article>`, '<title>BR</title>'),
    expect: {},
    keeps: ['Petani kopi di Solok', 'Harga biji hijau naik'],
    drops: ['Baca juga', 'Harga Cabai'],
  },
  {
    label: 'metadata from JSON-LD when the meta tags say nothing',
    html: page(
      `<article>${story}</article>`,
      '<title>Ignored title | Site</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Terminal wins approval","author":[{"@type":"Person","name":"Ana Costa"},{"@type":"Person","name":"Rudy Hartono"}],"publisher":{"@type":"Organization","name":"Port News"},"datePublished":"2025-05-20","mainEntityOfPage":"https://portnews.example/terminal"}</script>',
    ),
    expect: { title: 'Terminal wins approval', byline: 'Ana Costa, Rudy Hartono', site: 'Port News', publishedAt: '2025-05-20', sourceUrl: 'https://portnews.example/terminal' },
    keeps: ['The harbour authority approved'],
    drops: [],
  },
  {
    label: 'a saved page: its address from the browser\'s "saved from url" comment',
    html: `<!-- saved from url=(0034)https://saved.example/story?id=7 -->\n${page(`<article>${story}</article>`, '<title>Saved story</title>')}`,
    expect: { title: 'Saved story', sourceUrl: 'https://saved.example/story?id=7', site: 'saved.example' },
    keeps: ['The harbour authority approved'],
    drops: [],
  },
  {
    label: 'an XHTML page with self-closing elements (as Debian\'s manuals are written)',
    html: `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bab Uji</title></head><body><div class="chapter"><p>Perintah <code class="literal"/> kosong tidak boleh menelan sisa halaman ini sama sekali, karena itu hanya elemen kosong.</p><p>Paragraf kedua tetap paragraf biasa, <a id="x"/>bukan kode dan bukan tautan, dan tetap terbaca seperti semula.</p></div></body></html>`,
    expect: { title: 'Bab Uji', lang: 'id' },
    keeps: ['Perintah kosong tidak boleh menelan', '\n\nParagraf kedua tetap paragraf biasa, bukan kode'],
    drops: ['`Paragraf'],
  },
  {
    label: 'a table without a header row gets its first row as header; a layout table is unwrapped',
    html: page(`<article>${story}<table><tr><td>Route</td><td>Fare</td></tr><tr><td>Batam</td><td>$21</td></tr></table><table><tr><td><p>A layout cell with a paragraph in it, which markdown tables cannot hold.</p></td></tr></table></article>`, '<title>Tables</title>'),
    expect: {},
    keeps: ['| Route | Fare |\n| --- | --- |\n| Batam | $21 |', '\n\nA layout cell with a paragraph in it'],
    drops: ['| A layout'],
  },
  {
    label: 'a fragment from the clipboard (no <html>, no <body>, no title: the first words are the title)',
    name: 'clipboard.html',
    html: '<meta charset="utf-8"><p>Petani kopi di Solok memanen lebih awal tahun ini karena cuaca kering sejak April.</p><p><strong>Baca Juga:</strong> <a href="https://x.example/a">Harga Cabai Turun</a></p><p>Harga biji hijau naik hampir sepertiga, kata ketua kelompok tani di Solok.</p>',
    expect: { title: 'Petani kopi di Solok memanen lebih awal tahun ini karena cuaca kering sejak April', lang: 'id' },
    keeps: ['Petani kopi di Solok memanen', 'Harga biji hijau naik'],
    drops: ['Baca Juga', 'Harga Cabai'],
  },
];
