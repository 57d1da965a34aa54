import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../electron/cli.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('tandai search', () => {
  it('prints results best first with --json, each with its id, title and what matched', async () => {
    const lib = await tempDir();
    const a = path.join(lib, '..', `${path.basename(lib)}-a.md`);
    const b = path.join(lib, '..', `${path.basename(lib)}-b.md`);
    await writeFile(a, '---\ntitle: Acquisitions in Jakarta\n---\n\nThe bank acquired two lenders and is acquiring a third; acquisitions continue.\n');
    await writeFile(b, '---\ntitle: Rice harvest\n---\n\nFarmers said one acquisition of land was delayed by the rain.\n');
    // Many files in one process.
    const imported = JSON.parse((await cli('import', SAMPLE, a, b, '--json', '--library', lib)).out);
    expect(imported.map((r: { title: string }) => r.title)).toHaveLength(3);
    const [, idA, idB] = imported.map((r: { id: string }) => r.id);

    const found = await cli('search', 'acquisitions', '--json', '--library', lib);
    expect(found.code).toBe(0);
    const results = JSON.parse(found.out);
    expect(results.map((r: { articleId: string }) => r.articleId)).toEqual([idA, idB]);
    expect(results[0]).toMatchObject({ articleId: idA, title: 'Acquisitions in Jakarta' });
    expect(results[0].score).toBeGreaterThan(results[1].score);
    expect(results[0].matches[0]).toMatchObject({ field: 'title', snippet: 'Acquisitions in Jakarta', highlights: [{ start: 0, end: 12 }] });
    expect(results[0].matches.find((m: { field: string }) => m.field === 'body').snippet).toContain('acquired');

    const limited = JSON.parse((await cli('search', 'acquisition', '--limit', '1', '--json', '--library', lib)).out);
    expect(limited).toHaveLength(1);

    const human = await cli('search', 'acquired', '--library', lib);
    expect(human.out).toContain(`${idA}  Acquisitions in Jakarta\n`);
    expect(human.out).toContain('«acquired»');

    expect(await cli('search', 'zzqqxx', '--library', lib)).toMatchObject({ code: 1, out: 'Nothing in the library matches “zzqqxx”.\n' });

    // Glossary entries are searched too, through the stemmer, after the articles.
    expect((await cli('glossary', 'add', 'juru bicara', 'spokesperson', '--note', 'a press officer', '--library', lib)).code).toBe(0);
    const term = await cli('search', 'bicaranya', '--json', '--library', lib);
    expect(term.code).toBe(0);
    // The sample article quotes a "juru bicara" too: articles first, then the glossary.
    const items = JSON.parse(term.out);
    expect(items.map((i: { kind: string }) => i.kind)).toEqual(['article', 'glossary']);
    expect(items[1]).toMatchObject({ kind: 'glossary', source: 'juru bicara', target: 'spokesperson', from: 'id', to: 'en', matches: [{ part: 'source', snippet: 'juru bicara', highlights: [{ start: 5, end: 11 }] }] });
    expect(JSON.parse((await cli('search', 'acquired', '--json', '--library', lib)).out)[0]).toMatchObject({ kind: 'article', articleId: idA });
    expect((await cli('search', 'officers', '--library', lib)).out).toBe('glossary  juru bicara → spokesperson  [id → en]\n    note        a press «officer»\n');
    expect((await cli('search', 'bicaranya', '--library', lib)).out).toMatch(/«bicara».*\nglossary {2}juru «bicara» → spokesperson {2}\[id → en\]\n$/s);
    expect(await cli('search', '--library', lib)).toMatchObject({ code: 2, err: 'Name what to search for, e.g. "tandai search akuisisi".\n' });
    expect(await cli('search', 'x', '--limit', 'ten', '--library', lib)).toMatchObject({ code: 2, err: '"ten" is not a result count; use a whole number from 1 to 500.\n' });
  });
});
