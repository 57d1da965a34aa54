/**
 * Turns a drop into the files to import. DataTransfer.files lists a dropped folder as one
 * useless entry, so folders are walked through webkitGetAsEntry (the File and Directory Entries
 * API, in Chromium and Electron) and every importable file inside is taken, at any depth.
 * Files dropped by themselves are all taken: the importer names what it cannot read.
 */
import { isImportableName } from './import-files.js';

/** A file to import, and the name to send and show: its path inside a dropped folder ("notes/a.md"). */
export interface DroppedFile {
  file: File;
  name: string;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a folder: readEntries hands them out a hundred or so at a time, until an empty batch. */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

/**
 * "Story_files" beside "Story.html" is what a browser's "Save page, complete" makes: scripts, styles,
 * images and sometimes ad frames. It is part of that page, not articles of its own.
 */
function isSavedPageCompanion(directory: FileSystemEntry, siblings: readonly FileSystemEntry[]): boolean {
  const match = /^(.*)_files$/i.exec(directory.name);
  if (!match) return false;
  const stem = match[1].toLowerCase();
  return siblings.some((entry) => entry.isFile && /^(.*)\.(?:html?|xhtml)$/i.exec(entry.name)?.[1].toLowerCase() === stem);
}

function pathOf(entry: FileSystemEntry): string {
  return entry.fullPath.replace(/^\/+/, '') || entry.name;
}

async function walkDirectory(directory: FileSystemDirectoryEntry, out: DroppedFile[]): Promise<void> {
  const entries = (await entriesOf(directory)).sort((a, b) => collator.compare(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (isDirectory(entry)) {
      if (!isSavedPageCompanion(entry, entries)) await walkDirectory(entry, out);
    } else if (isFile(entry) && isImportableName(entry.name)) {
      out.push({ file: await fileOf(entry), name: pathOf(entry) });
    }
  }
}

/**
 * Must be called inside the drop event: the items can only be read while it is being dispatched.
 * The walk itself is asynchronous; a folder that cannot be read rejects the promise.
 */
export function collectDroppedFiles(dataTransfer: DataTransfer): Promise<DroppedFile[]> {
  const roots: (FileSystemEntry | File)[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    const root = entry ?? item.getAsFile();
    if (root) roots.push(root);
  }
  if (roots.length === 0) roots.push(...Array.from(dataTransfer.files));

  return (async () => {
    const out: DroppedFile[] = [];
    for (const root of roots) {
      if (root instanceof File) out.push({ file: root, name: root.name });
      else if (isDirectory(root)) await walkDirectory(root, out);
      else if (isFile(root)) out.push({ file: await fileOf(root), name: root.name });
    }
    return out;
  })();
}

/** Whether a drag carries files (or folders), as opposed to text or a link. */
export function dragHasFiles(dataTransfer: DataTransfer | null): boolean {
  return dataTransfer !== null && Array.from(dataTransfer.types).includes('Files');
}
