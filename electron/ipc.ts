/**
 * The desktop app's only IPC channel. The renderer calls `window.tandai.invoke(method, params)`
 * (electron/preload.ts); this answers it through shared/dispatch-call.ts, so the window gets the same
 * validation and Envelope results as HTTP and the CLI, and only Tandai's own page may ask at all.
 */
import { ipcMain, type WebFrameMain } from 'electron';
import type { Handlers } from '../shared/api.js';
import type { Envelope } from '../shared/api-error.js';
import { dispatchCall } from '../shared/dispatch-call.js';

/** Must match the channel name in electron/preload.ts (tests/unit/electron-imports.test.ts checks it). */
export const INVOKE_CHANNEL = 'tandai:invoke';

/** Registers the handler; returns a function that removes it again. */
export function registerIpc(handlers: Handlers, isTrustedSender: (frame: WebFrameMain | null) => boolean): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, params: unknown): Promise<Envelope<unknown>> => {
    // Security checklist #17: validate the sender of every IPC message. senderFrame is null when the
    // frame has navigated away or been destroyed since it sent the message; that is refused too.
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'unsupported', message: 'Tandai only answers requests from its own window.' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown_method', message: 'An API call needs a method name, such as "articles.list".' } };
    }
    return dispatchCall(handlers, method, params, {
      // The renderer gets one sentence; the stack trace goes to the terminal for whoever debugs it.
      onInternalError: (error) => console.error(`Tandai: ${method} failed unexpectedly:`, error),
    });
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
