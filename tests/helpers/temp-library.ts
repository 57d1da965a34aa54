/** Temp folders for tests: each test gets its own real library folder, removed afterwards. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

const made: string[] = [];

export async function tempDir(prefix = 'tandai-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  while (made.length) await rm(made.pop()!, { recursive: true, force: true });
});

export const FIXTURES = path.resolve(here, '..', '..', '..', 'shared', 'fixtures');
export const SAMPLE = path.join(FIXTURES, 'seed-article-id.txt');
export const REPO = path.resolve(here, '..', '..');
