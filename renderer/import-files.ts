/**
 * The browser half of importing: files → base64 payloads, cut into batches so that a big
 * import shows progress and one huge call never holds everything in memory at once.
 * The API rejects a whole call when one file is too large, so oversized files are caught here first.
 */
import { MAX_IMPORT_BYTES } from '../shared/api.js';

/** Files per articles.import call: small enough for the progress bar to move. */
export const BATCH_FILES = 5;
/** Raw bytes per call (base64 adds a third on the wire). */
export const BATCH_BYTES = 8 * 1024 * 1024;
/** More files than this and the user sees a progress bar. */
export const PROGRESS_THRESHOLD = 5;
export const MAX_IMPORT_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));

/** What the file picker accepts (drops are not filtered: the importer names what it cannot read). */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown';

export function isTooLarge(file: { size: number }): boolean {
  return file.size > MAX_IMPORT_BYTES;
}

/** Greedy batches of at most BATCH_FILES files and BATCH_BYTES bytes (a bigger file gets a batch of its own). */
export function planBatches<F extends { size: number }>(files: readonly F[]): F[][] {
  const batches: F[][] = [];
  let current: F[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // btoa wants a binary string; build it in chunks, as a spread of megabytes would overflow the stack.
  const chunk = 0x8000;
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}
