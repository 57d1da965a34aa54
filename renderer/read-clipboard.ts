/**
 * What a paste brings, from either way the renderer can read a clipboard: the paste event's
 * DataTransfer (Ctrl+V; needs no permission) or the async Clipboard API (the "Paste article"
 * button; browsers may refuse it, and Electron refuses every permission request). The HTML flavour
 * wins when there is one, since it keeps headings, links and lists; plain text otherwise.
 */

export type ClipboardPayload =
  | { kind: 'files'; files: File[] }
  /** `text` is the plain flavour of the same copy, if any: the importer falls back to it when the HTML has no readable article. */
  | { kind: 'html'; html: string; text: string }
  | { kind: 'text'; text: string };

/** The async Clipboard API is missing, refused, or did not answer. */
export class ClipboardUnavailable extends Error {
  constructor(cause?: unknown) {
    super('The clipboard cannot be read here', { cause });
    this.name = 'ClipboardUnavailable';
  }
}

function payloadOf(html: string, text: string): ClipboardPayload | null {
  if (html.trim()) return { kind: 'html', html, text };
  if (text.trim()) return { kind: 'text', text };
  return null;
}

/** From a paste event (or a drop of text): files first, then HTML, then text. Null when it holds nothing to import. */
export function payloadFromDataTransfer(data: DataTransfer): ClipboardPayload | null {
  const files = Array.from(data.files);
  if (files.length > 0) return { kind: 'files', files };
  return payloadOf(data.getData('text/html'), data.getData('text/plain'));
}

/** A permission the browser has already refused need not be asked for (and in Electron never prompts). */
async function refusedAlready(): Promise<boolean> {
  try {
    const status = await navigator.permissions.query({ name: 'clipboard-read' as PermissionName });
    return status.state === 'denied';
  } catch {
    return false; // This browser does not know the permission: just try.
  }
}

/** How long a permission prompt may stay unanswered before the paste dialog takes over. */
const READ_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function readBoth(clipboard: Clipboard): Promise<{ html: string; text: string }> {
  if (typeof clipboard.read !== 'function') return { html: '', text: await clipboard.readText() };
  let html = '';
  let text = '';
  for (const item of await clipboard.read()) {
    if (!html && item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
    if (!text && item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
  }
  return { html, text };
}

/**
 * Reads the clipboard through the async Clipboard API. Null when it holds nothing to import;
 * throws ClipboardUnavailable when the browser will not let us read it, so the caller can offer
 * the paste dialog, where an ordinary Ctrl+V needs no permission.
 */
export async function readClipboard(): Promise<ClipboardPayload | null> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (!clipboard || (await refusedAlready())) throw new ClipboardUnavailable();
  try {
    const { html, text } = await withTimeout(readBoth(clipboard), READ_TIMEOUT_MS);
    return payloadOf(html, text);
  } catch (error) {
    throw new ClipboardUnavailable(error);
  }
}
