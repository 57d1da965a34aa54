/**
 * Where the handbook's fixtures are: beside the checkout (../shared/fixtures) as on the team's
 * machines, else TANDAI_FIXTURES, else the workplace's fixed path. Tests may read them; the
 * project's code never imports them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const candidates = [process.env.TANDAI_FIXTURES, path.resolve(REPO, '..', 'shared', 'fixtures'), '/work/shared/fixtures'].filter(
  (dir): dir is string => !!dir,
);

export const FIXTURES = candidates.find((dir) => existsSync(path.join(dir, 'seed-article-id.txt'))) ?? candidates[0];
export const SAMPLE = path.join(FIXTURES, 'seed-article-id.txt');
