// Builds everything `npm start`, the `tandai` CLI and the tests run: the Node bundles with esbuild
// (main and CLI as ESM, the sandboxed preload as CommonJS), the renderer with Vite, and the sample.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const only = process.argv.includes('--node-only') ? 'node' : 'all';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Dependencies load from node_modules at run time; electron-builder ships the production ones.
  packages: 'external',
  define: { __TANDAI_VERSION__: JSON.stringify(pkg.version) },
};

await mkdir(out, { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'electron/cli-main.ts')], outfile: path.join(out, 'cli.js'), format: 'esm' }),
  build({ ...common, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(out, 'main.js'), format: 'esm' }),
  // Sandboxed preloads cannot be ES modules.
  build({ ...common, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(out, 'preload.cjs'), format: 'cjs' }),
]);

if (only === 'all') {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

// The first-run sample is the handbook's fixture, shipped with the build rather than committed.
// Beside the checkout on the team's machines; TANDAI_FIXTURES or the workplace's path otherwise.
const sample = [process.env.TANDAI_FIXTURES, path.resolve(root, '..', 'shared', 'fixtures'), '/work/shared/fixtures']
  .filter(Boolean)
  .map((dir) => path.join(dir, 'seed-article-id.txt'))
  .find((file) => existsSync(file)) ?? path.resolve(root, '..', 'shared', 'fixtures', 'seed-article-id.txt');
const sampleOut = path.join(out, 'sample', 'seed-article-id.txt');
if (existsSync(sample)) {
  await mkdir(path.dirname(sampleOut), { recursive: true });
  await copyFile(sample, sampleOut);
} else if (!existsSync(sampleOut)) {
  await rm(path.dirname(sampleOut), { recursive: true, force: true });
  console.warn('The sample article (../shared/fixtures/seed-article-id.txt) is not beside this checkout, so new libraries start empty.');
}
