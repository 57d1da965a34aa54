/**
 * Bytes → text for the importers, with a clear sentence when the bytes are not text at all.
 * Order of trust: a BOM; then the encoding the file declares (a web page's <meta charset> or
 * http-equiv, an XML declaration); then detection between UTF-8 and windows-1252 (the WHATWG
 * name for what pages label ISO-8859-1), so a Latin-1 file keeps its "é" and "ñ".
 *
 * One deliberate departure from browsers: a page that declares a Latin-1 family encoding but whose
 * bytes are valid UTF-8 with multi-byte sequences is read as UTF-8. Real Latin-1 prose practically
 * never forms valid UTF-8 sequences, while the mislabelled page is common, and the browser's answer
 * there is mojibake ("Ã©").
 */
import { ApiError } from '../api-error.js';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252", "shift_jis". */
  encoding: string;
}

export interface DecodeOptions {
  /** Look for a declared charset in the first bytes (web pages, XHTML). */
  html?: boolean;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** The charset a page declares in its first 4 KB (the HTML prescan looks at 1 KB; saved pages are often longer-headed). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  // Matches both <meta charset="utf-8"> and <meta http-equiv="Content-Type" content="text/html; charset=utf-8">.
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1].toLowerCase();
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

/** A TextDecoder for a label, or undefined when the label names no encoding we know. */
function decoderFor(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined;
  }
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Windows-1252 turns any byte into some character, so "decodable" needs a plausibility test:
 * Latin-1 prose is mostly ASCII with the odd accented letter and never uses the C1 control
 * range. Text in another legacy encoding (KOI8-R, Shift_JIS, …) read as windows-1252 is
 * dense with high bytes or C1 controls.
 */
function plausibleLatin1(text: string): boolean {
  let high = 0;
  let c1 = 0;
  let letters = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code <= 32) continue;
    letters++;
    if (code >= 0x80) high++;
    if (code >= 0x80 && code <= 0x9f) c1++;
  }
  if (letters === 0) return true;
  return c1 / letters < 0.005 && high / letters < 0.3;
}

function undecodable(fileName: string): ApiError {
  return new ApiError(
    'unsupported',
    `"${fileName}" is not in a text encoding Tandai can read (it is neither UTF-8 nor Latin-1); save it as UTF-8 and import it again.`,
  );
}

function decodeBom(bytes: Uint8Array, fileName: string): DecodedText | undefined {
  const boms: Array<[number[], string]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [bom, encoding] of boms) {
    if (bom.every((b, i) => bytes[i] === b)) {
      try {
        return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom.length)), encoding };
      } catch {
        throw undecodable(fileName);
      }
    }
  }
  return undefined;
}

export function decodeText(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): DecodedText {
  const bom = decodeBom(bytes, fileName);
  if (bom) return bom;
  if (looksBinary(bytes)) {
    throw new ApiError('unsupported', `"${fileName}" is not a text file (it contains binary data); import plain text, markdown or a saved web page.`);
  }
  const declared = options.html ? declaredCharset(bytes) : undefined;
  const declaredDecoder = declared ? decoderFor(declared) : undefined;
  if (declaredDecoder && declaredDecoder.encoding !== 'utf-8') {
    const mislabelled = declaredDecoder.encoding === 'windows-1252' && hasMultiByteUtf8(bytes) ? tryUtf8(bytes) : undefined;
    if (mislabelled !== undefined) return { text: mislabelled, encoding: 'utf-8' };
    // utf-16 labels in a <meta> are ignored by browsers too (the bytes we prescanned were ASCII).
    if (!declaredDecoder.encoding.startsWith('utf-16')) return { text: declaredDecoder.decode(bytes), encoding: declaredDecoder.encoding };
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // A page that says UTF-8 but is not: rescue it as windows-1252 rather than show replacement characters.
  const text = new TextDecoder('windows-1252').decode(bytes);
  if (!plausibleLatin1(text)) throw undecodable(fileName);
  return { text, encoding: 'windows-1252' };
}
