/**
 * API fuzzing: every method of the contract (enumerated from shared/api.ts, so new methods are
 * covered without edits here) gets invalid params — see api-fuzz.cases.ts — through dispatchCall, the
 * one function behind IPC, HTTP and the CLI, against a real library in a sandbox folder. Each case must
 * end in a clear error (an ApiError code and one sentence; never 'internal', never a stack trace) unless
 * the schema itself accepts the value, and then the call must still end cleanly. After every case
 * nothing new exists outside the library folder (the sandbox around it and the working directory are
 * compared before and after), Object.prototype is untouched, and a rejected call left the library's
 * files exactly as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { api, METHOD_NAMES } from '../../shared/api.js';
import { ERROR_CODES } from '../../shared/api-error.js';
import type { Handlers } from '../../shared/api.js';
import { SAMPLE } from '../helpers/fixtures.js';
import { apiFuzzCases } from './api-fuzz.cases.js';
import { folderContents } from '../helpers/folder-contents.js';

let sandbox: string;
let libraryDir: string;
let library: Library;
let handlers: Handlers;

async function cwdListing(): Promise<string[]> {
  return (await readdir(process.cwd())).sort();
}

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'tandai-api-fuzz-'));
  // Deep inside the sandbox, so "../x" from the library (or from its articles folder) is still inside it.
  libraryDir = path.join(sandbox, 'a', 'b', 'library');
  await mkdir(libraryDir, { recursive: true });
  library = await Library.open(libraryDir, { mode: 'write', addSample: true, samplePath: SAMPLE, indexDelayMs: 0 });
  handlers = createHandlers(library);
  // Warm the caches a first call fills (the dictionaries compiled into the library), so what follows is only the fuzz.
  await dispatchCall(handlers, 'dictionary.list', {});
  await library.flushIndex();
});

afterAll(async () => {
  await library?.close();
  if (sandbox) await rm(sandbox, { recursive: true, force: true });
});

describe('API fuzzing', () => {
  it('rejects invalid params for every method with a sentence, and writes nothing outside the library', async () => {
    const cases = apiFuzzCases();
    const failures: string[] = [];
    const outsideBefore = await folderContents(sandbox, { skip: libraryDir });
    const cwdBefore = await cwdListing();
    let rejected = 0;
    let accepted = 0;
    const methodsSeen = new Set<string>();
    const internal: unknown[] = [];

    for (const c of cases) {
      methodsSeen.add(c.method);
      const where = `${c.method} with ${c.label}`;
      const libraryBefore = await folderContents(libraryDir);
      const envelope = await dispatchCall(handlers, c.method, c.params, { onInternalError: (error) => internal.push(error) });
      if (envelope.ok) {
        accepted++;
        // Prototype-pollution keys and absurd nesting are refused even where the contract would drop them.
        if (/__proto__|constructor|5,000-level/.test(c.label)) failures.push(`${where}: accepted`);
        // Only a value the contract itself accepts may get through.
        if (!api[c.method].params.safeParse(c.params).success) failures.push(`${where}: accepted although the contract refuses it`);
        await library.flushIndex();
      } else {
        rejected++;
        const { code, message } = envelope.error;
        if (!ERROR_CODES.includes(code) || code === 'internal' || code === 'unknown_method') failures.push(`${where}: failed with code ${code}: ${message.slice(0, 300)}`);
        if (typeof message !== 'string' || !/^\S.*\.$/s.test(message) || message.includes('\n') || /\n\s+at |at .*\.(ts|js):\d+/.test(message)) {
          failures.push(`${where}: the message is not one clear sentence: ${JSON.stringify(String(message).slice(0, 300))}`);
        }
        if (message.length > 2000) failures.push(`${where}: the message is ${message.length} characters long`);
        const libraryAfter = await folderContents(libraryDir);
        const changed = [...new Set([...Object.keys(libraryBefore), ...Object.keys(libraryAfter)])].filter((f) => libraryBefore[f] !== libraryAfter[f]);
        if (changed.length) failures.push(`${where}: failed but changed ${changed.join(', ')}`);
      }
      if (({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) {
        failures.push(`${where}: polluted Object.prototype`);
        delete (Object.prototype as Record<string, unknown>).polluted;
      }
      const outsideAfter = await folderContents(sandbox, { skip: libraryDir });
      const strayFiles = [...new Set([...Object.keys(outsideBefore), ...Object.keys(outsideAfter)])].filter((f) => outsideBefore[f] !== outsideAfter[f]);
      if (strayFiles.length) failures.push(`${where}: changed files outside the library: ${strayFiles.join(', ')}`);
      if ((await cwdListing()).join('\n') !== cwdBefore.join('\n')) failures.push(`${where}: created a file in the working directory`);
    }

    console.log(`[api fuzz] ${cases.length} cases over ${methodsSeen.size} methods: ${rejected} rejected with a sentence, ${accepted} accepted by the contract and handled cleanly.`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(internal).toEqual([]);
    // Every method of the contract was fuzzed, with more than the whole-params cases for those that take fields.
    expect([...methodsSeen].sort()).toEqual([...METHOD_NAMES].sort());
    expect(rejected).toBeGreaterThan(accepted * 4);
  });
});
