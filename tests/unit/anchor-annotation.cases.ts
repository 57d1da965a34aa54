/**
 * Re-anchoring cases: an original text with a marked passage [[like this]], an edited text, and
 * where the passage must land in it — the text it must cover, or null for an orphan.
 */
export interface AnchorCase {
  label: string;
  original: string;
  edited: string;
  expect: string | null;
  /** Which occurrence of `expect` in the edited text is the right one (default 0). */
  occurrence?: number;
}

const P1 = 'Meta menggelontorkan USD 14,3 miliar untuk saham Scale AI, menaikkan valuasi startup itu menjadi USD 29 miliar.';
const P2 = 'Wang, kelahiran Los Alamos, New Mexico, mendirikan Scale AI pada 2016 usai keluar dari MIT.';
const P3 = 'Google dan Microsoft mulai mengurangi ketergantungan, sementara OpenAI tetap menjalin kerja sama.';

export const anchorCases: AnchorCase[] = [
  { label: 'unchanged text', original: `${P1}\n[[${P2}]]\n${P3}`, edited: `${P1}\n${P2}\n${P3}`, expect: P2 },
  {
    label: 'a repeated quote, the second one marked',
    original: 'Scale AI tumbuh. Investor menyebut Scale AI unggul. Lalu [[Scale AI]] diakuisisi Meta tahun ini.',
    edited: 'Scale AI tumbuh. Investor menyebut Scale AI unggul. Lalu Scale AI diakuisisi Meta tahun ini.',
    expect: 'Scale AI',
    occurrence: 2,
  },
  {
    label: 'a repeated quote after text was inserted before it',
    original: 'Scale AI tumbuh. Investor menyebut Scale AI unggul. Lalu [[Scale AI]] diakuisisi Meta tahun ini.',
    edited: 'Pada 2016 Scale AI berdiri. Scale AI tumbuh. Investor menyebut Scale AI unggul. Lalu Scale AI diakuisisi Meta tahun ini.',
    expect: 'Scale AI',
    occurrence: 3,
  },
  {
    label: 'white space that changed, across a paragraph break',
    original: `${P1}\n[[Wang, kelahiran Los Alamos,\nNew Mexico]], mendirikan Scale AI.`,
    edited: `${P1}\n\nWang, kelahiran  Los Alamos, New Mexico, mendirikan Scale AI.`,
    expect: 'Wang, kelahiran  Los Alamos, New Mexico',
  },
  {
    label: 'typographic quotes that became straight ones',
    original: 'Meta menyebutnya [[“sangat berwawasan dan ramah.”]] kata anggota Kongres.',
    edited: 'Meta menyebutnya "sangat berwawasan dan ramah." kata anggota Kongres.',
    expect: '"sangat berwawasan dan ramah."',
  },
  { label: 'a deleted passage', original: `${P1}\n[[${P2}]]\n${P3}`, edited: `${P1}\n${P3}`, expect: null },
  {
    label: 'a deleted short passage whose words occur elsewhere',
    original: 'Wang memimpin divisi baru. Di Washington, [[Meta]] dikenal agresif sejak lama sekali.',
    edited: 'Wang memimpin divisi baru di Meta. Di Washington, perusahaan itu dikenal agresif sejak lama sekali.',
    expect: null,
  },
  { label: 'a moved paragraph', original: `${P1}\n[[${P2}]]\n${P3}`, edited: `${P2}\n${P1}\n${P3}`, expect: P2 },
  {
    label: 'a word edited inside the quote',
    original: `${P1}\n[[Wang, kelahiran Los Alamos, New Mexico, mendirikan Scale AI pada 2016]] usai keluar dari MIT.`,
    edited: `${P1}\nWang, kelahiran Los Alamos, New Mexico, membangun Scale AI pada 2016 usai keluar dari MIT.`,
    expect: 'Wang, kelahiran Los Alamos, New Mexico, membangun Scale AI pada 2016',
  },
  {
    label: 'words edited around the quote',
    original: `Kemarin, ${P1.slice(0, 20)} [[mendirikan Scale AI pada 2016 usai keluar]] dari MIT.`,
    edited: `Pada hari Senin lalu, ia [[mendirikan Scale AI pada 2016 usai keluar]] dari kampus MIT.`.replace(/\[\[|\]\]/g, ''),
    expect: 'mendirikan Scale AI pada 2016 usai keluar',
  },
  {
    label: 'a quote rewritten beyond recognition',
    original: `${P1}\n[[Wang, kelahiran Los Alamos, New Mexico]], mendirikan Scale AI.`,
    edited: `${P1}\nPendiri yang lahir di Amerika Serikat itu mendirikan Scale AI.`,
    expect: null,
  },
];
