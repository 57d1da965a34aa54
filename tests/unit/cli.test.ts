import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../electron/cli.js';
import { Library } from '../../electron/library/library.js';
import { REPO, SAMPLE, tempDir } from '../helpers/temp-library.js';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const sentence = (s: string) => expect(s.trim().split('\n')).toHaveLength(1);

describe('the tandai CLI', () => {
  it('imports, lists, shows and deletes with --json', async () => {
    const lib = await tempDir();
    const md = path.join(lib, '..', `${path.basename(lib)}-note.md`);
    await writeFile(md, '---\ntitle: Coffee notes\n---\n\nThe coffee harvest in Aceh was early this year, growers said on Monday.\n');
    const imported = await cli('import', SAMPLE, md, '/no/such/file.txt', '--json', '--library', lib);
    expect(imported.code).toBe(1); // one file failed
    const entries = JSON.parse(imported.out);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ file: SAMPLE, lang: 'id' });
    expect(entries[0].title).toContain('Scale AI Resmi Diakuisisi 49% oleh Meta');
    expect(entries[1]).toMatchObject({ file: md, title: 'Coffee notes', lang: 'en' });
    expect(entries[2]).toEqual({ file: '/no/such/file.txt', error: 'There is no file "/no/such/file.txt".' });

    const listed = await cli('list', '--json', '--library', lib);
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.out);
    expect(list.map((a: { id: string }) => a.id).sort()).toEqual([entries[0].id, entries[1].id].sort());
    for (const a of list) expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'title', 'lang', 'annotationCount']));

    const library = await Library.open(lib, { mode: 'write' });
    await library.updateArticle(entries[0].id, () => {});
    await library.close();
    const shown = await cli('show', entries[0].id, '--json', '--library', lib);
    expect(shown.code).toBe(0);
    const { article, annotations } = JSON.parse(shown.out);
    expect(article.text).toContain('Meta menggelontorkan USD 14,3 miliar');
    expect(annotations).toEqual([]);

    const deleted = await cli('delete', entries[1].id, '--library', lib);
    expect(deleted).toMatchObject({ code: 0, out: 'Moved “Coffee notes” to the trash.\n' });
    expect(JSON.parse((await cli('list', '--json', '--library', lib)).out)).toHaveLength(1);
  });

  it('prints W3C-shaped annotations in show --json', async () => {
    const lib = await tempDir();
    const { out } = await cli('import', SAMPLE, '--json', '--library', lib);
    const [{ id }] = JSON.parse(out);
    const library = await Library.open(lib, { mode: 'write' });
    await library.updateArticle(id, (file) => {
      const start = file.article.text.indexOf('Alexandr Wang');
      file.annotations.push({
        id: 'annotation-0001', articleId: id, kind: 'highlight', status: 'anchored', color: 'yellow', note: '', tags: [],
        target: { selector: [
          { type: 'TextQuoteSelector', exact: 'Alexandr Wang', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start, end: start + 13 },
        ] },
        created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
      });
    });
    await library.close();
    const shown = JSON.parse((await cli('show', id, '--json', '--library', lib)).out);
    expect(shown.annotations[0].target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Alexandr Wang', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: expect.any(Number), end: expect.any(Number) },
    ]);
  });

  it.each([
    [['frob'], 2, /^"frob" is not a Tandai command/],
    [['list', '--bogus'], 2, /Unknown option '--bogus'/],
    [['show'], 2, /^Name the article to show/],
    [['show', 'zzzzzzzzzzzzzzzz'], 1, /^There is no article with id zzzzzzzzzzzzzzzz/],
    [['serve', '--port', 'abc'], 2, /is not a port number/],
  ])('fails %j with exit %i and one sentence', async (args, code, message) => {
    const lib = await tempDir();
    const result = await cli(...(args as string[]), '--library', lib);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message as RegExp);
    sentence(result.err);
  });

  it('never adds the sample outside serve', async () => {
    const lib = await tempDir();
    expect(JSON.parse((await cli('list', '--json', '--library', lib)).out)).toEqual([]);
  });

  it('refuses to write while another process has the library open, and reads fine', async () => {
    const lib = await tempDir();
    const library = await Library.open(lib, { mode: 'write', addSample: true, samplePath: SAMPLE });
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'electron/cli-main.ts'), 'import', SAMPLE, '--library', lib], { cwd: REPO });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      const code = await new Promise((r) => child.on('exit', r));
      expect(code).toBe(1);
      expect(err).toBe(`The library at ${lib} is open in another Tandai process (pid ${process.pid}); close it and try again.\n`);
      await library.flushIndex();
      const listed = await cli('list', '--json', '--library', lib);
      expect(JSON.parse(listed.out)).toHaveLength(1);
    } finally {
      await library.close();
    }
  });

  it('uses TANDAI_LIBRARY when --library is not given', async () => {
    const lib = await tempDir();
    const previous = process.env.TANDAI_LIBRARY;
    process.env.TANDAI_LIBRARY = lib;
    try {
      expect((await cli('import', SAMPLE, '--json')).code).toBe(0);
      expect(JSON.parse((await cli('list', '--json', '--library', lib)).out)).toHaveLength(1);
    } finally {
      if (previous === undefined) delete process.env.TANDAI_LIBRARY;
      else process.env.TANDAI_LIBRARY = previous;
    }
  });
});

describe('tandai annotate', () => {
  async function librarywithSample() {
    const lib = await tempDir();
    const [{ id }] = JSON.parse((await cli('import', SAMPLE, '--json', '--library', lib)).out);
    return { lib, id };
  }

  it('annotates a quote with colour, note and tags, and show --json lists it W3C-shaped', async () => {
    const { lib, id } = await librarywithSample();
    const made = await cli('annotate', id, '--quote', 'Netralitas kini keharusan bagi lab AI.', '--color', 'blue', '--note', 'kutipan kunci', '--tag', 'ai', '--tag', 'meta', '--json', '--library', lib);
    expect(made.code).toBe(0);
    const annotation = JSON.parse(made.out);
    expect(annotation).toMatchObject({ color: 'blue', note: 'kutipan kunci', tags: ['ai', 'meta'], status: 'anchored' });
    const { article, annotations } = JSON.parse((await cli('show', id, '--json', '--library', lib)).out);
    const [quote, position] = annotations[0].target.selector;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'Netralitas kini keharusan bagi lab AI.' });
    expect(quote.prefix.length).toBe(32);
    expect(article.text.slice(position.start, position.end)).toBe(quote.exact);
    expect(annotations[0].status).toBe('anchored');
  });

  it('takes single spaces for a quote that breaks across paragraphs', async () => {
    const { lib, id } = await librarywithSample();
    const made = await cli('annotate', id, '--quote', 'tertinggal dari OpenAI, Google, dan DeepSeek. Wang, kelahiran Los Alamos', '--json', '--library', lib);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out).target.selector[0].exact).toBe('tertinggal dari OpenAI, Google, dan DeepSeek.\nWang, kelahiran Los Alamos');
  });

  it.each([
    [['--quote', 'tidak ada sama sekali'], 1, 'The quote "tidak ada sama sekali" does not occur in this article.'],
    [['--quote', 'Alexandr Wang'], 1, 'The quote "Alexandr Wang" occurs 2 times in this article; say which occurrence (1 to 2) to annotate.'],
    [['--quote', 'Alexandr Wang', '--occurrence', '0'], 2, '"0" is not an occurrence number; use 1 for the first, 2 for the second, and so on.'],
    [['--quote', 'Alexandr Wang', '--occurrence', '2', '--color', 'red'], 1, /^Invalid parameters for annotations\.create: color: /],
  ])('refuses %j with one sentence', async (extra, code, message) => {
    const { lib, id } = await librarywithSample();
    const result = await cli('annotate', id, ...(extra as string[]), '--library', lib);
    expect(result.code).toBe(code);
    if (typeof message === 'string') expect(result.err).toBe(`${message}\n`);
    else expect(result.err).toMatch(message);
  });

  it('picks the occurrence asked for', async () => {
    const { lib, id } = await librarywithSample();
    const second = JSON.parse((await cli('annotate', id, '--quote', 'Alexandr Wang', '--occurrence', '2', '--json', '--library', lib)).out);
    const { article } = JSON.parse((await cli('show', id, '--json', '--library', lib)).out);
    expect(second.target.selector[1].start).toBe(article.text.indexOf('Alexandr Wang', article.text.indexOf('Alexandr Wang') + 1));
  });
});
