/**
 * Copied text as users paste it, and the article Tandai must make of it: the headline, the
 * metadata found in credit lines, what the body keeps and what it loses.
 */
export interface TextCase {
  label: string;
  text: string;
  /** File name; "stdin" and "clipboard" are names that say nothing about the text. */
  name?: string;
  title: string;
  meta?: Record<string, string>;
  /** Markdown the body must contain (in order). */
  keeps: string[];
  /** Strings that must not be left anywhere in the body. */
  drops: string[];
}

export const textCases: TextCase[] = [
  {
    label: 'an English page copied line by line, with menus, credits, a caption and a most-read list',
    name: 'clipboard',
    text: [
      'Home',
      'News',
      'Ferry operators cut fares to Riau islands',
      'By Jane Doe | June 3, 2025',
      'Photo: Harbour Ledger/Ana Costa',
      'Three ferry operators serving the Riau islands will cut fares by up to 15 per cent from next week.',
      'Read more: Port expansion plan wins final approval',
      'The reductions apply to the busiest routes, including the crossing to Batam.',
      'Most read',
      'Heatwave to continue through the weekend',
      'New cycle lanes open along the waterfront',
      '© 2025 The Harbour Ledger. All rights reserved.',
    ].join('\n'),
    title: 'Ferry operators cut fares to Riau islands',
    meta: { byline: 'Jane Doe', publishedAt: '2025-06-03' },
    keeps: ['*Photo: Harbour Ledger/Ana Costa*', 'Three ferry operators', 'The reductions apply'],
    drops: ['Home', 'Read more', 'Port expansion', 'Most read', 'Heatwave', 'cycle lanes', '©'],
  },
  {
    label: 'an Indonesian page with a separated breadcrumb, credits, a dateline and a "Terkini" list',
    text: [
      'Beranda › Ekonomi › Petani Kopi Solok Panen Lebih Awal',
      'Penulis: Rahmi Yuliana',
      'Editor: Doni Saputra',
      'Kamis, 12 Juni 2025 09:30 WIB',
      'Petani memetik buah kopi di lereng Gunung Talang. (Foto: Warta Minang/Arif)',
      'SOLOK, Warta Minang – Petani kopi arabika di Kabupaten Solok memanen buah kopi tiga minggu lebih awal dari biasanya.',
      'BACA JUGA: Semen Padang Menang Tipis atas Tamu dari Medan',
      'Oleh karena itu, koperasi mewajibkan petani memetik buah merah.',
      'Terkini',
      'Gempa Kecil Guncang Pesisir Selatan',
      'Festival Rendang Digelar di Payakumbuh',
      'Bagikan',
      'Facebook Twitter WhatsApp',
    ].join('\n\n'),
    title: 'Petani Kopi Solok Panen Lebih Awal',
    meta: { byline: 'Rahmi Yuliana', editor: 'Doni Saputra', publishedAt: '2025-06-12T09:30:00+07:00', site: 'Warta Minang' },
    keeps: ['*Petani memetik buah kopi', 'SOLOK, Warta Minang – Petani kopi', 'Oleh karena itu, koperasi'],
    drops: ['Beranda', 'Penulis', 'BACA JUGA', 'Semen Padang', 'Terkini', 'Gempa Kecil', 'Festival Rendang', 'Bagikan', 'WhatsApp'],
  },
  {
    label: 'a glued breadcrumb without the repeated headline',
    text: 'BerandaEkonomiPertanianHarga Kopi Arabika Solok Naik Sepertiga\n\nPADANG, KabaSumbar – Harga biji kopi arabika naik hampir sepertiga dibanding tahun lalu.\n',
    title: 'Harga Kopi Arabika Solok Naik Sepertiga',
    meta: { site: 'KabaSumbar' },
    keeps: ['PADANG, KabaSumbar – Harga biji kopi'],
    drops: ['Beranda'],
  },
  {
    label: 'a subheading between story paragraphs',
    text: 'Judul Berita Tentang Kopi Solok\n\nParagraf pertama berita ini cukup panjang untuk dianggap sebagai isi cerita yang sebenarnya.\n\nPembeli dari Luar Negeri\n\nParagraf kedua juga cukup panjang untuk dianggap sebagai isi cerita yang sebenarnya.\n',
    title: 'Judul Berita Tentang Kopi Solok',
    keeps: ['Paragraf pertama', '## Pembeli dari Luar Negeri', 'Paragraf kedua'],
    drops: [],
  },
  {
    label: 'a paste with no headline (the title is its first words; no sentence is lost)',
    name: 'stdin',
    text: 'Just one paragraph of text with no headline at all, which goes on for a while and then ends here.',
    title: 'Just one paragraph of text with no headline at all, which goes on for a while and then ends here',
    keeps: ['Just one paragraph of text with no headline at all'],
    drops: [],
  },
  {
    label: 'a text file with no headline (the title is its file name)',
    name: 'kopi-aceh.txt',
    text: 'The coffee harvest in Aceh was early this year, growers said on Monday. Prices rose by a third.',
    title: 'kopi aceh',
    keeps: ['The coffee harvest in Aceh was early this year'],
    drops: [],
  },
];
