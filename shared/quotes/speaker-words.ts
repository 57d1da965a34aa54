/**
 * The words attribution turns on, in Indonesian and English: speech verbs, pronouns, the words that
 * head a role or a description ("juru bicara", "chief executive"), the words of organisation and
 * place names that sit between a role and a person ("Menteri Keuangan Sri Mulyani"), and the words
 * that end a speaker phrase ("di Jakarta", "usai rapat", "in a statement"). Data, kept apart from
 * the parsing so a missed pattern is usually one word added here.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Indonesian verbs that follow a quote and precede the speaker: "…,” ujar NAME; also with -nya. */
export const ID_AFTER_VERBS = set(
  'ujar kata ucap tutur jelas ungkap papar tegas imbuh lanjut sambung tambah terang sebut pungkas tulis cetus seru bilang tandas kenang aku tanya jawab timpal kilah kelakar canda keluh pinta ajak sindir harap',
);

/** Indonesian verbs whose subject is the speaker: "NAME mengatakan, “…”", "NAME menyebutnya “…”". */
export const ID_SUBJECT_VERBS = set(`
  mengatakan berkata menyebut menyebutnya menyebutkan menegaskan menjelaskan mengungkapkan menambahkan
  menuturkan memaparkan menerangkan mengucapkan melanjutkan menyampaikan menyatakan menulis mengaku
  bertanya menjawab berujar berpesan mengingatkan menekankan mencuit mengklaim menilai menggambarkannya
  menggambarkan menyebutkannya menimpali bilang mengatakannya mengimbuhkan berkomentar menandaskan
  mengenang berseloroh menyindir`);

/** English verbs of saying; both "…," said NAME and NAME said. */
export const EN_VERBS = set(`
  said says told tells added adds wrote writes explained explains noted notes stated states asked asks
  replied replies answered continued insisted argued warned recalled declared announced tweeted posted
  remarked observed acknowledged admitted conceded suggested cautioned concluded emphasized emphasised
  stressed commented called calls described describes`);

/** Verbs after which an object may come before the quote: "NAME menyebut kebijakan itu “…”", "called it “…”". */
export const NAMING_VERBS = set('menyebut menyebutnya menilai menggambarkan menggambarkannya called calls described describes dubbed labelled labeled');

export const ID_PRONOUNS = set('dia ia beliau mereka');
export const EN_PRONOUNS = set('he she they');
/** "ujarnya", "katanya": the verb with -nya stands for "he/she said". */
export const NYA = 'nya';

/** Phrases that introduce the speaker: "Menurut NAME", "According to NAME". */
export const ACCORDING_ID = 'menurut';
export const ACCORDING_EN = 'according to';

/** Words that head a role or a description; a person's name follows the last of them. */
export const ROLE_HEADS = set(`
  presiden wakil menteri menko kepala ketua direktur dirut gubernur bupati walikota wali camat lurah
  kapolri kapolda kapolres kapolsek kabid kasat kasubdit kabag kadis jaksa hakim anggota sekretaris sekjen
  juru bicara jubir panglima komisaris pendiri ketum plt pj senator koordinator komandan danrem dandim
  irjen brigjen kombes akbp kompol akp iptu ipda jenderal letjen mayjen kolonel laksamana marsekal
  pengamat analis ekonom pakar ahli peneliti dosen guru besar profesor prof dr rektor dekan manajer
  pemimpin pimpinan redaksi editor wartawan kuasa hukum pengacara advokat perwakilan pejabat staf
  president vice minister secretary governor mayor chief ceo cfo cto coo cmo chairman chairwoman chair
  director head rep representative congressman congresswoman judge general commissioner spokesman
  spokeswoman spokesperson founder cofounder co-founder professor analyst economist strategist researcher
  lawyer attorney adviser advisor official officer manager editor leader chancellor premier ambassador
  dubes duta besar mr mrs ms pak bu bapak ibu
  produser sutradara aktor aktris penyanyi musisi vokalis penulis seniman kritikus kurator promotor
  pedagang petani nelayan mahasiswa siswa warga pelatih pemain atlet dokter perawat bidan pengusaha pemilik
  kasat kapolrestabes wakapolri wakapolda wakapolres kajati kajari kasi kanit
  producer actor actress singer musician writer author artist critic curator farmer fisherman teacher
  student resident trader shopkeeper owner coach player doctor nurse councilwoman councilman councillor
  councilor deputy lieutenant inspector sergeant detective superintendent`);

/** Offices named with their region: "Bupati Bogor …", "Wali Kota Bandung …", "Kapolda Riau …". */
export const REGION_HEADS = set('bupati gubernur walikota kota camat lurah kapolda kapolres kapolsek danrem dandim kajati kajari');

/** Lower-case words that may open a description speaker ("seorang warga", "a spokesperson for …"). */
export const DESCRIPTION_WORDS = set(`
  juru bicara jubir pejabat sumber warga pengamat analis ekonom pakar ahli pihak perwakilan manajemen
  kuasa hukum pengacara direktur kepala ketua menteri presiden wakil anggota pemilik pendiri pedagang petani
  nelayan guru dosen peneliti mahasiswa siswa seorang salah satu sang para kepolisian polisi pemerintah
  perusahaan kementerian tim keluarga korban saksi tetangga ibu bapak pak bu orang tua staf karyawan
  pegawai petugas relawan aktivis tokoh masyarakat pengemudi penumpang pengunjung pembeli konsumen
  pelanggan penduduk komisaris sekretaris koordinator humas pengurus panitia manajer pelatih pemain
  perawat dokter bidan sopir buruh ojol penggugat tergugat terdakwa jaksa hakim produser sutradara penonton
  a an the spokesman spokeswoman spokesperson official officials source sources analyst analysts economist
  expert experts resident residents company ministry minister president chief executive head director
  chairman chairwoman founder professor researcher lawyer attorney police government department agency
  representative senior former local one its his her their statement white house coach player
  player manager owner worker workers farmer trader teacher student doctor nurse witness neighbour
  neighbor fan fans voter voters shopper driver officer
  aktor aktris penyanyi musisi vokalis penulis seniman kritikus kurator promotor pengusaha atlet
  perseroan dinas lembaga maskapai emiten firm landlord tenant producer actor actress singer musician
  writer author artist critic fisherman resident shopkeeper`);

/**
 * Nouns that stand for an organisation named earlier: "tulis perusahaan itu", "the company said",
 * "dinas tersebut". Company nouns take the last company named; the others the last organisation
 * whose name opens with the same word ("Dinas Kelautan dan Perikanan NTT" for "dinas tersebut").
 */
export const COMPANY_NOUNS = set('perusahaan perseroan maskapai emiten pabrikan produsen company firm carrier');
export const ORG_HEAD_NOUNS = set('dinas kementerian badan lembaga komisi bank universitas ministry department agency commission');

/** Demonstratives after such a noun: "perusahaan itu", "dinas tersebut". */
export const DEMONSTRATIVES = set('itu tersebut');

/** Corporate forms around a company's name: "PT Garuda Indonesia (Persero) Tbk", "Acme Inc". */
export const CORPORATE_PREFIXES = set('pt cv');

/** Nouns for a written source after "Menurut": "Menurut keterangan PT KAI", "according to a statement from Acme". */
export const SOURCE_NOUNS = set('keterangan pernyataan rilis siaran pers laporan unggahan statement release report post');

/** Words just before a mark that make what it holds a title, not speech: "film berjudul “…”", "a report titled "…"". */
export const TITLE_MARKERS = set('berjudul bertajuk bernama berlabel dijuluki julukan titled entitled named dubbed');

/** Words just after a mark that make it the thing named: "menyebut “Jumbo” sebagai …", "described "X" as …". */
export const NAMED_AS = set('sebagai as');

/** Lower-case words that join a description or role to what follows ("chief executive of Acme"). */
export const CONNECTORS = set('of for at from dari untuk bidang');

/** Leading words dropped from a speaker ("the company" → "company", "seorang warga" → "warga"). */
export const DROPPED_LEADING = set('a an the seorang sang');

/** Capitalised words of organisation and place names that sit between a role and a person's name. */
export const ORG_WORDS = set(`
  kongres kementerian keuangan luar negeri dalam pertahanan kesehatan pendidikan perdagangan perindustrian
  pertanian perhubungan agama sosial utama umum eksekutif dinas badan bank komisi dewan pusat daerah
  provinsi kabupaten kota polda polres polsek metro jaya bidang humas partai fraksi jawa barat timur
  tengah utara selatan sumatera kalimantan sulawesi papua bali aceh riau jakarta bandung surabaya medan
  nasional indonesia republik ekonomi bisnis investasi energi sumber daya mineral lingkungan hidup
  kehutanan kelautan perikanan pariwisata komunikasi informatika digital hukum sekretariat negara kabinet
  koordinator perekonomian politik keamanan pembangunan perencanaan statistik penanggulangan bencana
  pemberantasan korupsi otoritas jasa universitas institut fakultas dprd dpr mpr rakyat perwakilan
  house senate state department treasury finance foreign affairs defense defence health executive officer
  financial technology operating federal reserve committee council ministry office agency commission
  national security adviser advisor intelligence democratic republican party police union united states
  kingdom european nations white press operations marketing information affairs general attorney
  secretary administration public policy research`);

/** Words that end a speaker phrase: places, times, circumstances ("di Jakarta", "usai rapat", "on Monday"). */
export const STOP_WORDS = set(`
  di dalam kepada saat ketika usai seusai setelah sebelum pada seperti sebagaimana yang dan melalui lewat
  via kemarin tadi ini itu dengan sambil sembari ketika sesudah selepas jelang menjelang terkait soal
  tentang mengenai dikutip sebagaimana kala tatkala hari pekan malam pagi siang sore
  in on during after before to who which and that as last when while with via about this at
  yesterday today earlier later told on`);

export const DAYS_AND_MONTHS = set(`
  senin selasa rabu kamis jumat jum'at jum’at sabtu minggu ahad
  januari februari maret april mei juni juli agustus september oktober november desember
  monday tuesday wednesday thursday friday saturday sunday
  january february march may june july august october december`);

/** Capitalised words that begin a sentence without being a name ("Namun Budi mengatakan"). */
export const SENTENCE_OPENERS = set(`
  namun sementara kemudian selain bahkan padahal meski meskipun tapi tetapi lalu sedangkan adapun
  sebelumnya terpisah selanjutnya kini saat ketika dalam pada di hal itu ini oleh karena sehingga
  but however meanwhile and yet still later earlier in on at then so also separately`);

/** Particles inside personal names: "Osama bin Laden", "Vincent van Gogh". */
export const NAME_PARTICLES = set('bin binti van von der den de da dos del al el ibn');

/** Title abbreviations that keep their full stop inside a name ("Dr. Tedros", "Moh. Hatta"). */
export const ABBREVIATIONS = set('dr prof moh muh mr mrs ms jr sr st inc corp co ltd h hj ir drs');

/** Words that mark an organisation rather than a person at the end of a phrase. */
export const ORG_SUFFIXES = set('inc corp corporation co ltd tbk group bank company ai labs lab holdings persero');
