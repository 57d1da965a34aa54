/**
 * The browser half of importing: what may be imported, and files → base64 payloads cut into
 * batches, so that a big import shows progress and one huge call never holds everything in memory
 * at once. The API rejects a whole call when one file is too large, so oversized files are caught
 * here first, with a sentence of their own.
 */
import { MAX_IMPORT_BYTES } from '../shared/model-constants.js';

/** Files per articles.import call: small enough for the progress bar to move. */
export const BATCH_FILES = 5;
/** Raw bytes per call (base64 adds a third on the wire; the HTTP server takes about 67 MB a request). */
export const BATCH_BYTES = 8 * 1024 * 1024;
/** More files than this and the user sees a progress bar: every import of several files is a bulk import. */
export const PROGRESS_THRESHOLD = 1;
export const MAX_IMPORT_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));

export type ImportFormat = 'text' | 'markdown' | 'html';

/**
 * The extensions a folder import picks up: the same lists as electron/import/import-file.ts
 * (the renderer cannot import Node code). Files dropped or chosen one by one are not filtered:
 * the importer names what it cannot read ("a PDF; not supported yet").
 */
const IMPORTABLE_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'html', 'htm', 'xhtml', 'shtml']);

/** What the file picker offers: text, markdown and web pages, by extension and by MIME type. */
export const IMPORT_ACCEPT = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'text/html',
  'application/xhtml+xml',
].join(',');

/** Whether a file met while walking a folder is one to import (hidden files never are). */
export function isImportableName(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (base.startsWith('.')) return false;
  const dot = base.lastIndexOf('.');
  return dot > 0 && IMPORTABLE_EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}

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
