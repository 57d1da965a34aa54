/**
 * Keeps Electron at the edge: only the main process entry, the preload and the IPC bridge may touch
 * the `electron` module. Everything else (library, handlers, CLI, server, renderer, shared code) must
 * run under plain Node or in a browser, which is what lets the CLI, browser mode and these tests work
 * without an Electron binary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCANNED_DIRS = ['electron', 'renderer', 'shared', 'bin', 'scripts'];
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist', 'release']);
const ALLOWED = ['electron/ipc.ts', 'electron/main.ts', 'electron/preload.ts'];

// 'electron' or a subpath such as 'electron/main', in any quotes; not 'electron-builder' or './electron'.
const SPECIFIER = String.raw`(['"\x60])electron(?:/[^'"\x60\s]*)?\1`;
const PATTERNS = [
  new RegExp(String.raw`\bfrom\s*${SPECIFIER}`), // import … from / export … from / import type … from
  new RegExp(String.raw`\bimport\s*${SPECIFIER}`), // import 'electron'
  new RegExp(String.raw`\bimport\s*\(\s*${SPECIFIER}`), // import('electron')
  new RegExp(String.raw`\brequire\s*\(\s*${SPECIFIER}`), // require('electron'), import x = require('electron')
  new RegExp(String.raw`<reference\s+types\s*=\s*${SPECIFIER}`), // /// <reference types="electron" />
];

/**
 * Drops whole-line comments (`// …` and the lines of a `/* … *\/` block) so prose that mentions
 * electron is not mistaken for an import. Code followed by a comment on the same line is kept,
 * so this can only over-report, never hide an import.
 */
function withoutCommentLines(source: string): string {
  return source
    .split('\n')
    .filter((line) => {
      const t = line.trim();
      if (t.startsWith('//') && !t.startsWith('///')) return false;
      if (t.startsWith('*')) return false;
      // A block comment opening the line is dropped unless code follows its end on the same line.
      if (t.startsWith('/*')) return t.includes('*/') && !t.endsWith('*/');
      return true;
    })
    .join('\n');
}

function importsElectron(source: string): boolean {
  const code = withoutCommentLines(source);
  return PATTERNS.some((pattern) => pattern.test(code));
}

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // a folder that does not exist yet (e.g. renderer/ early on)
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(full);
    return SOURCE_EXTENSIONS.has(path.extname(entry.name)) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
const allFiles = SCANNED_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)));

describe('importsElectron (the detector itself)', () => {
  it.each([
    `import { app } from 'electron';`,
    `import {\n  app,\n  BrowserWindow,\n} from "electron";`,
    `import type { WebContents } from 'electron';`,
    `import * as electron from 'electron/main';`,
    `import { ipcRenderer } from 'electron/renderer';`,
    `import 'electron';`,
    `export { shell } from 'electron';`,
    `export * from "electron/common";`,
    `const { app } = require('electron');`,
    `const electron = require ( "electron" );`,
    'const { shell } = require(`electron`);',
    `const { dialog } = await import('electron');`,
    `import electron = require('electron');`,
    `/// <reference types="electron" />`,
    `const x = 1; import('electron').then(() => {}); // trailing comment`,
  ])('finds %s', (source) => {
    expect(importsElectron(source)).toBe(true);
  });

  it.each([
    `import { build } from 'electron-builder';`,
    `const builder = require('electron-builder');`,
    `import { createHandlers } from './electron/handlers.js';`,
    `import { x } from '../electron/main.js';`,
    `import { Library } from '@tandai/electron';`,
    `const external = ['electron'];`,
    `const name = 'electron';`,
    `// import { app } from 'electron';`,
    `/**\n * Nothing here comes from 'electron'; require('electron') stays in main.ts.\n */`,
    `/* import 'electron' */`,
    `const electronVersion = process.versions.electron;`,
  ])('ignores %s', (source) => {
    expect(importsElectron(source)).toBe(false);
  });
});

describe('which files may import electron', () => {
  it('scans the source folders', () => {
    expect(allFiles.length).toBeGreaterThan(10);
    expect(allFiles.some((file) => relative(file).startsWith('shared/'))).toBe(true);
    expect(allFiles.some((file) => relative(file).includes('node_modules'))).toBe(false);
  });

  it('finds electron in the three files that are meant to use it', () => {
    for (const file of ALLOWED) {
      expect(importsElectron(readFileSync(path.join(root, file), 'utf8')), file).toBe(true);
    }
  });

  it('finds it nowhere else', () => {
    const offenders = allFiles
      .map(relative)
      .filter((file) => !ALLOWED.includes(file))
      .filter((file) => importsElectron(readFileSync(path.join(root, file), 'utf8')));
    expect(offenders, 'only electron/main.ts, electron/preload.ts and electron/ipc.ts may import electron').toEqual([]);
  });

  it('preload and IPC agree on the channel name', () => {
    const channelIn = (file: string) =>
      /const INVOKE_CHANNEL = '([^']+)'/.exec(readFileSync(path.join(root, file), 'utf8'))?.[1];
    expect(channelIn('electron/preload.ts')).toBeDefined();
    expect(channelIn('electron/preload.ts')).toBe(channelIn('electron/ipc.ts'));
    const dialogChannelIn = (file: string) => /const DIALOG_CHANNEL = '([^']+)'/.exec(readFileSync(path.join(root, file), 'utf8'))?.[1];
    expect(dialogChannelIn('electron/preload.ts')).toBeDefined();
    expect(dialogChannelIn('electron/preload.ts')).toBe(dialogChannelIn('shared/desktop-dialog.ts'));
  });
});
