/**
 * Cases for painting highlights into rendered HTML (renderer/highlights/paint-highlights.ts).
 * A highlight runs from the first occurrence of `from` to the end of the first occurrence of `to`
 * (searched from `from`) in the root's textContent; `pieces` is the text of each mark of that id,
 * in document order, and `parents` the tag each mark sits in.
 */

export interface PaintCase {
  label: string;
  html: string;
  highlights: { id: string; from: string; to: string }[];
  expect: Record<string, { pieces: string[]; parents?: string[] }>;
}

export const paintCases: PaintCase[] = [
  {
    label: 'plain text inside one paragraph',
    html: '<p>The quick brown fox jumps.</p>',
    highlights: [{ id: 'a', from: 'quick', to: 'brown' }],
    expect: { a: { pieces: ['quick brown'], parents: ['P'] } },
  },
  {
    label: 'across inline formatting: one mark per inline run',
    html: '<p>The <em>quick</em> brown <a href="#x">fox</a> jumps.</p>',
    highlights: [{ id: 'a', from: 'quick', to: 'fox' }],
    expect: { a: { pieces: ['quick', ' brown ', 'fox'], parents: ['EM', 'P', 'A'] } },
  },
  {
    label: 'starting and ending inside formatted words',
    html: '<p>An <strong>important <em>nested</em> point</strong> here.</p>',
    highlights: [{ id: 'a', from: 'ortant', to: 'nes' }],
    expect: { a: { pieces: ['ortant ', 'nes'], parents: ['STRONG', 'EM'] } },
  },
  {
    label: 'across two paragraphs: never across the block boundary, and the line break between them stays unmarked',
    html: '<p>One two three.</p>\n<p>Four five six.</p>',
    highlights: [{ id: 'a', from: 'three', to: 'Four' }],
    expect: { a: { pieces: ['three.', 'Four'], parents: ['P', 'P'] } },
  },
  {
    label: 'across list items (tight list)',
    html: '<p>Intro text.</p>\n<ul>\n<li>alpha one</li>\n<li>beta <em>two</em></li>\n</ul>\n<p>After.</p>',
    highlights: [{ id: 'a', from: 'text', to: 'two' }],
    expect: { a: { pieces: ['text.', 'alpha one', 'beta ', 'two'], parents: ['P', 'LI', 'LI', 'EM'] } },
  },
  {
    label: 'across loose list items whose paragraphs sit inside <li>',
    html: '<ol>\n<li>\n<p>first item</p>\n</li>\n<li>\n<p>second item</p>\n</li>\n</ol>',
    highlights: [{ id: 'a', from: 'item', to: 'second' }],
    expect: { a: { pieces: ['item', 'second'], parents: ['P', 'P'] } },
  },
  {
    label: 'across a heading, a blockquote and a paragraph',
    html: '<h2>Title here</h2>\n<blockquote>\n<p>Quoted words.</p>\n</blockquote>\n<p>Body.</p>',
    highlights: [{ id: 'a', from: 'here', to: 'Body' }],
    expect: { a: { pieces: ['here', 'Quoted words.', 'Body'], parents: ['H2', 'P', 'P'] } },
  },
  {
    label: 'a space between two inline elements is content and is marked',
    html: '<p><em>left</em> <strong>right</strong></p>',
    highlights: [{ id: 'a', from: 'left', to: 'right' }],
    expect: { a: { pieces: ['left', ' ', 'right'], parents: ['EM', 'P', 'STRONG'] } },
  },
  {
    label: 'white space inside <pre> is content',
    html: '<pre><code>line one\n\n  line two</code></pre>',
    highlights: [{ id: 'a', from: 'one', to: 'line two' }],
    expect: { a: { pieces: ['one\n\n  line two'], parents: ['CODE'] } },
  },
  {
    label: 'table cells',
    html: '<table>\n<thead>\n<tr>\n<th>Head A</th>\n<th>Head B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>cell 1</td>\n<td>cell 2</td>\n</tr>\n</tbody>\n</table>',
    highlights: [{ id: 'a', from: 'A', to: 'cell 1' }],
    expect: { a: { pieces: ['A', 'Head B', 'cell 1'], parents: ['TH', 'TH', 'TD'] } },
  },
  {
    label: 'overlapping highlights: the later one nests where they overlap',
    html: '<p>aaaa bbbb cccc dddd</p>',
    highlights: [
      { id: 'a', from: 'aaaa', to: 'cccc' },
      { id: 'b', from: 'bbbb', to: 'dddd' },
    ],
    expect: { a: { pieces: ['aaaa bbbb cccc'], parents: ['P'] }, b: { pieces: ['bbbb cccc', ' dddd'], parents: ['MARK', 'P'] } },
  },
  {
    label: 'one highlight inside another',
    html: '<p>one two three four five</p>',
    highlights: [
      { id: 'inner', from: 'three', to: 'three' },
      { id: 'outer', from: 'two', to: 'four' },
    ],
    expect: { outer: { pieces: ['two three four'], parents: ['P'] }, inner: { pieces: ['three'], parents: ['MARK'] } },
  },
  {
    label: 'two highlights on the very same words',
    html: '<p>same words here</p>',
    highlights: [
      { id: 'x', from: 'same', to: 'words' },
      { id: 'y', from: 'same', to: 'words' },
    ],
    expect: { x: { pieces: ['same words'] }, y: { pieces: ['same words'] } },
  },
  {
    label: 'overlap across formatting and paragraphs',
    html: '<p>Alpha <em>beta gamma</em> delta.</p>\n<p>Epsilon zeta.</p>',
    highlights: [
      { id: 'a', from: 'beta', to: 'Epsilon' },
      { id: 'b', from: 'gamma', to: 'zeta' },
    ],
    expect: {
      a: { pieces: ['beta gamma', ' delta.', 'Epsilon'], parents: ['EM', 'P', 'P'] },
      b: { pieces: ['gamma', ' delta.', 'Epsilon', ' zeta'], parents: ['MARK', 'MARK', 'MARK', 'P'] },
    },
  },
];
