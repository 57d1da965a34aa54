/**
 * What a drop imports (renderer/collect-dropped-files.ts): folders walked at any depth through the
 * File and Directory Entries API, importable files only, hidden files and a saved page's "_files"
 * folder left out; and the batches the import is cut into (renderer/import-files.ts). The entries
 * are small fakes with the API's shape: no browser hands real ones to a test.
 */
import { describe, expect, it } from 'vitest';
import { collectDroppedFiles } from '../../renderer/collect-dropped-files.js';
import { BATCH_FILES, IMPORT_ACCEPT, isImportableName, isTooLarge, planBatches } from '../../renderer/import-files.js';
import { MAX_IMPORT_BYTES } from '../../shared/api.js';

type Tree = { [name: string]: string | Tree };

/** A FileSystemEntry tree; readEntries hands out two entries at a time, as real readers hand out batches. */
function entry(name: string, node: string | Tree, parent = ''): FileSystemEntry {
  const fullPath = `${parent}/${name}`;
  if (typeof node === 'string') {
    return {
      name,
      fullPath,
      isFile: true,
      isDirectory: false,
      file: (resolve: (file: File) => void) => resolve(new File([node], name)),
    } as unknown as FileSystemFileEntry;
  }
  const children = Object.entries(node).map(([childName, child]) => entry(childName, child, fullPath));
  return {
    name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let offset = 0;
      return {
        readEntries: (resolve: (entries: FileSystemEntry[]) => void) => {
          const batch = children.slice(offset, offset + 2);
          offset += batch.length;
          setTimeout(() => resolve(batch), 0);
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

function dataTransfer(roots: FileSystemEntry[], extraFiles: File[] = []): DataTransfer {
  const items = [
    ...roots.map((root) => ({ kind: 'file', webkitGetAsEntry: () => root, getAsFile: () => null })),
    ...extraFiles.map((file) => ({ kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => file })),
    { kind: 'string', webkitGetAsEntry: () => null, getAsFile: () => null },
  ];
  return { items, files: [], types: ['Files'] } as unknown as DataTransfer;
}

describe('collectDroppedFiles', () => {
  it('walks dropped folders at any depth and takes the importable files, by path', async () => {
    const folder = entry('berita', {
      'b-kedua.md': '# Kedua',
      'a-pertama.txt': 'Pertama',
      'gambar.png': 'not text',
      '.hidden.txt': 'secret',
      arsip: { 'lama.html': '<p>lama</p>', 'catatan 10.txt': '10', 'catatan 9.txt': '9', dalam: { 'paling-dalam.markdown': '# x' } },
      'Story.html': '<p>story</p>',
      Story_files: { 'frame.html': '<p>ad</p>', 'app.js': '' },
      Other_files: { 'kept.htm': '<p>kept</p>' },
    });
    const files = await collectDroppedFiles(dataTransfer([folder]));
    expect(files.map((file) => file.name)).toEqual([
      'berita/a-pertama.txt',
      'berita/arsip/catatan 9.txt',
      'berita/arsip/catatan 10.txt',
      'berita/arsip/dalam/paling-dalam.markdown',
      'berita/arsip/lama.html',
      'berita/b-kedua.md',
      'berita/Other_files/kept.htm',
      'berita/Story.html',
    ]);
    expect(await files[0].file.text()).toBe('Pertama');
  });

  it('takes every file dropped by itself, importable or not: the importer says what it cannot read', async () => {
    const pdf = new File(['%PDF-1.7'], 'report.pdf');
    const files = await collectDroppedFiles(dataTransfer([entry('note.txt', 'hello')], [pdf]));
    expect(files.map((file) => file.name)).toEqual(['note.txt', 'report.pdf']);
    expect(files[1].file).toBe(pdf);
  });

  it('falls back to DataTransfer.files when the items give nothing', async () => {
    const file = new File(['x'], 'plain.txt');
    const files = await collectDroppedFiles({ items: [], files: [file], types: ['Files'] } as unknown as DataTransfer);
    expect(files).toEqual([{ file, name: 'plain.txt' }]);
  });
});

describe('import files', () => {
  it('knows which names a folder import takes', () => {
    for (const name of ['a.txt', 'a.TEXT', 'b.md', 'b.markdown', 'c.html', 'c.HTM', 'd.xhtml', 'dir/e.mdown']) expect(isImportableName(name), name).toBe(true);
    for (const name of ['a.pdf', 'b.epub', 'README', '.hidden.md', 'dir/.x.txt', 'photo.jpg', 'md']) expect(isImportableName(name), name).toBe(false);
  });

  it('offers text, markdown and web pages in the file picker', () => {
    for (const accepted of ['.txt', '.md', '.markdown', '.html', '.htm', 'text/plain', 'text/markdown', 'text/html']) {
      expect(IMPORT_ACCEPT.split(',')).toContain(accepted);
    }
  });

  it('cuts an import into small batches, a big file alone', () => {
    const sizes = [10, 10, 10, 10, 10, 10, 7 * 1024 * 1024, 3 * 1024 * 1024, 10];
    const batches = planBatches(sizes.map((size) => ({ size })));
    expect(batches.map((batch) => batch.length)).toEqual([BATCH_FILES, 2, 2]);
    expect(batches.flat()).toHaveLength(sizes.length);
    expect(isTooLarge({ size: MAX_IMPORT_BYTES })).toBe(false);
    expect(isTooLarge({ size: MAX_IMPORT_BYTES + 1 })).toBe(true);
  });
});
