/**
 * Where an export goes from the window: in the desktop app a native save dialog (which writes the
 * file, electron/ipc.ts) or a folder picker; in browser mode a download (a Blob through a[download]),
 * and for many articles one .zip built here with fflate.
 */
import { strToU8, zipSync } from 'fflate';
import type { DialogRequest } from '../shared/desktop-dialog.js';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** Whether the window has the desktop app's native dialogs. */
export function hasNativeDialogs(): boolean {
  return typeof window.tandai?.dialog === 'function';
}

async function nativeDialog(request: DialogRequest): Promise<string | null> {
  const result = await window.tandai!.dialog!(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.path;
}

/** Hands a Blob to the browser as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves one file: the native save dialog, else a download. Returns where it went, or null when cancelled. */
export async function saveExportFile(file: ExportFile): Promise<{ kind: 'saved'; path: string } | { kind: 'downloaded'; fileName: string } | null> {
  if (hasNativeDialogs()) {
    const extension = file.fileName.slice(file.fileName.lastIndexOf('.') + 1);
    const path = await nativeDialog({ kind: 'save', defaultName: file.fileName, content: file.content, extensions: [extension] });
    return path === null ? null : { kind: 'saved', path };
  }
  downloadBlob(new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }), file.fileName);
  return { kind: 'downloaded', fileName: file.fileName };
}

/** The desktop app's folder picker; null when cancelled. */
export function chooseFolder(): Promise<string | null> {
  return nativeDialog({ kind: 'folder' });
}

/** A .zip of the files (names already unique), for browser mode's many-article export. */
export function zipFiles(files: ReadonlyArray<{ name: string; content: string }>): Blob {
  const entries: Record<string, Uint8Array> = {};
  for (const { name, content } of files) entries[name] = strToU8(content);
  // Level 6 is fflate's default; markdown compresses well and the zip stays small.
  const zipped = zipSync(entries, { level: 6 });
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
