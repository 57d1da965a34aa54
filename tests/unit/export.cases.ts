/** Export styles and what their rendering through marked must and must not show. */
import type { ExportStyle } from '../../shared/export/annotated-markdown.js';

export interface StyleCase {
  style: ExportStyle;
  /** Whether highlights come out as <mark> elements once rendered. */
  marks: boolean;
  /** Text that must never be left over in the rendered textContent. */
  leftovers: string[];
}

export const styleCases: StyleCase[] = [
  { style: 'obsidian', marks: true, leftovers: ['==', '[^', '<mark'] },
  { style: 'gfm', marks: true, leftovers: ['==', '[^', '<mark', '</mark'] },
  { style: 'plain', marks: false, leftovers: ['==', '[^', '<mark'] },
];

/** File names the folder export must make safe and unique. */
export const fileNameCases: Array<{ titles: string[]; names: string[] }> = [
  { titles: ['Kopi Aceh', 'Kopi Aceh', 'KOPI ACEH'], names: ['kopi-aceh.md', 'kopi-aceh-2.md', 'kopi-aceh-3.md'] },
  { titles: ['../../etc/passwd', 'CON', '   ', 'Café: «naïve» / ünïcode?'], names: ['etc-passwd.md', 'x1.md', 'x2.md', 'cafe-naive-unicode.md'] },
  {
    titles: ['Ekonomi: Rp2,3 Triliun — kata “Menteri”', 'index', 'lpt1', `Berita ${'panjang '.repeat(20)}`, '𠀋'.repeat(90)],
    names: ['ekonomi-rp2-3-triliun-kata-menteri.md', 'index-2.md', 'x2.md', `berita-${'panjang-'.repeat(10).slice(0, 73)}.md`, `${'𠀋'.repeat(80)}.md`],
  },
];
