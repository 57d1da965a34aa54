#!/usr/bin/env node
// The `tandai` command: runs the built CLI bundle (npm install / npm run build makes out/cli.js).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('Tandai is not built yet; run "npm run build" in its folder first.\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
