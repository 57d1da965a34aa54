#!/usr/bin/env node
/**
 * `npm run security`: runs @doyensec/electronegativity on the built main process, preload and renderer
 * (out/main.js, out/preload.cjs, out/renderer/) and fails on any finding that is not justified in
 * security/electronegativity-allow.json. Electronegativity always exits 0, so its SARIF output is read.
 *
 * It runs offline and quickly: scripts/electronegativity-typescript.cjs makes its TypeScript parser load
 * the TypeScript it ships (the project's TypeScript 7 crashes it) and stops its translation download;
 * the AvailableSecurityFixes check, which downloads Electron's release list, is excluded (keeping
 * Electron current is a dependency-update matter, not a property of this code). The Electron version
 * is the installed electron package's, so checks judge the defaults of the Electron we ship.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = path.join(repo, 'out');
const SCANNED = ['main.js', 'preload.cjs', 'renderer'];
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];
const ALLOW_FILE = path.join(repo, 'security', 'electronegativity-allow.json');

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

for (const name of SCANNED) {
  if (!existsSync(path.join(out, name))) fail(`out/${name} is missing; build first with "npm run build".`);
}

const allowList = JSON.parse(await readFile(ALLOW_FILE, 'utf8')).allow;
for (const entry of allowList) {
  if (!entry.rule || !entry.file || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
    fail(`security/electronegativity-allow.json: every entry needs a rule, a file and a reason (this one does not: ${JSON.stringify(entry)}).`);
  }
}

const electronVersion = JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')).version;
const bin = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');

// Only the three built parts, copied apart from the CLI bundle and source maps.
const work = await mkdtemp(path.join(os.tmpdir(), 'tandai-security-'));
try {
  const app = path.join(work, 'app');
  await mkdir(app);
  for (const name of SCANNED) {
    await cp(path.join(out, name), path.join(app, name), { recursive: true, filter: (source) => !source.endsWith('.map') });
  }
  const sarifFile = path.join(work, 'electronegativity.sarif');
  const args = ['-r', path.join(repo, 'scripts', 'electronegativity-typescript.cjs'), bin, '-i', app, '-o', sarifFile, '-r', '-e', electronVersion, '-x', EXCLUDED_CHECKS.join(',')];
  const log = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: work, env: { ...process.env, LANG: 'en-US' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 5 * 60 * 1000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(text);
      else reject(new Error(`electronegativity stopped (${signal ?? `exit code ${code}`}):\n${text}`));
    });
  });
  if (!existsSync(sarifFile)) fail(`Electronegativity wrote no report; its output was:\n${log}`);

  const sarif = JSON.parse(await readFile(sarifFile, 'utf8'));
  const findings = sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        rule: result.ruleId,
        level: result.level,
        file: (location?.artifactLocation?.uri ?? 'N/A').split(path.sep).join('/'),
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      };
    }),
  );
  const allowed = [];
  const refused = [];
  for (const finding of findings) {
    const entry = allowList.find((e) => e.rule === finding.rule && e.file === finding.file);
    (entry ? allowed : refused).push({ ...finding, reason: entry?.reason });
  }
  const unused = allowList.filter((e) => !findings.some((f) => f.rule === e.rule && f.file === e.file));

  console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version} on main.js, preload.cjs and renderer/ (Electron ${electronVersion}): ${findings.length} findings, ${allowed.length} justified in security/electronegativity-allow.json, ${refused.length} not.`);
  for (const f of allowed) console.log(`  allowed  ${f.rule} (${f.file}:${f.line}) — ${f.reason}`);
  for (const e of unused) console.log(`  note: the allow-list entry for ${e.rule} in ${e.file} matched nothing; remove it if the finding is gone for good.`);
  if (refused.length) {
    for (const f of refused) console.error(`  FINDING  ${f.rule} [${f.level}] ${f.file}:${f.line}: ${f.message}`);
    fail(`${refused.length} security finding${refused.length === 1 ? '' : 's'} not justified: fix ${refused.length === 1 ? 'it' : 'them'}, or add the rule, file and reason to security/electronegativity-allow.json.`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
