/**
 * The personal glossary on real temp libraries, through dispatchCall as every way in uses it: add,
 * edit, delete and restore; duplicates refused with a sentence; CSV import reporting each line and
 * leaving the glossary unchanged when the write fails; CSV and vocabulary exports (CSV with a BOM,
 * Anki TSV with quoting) that read back; a damaged glossary.json quarantined and restored from its
 * .bak or started empty with a sentence; a read-only library refusing changes; and the CLI.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatchCall } from '../../shared/dispatch-call.js';
import type { MethodName, ParamsIn, Result } from '../../shared/api.js';
import { parseCsv } from '../../shared/text/csv.js';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { runCli } from '../../electron/cli.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

async function open(dir?: string, mode: 'write' | 'read' = 'write') {
  const library = await Library.open(dir ?? (await tempDir()), { mode, addSample: true, samplePath: SAMPLE });
  const handlers = createHandlers(library);
  async function call<M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>> {
    const envelope = await dispatchCall(handlers, method, params);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.value as Result<M>;
  }
  return { library, call };
}

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: Error & { code: string }) => ({ code: e.code, message: e.message }));

describe('the glossary', () => {
  it('adds, edits, deletes and restores entries, kept on disk', async () => {
    const { library, call } = await open();
    const [article] = library.list();
    const entry = await call('glossary.add', { source: ' juru bicara ', target: 'spokesperson', from: 'id', sentence: 'Kata  juru bicara itu.', articleId: article.id });
    expect(entry).toMatchObject({ source: 'juru bicara', target: 'spokesperson', from: 'id', to: 'en', sentence: 'Kata juru bicara itu.', articleId: article.id });
    await call('glossary.add', { source: 'acquisition', target: 'akuisisi', from: 'en' });
    expect((await call('glossary.list', {})).entries.map((e) => e.source)).toEqual(['acquisition', 'juru bicara']);

    // The same term in the same direction is refused with a sentence naming the entry.
    expect(await errorOf(call('glossary.add', { source: 'Juru Bicara', target: 'speaker', from: 'id' }))).toEqual({
      code: 'invalid_params',
      message: '“juru bicara” is already in the glossary as “spokesperson”; edit that entry instead.',
    });

    const edited = await call('glossary.update', { id: entry.id, target: 'spokesman', note: 'also: spokeswoman' });
    expect(edited).toMatchObject({ target: 'spokesman', note: 'also: spokeswoman' });
    expect((await call('glossary.update', { id: entry.id, note: null })).note).toBeUndefined();

    const { entry: removed } = await call('glossary.delete', { id: entry.id });
    expect((await call('glossary.list', {})).entries).toHaveLength(1);
    expect(await call('glossary.restore', { entry: removed })).toEqual(removed);
    expect(await errorOf(call('glossary.delete', { id: 'nosuchentry' }))).toMatchObject({ code: 'not_found' });
    await library.close();

    const again = await open(library.dir);
    expect((await again.call('glossary.list', {})).entries.map((e) => [e.source, e.target])).toEqual([
      ['acquisition', 'akuisisi'],
      ['juru bicara', 'spokesman'],
    ]);
    await again.library.close();
  });

  it('imports CSV, reporting added, updated and skipped lines with reasons', async () => {
    const { library, call } = await open();
    await call('glossary.add', { source: 'juru bicara', target: 'spokesperson', from: 'id' });
    await call('glossary.add', { source: 'saham', target: 'share', from: 'id' });
    const csv = [
      'term,translation,note',
      'kecerdasan buatan,artificial intelligence,',
      'juru bicara,spokesman,',
      'saham,share,',
      ',orphan translation,',
      'dewan,,',
      '"laba, bersih","net profit","from ""Kompas"""',
      '',
    ].join('\r\n');
    const report = await call('glossary.importCsv', { csv });
    expect(report).toMatchObject({ added: 2, updated: 1, skipped: 3 });
    expect(report.lines).toEqual([
      { line: 2, outcome: 'added', term: 'kecerdasan buatan' },
      { line: 3, outcome: 'updated', term: 'juru bicara' },
      { line: 4, outcome: 'skipped', term: 'saham', reason: '“saham” is already in the glossary as “share”' },
      { line: 5, outcome: 'skipped', reason: 'it has no term' },
      { line: 6, outcome: 'skipped', term: 'dewan', reason: '“dewan” has no translation' },
      { line: 7, outcome: 'added', term: 'laba, bersih' },
    ]);
    const entries = (await call('glossary.list', {})).entries;
    expect(entries.find((e) => e.source === 'laba, bersih')).toMatchObject({ target: 'net profit', note: 'from "Kompas"', from: 'id', to: 'en' });
    expect(entries.find((e) => e.source === 'juru bicara')?.target).toBe('spokesman');

    // TSV without a header, in our columns; a bad language is named.
    const tsv = 'employee\tkaryawan\ten\tid\nbook\tbuku\tfr\tid\n';
    const second = await call('glossary.importCsv', { csv: tsv });
    expect(second.lines).toEqual([
      { line: 1, outcome: 'added', term: 'employee' },
      { line: 2, outcome: 'skipped', term: 'book', reason: '“fr” is not a language the glossary knows (use id or en)' },
    ]);
    await library.close();
  });

  it('leaves the glossary as it was when an import cannot be written', async () => {
    const { library, call } = await open();
    await call('glossary.add', { source: 'saham', target: 'share', from: 'id' });
    const file = path.join(library.dir, 'glossary.json');
    const before = await readFile(file, 'utf8');
    // A folder where the backup must go: the write fails (even for root, unlike chmod).
    await rm(`${file}.bak`, { force: true });
    await mkdir(`${file}.bak/x`, { recursive: true });
    const failed = await errorOf(call('glossary.importCsv', { csv: 'dewan,board\n' }));
    expect(failed).toMatchObject({ code: 'io', message: expect.stringMatching(/nothing was changed/) });
    expect((await call('glossary.list', {})).entries.map((e) => e.source)).toEqual(['saham']);
    expect(await readFile(file, 'utf8')).toBe(before);
    await library.close();
  });

  it('exports CSV that imports back, and vocabulary as CSV and Anki TSV with each sentence and its source', async () => {
    const { library, call } = await open();
    const [article] = library.list();
    await call('glossary.add', { source: 'juru bicara', target: 'spokesperson', from: 'id', sentence: 'Menurut juru bicara, "kesepakatan" selesai.', articleId: article.id });
    await call('glossary.add', { source: 'acquisition', target: 'akuisisi', from: 'en', note: 'noun' });

    const exported = await call('glossary.exportCsv', {});
    expect(exported.fileName).toMatch(/^tandai-glossary-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(exported.content, ',').map((r) => r.cells);
    expect(rows[0]).toEqual(['source', 'target', 'from', 'to', 'note', 'sentence', 'articleId']);
    expect(rows[2]).toEqual(['juru bicara', 'spokesperson', 'id', 'en', '', 'Menurut juru bicara, "kesepakatan" selesai.', article.id]);

    const fresh = await open();
    const report = await fresh.call('glossary.importCsv', { csv: exported.content });
    expect(report).toMatchObject({ added: 2, updated: 0, skipped: 0 });
    const reimported = (await fresh.call('glossary.list', {})).entries;
    expect(reimported.map(({ source, target, from, to, note, sentence }) => ({ source, target, from, to, note, sentence }))).toEqual(
      (await call('glossary.list', {})).entries.map(({ source, target, from, to, note, sentence }) => ({ source, target, from, to, note, sentence })),
    );
    await fresh.library.close();

    const csv = await call('glossary.exportVocabulary', { format: 'csv' });
    expect(csv.content.startsWith('\uFEFFterm,translation,sentence,source\r\n')).toBe(true);
    const vocab = parseCsv(csv.content, ',').map((r) => r.cells);
    expect(vocab[2]).toEqual(['juru bicara', 'spokesperson', 'Menurut juru bicara, "kesepakatan" selesai.', article.title]);
    expect(vocab[1]).toEqual(['acquisition', 'akuisisi', '', '']);

    const anki = await call('glossary.exportVocabulary', { format: 'anki' });
    expect(anki.fileName).toMatch(/\.txt$/);
    const lines = anki.content.split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:term\ttranslation\tsentence\tsource']);
    expect(lines[4]).toBe(`juru bicara\tspokesperson\t"Menurut juru bicara, ""kesepakatan"" selesai."\t${article.title}`);
    expect(parseCsv(lines.slice(3).join('\n'), '\t')[1].cells).toEqual(vocab[2]);
    await library.close();
  });

  it('quarantines a damaged glossary.json: restores the previous version, or starts empty, with a sentence', async () => {
    const { library, call } = await open();
    await call('glossary.add', { source: 'saham', target: 'share', from: 'id' });
    await call('glossary.add', { source: 'dewan', target: 'board', from: 'id' });
    await library.close();
    const file = path.join(library.dir, 'glossary.json');
    await writeFile(file, '{"schemaVersion":1,"entries":[{"id":');

    const repaired = await open(library.dir);
    const listed = await repaired.call('glossary.list', {});
    expect(listed.entries.map((e) => e.source)).toEqual(['saham']);
    expect(listed.notices).toEqual([expect.stringMatching(/^The glossary was damaged \(it is not valid JSON \(probably cut off\)\); Tandai restored its previous version and kept the damaged copy in .*quarantine/)]);
    // The app shows it at start-up with the library's own sentences.
    expect((await repaired.call('app.info', {})).notices).toEqual(listed.notices);
    await repaired.library.close();

    await writeFile(file, '{"schemaVersion":1,"entries":"nope"}');
    await writeFile(`${file}.bak`, '\0\0\0');
    const emptied = await open(library.dir);
    const second = await emptied.call('glossary.list', {});
    expect(second.entries).toEqual([]);
    expect(second.notices).toEqual([expect.stringMatching(/^The glossary was damaged \(its contents do not have the expected shape\) and had no usable backup; the damaged copy is in .*\. The glossary starts empty\.$/)]);
    expect((await readdir(path.join(library.dir, 'quarantine'))).filter((n) => n.startsWith('glossary.json')).length).toBe(2);
    // It works again from there.
    await emptied.call('glossary.add', { source: 'laba', target: 'profit', from: 'id' });
    await emptied.library.close();
  });

  it('refuses changes in a read-only library, and leaves the file alone', async () => {
    const { library, call } = await open();
    await call('glossary.add', { source: 'saham', target: 'share', from: 'id' });
    await library.close();
    const readOnly = await open(library.dir, 'read');
    expect((await readOnly.call('glossary.list', {})).entries).toHaveLength(1);
    expect(await errorOf(readOnly.call('glossary.add', { source: 'dewan', target: 'board', from: 'id' }))).toEqual({
      code: 'read_only',
      message: 'This library is open read-only, so the glossary cannot be changed.',
    });
    await readOnly.library.close();
  });
});

describe('tandai glossary', () => {
  async function cli(...args: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  }

  it('adds, imports, lists and exports', async () => {
    const lib = await tempDir();
    expect(await cli('glossary', 'add', 'juru bicara', 'spokesperson', '--library', lib)).toEqual({ code: 0, out: 'Saved “juru bicara” = “spokesperson” (id→en).\n', err: '' });
    const csvFile = path.join(await tempDir(), 'terms.csv');
    await writeFile(csvFile, 'term,translation\nsaham,share\n,nothing\n');
    const imported = await cli('glossary', 'import', csvFile, '--library', lib);
    expect(imported).toEqual({ code: 0, out: '1 added, 0 updated, 1 skipped.\n  line 3 skipped: it has no term\n', err: '' });
    const listed = await cli('glossary', 'list', '--json', '--library', lib);
    expect(JSON.parse(listed.out).map((e: { source: string }) => e.source)).toEqual(['juru bicara', 'saham']);
    const exported = await cli('glossary', 'export', '--format', 'anki', '--library', lib);
    expect(exported.out).toContain('juru bicara\tspokesperson\t\t\n');
    const out = path.join(await tempDir(), 'glossary.csv');
    expect((await cli('glossary', 'export', '--out', out, '--library', lib)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('saham,share,id,en');
    expect(await cli('glossary', 'export', '--out', out, '--library', lib)).toMatchObject({ code: 1, err: `"${out}" already exists; add --force to replace it.\n` });
    expect(await cli('glossary', 'export', '--format', 'xlsx', '--library', lib)).toMatchObject({ code: 2, err: '--format takes csv, vocabulary or anki for the glossary, not "xlsx".\n' });
    expect(await cli('glossary', 'add', 'saham', '--library', lib)).toMatchObject({ code: 2 });
    expect(await cli('glossary', 'import', '/no/such.csv', '--library', lib)).toMatchObject({ code: 1, err: 'There is no file "/no/such.csv".\n' });
  });
});
