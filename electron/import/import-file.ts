/**
 * One imported file → a draft, choosing the importer by format or file extension.
 * Every failure is an ApiError with one sentence naming the file and what to do.
 */
import { htmlNestingDepth, markdownNestingDepth, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from '../../shared/import/nesting-depth.js';
import { draftToArticle } from './draft-to-article.js';
import type { Article } from '../../shared/model.js';
import { ApiError } from '../../shared/api-error.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../shared/api.js';
import { decodeText } from '../../shared/import/decode-text.js';
import { textToDraft } from '../../shared/import/text-to-draft.js';
import { markdownToDraft } from '../../shared/import/markdown-to-draft.js';
import { htmlToDraft } from '../../shared/import/html-to-draft.js';
import { extensionOf, unsupportedKind, unsupportedSentence } from '../../shared/import/sniff-file-kind.js';
import type { ArticleDraft } from '../../shared/import/article-draft.js';
import { htmlDom } from '../dom/node-dom.js';
import { randomUUID } from 'node:crypto';
import type { Annotation } from '../../shared/model.js';
import { placeDraftAnnotations } from '../../shared/import/read-tandai-export.js';

export type ImportFormat = 'text' | 'markdown' | 'html';

export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd'];
export const TEXT_EXTENSIONS = ['txt', 'text'];
export const HTML_EXTENSIONS = ['html', 'htm', 'xhtml', 'shtml'];
/** What a folder import picks up. */
export const IMPORTABLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS];

/** Names that say nothing about their content: the title then comes from the text. */
export const GENERIC_NAMES = /^(?:stdin|clipboard|paste|pasted(?: text)?|untitled)(?:\.\w+)?$/i;

export function formatOf(fileName: string, explicit?: ImportFormat): ImportFormat {
  if (explicit) return explicit;
  const ext = extensionOf(fileName);
  if (MARKDOWN_EXTENSIONS.includes(ext)) return 'markdown';
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  if ([...TEXT_EXTENSIONS, ''].includes(ext)) return 'text';
  const kind = unsupportedKind(new Uint8Array(), fileName);
  if (kind) throw new ApiError('unsupported', unsupportedSentence(fileName, kind));
  throw new ApiError('unsupported', `"${fileName}" is not a file Tandai can import; use a text (.txt), markdown (.md) or web page (.html) file.`);
}

/** Text or a web page? For standard input and pastes, which have no file name to go by. */
export function sniffFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html|<head[\s>]|<body[\s>])/.test(head)) return 'html';
  // A fragment copied as HTML: several block tags near the start.
  const tags = head.match(/<(?:p|div|article|section|h[1-6]|ul|ol|li|table|blockquote|span|a)[\s>]/g);
  return tags && tags.length >= 2 ? 'html' : 'text';
}

export function tooLargeSentence(fileName: string, bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `"${fileName}" is ${mb} MB, more than the ${MAX_IMPORT_MB} MB Tandai imports; save only the article, or split it.`;
}

export function bytesToDraft(bytes: Uint8Array, fileName: string, explicit?: ImportFormat): ArticleDraft {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ApiError('too_large', tooLargeSentence(fileName, bytes.byteLength));
  const kind = unsupportedKind(bytes, fileName);
  if (kind) throw new ApiError('unsupported', unsupportedSentence(fileName, kind));
  let format = formatOf(fileName, explicit);
  if (bytes.byteLength === 0) throw new ApiError('unsupported', `"${fileName}" is empty; there is nothing to import.`);
  // A file with no extension (or a generic name like "stdin") may be a page: look at it.
  const sniff = !explicit && (extensionOf(fileName) === '' || GENERIC_NAMES.test(fileName)) && format === 'text';
  const { text } = decodeText(bytes, fileName, { html: format === 'html' || sniff });
  if (!text.trim()) throw new ApiError('unsupported', `"${fileName}" holds only white space; there is nothing to import.`);
  const genericName = GENERIC_NAMES.test(fileName);
  if (sniff && sniffFormat(text) === 'html') format = 'html';
  if (format === 'html' && htmlNestingDepth(text) > MAX_HTML_DEPTH) {
    throw new ApiError('unsupported', `"${fileName}" has HTML nested more than ${MAX_HTML_DEPTH} levels deep, which no article needs; Tandai did not import it.`);
  }
  const draft =
    format === 'markdown'
      ? markdownToDraft(text, fileName)
      : format === 'html'
        ? htmlToDraft(text, fileName, htmlDom, { genericName })
        : textToDraft(text, fileName, { genericName });
  if (!draft.markdown.trim()) throw new ApiError('unsupported', `"${fileName}" has a title but no article text; there is nothing to import.`);
  if (markdownNestingDepth(draft.markdown) > MAX_MARKDOWN_DEPTH) throw nestedTooDeeply(fileName);
  return draft;
}

const nestedTooDeeply = (fileName: string) =>
  new ApiError('unsupported', `"${fileName}" is built in a way Tandai cannot read (it is nested far too deeply); Tandai did not import it.`);

/**
 * Runs a step of the import on one file, turning a stack overflow (a parser defeated by
 * pathologically nested input, e.g. thousands of "[" in markdown) into a sentence about that file.
 */
export function guardDeepInput<T>(fileName: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw nestedTooDeeply(fileName);
    throw error;
  }
}

/** The whole import of one file: bytes → draft → stored-article shape, failures as sentences. */
export function articleFromBytes(bytes: Uint8Array, fileName: string, format?: ImportFormat): Article {
  return guardDeepInput(fileName, () => draftToArticle(bytesToDraft(bytes, fileName, format), fileName));
}

/** The import of one file with the annotations it carries (Tandai's own markdown export carries some). */
export function importFromBytes(bytes: Uint8Array, fileName: string, format?: ImportFormat): { article: Article; annotations: Annotation[] } {
  return guardDeepInput(fileName, () => {
    const draft = bytesToDraft(bytes, fileName, format);
    const article = draftToArticle(draft, fileName);
    const annotations = draft.annotations ? placeDraftAnnotations(article, draft.annotations, draft.textChecksum, randomUUID, article.importedAt) : [];
    return { article, annotations };
  });
}
