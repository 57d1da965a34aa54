/**
 * Lines as news sites print them, and what the web-junk rules must make of each. The "body" cases
 * are story sentences that look like junk at a glance: a rule that removed one would drop a
 * sentence of the story.
 */
import type { LineClass } from '../../shared/import/classify-line.js';

export interface LineCase {
  line: string;
  kind: LineClass['kind'];
  /** For meta lines: the metadata the line must yield. */
  meta?: Record<string, string>;
}

export const lineCases: LineCase[] = [
  // "Baca juga" in its spellings, and list headings
  { line: 'Baca Juga : Debut Toprak Siap Gantikan Dominasi Jorge Lorenzo di MotoGP?', kind: 'seeAlso' },
  { line: 'BACA JUGA: Harga Cabai Merah di Pasar Raya Turun', kind: 'seeAlso' },
  { line: 'Baca juga Libur Sekolah, Danau Kembar Ramai Dikunjungi', kind: 'seeAlso' },
  { line: 'Lihat Juga: Video Banjir di Padang', kind: 'seeAlso' },
  { line: 'Read more: Port expansion plan wins final approval', kind: 'seeAlso' },
  { line: 'Baca Juga', kind: 'listHeading' },
  { line: 'BACA JUGA:', kind: 'listHeading' },
  { line: 'Populer', kind: 'listHeading' },
  { line: 'Terkini', kind: 'listHeading' },
  { line: 'Berita Terkait', kind: 'listHeading' },
  { line: 'Most read', kind: 'listHeading' },
  { line: 'Related stories', kind: 'listHeading' },
  { line: 'Tags:', kind: 'listHeading' },
  // ads
  { line: '- Advertisement -', kind: 'junk' },
  { line: 'ADVERTISEMENT', kind: 'junk' },
  { line: 'SCROLL TO CONTINUE WITH CONTENT', kind: 'junk' },
  { line: 'Story continues below advertisement', kind: 'junk' },
  { line: 'Iklan', kind: 'junk' },
  // share bars and comments
  { line: 'Facebook Comments', kind: 'junk' },
  { line: 'Bagikan', kind: 'junk' },
  { line: 'Bagikan artikel ini', kind: 'junk' },
  { line: 'Facebook Twitter WhatsApp Telegram', kind: 'junk' },
  { line: 'Share this article', kind: 'junk' },
  { line: 'Komentar (2)', kind: 'junk' },
  { line: '23 Comments', kind: 'junk' },
  { line: 'Leave a comment', kind: 'junk' },
  // tags, boxes, footers
  { line: 'Tag: kopi, Solok, pertanian', kind: 'junk' },
  { line: 'Tags: Meta, Scale AI', kind: 'junk' },
  { line: 'Kami menggunakan cookie agar situs ini berjalan baik. Dengan melanjutkan, Anda setuju.', kind: 'junk' },
  { line: 'We use cookies to improve your experience. By continuing you agree to our use of cookies.', kind: 'junk' },
  { line: 'Sign up for our newsletter to get the best stories in your inbox.', kind: 'junk' },
  { line: 'Berlangganan newsletter kami dan dapatkan berita pilihan di email Anda.', kind: 'junk' },
  { line: '© 2025 Warta Minang. Hak Cipta Dilindungi Undang-Undang.', kind: 'junk' },
  { line: 'Copyright © 2025 The Harbour Ledger. All rights reserved.', kind: 'junk' },
  { line: '2 jam lalu', kind: 'junk' },
  { line: 'Simak berita terkini lainnya di Google News, klik di sini', kind: 'junk' },
  // credits and dates become metadata
  { line: 'Penulis: Rahmi Yuliana', kind: 'meta', meta: { byline: 'Rahmi Yuliana' } },
  { line: 'Editor: Doni Saputra', kind: 'meta', meta: { editor: 'Doni Saputra' } },
  { line: 'Reporter : Arif Hidayat', kind: 'meta', meta: { byline: 'Arif Hidayat' } },
  { line: 'Oleh: Siti Rahayu dan Rudy Hartono', kind: 'meta', meta: { byline: 'Siti Rahayu dan Rudy Hartono' } },
  { line: 'By Thomas Whitcombe and Siti Rahayu', kind: 'meta', meta: { byline: 'Thomas Whitcombe and Siti Rahayu' } },
  { line: 'By Jane Doe | June 3, 2025', kind: 'meta', meta: { byline: 'Jane Doe', publishedAt: '2025-06-03' } },
  { line: 'Reporting by Thomas Whitcombe; Editing by Grace Ong', kind: 'meta', meta: { byline: 'Thomas Whitcombe', editor: 'Grace Ong' } },
  { line: 'Kamis, 12 Juni 2025 09:30 WIB', kind: 'meta', meta: { publishedAt: '2025-06-12T09:30:00+07:00' } },
  { line: 'Diperbarui: 13/06/2025, 10.15 WIB', kind: 'meta', meta: { publishedAt: '2025-06-13T10:15:00+07:00' } },
  // captions
  { line: 'Petani memetik kopi di Solok. (Foto: Warta Minang/Arif Hidayat)', kind: 'caption' },
  { line: 'Foto: Dok. Pemkab Solok', kind: 'caption' },
  { line: 'A ferry leaves the harbour at dawn. Photo: Harbour Ledger/Ana Costa', kind: 'caption' },
  { line: 'Photo: Harbour Ledger/Ana Costa', kind: 'caption' },
  { line: 'Crowds at the waterfront on Sunday. (AP Photo/Ana Costa)', kind: 'caption' },
  // story sentences that must stay
  { line: 'Oleh karena itu, koperasi mewajibkan petani memetik buah merah.', kind: 'body' },
  { line: 'Penulis buku ini, Ahmad, mengatakan hal itu.', kind: 'body' },
  { line: 'By the time the ferry arrived, the queue had reached the car park.', kind: 'body' },
  { line: 'Baca juga pesan yang dikirim Marlis kepada para petani sebelum panen dimulai, karena isinya menjelaskan mengapa harga naik, mengapa pembeli dari Jepang datang, dan mengapa koperasi kini menolak buah hijau yang dipetik terlalu cepat oleh sebagian anggotanya sendiri.', kind: 'body' },
  { line: 'Regulators said users must consent to cookies before sites can track them.', kind: 'body' },
  { line: 'Writers get paid when readers subscribe to their newsletter.', kind: 'body' },
  { line: 'Investasi Meta dan Peran Kunci Wang', kind: 'body' },
  { line: 'Shares fell 3% on Monday, according to Reuters.', kind: 'body' },
  { line: 'Twitter said it would appeal the ruling.', kind: 'body' },
  { line: '“Kami akan memperkuat kolaborasi,” ujar Meta.', kind: 'body' },
];
