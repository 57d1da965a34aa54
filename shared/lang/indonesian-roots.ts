/**
 * A compact list of common Indonesian roots, for machines without hunspell-id: enough for the stemmer
 * to find the roots of everyday news text. Written for Tandai (not copied from a word list); the full
 * ~31k-root list comes from /usr/share/hunspell/id_ID.dic when installed.
 */
const ROOTS = `
ada adil ajar akan akuisisi ambil aman anak angkat apa arti asal atas awal bagi baik baca bahasa baju
balas bangun banyak baru batas bawa bayar beda beli benar berangkat berani beri berita besar bicara
biasa bilang bisa buah buat buka buku bulan bunuh buru cari cat cek cerdas cinta coba daftar dagang
dalam dapat datang dekat dengar depan diam didik dingin diri duduk dunia edar gabung gambar ganti gantung
gelontor guna hadap hadir hal hampir harga hari harus hasil hati hendak hidup hilang hitung hubung
ikan ikut ilmu ingat ingin investasi isi jadi jalan jalur jaga jauh jawab jelas jual juang kabar kali
kasih kata kecil kembang kenal kerja keluar keluarga kirim kota kuat kumpul kupas kurang lahir lain
laku lambat langgan lanjut lapor lari laut lawan lebih lihat lukis label lupa main makan malam mana
masa masak masuk mau merdeka milik minta minum mobil mulai nama naik nanti nilai nyanyi nyata orang
pakai panjang pasar pakar pergi perintah percaya pikir pilih pimpin pinjam potong pukul pulang punya
putus rasa rencana rumah rusak saing sakit salah sama sampai sapu sebut sedia sehat sekolah selesai
serta siap siapa simpan suka sumber susun tahan tahu tahun tambah tanam tanya tani tari tarik temu
tentu terbang terima teknologi tiba tidur tinggal tolak tua tulis tunggu turun ubah ujar umum untung
urus usaha waktu walau warna yakin baru bom buka bagus berat bersih bentuk cepat cukup damai dorong
duga gerak halal harap ingkar jatuh jamin kuasa kejar keras kirim kunjung latih lindung luas muat
nikah olah pasang pecah pegang pelihara pengaruh pesan pindah rawat rugi sadar sambung sebar sewa
sulit sungguh tangkap tekan tempat tetap tiru tugas ukur umur undang urai wajib wujud kupu-kupu
beritahu erti ketik las sayur-mayur paham kembali tampil peran wakil arah atur bantu bangkit
`;

export const BUILT_IN_INDONESIAN_ROOTS: readonly string[] = [...new Set(ROOTS.split(/\s+/).filter(Boolean))];
