/**
 * Quotations and their speakers, one case per pattern of issue 9, in Indonesian and English.
 * Every case lists all the quotations of its text in order; role is null unless given.
 * Paragraphs are separated by "\n", as in an article's canonical text.
 */
import type { Lang } from '../../shared/model.js';

export interface ExpectedQuote {
  quote: string;
  speaker: string | null;
  role?: string | null;
}

export interface QuoteCase {
  label: string;
  lang: Lang;
  text: string;
  quotes: ExpectedQuote[];
}

export const quoteCases: QuoteCase[] = [
  // ---- Indonesian: a verb after the quote ----
  {
    label: 'ujar NAME',
    lang: 'id',
    text: 'Harga beras naik lagi. “Kami sudah menambah pasokan ke semua pasar,” ujar Budi Santoso.',
    quotes: [{ quote: 'Kami sudah menambah pasokan ke semua pasar', speaker: 'Budi Santoso' }],
  },
  {
    label: 'kata NAME, ROLE',
    lang: 'id',
    text: '“Inflasi bulan ini masih terkendali,” kata Amalia Widyasanti, Kepala Badan Pusat Statistik.',
    quotes: [{ quote: 'Inflasi bulan ini masih terkendali', speaker: 'Amalia Widyasanti', role: 'Kepala Badan Pusat Statistik' }],
  },
  {
    label: 'ucap NAME di PLACE, DAY (date)',
    lang: 'id',
    text: '“Semua jalur mudik sudah siap dilalui,” ucap Dudy Purwagandhi di Jakarta, Senin (2/2).',
    quotes: [{ quote: 'Semua jalur mudik sudah siap dilalui', speaker: 'Dudy Purwagandhi' }],
  },
  {
    label: 'tutur NAME usai rapat',
    lang: 'id',
    text: '“Anggaran sekolah tidak akan dipotong,” tutur Rina Marlina usai rapat bersama komisi X.',
    quotes: [{ quote: 'Anggaran sekolah tidak akan dipotong', speaker: 'Rina Marlina' }],
  },
  {
    label: 'jelas NAME kepada wartawan',
    lang: 'id',
    text: '“Pembangunan jembatan selesai akhir tahun,” jelas Agus Salim kepada wartawan.',
    quotes: [{ quote: 'Pembangunan jembatan selesai akhir tahun', speaker: 'Agus Salim' }],
  },
  {
    label: 'ungkap, papar, tegas: one verb per quote',
    lang: 'id',
    text:
      '“Penjualan mobil listrik naik dua kali lipat,” ungkap Yohannes Nangoi.\n' +
      '“Sebagian besar pembeli tinggal di kota besar,” papar Kukuh Kumara.\n' +
      '“Kami tidak akan menaikkan harga tahun ini,” tegas Sri Wahyuni.',
    quotes: [
      { quote: 'Penjualan mobil listrik naik dua kali lipat', speaker: 'Yohannes Nangoi' },
      { quote: 'Sebagian besar pembeli tinggal di kota besar', speaker: 'Kukuh Kumara' },
      { quote: 'Kami tidak akan menaikkan harga tahun ini', speaker: 'Sri Wahyuni' },
    ],
  },
  {
    label: 'imbuh, lanjut, sambung, tambah',
    lang: 'id',
    text:
      '“Stok pupuk cukup sampai panen,” imbuh Dewi Lestari.\n' +
      '“Petani tidak perlu panik,” lanjut Hendra Gunawan.\n' +
      '“Distribusi diawasi polisi,” sambung Made Sudarta.\n' +
      '“Harga eceran tertinggi tetap,” tambah Nur Aini.',
    quotes: [
      { quote: 'Stok pupuk cukup sampai panen', speaker: 'Dewi Lestari' },
      { quote: 'Petani tidak perlu panik', speaker: 'Hendra Gunawan' },
      { quote: 'Distribusi diawasi polisi', speaker: 'Made Sudarta' },
      { quote: 'Harga eceran tertinggi tetap', speaker: 'Nur Aini' },
    ],
  },
  {
    label: 'terang, sebut, pungkas',
    lang: 'id',
    text:
      '“Vaksin tersedia di semua puskesmas,” terang Siti Nadia Tarmizi.\n' +
      '“Cakupan imunisasi anak sudah 90 persen,” sebut Maxi Rein Rondonuwu.\n' +
      '“Kami minta orang tua tidak ragu,” pungkas Siti Nadia Tarmizi.',
    quotes: [
      { quote: 'Vaksin tersedia di semua puskesmas', speaker: 'Siti Nadia Tarmizi' },
      { quote: 'Cakupan imunisasi anak sudah 90 persen', speaker: 'Maxi Rein Rondonuwu' },
      { quote: 'Kami minta orang tua tidak ragu', speaker: 'Siti Nadia Tarmizi' },
    ],
  },
  {
    label: 'a role before the name after the verb',
    lang: 'id',
    text: '“Defisit masih di bawah tiga persen,” kata Menteri Keuangan Sri Mulyani Indrawati di Gedung DPR.',
    quotes: [{ quote: 'Defisit masih di bawah tiga persen', speaker: 'Sri Mulyani Indrawati', role: 'Menteri Keuangan' }],
  },
  {
    label: 'kata NAME seperti dikutip dari …',
    lang: 'id',
    text: '“Gempa tidak berpotensi tsunami,” kata Daryono seperti dikutip dari Antara, Rabu (5/3).',
    quotes: [{ quote: 'Gempa tidak berpotensi tsunami', speaker: 'Daryono' }],
  },
  {
    label: 'an organisation and a description as speakers',
    lang: 'id',
    text:
      '“Layanan kembali normal sejak pukul 14.00,” ujar Telkomsel.\n' +
      '“Kami masih menyelidiki penyebab gangguan,” ujar juru bicara Bank Mandiri.',
    quotes: [
      { quote: 'Layanan kembali normal sejak pukul 14.00', speaker: 'Telkomsel' },
      { quote: 'Kami masih menyelidiki penyebab gangguan', speaker: 'juru bicara Bank Mandiri' },
    ],
  },
  // ---- Indonesian: pronouns ----
  {
    label: 'ujarnya and katanya take the last person named',
    lang: 'id',
    text:
      'Wali Kota Bogor Dedie Rachim meninjau banjir di Katulampa. “Air mulai surut sejak pagi,” ujarnya.\n' +
      'Ia meminta warga tetap waspada. “Hujan deras masih mungkin turun malam ini,” katanya.',
    quotes: [
      { quote: 'Air mulai surut sejak pagi', speaker: 'Dedie Rachim', role: 'Wali Kota Bogor' },
      { quote: 'Hujan deras masih mungkin turun malam ini', speaker: 'Dedie Rachim', role: 'Wali Kota Bogor' },
    ],
  },
  {
    label: 'ungkapnya, imbuhnya, tegasnya after a named quote',
    lang: 'id',
    text:
      '“Kunjungan wisatawan naik 20 persen,” kata Kepala Dinas Pariwisata Bali Tjok Bagus Pemayun.\n' +
      '“Hotel di Ubud penuh sampai Agustus,” ungkapnya.\n' +
      '“Kami menambah penerbangan dari Australia,” imbuhnya.\n' +
      '“Kebersihan pantai jadi prioritas,” tegasnya.',
    quotes: [
      { quote: 'Kunjungan wisatawan naik 20 persen', speaker: 'Tjok Bagus Pemayun', role: 'Kepala Dinas Pariwisata Bali' },
      { quote: 'Hotel di Ubud penuh sampai Agustus', speaker: 'Tjok Bagus Pemayun', role: 'Kepala Dinas Pariwisata Bali' },
      { quote: 'Kami menambah penerbangan dari Australia', speaker: 'Tjok Bagus Pemayun', role: 'Kepala Dinas Pariwisata Bali' },
      { quote: 'Kebersihan pantai jadi prioritas', speaker: 'Tjok Bagus Pemayun', role: 'Kepala Dinas Pariwisata Bali' },
    ],
  },
  {
    label: 'lanjutnya, jelasnya and kata dia after reported speech',
    lang: 'id',
    text:
      'Menurut Bhima Yudhistira, daya beli masyarakat melemah sejak awal tahun.\n' +
      '“Belanja rumah tangga turun di semua kelompok,” lanjutnya.\n' +
      '“Pemerintah perlu menambah bantuan tunai,” jelasnya.\n' +
      '“Kalau tidak, pertumbuhan bisa di bawah lima persen,” kata dia.',
    quotes: [
      { quote: 'Belanja rumah tangga turun di semua kelompok', speaker: 'Bhima Yudhistira' },
      { quote: 'Pemerintah perlu menambah bantuan tunai', speaker: 'Bhima Yudhistira' },
      { quote: 'Kalau tidak, pertumbuhan bisa di bawah lima persen', speaker: 'Bhima Yudhistira' },
    ],
  },
  // ---- Indonesian: the speaker before the quote ----
  {
    label: 'NAME menyebutnya “…”',
    lang: 'id',
    text: 'Ekonom senior Faisal Basri menyebutnya “proyek mercusuar yang membebani anggaran.”',
    quotes: [{ quote: 'proyek mercusuar yang membebani anggaran.', speaker: 'Faisal Basri', role: 'Ekonom senior' }],
  },
  {
    label: 'NAME mengatakan, “…”',
    lang: 'id',
    text: 'Gubernur Jawa Barat Dedi Mulyadi mengatakan, “Semua sekolah harus punya jalur evakuasi.”',
    quotes: [{ quote: 'Semua sekolah harus punya jalur evakuasi.', speaker: 'Dedi Mulyadi', role: 'Gubernur Jawa Barat' }],
  },
  {
    label: 'Menurut NAME, “…”',
    lang: 'id',
    text: 'Menurut Tauhid Ahmad, “Kenaikan cukai rokok belum menurunkan jumlah perokok anak.”',
    quotes: [{ quote: 'Kenaikan cukai rokok belum menurunkan jumlah perokok anak.', speaker: 'Tauhid Ahmad' }],
  },
  {
    label: 'NAME: “…”',
    lang: 'id',
    text: 'Najwa Shihab: “Pertanyaan yang baik lebih penting daripada jawaban yang cepat.”',
    quotes: [{ quote: 'Pertanyaan yang baik lebih penting daripada jawaban yang cepat.', speaker: 'Najwa Shihab' }],
  },
  {
    label: 'ROLE, NAME, mengatakan',
    lang: 'id',
    text: 'Direktur Utama PLN, Darmawan Prasodjo, mengatakan, “Pasokan listrik Lebaran aman.”',
    quotes: [{ quote: 'Pasokan listrik Lebaran aman.', speaker: 'Darmawan Prasodjo', role: 'Direktur Utama PLN' }],
  },
  // ---- Indonesian: follow-on, long quotes, marks ----
  {
    label: 'a follow-on quote with no attribution belongs to the previous speaker',
    lang: 'id',
    text: '“Program ini sudah berjalan tiga tahun,” ujar Ani Rahmawati, Ketua Koperasi Sejahtera. “Anggota kami kini 400 orang.”',
    quotes: [
      { quote: 'Program ini sudah berjalan tiga tahun', speaker: 'Ani Rahmawati', role: 'Ketua Koperasi Sejahtera' },
      { quote: 'Anggota kami kini 400 orang.', speaker: 'Ani Rahmawati', role: 'Ketua Koperasi Sejahtera' },
    ],
  },
  {
    label: 'a quote interrupted by its attribution',
    lang: 'id',
    text: '“Kami siap bertanding,” kata Erick Thohir, “dan kami ingin menang di kandang sendiri.”',
    quotes: [
      { quote: 'Kami siap bertanding', speaker: 'Erick Thohir' },
      { quote: 'dan kami ingin menang di kandang sendiri.', speaker: 'Erick Thohir' },
    ],
  },
  {
    label: 'a quote of several sentences',
    lang: 'id',
    text: '“Jalan tol ini memangkas waktu tempuh. Dulu empat jam, sekarang satu jam. Warga sangat terbantu,” kata Basuki Hadimuljono.',
    quotes: [{ quote: 'Jalan tol ini memangkas waktu tempuh. Dulu empat jam, sekarang satu jam. Warga sangat terbantu', speaker: 'Basuki Hadimuljono' }],
  },
  {
    label: 'a quote continued in the next paragraph',
    lang: 'id',
    text:
      'Ketua RT 05 Slamet Riyadi menceritakan malam itu. “Air masuk rumah sekitar pukul dua pagi. Kami langsung membangunkan anak-anak.\n' +
      '“Sampai subuh kami bertahan di atap,” kata Slamet.',
    quotes: [
      {
        quote: 'Air masuk rumah sekitar pukul dua pagi. Kami langsung membangunkan anak-anak.\n“Sampai subuh kami bertahan di atap',
        speaker: 'Slamet',
      },
    ],
  },
  {
    label: 'a nested ‘…’ stays inside its quote, and an apostrophe is not a mark',
    lang: 'id',
    text: '“Warga menyebut jalan ini ‘jalur tengkorak’ sejak Jum’at kelabu itu,” ujar Iptu Andi Wijaya.',
    quotes: [{ quote: 'Warga menyebut jalan ini ‘jalur tengkorak’ sejak Jum’at kelabu itu', speaker: 'Andi Wijaya', role: 'Iptu' }],
  },
  {
    label: '«…» and straight "…" marks',
    lang: 'id',
    text: '«Kami menolak revisi undang-undang itu,» kata Usman Hamid.\n"Prosesnya tertutup dan terburu-buru," ujar Asfinawati.',
    quotes: [
      { quote: 'Kami menolak revisi undang-undang itu', speaker: 'Usman Hamid' },
      { quote: 'Prosesnya tertutup dan terburu-buru', speaker: 'Asfinawati' },
    ],
  },
  {
    label: 'a title or a term in marks is not a quotation',
    lang: 'id',
    text: 'Program “Makan Bergizi Gratis” dimulai di 190 dapur. Film “Jumbo” ditonton sepuluh juta orang. Istilah “healing” populer di media sosial.',
    quotes: [],
  },
  // ---- English ----
  {
    label: '"…," said NAME, ROLE',
    lang: 'en',
    text: '"We expect the rate cut to come in June," said Mark Carney, governor of the central bank.',
    quotes: [{ quote: 'We expect the rate cut to come in June', speaker: 'Mark Carney', role: 'governor of the central bank' }],
  },
  {
    label: '"…," NAME said',
    lang: 'en',
    text: 'Shares fell sharply. "This is a temporary setback," Lisa Su said on Tuesday.',
    quotes: [{ quote: 'This is a temporary setback', speaker: 'Lisa Su' }],
  },
  {
    label: '"…," NAME, ROLE, said',
    lang: 'en',
    text: '"Demand for chips is still growing," Jensen Huang, chief executive of Nvidia, said in Taipei.',
    quotes: [{ quote: 'Demand for chips is still growing', speaker: 'Jensen Huang', role: 'chief executive of Nvidia' }],
  },
  {
    label: 'according to NAME',
    lang: 'en',
    text: 'According to Gita Gopinath, "Emerging markets are better prepared than in 2013."',
    quotes: [{ quote: 'Emerging markets are better prepared than in 2013.', speaker: 'Gita Gopinath' }],
  },
  {
    label: 'NAME told …: "…" and "…," NAME told reporters',
    lang: 'en',
    text: 'Rachel Reeves told the BBC: "There will be no return to austerity."\n"We have a plan and we will stick to it," Keir Starmer told reporters.',
    quotes: [
      { quote: 'There will be no return to austerity.', speaker: 'Rachel Reeves' },
      { quote: 'We have a plan and we will stick to it', speaker: 'Keir Starmer' },
    ],
  },
  {
    label: 'he said and she said take the last person named',
    lang: 'en',
    text:
      'Maria Ressa spoke at the festival on Friday. "Journalism is under attack everywhere," she said.\n' +
      'Her lawyer, Theodore Te, was more cautious. "The case is far from over," he said.',
    quotes: [
      { quote: 'Journalism is under attack everywhere', speaker: 'Maria Ressa' },
      { quote: 'The case is far from over', speaker: 'Theodore Te' },
    ],
  },
  {
    label: 'a follow-on quote sentence by the same speaker',
    lang: 'en',
    text: '"The storm caught everyone by surprise," said Jane Fraser. "We lost power for three days."',
    quotes: [
      { quote: 'The storm caught everyone by surprise', speaker: 'Jane Fraser' },
      { quote: 'We lost power for three days.', speaker: 'Jane Fraser' },
    ],
  },
  {
    label: 'ROLE NAME said, and a description as speaker',
    lang: 'en',
    text: '"Neutrality is now essential," Turing CEO Jonathan Siddharth said.\n"We do not comment on rumours," a spokesperson for Google said.',
    quotes: [
      { quote: 'Neutrality is now essential', speaker: 'Jonathan Siddharth', role: 'Turing CEO' },
      { quote: 'We do not comment on rumours', speaker: 'spokesperson for Google' },
    ],
  },
  {
    label: 'British single marks with a nested double quote, over two paragraphs',
    lang: 'en',
    text: "‘The minister called it \"a historic day\". I am not so sure.\n‘We will see in a year,’ said Caroline Lucas.",
    quotes: [{ quote: 'The minister called it "a historic day". I am not so sure.\n‘We will see in a year', speaker: 'Caroline Lucas' }],
  },
  {
    label: 'NAME said: "…" and NAME called it "…"',
    lang: 'en',
    text: 'Antonio Guterres said: "The world is on fire."\nEnvironmental groups welcomed the deal, but Greta Thunberg called it "a betrayal of the young."',
    quotes: [
      { quote: 'The world is on fire.', speaker: 'Antonio Guterres' },
      { quote: 'a betrayal of the young.', speaker: 'Greta Thunberg' },
    ],
  },
  // ---- Mixed languages, cued by the sentence ----
  {
    label: 'an English quote with an English attribution inside an Indonesian article',
    lang: 'id',
    text: 'Nvidia mengumumkan chip baru pekan ini. "This chip changes everything," said Jensen Huang. “Harganya belum diumumkan,” kata juru bicara Nvidia Indonesia.',
    quotes: [
      { quote: 'This chip changes everything', speaker: 'Jensen Huang' },
      { quote: 'Harganya belum diumumkan', speaker: 'juru bicara Nvidia Indonesia' },
    ],
  },
  {
    label: '"he said" read as English in an Indonesian article, "dia menambahkan" as Indonesian',
    lang: 'id',
    text:
      'Jensen Huang, pendiri Nvidia, berbicara di Taipei pekan lalu. "The next wave is physical AI," he said.\n' +
      'Analis Samsung Sekuritas, Lee Min-ho, tidak sepakat. “Permintaan pusat data mulai melambat,” dia menambahkan.',
    quotes: [
      { quote: 'The next wave is physical AI', speaker: 'Jensen Huang' },
      { quote: 'Permintaan pusat data mulai melambat', speaker: 'Lee Min-ho' },
    ],
  },

  // ---- Role words, appositives, organisations standing for themselves, titles (second round) ----
  {
    label: 'a lower-case profession before a name is a role: Menurut sutradara NAME, then ucapnya',
    lang: 'id',
    text: 'Menurut sutradara Wahyu Pramono, syuting berlangsung dua tahun. “Kami berpindah ke tujuh kota,” ucapnya.',
    quotes: [{ quote: 'Kami berpindah ke tujuh kota', speaker: 'Wahyu Pramono', role: 'sutradara' }],
  },
  {
    label: 'kata nelayan NAME and said producer NAME',
    lang: 'id',
    text: '“Ikan makin jauh ke tengah,” kata nelayan Darto Wibisono.\n"We shot the whole film in one take," said producer Ellen Marsh.',
    quotes: [
      { quote: 'Ikan makin jauh ke tengah', speaker: 'Darto Wibisono', role: 'nelayan' },
      { quote: 'We shot the whole film in one take', speaker: 'Ellen Marsh', role: 'producer' },
    ],
  },
  {
    label: 'DESCRIPTION lain, NAME, mengaku: the one-word name speaks, not the speaker before',
    lang: 'id',
    text:
      '“Harga gabah jatuh sejak awal bulan,” kata Darmaji Putra.\n' +
      'Petani lain, Sukirman, mengaku sawahnya terendam. “Dua minggu air tidak surut,” ujarnya.',
    quotes: [
      { quote: 'Harga gabah jatuh sejak awal bulan', speaker: 'Darmaji Putra' },
      { quote: 'Dua minggu air tidak surut', speaker: 'Sukirman', role: 'Petani lain' },
    ],
  },
  {
    label: 'a one-word name in an appositive is the antecedent of a later pronoun',
    lang: 'id',
    text:
      '“Posko dibuka sampai Jumat,” kata Lurah Bambang Sutejo.\n' +
      'Warga lain, Marni, sudah tiga hari tidur di tenda. “Rumah kami masih terendam lumpur,” katanya.\n' +
      'Rahmat, nelayan di Muara Angke, sudah sepekan tidak melaut. “Ombaknya tiga meter,” tuturnya.',
    quotes: [
      { quote: 'Posko dibuka sampai Jumat', speaker: 'Bambang Sutejo', role: 'Lurah' },
      { quote: 'Rumah kami masih terendam lumpur', speaker: 'Marni', role: 'Warga lain' },
      { quote: 'Ombaknya tiga meter', speaker: 'Rahmat', role: 'nelayan' },
    ],
  },
  {
    label: 'Another DESCRIPTION, NAME, said … then he said',
    lang: 'en',
    text: '"Prices keep rising," said Maria Gomez.\nAnother trader, Tomas, said sales had halved. "People only buy what they need," he said.',
    quotes: [
      { quote: 'Prices keep rising', speaker: 'Maria Gomez' },
      { quote: 'People only buy what they need', speaker: 'Tomas', role: 'Another trader' },
    ],
  },
  {
    label: 'tulis perusahaan itu and the company wrote: the last company named',
    lang: 'id',
    text:
      'Perusahaan tambang PT Bumi Sejahtera membantah tuduhan pencemaran. “Limbah kami diolah sesuai aturan,” tulis perusahaan itu dalam keterangan resmi.\n' +
      'Northwind Inc said on Monday it would cut 200 jobs. "These decisions are never easy," the company wrote in a memo to staff.',
    quotes: [
      { quote: 'Limbah kami diolah sesuai aturan', speaker: 'Bumi Sejahtera' },
      { quote: 'These decisions are never easy', speaker: 'Northwind' },
    ],
  },
  {
    label: 'perseroan itu menulis: “…” and tulis dinas tersebut: the organisation they stand for',
    lang: 'id',
    text:
      'Bank Nusantara belum berkomentar. Namun dalam laporannya, perseroan itu menulis: “Kredit macet masih terkendali.”\n' +
      'Dinas Pendidikan dan Kebudayaan Kota Malang menunda ujian. “Jadwal baru diumumkan Senin,” tulis dinas tersebut.',
    quotes: [
      { quote: 'Kredit macet masih terkendali.', speaker: 'Bank Nusantara' },
      { quote: 'Jadwal baru diumumkan Senin', speaker: 'Dinas Pendidikan dan Kebudayaan Kota Malang' },
    ],
  },
  {
    label: 'the company with no company named stays the company',
    lang: 'en',
    text: 'The operator shut the line on Sunday. "Nobody was hurt," the company said.',
    quotes: [{ quote: 'Nobody was hurt', speaker: 'company' }],
  },
  {
    label: 'Menurut siaran pers ORG and according to a statement from ORG',
    lang: 'id',
    text:
      'Menurut siaran pers Badan Pangan Nasional, “stok beras cukup hingga akhir tahun.”\n' +
      '"Service will resume on Friday," according to a statement from Metro Transit.',
    quotes: [
      { quote: 'stok beras cukup hingga akhir tahun.', speaker: 'Badan Pangan Nasional' },
      { quote: 'Service will resume on Friday', speaker: 'Metro Transit' },
    ],
  },
  {
    label: 'a title after menyebut … sebagai, bertajuk or titled is not a quotation',
    lang: 'id',
    text:
      'Sutradara Rina Kartika menyebut “Senja” sebagai “film paling jujur yang pernah saya buat.”\n' +
      'Pameran bertajuk “Rumah yang Tidak Pernah Selesai Dibangun Oleh Kita Semua” dibuka Jumat.\n' +
      'She wrote a report titled "Why the Cheapest Homes Are Now the Hardest to Find in Every Region" last year.',
    quotes: [{ quote: 'film paling jujur yang pernah saya buat.', speaker: 'Rina Kartika', role: 'Sutradara' }],
  },
];
