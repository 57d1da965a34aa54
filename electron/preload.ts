/**
 * Preload for Tandai's window. It runs sandboxed and context-isolated (so it is built as CommonJS,
 * out/preload.cjs) and hands the page exactly one function, `window.tandai.invoke(method, params)`,
 * which resolves to an Envelope. ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';

// Same channel as INVOKE_CHANNEL in electron/ipc.ts. It is repeated rather than imported so this bundle
// stays tiny and free of main-process code; tests/unit/electron-imports.test.ts checks the two agree.
const INVOKE_CHANNEL = 'tandai:invoke';
// Same as DIALOG_CHANNEL in shared/desktop-dialog.ts: native save and folder dialogs (validated in electron/ipc.ts).
const DIALOG_CHANNEL = 'tandai:dialog';

contextBridge.exposeInMainWorld('tandai', {
  // Exactly two arguments are forwarded, whatever the page passes; main validates both.
  invoke: (method: string, params: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, params),
  // Exactly one argument, validated in main.
  dialog: (request: unknown) => ipcRenderer.invoke(DIALOG_CHANNEL, request),
});
