/**
 * The desktop app's main process: opens the library for writing, serves the built renderer from
 * app://tandai/ and shows it in one sandboxed window whose only way out is electron/ipc.ts.
 * Nothing remote is ever loaded. Comments cite items of Electron's security checklist
 * (docs/tutorial/security.md) where a line exists because of one.
 */
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  nativeTheme,
  protocol,
  session,
  shell,
  type MenuItemConstructorOptions,
  type Session,
  type WebFrameMain,
} from 'electron';
import { mkdirSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiError } from '../shared/api-error.js';
import { createHandlers } from './handlers.js';
import { registerDialogs, registerIpc } from './ipc.js';
import { warmUpSearch } from './search/search-service.js';
import { warmUpListing } from './warm-up-listing.js';
import { DAILY_BACKUP_DELAY_MS } from './library/backups.js';
import { Library } from './library/library.js';
import { APP_NAME, resolveLibraryDir, userDataDir } from './library/paths.js';
import { findSamplePath } from './sample.js';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveStaticPath } from './static-files.js';
import { APP_VERSION } from './version.js';

const SCHEME = 'app';
const HOST = 'tandai';
const START_URL = `${SCHEME}://${HOST}/index.html`;
// The bundle layout: out/main.js next to out/preload.cjs and out/renderer/ (the same inside app.asar).
const bundleDir = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(bundleDir, 'renderer');
const preloadPath = path.join(bundleDir, 'preload.cjs');

let library: Library | undefined;
let mainWindow: BrowserWindow | undefined;

/** Our own origin only, compared on the parsed URL: a prefix test could be fooled (checklist #13). */
function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${SCHEME}:` && parsed.host === HOST;
  } catch {
    return false;
  }
}

const isTrustedSender = (frame: WebFrameMain | null) => frame !== null && isAppUrl(frame.url);

function isWebUrl(url: string): boolean {
  try {
    const { protocol: scheme } = new URL(url);
    return scheme === 'http:' || scheme === 'https:';
  } catch {
    return false;
  }
}

/** --library DIR and --no-sample; everything else on the command line (Chromium switches…) is ignored. */
function commandLine(): { library?: string; noSample: boolean } {
  const { values } = parseArgs({
    args: process.argv.slice(1),
    options: { library: { type: 'string' }, 'no-sample': { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
  });
  return { library: typeof values.library === 'string' ? values.library : undefined, noSample: values['no-sample'] === true };
}

/** app://tandai/… → a file of out/renderer, with the strict CSP; nothing outside that folder. */
async function serveRenderer(request: Request): Promise<Response> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const reply = (status: number, text: string) =>
    new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  const url = new URL(request.url);
  if (url.host !== HOST) return reply(404, 'Not found.');
  if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Tandai serves its interface read-only.');
  // Decodes %2e%2e and friends before checking, so no path can climb out of the renderer folder.
  const file = resolveStaticPath(rendererDir, url.pathname);
  if (!file) return reply(404, 'Not found.');
  try {
    // Looked up at call time on fs.promises, which Electron patches to read inside app.asar.
    const body = await fs.readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: { ...headers, 'Content-Type': contentTypeOf(file) },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
      return reply(404, `Tandai's interface has no ${url.pathname}; if this is a source checkout, run "npm run build".`);
    }
    console.error(`Tandai could not serve ${url.pathname}:`, error);
    return reply(500, 'Tandai could not read its interface files.');
  }
}

function lockDownSession(ses: Session): void {
  // The page asks for no permissions (camera, notifications, …): refuse every request and check.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Belt and braces behind the CSP: no request from any page may reach the network.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
}

// Applies to every webContents, including any a future change creates by accident.
app.on('web-contents-created', (_event, contents) => {
  // Checklist #14: no new windows. An ordinary web link opens in the user's browser (http/https only,
  // never file: or custom schemes, per #15).
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) shell.openExternal(url).catch((error) => console.error(`Tandai could not open ${url}:`, error));
    return { action: 'deny' };
  });
  // Checklist #13: the page can only ever navigate within app://tandai/.
  const stayOnOurOrigin = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnOurOrigin);
  contents.on('will-redirect', stayOnOurOrigin);
  // Checklist #12: Tandai has no <webview>s, so none may be attached.
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

const windowBackground = () => (nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff');

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Tandai',
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    show: false, // shown at ready-to-show, so the window never flashes empty
    backgroundColor: windowBackground(), // matches light/dark until the page paints
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true, // checklist #3
      sandbox: true, // checklist #4
      nodeIntegration: false, // checklist #2
      webSecurity: true, // checklist #5
      // A middle click (auxclick) on a link would otherwise try to open it in a new window (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      // On Windows and Linux Chromium's spellchecker downloads dictionaries from Google's CDN;
      // an offline app must not, so it only runs on macOS, which uses the system's checker.
      spellcheck: process.platform === 'darwin',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  win.loadURL(START_URL).catch((error) => console.error('Tandai could not load its window:', error));
  return win;
}

function showWindow(): void {
  if (!app.isReady() || !library) return; // still starting; the window comes when it is ready
  if (!mainWindow) mainWindow = createWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function applicationMenu(): Menu {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // Reload and DevTools only when running from source. No zoom items: Ctrl+= / Ctrl+- / Ctrl+0 belong to
  // the reader's text size, and menu accelerators would take those keys from the page.
  const devItems: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: [...devItems, { role: 'togglefullscreen' }] },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Tandai', click: () => app.showAboutPanel() }] },
  ];
  return Menu.buildFromTemplate(template);
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession);
  protocol.handle(SCHEME, serveRenderer);

  const flags = commandLine();
  const dir = resolveLibraryDir(flags.library, app.getPath('userData'));
  try {
    library = await Library.open(dir, { mode: 'write', addSample: !flags.noSample, samplePath: findSamplePath(), dailyBackup: true, dailyBackupDelayMs: DAILY_BACKUP_DELAY_MS });
  } catch (error) {
    // 'locked' is another Tandai (e.g. `tandai serve`) using this library; its message says so in a sentence.
    const locked = error instanceof ApiError && error.code === 'locked';
    const sentence =
      error instanceof ApiError ? error.message : `Tandai could not open its library at ${dir}: ${error instanceof Error ? error.message : String(error)}`;
    dialog.showErrorBox(locked ? 'Tandai’s library is in use' : 'Tandai could not start', sentence);
    app.exit(1); // nothing is open yet, so there is nothing for the quit handlers to close
    return;
  }

  const handlers = createHandlers(library);
  registerIpc(handlers, isTrustedSender); // before the page loads and starts calling
  warmUpListing(handlers);
  registerDialogs(() => mainWindow, isTrustedSender); // native save / folder dialogs for exports
  warmUpSearch(library);
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: APP_VERSION });
  Menu.setApplicationMenu(applicationMenu());
  nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(windowBackground()));
  showWindow();
}

// --- Start-up: these run synchronously, before `ready` (an ESM main must not await before it).

// `npm start` runs `electron out/main.js`, which skips package.json, so Electron would call itself
// "Electron" and keep data there. Pin the name and user-data folder to what the CLI computes
// (electron/library/paths.ts) so the app and `tandai` always find the same library.
app.setName(APP_NAME);
const userData = userDataDir();
mkdirSync(userData, { recursive: true }); // setPath refuses folders that do not exist
app.setPath('userData', userData);
app.setPath('sessionData', userData);

app.enableSandbox(); // checklist #4 for every renderer, not only the one we configure
// A standard, secure scheme gives the page a real origin (app://tandai) instead of file:// (checklist #18).
protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit(); // Tandai is already running; 'second-instance' brings its window forward
} else {
  app.on('second-instance', showWindow);
  app.on('activate', showWindow); // macOS: clicking the Dock icon with no window open
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Close the library (flush the index, release its lock) before exiting. 'will-quit' comes after the
  // windows have closed, so no call can arrive while it closes; quitting resumes once it is done.
  app.on('will-quit', (event) => {
    if (!library) return;
    event.preventDefault();
    const closing = library;
    library = undefined;
    closing
      .close()
      .catch((error) => console.error('Tandai could not close its library cleanly:', error))
      .finally(() => app.quit());
  });
  // Ctrl+C in the terminal, or a plain `kill`: quit the normal way so the library closes too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app.whenReady()
    .then(start)
    .catch((error) => {
      dialog.showErrorBox('Tandai could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
