/**
 * Indonesian news-site junk (detik, Kompas, KabaSumbar, Tribun, CNN Indonesia, Antara, …).
 * See junk-rules.ts for what each list means; every pattern must match a whole line.
 */
import type { JunkRuleSet } from './junk-rules.js';

export const rulesId: JunkRuleSet = {
  lang: 'id',
  junkLines: [
    /^-*\s*iklan\s*-*$/i,
    /^(?:konten|artikel)\s+(?:bersponsor|sponsor|promosi)$/i,
    /^(?:gulir|scroll)(?:\s+ke\s+bawah)?\s+untuk\s+(?:melanjutkan|membaca|lanjut).{0,40}$/i,
    /^bagikan(?:\s+(?:artikel|berita|tulisan)(?:\s+ini)?)?(?:\s+(?:ke|melalui|via)\b.{0,40})?\s*:?$/i,
    /^(?:salin|copy)\s+(?:tautan|link)$/i,
    /^(?:tautan|link)\s+(?:disalin|tersalin)!?$/i,
    /^(?:\d+\s+)?komentar(?:\s*\(\d+\))?$/i,
    /^(?:tulis|beri(?:kan)?|kirim|lihat|tampilkan|muat)\s+(?:semua\s+)?komentar(?:\s+(?:anda|lainnya))?(?:\s*\(\d+\))?$/i,
    /^(?:tinggalkan|kirim)\s+(?:balasan|komentar)$/i,
    /^(?:simak|ikuti|dapatkan|pantau)\s+(?:berita|update|info(?:rmasi)?|kabar|artikel)\b.{0,120}\b(?:google news|whatsapp|telegram|saluran|channel|instagram|tiktok|youtube)\b.{0,60}$/i,
    /^(?:baca|lihat)\s+(?:berita|artikel|informasi)\s+(?:lain(?:nya)?|selengkapnya|menarik)\b.{0,100}$/i,
    /^baca\s+selengkapnya\b.{0,100}$/i,
    /^(?:klik|tekan)\s+(?:di\s*)?sini\b.{0,100}$/i,
    /^(?:halaman|hal\.?)\s*(?:selanjutnya|berikutnya|sebelumnya)\s*[»›>]?$/i,
    /^(?:selanjutnya|sebelumnya|berikutnya)\s*[»›>]?$/i,
    /^[\d.,]+\s*(?:kali\s+)?dibaca$/i,
    /^\d+\s+(?:detik|menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?lalu$/i,
    /^(?:tag|tags|topik|kata\s+kunci)\s*:.{0,200}$/i,
    /^hak\s+cipta\b.{0,150}$/i,
    /^.{0,100}hak\s+cipta\s+dilindungi\s+undang-undang\.?$/i,
    /^(?:redaksi|pedoman media siber|kode etik|tentang kami|kontak|karir|disclaimer|kebijakan privasi)(?:\s*[|·•]\s*(?:redaksi|pedoman media siber|kode etik|tentang kami|kontak|karir|disclaimer|kebijakan privasi|info iklan|syarat dan ketentuan))+$/i,
    /^(?:pilihan\s+)?untuk\s+anda$/i,
  ],
  seeAlsoPrefixes: [
    /^baca\s+juga\b/i,
    /^lihat\s+juga\b/i,
    /^simak\s+juga\b/i,
    /^tonton\s+juga\b/i,
    /^(?:berita|artikel)\s+(?:terkait|lainnya|pilihan)\s*:/i,
    /^baca\s+(?:berita\s+|artikel\s+)?(?:lainnya|berikutnya)\s*:/i,
    /^(?:video|foto)\s+(?:pilihan|terkait)\s*:/i,
  ],
  listHeadings: [
    /^(?:berita|artikel)?\s*(?:terpopuler|populer|terkini|terbaru|terkait|pilihan|lainnya|rekomendasi)(?:\s+(?:hari\s+ini|minggu\s+ini|pekan\s+ini))?$/i,
    /^(?:baca|lihat|simak)\s+juga\s*:?$/i,
    /^(?:tag|tags|topik|kata\s+kunci|topik\s+terkait)\s*:?$/i,
    /^rekomendasi(?:\s+untuk\s+anda)?$/i,
    /^(?:paling\s+banyak\s+dibaca|terpopuler\s+hari\s+ini|berita\s+utama|headline)$/i,
    /^(?:baca|lihat)\s+(?:berita|artikel)\s+lainnya$/i,
  ],
  junkBoxes: [
    // Each box must open the way such boxes do, so a story sentence about cookies or newsletters stays.
    { name: 'cookie banner', all: [/^(?:kami|situs\s+ini|website\s+ini|laman\s+ini|dengan\s+(?:menggunakan|melanjutkan|mengakses))\b/i, /\bcookies?\b/i, /\b(?:setuju|terima|menerima|izinkan|persetujuan|menyetujui)\b/i], maxLength: 400 },
    { name: 'newsletter box', all: [/^(?:berlangganan|daftar(?:kan)?|dapatkan)\b/i, /\b(?:newsletter|nawala|buletin|surel|email|kotak\s+masuk)\b/i], maxLength: 300 },
  ],
  metaLines: [
    { field: 'byline', label: /^(?:penulis|reporter|pewarta|wartawan|kontributor|ditulis\s+oleh|laporan)\s*[:：]?\s*/i, value: 'name' },
    // "Oleh" is also an ordinary word ("Oleh karena itu, …"); the value must then be a name, which that is not.
    { field: 'byline', label: /^oleh\s*[:：]?\s+/i, value: 'name' },
    { field: 'editor', label: /^(?:editor|redaktur|penyunting)\s*[:：]?\s*/i, value: 'name' },
    { field: 'publishedAt', label: /^(?:diterbitkan|dipublikasikan|dipublikasi|terbit|tayang|diunggah|diperbarui)\s*(?:pada\s*)?[:：]?\s*/i, value: 'date' },
  ],
  captionLines: [
    /^(?:foto|ilustrasi|gambar|dok(?:umentasi)?|sumber\s+foto|keterangan\s+foto|kredit\s+foto)\s*[:：]/i,
    /\(\s*(?:foto|dok(?:umentasi)?|ilustrasi|gambar)\b[^()]{0,100}\)\.?$/i,
    /\bANTARA\s+FOTO\/[^\s]/,
  ],
  breadcrumbRoots: ['Beranda', 'Berita', 'Indeks', 'Home'],
  shareWords: ['bagikan', 'salin', 'tautan', 'sebarkan'],
  junkClassWords: [
    'bacajuga', 'terkait', 'populer', 'terpopuler', 'terkini', 'terbaru', 'komentar', 'iklan', 'bagikan', 'sosmed',
    'berbagi', 'rekomendasi', 'topik', 'beritaterkait', 'artikelterkait',
  ],
};
