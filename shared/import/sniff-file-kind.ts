/**
 * Recognises files Tandai cannot import yet (PDF, EPUB, office documents, images, archives)
 * by their first bytes or their extension, so the user gets a sentence naming the format
 * instead of "binary data" or a page of mojibake.
 */

export interface UnsupportedKind {
  /** "a PDF", "an EPUB e-book": fits "… is NAME". */
  name: string;
  /** "PDF", "EPUB": fits "importing FORMAT files". */
  format: string;
  /** What the user could do instead; ends without a full stop. */
  advice: string;
  /** Formats on the roadmap get "not supported yet"; the rest "not something Tandai imports". */
  planned: boolean;
}

const PDF: UnsupportedKind = { name: 'a PDF', format: 'PDF', advice: 'copy its text into a .txt file, or save the article as a web page', planned: true };
const EPUB: UnsupportedKind = { name: 'an EPUB e-book', format: 'EPUB', advice: 'import its chapters as text or web pages for now', planned: true };
const OFFICE: UnsupportedKind = { name: 'an office document', format: 'office', advice: 'save it as plain text or a web page (.html) first', planned: false };
const IMAGE: UnsupportedKind = { name: 'an image', format: 'image', advice: 'import the article text instead', planned: false };
const ARCHIVE: UnsupportedKind = { name: 'an archive', format: 'archive', advice: 'unpack it and import the files inside', planned: false };

const BY_EXTENSION: Record<string, UnsupportedKind> = {
  pdf: PDF,
  epub: EPUB,
  mobi: EPUB,
  azw3: EPUB,
  doc: OFFICE,
  docx: OFFICE,
  odt: OFFICE,
  rtf: OFFICE,
  pages: OFFICE,
  png: IMAGE,
  jpg: IMAGE,
  jpeg: IMAGE,
  gif: IMAGE,
  webp: IMAGE,
  zip: ARCHIVE,
  gz: ARCHIVE,
  '7z': ARCHIVE,
  rar: ARCHIVE,
};

const startsWith = (bytes: Uint8Array, ascii: string, at = 0) =>
  bytes.length >= at + ascii.length && [...ascii].every((c, i) => bytes[at + i] === c.charCodeAt(0));

export function extensionOf(fileName: string): string {
  return /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** By content first (a PDF renamed to .txt is still a PDF), then by extension. */
export function unsupportedKind(bytes: Uint8Array, fileName: string): UnsupportedKind | undefined {
  if (startsWith(bytes, '%PDF-')) return PDF;
  if (startsWith(bytes, 'PK\x03\x04')) {
    // An EPUB is a zip whose first entry is the uncompressed file "mimetype".
    if (startsWith(bytes, 'mimetypeapplication/epub+zip', 30)) return EPUB;
    const ext = extensionOf(fileName);
    return BY_EXTENSION[ext] ?? (['docx', 'odt', 'pages'].includes(ext) ? OFFICE : ARCHIVE);
  }
  if (startsWith(bytes, '\x89PNG') || startsWith(bytes, '\xff\xd8\xff') || startsWith(bytes, 'GIF8')) return IMAGE;
  if (startsWith(bytes, '{\\rtf')) return OFFICE;
  if (startsWith(bytes, '\xd0\xcf\x11\xe0')) return OFFICE; // old .doc (OLE compound file)
  return BY_EXTENSION[extensionOf(fileName)];
}

export function unsupportedSentence(fileName: string, kind: UnsupportedKind): string {
  const what = kind.planned ? `importing ${kind.format} files is not supported yet` : 'Tandai imports only text, markdown and web pages';
  return `"${fileName}" is ${kind.name}; ${what}, so ${kind.advice}.`;
}
