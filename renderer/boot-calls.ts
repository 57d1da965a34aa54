/**
 * What the app waits on before its first screen: app.info and settings, plus the library's first page
 * (use-library.ts). They are sent the moment the script runs (main.tsx), not after React's first
 * render, and the first screen is drawn once all three are in, so the library paints its rows in one
 * pass instead of a shell first and the rows a render later.
 */
import type { Result } from '../shared/api.js';
import { createTranslator, detectLocale } from '../shared/i18n/index.js';
import type { Settings } from '../shared/model.js';
import type { ApiClient } from './api-client.js';
import { preloadLibrary } from './use-library.js';

export type BootData = { info: Result<'app.info'>; settings: Settings };

const early = new WeakMap<ApiClient, Promise<BootData>>();

function bootCalls(client: ApiClient): Promise<BootData> {
  const calls = Promise.all([client.call('app.info', {}), client.call('settings.get', {})]).then(([info, settings]) => ({ info, settings }));
  // The list's own failure is shown by the library view (with Retry), not as a failed start.
  const firstPage = preloadLibrary(client).catch(() => {});
  return Promise.all([calls, firstPage]).then(([data]) => data);
}

/** Called once, before React starts. */
export function startBoot(client: ApiClient): void {
  if (!early.has(client)) {
    const calls = bootCalls(client);
    calls.catch(() => {}); // The app reports a failure when it takes the result.
    early.set(client, calls);
    // While the calls are out: the number, plural and date formatters the first screen needs (the first
    // Intl formatter loads ICU's data, ~20 ms) for the likely language; settings may still choose the other.
    setTimeout(() => createTranslator(detectLocale(navigator.language)).prepare(), 0);
  }
}

/** The calls started early, the first time; fresh ones on a retry. */
export function takeBoot(client: ApiClient): Promise<BootData> {
  const calls = early.get(client);
  early.delete(client);
  return calls ?? bootCalls(client);
}
