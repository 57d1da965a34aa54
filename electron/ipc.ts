/**
 * The desktop app's only IPC channel. The renderer calls `window.tandai.invoke(method, params)`
 * (electron/preload.ts); this answers it through shared/dispatch-call.ts, so the window gets the same
 * validation and Envelope results as HTTP and the CLI, and only Tandai's own page may ask at all.
 */
import { dialog, ipcMain, type BrowserWindow, type WebFrameMain } from 'electron';
import type { Handlers } from '../shared/api.js';
import type { Envelope } from '../shared/api-error.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import { DIALOG_CHANNEL, DialogRequestSchema, type DialogResult } from '../shared/desktop-dialog.js';
import { writeExportFile } from './export-command.js';

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

/**
 * Native dialogs for the window (shared/desktop-dialog.ts): "save" asks where to save an export and
 * writes it there whole (temp file, then rename; the system dialog has already asked about replacing
 * an existing file); "folder" picks a folder for export.library. Returns a function that removes it.
 */
export function registerDialogs(window: () => BrowserWindow | undefined, isTrustedSender: (frame: WebFrameMain | null) => boolean): () => void {
  ipcMain.handle(DIALOG_CHANNEL, async (event, raw: unknown): Promise<DialogResult> => {
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'unsupported', message: 'Tandai only answers requests from its own window.' } };
    const parsed = DialogRequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_params', message: 'The dialog request was not understood.' } };
    const request = parsed.data;
    const owner = window();
    try {
      if (request.kind === 'folder') {
        const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
        const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        return { ok: true, path: chosen.canceled ? null : (chosen.filePaths[0] ?? null) };
      }
      const options = {
        defaultPath: request.defaultName,
        filters: request.extensions.length ? [{ name: request.extensions.join(', '), extensions: request.extensions }] : [],
      };
      const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return { ok: true, path: null };
      await writeExportFile(chosen.filePath, request.content, true);
      return { ok: true, path: chosen.filePath };
    } catch (error) {
      return { ok: false, error: { code: 'io', message: error instanceof Error ? error.message : String(error) } };
    }
  });
  return () => ipcMain.removeHandler(DIALOG_CHANNEL);
}
