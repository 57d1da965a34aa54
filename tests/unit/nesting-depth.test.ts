import { describe, expect, it } from 'vitest';
import { articleFromBytes } from '../../electron/import/import-file.js';
import { htmlNestingDepth, markdownNestingDepth, MAX_HTML_DEPTH } from '../../shared/import/nesting-depth.js';

describe('pathologically nested input', () => {
  it.each([
    ['balanced divs', `${'<div>'.repeat(40)}x${'</div>'.repeat(40)}`, 40],
    ['paragraphs a browser closes implicitly', '<body>' + '<p>satu '.repeat(500) + '</body>', 2],
    ['void and self-closing elements', '<div><br><img src=x><hr/><span/></div>', 1],
    ['unclosed inline elements', '<body>' + '<b>'.repeat(300), MAX_HTML_DEPTH + 1],
  ])('measures %s', (_label, html, depth) => {
    expect(htmlNestingDepth(html)).toBe(depth);
  });

  it('measures markdown quote and list nesting', () => {
    expect(markdownNestingDepth('> > - kutipan\n\nbiasa - bukan daftar')).toBe(3);
    expect(markdownNestingDepth('Teks biasa.\n- satu\n- dua')).toBe(1);
  });

  it.each([
    ['deep.html', `<html><body>${'<div>'.repeat(300)}Isi.${'</div>'.repeat(300)}</body></html>`, /has HTML nested more than 256 levels deep/],
    ['deep.md', `Judul\n\n${'> '.repeat(300)}kutipan\n`, /nested far too deeply/],
  ])('refuses %s with a sentence naming the file, quickly', (name, source, message) => {
    expect(() => articleFromBytes(Buffer.from(source), name)).toThrow(message);
    expect(() => articleFromBytes(Buffer.from(source), name)).toThrow(`"${name}"`);
  });
});
