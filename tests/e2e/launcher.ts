/**
 * Starts Tandai for an end-to-end spec and hands back a Playwright page, so the same specs run
 * against both targets: the Electron app (when its binary is installed) and browser mode
 * (`tandai serve` + Debian's Chromium). Nothing is ever downloaded: Playwright drives binaries
 * that are already on the machine, through playwright-core.
 *
 * TANDAI_E2E_TARGET=electron|browser forces a target; TANDAI_E2E_CLI points browser mode at
 * another CLI entry (default bin/tandai.js).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, chromium, type BrowserContext, type ElectronApplication, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export { CHROMIUM_PATH };
/** The one line `tandai serve` prints: where to open the app, token included. */
const SERVE_URL = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/;
const START_TIMEOUT_MS = 30_000;
/** Per action or wait inside a spec; well under the 60 s test timeout, so a failure names its step. */
const ACTION_TIMEOUT_MS = 10_000;

export type E2eTarget = 'electron' | 'browser';

export interface TandaiSession {
  page: Page;
  target: E2eTarget;
  close(): Promise<void>;
}

export interface LaunchOptions {
  libraryDir: string;
  extraArgs?: string[];
}

/** The Electron binary, when `npm install` fetched it (node_modules/electron/path.txt names it). */
function electronBinary(): string | null {
  const electronDir = path.join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function chosenTarget(): E2eTarget {
  const forced = process.env.TANDAI_E2E_TARGET;
  if (forced === 'electron') return 'electron';
  if (forced === 'browser') return 'browser';
  return electronBinary() ? 'electron' : 'browser';
}

/** Whether the specs can run here, and on what; specs skip with `reason` when they cannot. */
export function e2eAvailability(): { ok: true; target: E2eTarget } | { ok: false; reason: string } {
  const target = chosenTarget();
  if (target === 'electron') {
    if (electronBinary()) return { ok: true, target };
    return { ok: false, reason: 'TANDAI_E2E_TARGET=electron, but the Electron binary is not installed (node_modules/electron/path.txt).' };
  }
  if (!existsSync(CHROMIUM_PATH)) {
    return {
      ok: false,
      reason: `No browser for the end-to-end tests: neither ${CHROMIUM_PATH} (apt-get install chromium) nor the Electron binary is installed.`,
    };
  }
  return { ok: true, target };
}

/** A fresh, empty library folder; the caller removes it (see removeDir). */
export function makeTempDir(prefix = 'tandai-e2e-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

export async function launchTandai(options: LaunchOptions): Promise<TandaiSession> {
  const availability = e2eAvailability();
  if (!availability.ok) throw new Error(availability.reason);
  return availability.target === 'electron' ? launchElectron(options) : launchBrowser(options);
}

async function launchElectron({ libraryDir, extraArgs = [] }: LaunchOptions): Promise<TandaiSession> {
  const executablePath = electronBinary() ?? undefined;
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: ['out/main.js', ...extraArgs],
    cwd: REPO_ROOT,
    // LANG pins the UI to English, as the specs read English labels. XDG_CONFIG_HOME gives each launch
    // its own user-data folder, where Electron keeps its single-instance lock and caches.
    env: { ...stringEnv(), LANG: 'en_US.UTF-8', LANGUAGE: 'en', TANDAI_LIBRARY: libraryDir, XDG_CONFIG_HOME: `${libraryDir}-config` },
    timeout: START_TIMEOUT_MS,
  });
  try {
    const page = await app.firstWindow({ timeout: START_TIMEOUT_MS });
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await page.waitForLoadState('domcontentloaded');
    return {
      page,
      target: 'electron',
      close: async () => {
        await app.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

async function launchBrowser({ libraryDir, extraArgs = [] }: LaunchOptions): Promise<TandaiSession> {
  const cli = process.env.TANDAI_E2E_CLI ?? path.join(REPO_ROOT, 'bin', 'tandai.js');
  const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--library', libraryDir, ...extraArgs], {
    cwd: REPO_ROOT,
    env: stringEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let profileDir: string | null = null;
  let context: BrowserContext | null = null;

  const close = async () => {
    await context?.close().catch(() => undefined);
    context = null;
    await stopProcess(server);
    if (profileDir) await removeDir(profileDir);
    profileDir = null;
  };

  try {
    const url = await waitForServeUrl(server);
    profileDir = await makeTempDir('tandai-e2e-profile-');
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: START_TIMEOUT_MS,
      // Specs read English labels; a machine set to Indonesian must not change that.
      locale: 'en-US',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await page.goto(url);
    return { page, target: 'browser', close };
  } catch (error) {
    await close();
    throw error;
  }
}

function stringEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return env;
}

/** Resolves with the URL from the server's stdout; rejects with its stderr if it exits or stalls first. */
function waitForServeUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (why: string) => {
      cleanup();
      reject(new Error(`tandai serve ${why}.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    };
    const onStdout = (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = SERVE_URL.exec(stdout);
      if (match) {
        cleanup();
        resolve(match[0]);
      }
    };
    const onStderr = (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`exited (code ${code}, signal ${signal}) before printing its URL`);
    const onError = (error: Error) => fail(`could not start: ${error.message}`);
    const timer = setTimeout(() => fail(`printed no URL within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    function cleanup() {
      clearTimeout(timer);
      server.stdout?.off('data', onStdout);
      server.off('exit', onExit);
      server.off('error', onError);
      // Keep draining both pipes, so a chatty server never blocks on a full pipe.
      server.stdout?.resume();
      server.stderr?.resume();
    }
    server.stdout?.on('data', onStdout);
    server.stderr?.on('data', onStderr);
    server.once('exit', onExit);
    server.once('error', onError);
  });
}

/** SIGTERM, then wait for the exit (SIGKILL after a grace period), so no server outlives its spec. */
async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
