/**
 * Files Tandai cannot import, and the one sentence each must get. Every sentence names the file;
 * none is a stack trace.
 */
export interface BadInputCase {
  label: string;
  name: string;
  bytes: () => Buffer;
  message: RegExp;
}

/** The first bytes of an EPUB: a zip whose first entry is the uncompressed file "mimetype". */
function epubBytes(): Buffer {
  const header = Buffer.alloc(30);
  header.write('PK\x03\x04', 0, 'latin1');
  header.writeUInt16LE(8, 26); // file name length
  return Buffer.concat([header, Buffer.from('mimetypeapplication/epub+zip', 'latin1'), Buffer.alloc(64)]);
}

/** Cyrillic text in KOI8-R: neither UTF-8 nor plausible Latin-1. */
function koi8Bytes(): Buffer {
  const koi8 = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2, 0x2c, 0x20, 0xd3, 0xc5, 0xc7, 0xcf, 0xc4, 0xce, 0xd1, 0x20, 0xd4, 0xc5, 0xd0, 0xcc, 0xcf];
  return Buffer.from(Array.from({ length: 20 }, () => koi8).flat());
}

export const badInputCases: BadInputCase[] = [
  { label: 'an empty file', name: 'empty.txt', bytes: () => Buffer.alloc(0), message: /^"empty\.txt" is empty; there is nothing to import\.$/ },
  { label: 'a file of white space', name: 'blank.md', bytes: () => Buffer.from(' \n\n\t \n'), message: /^"blank\.md" holds only white space; there is nothing to import\.$/ },
  { label: 'a binary file', name: 'program.txt', bytes: () => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), message: /^"program\.txt" is not a text file \(it contains binary data\)/ },
  { label: 'a PDF', name: 'report.pdf', bytes: () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'), message: /^"report\.pdf" is a PDF; importing PDF files is not supported yet, so / },
  { label: 'a PDF named .txt', name: 'report.txt', bytes: () => Buffer.from('%PDF-1.4\n1 0 obj\n', 'latin1'), message: /^"report\.txt" is a PDF; importing PDF files is not supported yet/ },
  { label: 'an EPUB', name: 'buku.epub', bytes: epubBytes, message: /^"buku\.epub" is an EPUB e-book; importing EPUB files is not supported yet/ },
  { label: 'an image', name: 'photo.png', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), message: /^"photo\.png" is an image; Tandai imports only text, markdown and web pages/ },
  { label: 'an unknown kind of file', name: 'sheet.xlsx', bytes: () => Buffer.from('x'), message: /^"sheet\.xlsx" is not a file Tandai can import; use a text \(\.txt\), markdown \(\.md\) or web page \(\.html\) file\.$/ },
  { label: 'a file over 50 MB', name: 'huge.txt', bytes: () => Buffer.alloc(50 * 1024 * 1024 + 1, 0x61), message: /^"huge\.txt" is 50\.0 MB, more than the 50 MB Tandai imports; / },
  {
    label: 'a web page with no readable content',
    name: 'app.html',
    bytes: () => Buffer.from('<!doctype html><html><head><title>App</title><script>render(document.getElementById("root"))</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div id="root"></div><footer>© 2025 App</footer></body></html>'),
    message: /^"app\.html" has no readable article in it \(only scripts, menus or an empty page\); /,
  },
  { label: 'bytes in an encoding we cannot read', name: 'cyrillic.txt', bytes: koi8Bytes, message: /^"cyrillic\.txt" is not in a text encoding Tandai can read \(it is neither UTF-8 nor Latin-1\); save it as UTF-8/ },
  { label: 'broken UTF-16', name: 'broken.txt', bytes: () => Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]), message: /^"broken\.txt" is not in a text encoding Tandai can read/ },
];
