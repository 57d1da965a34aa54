/**
 * Finds the first-run sample article. The build copies it next to the bundles (out/sample/);
 * TANDAI_SAMPLE points elsewhere. The text itself is not committed to the repository: it is a
 * real news story, shipped with the app from the handbook's fixtures at build time.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_FILE_NAME = 'seed-article-id.txt';

export function findSamplePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TANDAI_SAMPLE) return existsSync(env.TANDAI_SAMPLE) ? env.TANDAI_SAMPLE : undefined;
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Bundled: out/cli.js → out/sample; from source (electron/) → ../out/sample.
  const candidates = [path.join(here, 'sample', SAMPLE_FILE_NAME), path.join(here, '..', 'out', 'sample', SAMPLE_FILE_NAME)];
  return candidates.find((p) => existsSync(p));
}
