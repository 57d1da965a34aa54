/**
 * Damaged files at start-up: library.json and an article file, each truncated, zero-filled, not JSON,
 * or JSON of the wrong shape, with and without a usable `.bak`. In every case the CLI still starts
 * (before and after a repair, and the read-only `list` never writes), the app's Library still opens
 * for writing, Tandai restores the `.bak` or rebuilds the index, the damaged bytes are kept in
 * quarantine/, a sentence names what was affected, and a reopened library agrees.
 * (tests/unit/storage.test.ts covers the first few library.json cases through Library alone.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../electron/cli.js';
import { Library } from '../../electron/library/library.js';
import { FIXTURES, REPO, SAMPLE, tempDir } from '../helpers/temp-library.js';
import { DAMAGE_KINDS, DAMAGE_TARGETS, type DamageTarget } from './damaged-library.cases.js';

afterEach(() => {
  vi.restoreAllMocks();
});

async function cliList(dir: string): Promise<{ code: number; ids: string[]; stderr: string }> {
  let out = '';
  let err = '';
  // withLibrary prints repair notices on the process's stderr; catch them too.
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await runCli(['list', '--json', '--library', dir], { out: (s) => (out += s), err: (s) => (err += s) });
    const ids = code === 0 ? (JSON.parse(out) as { id: string }[]).map((a) => a.id).sort() : [];
    return { code, ids, stderr: err };
  } finally {
    spy.mockRestore();
  }
}

async function quarantined(dir: string): Promise<string[]> {
  return readdir(path.join(dir, 'quarantine')).catch(() => [] as string[]);
}

/** A library with two articles; the sample (the victim) was saved twice, so its `.bak` is an older, good version. */
async function makeLibrary() {
  const dir = await tempDir();
  const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
  const [victim] = library.list();
  const other = await library.importBytes(await readFile(path.join(REPO, 'tests', 'fixtures', 'news-en.html')), 'news-en.html');
  if (other.kind !== 'imported') throw new Error('the second article did not import');
  await library.updateArticle(victim.id, (file) => {
    file.article.tags = ['second-save'];
  });
  await library.close();
  return { dir, victim, other: other.summary };
}

async function damage(file: string, how: (text: string) => string): Promise<string> {
  const bad = how(await readFile(file, 'utf8'));
  await writeFile(file, bad);
  return bad;
}

describe('damaged files at start-up', () => {
  it('has the cases the reliability issue names', () => {
    expect(DAMAGE_KINDS.map((k) => k.name)).toEqual(expect.arrayContaining(['truncated', 'zero-filled', 'not valid JSON', 'valid JSON of the wrong schema']));
    console.log(`Damaged-file cases: ${DAMAGE_KINDS.length} kinds of damage × ${DAMAGE_TARGETS.length} targets = ${DAMAGE_KINDS.length * DAMAGE_TARGETS.length}.`);
  });

  for (const target of DAMAGE_TARGETS) {
    for (const kind of DAMAGE_KINDS) {
      it(`${target}: ${kind.name}`, async () => {
        const { dir, victim, other } = await makeLibrary();
        const indexFile = path.join(dir, 'library.json');
        const articleFile = path.join(dir, 'articles', `${victim.id}.json`);
        const damagesIndex = target.includes('library.json');
        const damagesArticle = target.startsWith('article');
        const indexBak = target === 'library.json with .bak';
        const articleBak = target === 'article with .bak';

        // Set the scene: which backups exist, then the damage.
        if (indexBak) await copyFile(indexFile, `${indexFile}.bak`);
        let badIndex: string | undefined;
        if (damagesIndex) {
          badIndex = await damage(indexFile, kind.damage);
          // No usable previous index either (unless this case keeps one).
          if (!indexBak) await writeFile(`${indexFile}.bak`, badIndex);
        }
        if (damagesArticle && !articleBak) await rm(`${articleFile}.bak`, { force: true });
        const badArticle = damagesArticle ? await damage(articleFile, kind.damage) : undefined;

        // 1. The CLI starts on the damaged library, and its read-only `list` repairs nothing.
        const before = await cliList(dir);
        expect(before.code, before.stderr).toBe(0);
        expect(before.ids).toContain(other.id);
        // Without a usable .bak it says so; with one, the read-only CLI quietly reads the previous index.
        if (damagesIndex && !indexBak) expect(before.stderr).toMatch(/library index is damaged/);
        if (badIndex !== undefined) expect(await readFile(indexFile, 'utf8')).toBe(badIndex);
        if (badArticle !== undefined) expect(await readFile(articleFile, 'utf8')).toBe(badArticle);
        expect(await quarantined(dir)).toEqual([]);

        // 2. The app opens it for writing and repairs it.
        const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
        let expectedIds: string[];
        try {
          if (damagesArticle && !articleBak) {
            if (!damagesIndex) {
              // The index still lists it until it is opened: then the sentence names it, and the entry goes.
              expect(library.list().map((s) => s.id)).toContain(victim.id);
              const failure = await library.get(victim.id).then(
                () => undefined,
                (error: unknown) => error,
              );
              expect(failure).toMatchObject({ code: 'damaged' });
              expect((failure as Error).message).toContain(`The article "${victim.title}" was damaged`);
              expect((failure as Error).message).toMatch(/^[^\n]+\.$/);
            } else {
              // Rebuilt at start-up from the article files: the unreadable one is named by its file.
              expect(library.notices.join('\n')).toContain(`${victim.id}.json`);
            }
            expect(library.notices.join('\n')).toMatch(/had no usable backup/);
            expect(library.list().map((s) => s.id)).not.toContain(victim.id);
            await expect(library.get(victim.id)).rejects.toMatchObject({ code: 'not_found' });
            expectedIds = [other.id];
          } else {
            const { article } = await library.get(victim.id);
            expect(article.title).toBe(victim.title);
            // The .bak is the version before the second save.
            expect(article.tags).toEqual(articleBak ? [] : ['second-save']);
            if (articleBak) expect(library.notices.join('\n')).toContain(`The article "${victim.title}" was damaged`);
            expectedIds = [victim.id, other.id].sort();
          }
          if (damagesIndex) {
            expect(library.notices.join('\n')).toMatch(indexBak ? /library index was damaged .*restored its previous version/ : /library index was damaged .*rebuilt the library index/);
          }
          expect(library.list().map((s) => s.id).sort()).toEqual(expectedIds);
          expect((await library.get(other.id)).article.id).toBe(other.id);
          // Every notice is one sentence for the user.
          for (const notice of library.notices) expect(notice).toMatch(/^[A-Z].*[.]$/s);
        } finally {
          await library.close();
        }

        // 3. The damaged bytes were moved aside, never overwritten without a copy.
        const aside = await quarantined(dir);
        const copies = await Promise.all(aside.map((name) => readFile(path.join(dir, 'quarantine', name), 'utf8')));
        if (badIndex !== undefined) {
          expect(aside.some((n) => n.startsWith('library.json.'))).toBe(true);
          expect(copies).toContain(badIndex);
        }
        if (badArticle !== undefined) {
          expect(aside.some((n) => n.startsWith(`${victim.id}.json.`))).toBe(true);
          expect(copies).toContain(badArticle);
        }

        // 4. A reopened library and the CLI agree with what the repair left on disk.
        const reopened = await Library.open(dir, { mode: 'write' });
        try {
          expect(reopened.list().map((s) => s.id).sort()).toEqual(expectedIds);
          expect(reopened.notices).toEqual([]);
        } finally {
          await reopened.close();
        }
        const after = await cliList(dir);
        expect(after.code, after.stderr).toBe(0);
        expect(after.ids).toEqual(expectedIds);
        expect(after.stderr).toBe('');
      });
    }
  }

  it('keeps FIXTURES reachable for the sample', () => {
    expect(SAMPLE.startsWith(FIXTURES)).toBe(true);
  });
});
