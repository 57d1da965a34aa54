// What `npm start` runs once the build is done: the desktop app under the locally installed Electron,
// or, where Electron's binary is not installed (it downloads separately, and some machines cannot),
// Tandai's browser mode, so `npm start` always opens something. Arguments pass through to either:
// `npm start -- --no-sample`, `npm start -- --library DIR`, `npm start -- --open` (browser mode).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** The Electron executable, found the way electron/index.js finds it but without its download fallback. */
function electronBinary() {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : relative ? path.join(pkgDir, 'dist', relative) : undefined;
  return binary && existsSync(binary) ? binary : undefined;
}

function run(command, commandArgs) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // inherited, it would make Electron a plain Node and not open a window
  // POSIX: the child gets its own process group, so a Ctrl+C reaches it exactly once (from us) rather
  // than from the terminal and again from us; the CLI treats a second SIGINT as "exit right now".
  // Windows delivers Ctrl+C to every process on the console itself, and has no process groups to use.
  const detached = process.platform !== 'win32';
  const child = spawn(command, commandArgs, { stdio: 'inherit', env, detached });
  const lastSent = new Map();
  const forward = (signal) => {
    if (!detached) return; // Windows: the child already has it
    // npm re-sends the terminal's signal to us, so one keypress can arrive twice within a few ms.
    const now = Date.now();
    if (now - (lastSent.get(signal) ?? 0) < 500) return;
    lastSent.set(signal, now);
    // A closed terminal (SIGHUP) becomes an ordinary SIGTERM, which both Electron and the CLI shut down cleanly on.
    if (child.exitCode === null && child.signalCode === null) child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
  child.on('error', (error) => {
    console.error(`Tandai could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
  });
}

const binary = electronBinary();
if (binary) {
  const main = path.join(root, 'out', 'main.js');
  if (!existsSync(main)) {
    console.error('Tandai is not built yet; run "npm run build" first.');
    process.exit(1);
  }
  run(binary, [main, ...args]);
} else {
  console.log('The Electron binary is not installed here, so Tandai is opening in browser mode instead.');
  run(process.execPath, [path.join(root, 'bin', 'tandai.js'), 'serve', ...args]);
}
