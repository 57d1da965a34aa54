/**
 * A library written by a newer Tandai, end to end: the app opens it read-only, says why in a sentence
 * the user sees, still lists the articles, offers no way to change them, and writes nothing.
 * Runs in Electron when its binary is installed, else in Chromium against `tandai serve`.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, e2eAvailability, launchTandai, makeTempDir, removeDir, type TandaiSession } from './launcher.js';
import { SCHEMA_VERSION } from '../../shared/model.js';
import { folderContents } from '../helpers/folder-contents.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

const open = new Set<TandaiSession>();
afterAll(async () => {
  await Promise.all([...open].map((session) => session.close()));
});

const filesOf = (dir: string) => folderContents(dir, { ignore: (relative) => relative === 'tandai.lock' });

describe.skipIf(!availability.ok)('a library from a newer Tandai', () => {
  it('opens read-only with a sentence saying why, lists the articles, and writes nothing', async () => {
    const parent = await makeTempDir();
    const libraryDir = path.join(parent, 'library');
    let session: TandaiSession | undefined;
    try {
      await cp(path.join(REPO_ROOT, 'tests', 'fixtures', 'library-v1'), libraryDir, { recursive: true });
      // Every file as a newer Tandai would leave it: a higher format number and a field this version does not know.
      for (const [file, bytes] of Object.entries(await filesOf(libraryDir))) {
        if (bytes === '<dir>') continue;
        const data = JSON.parse(await readFile(path.join(libraryDir, file), 'utf8'));
        await writeFile(path.join(libraryDir, file), JSON.stringify({ ...data, schemaVersion: SCHEMA_VERSION + 1, addedLater: { x: 1 } }));
      }
      const before = await filesOf(libraryDir);

      session = await launchTandai({ libraryDir, extraArgs: ['--no-sample'] });
      open.add(session);
      const { page } = session;
      await page.getByRole('alert').filter({ hasText: 'written by a newer version of Tandai' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toMatch(new RegExp(`written by a newer version of Tandai \\(format ${SCHEMA_VERSION + 1}\\); update Tandai to change it\\.`));
      await page.getByRole('note').filter({ hasText: 'read-only' }).waitFor();
      await page.getByRole('row', { name: /Pasar Tradisional Ramai Menjelang Lebaran/ }).waitFor();
      await page.getByRole('row', { name: /Library opens late on Fridays/ }).waitFor();
      // No way to change the library is offered.
      expect(await page.getByRole('button', { name: /^Delete / }).count()).toBe(0);

      await session.close();
      open.delete(session);
      session = undefined;
      expect(await filesOf(libraryDir)).toEqual(before);
    } finally {
      if (session) {
        open.delete(session);
        await session.close();
      }
      await removeDir(parent);
    }
  });
});
