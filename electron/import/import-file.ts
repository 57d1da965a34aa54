/**
 * One imported file → a draft, choosing the importer by format or file extension.
 * Every failure is an ApiError with a sentence naming the file and what to do.
 */
import { ApiError } from '../../shared/api-error.js';
import { MAX_IMPORT_BYTES } from '../../shared/api.js';
import { decodeText } from '../../shared/import/decode-text.js';
import { textToDraft } from '../../shared/import/text-to-draft.js';
import { markdownToDraft } from '../../shared/import/markdown-to-draft.js';
import type { ArticleDraft } from '../../shared/import/article-draft.js';

export type ImportFormat = 'text' | 'markdown';

export function formatOf(fileName: string, explicit?: ImportFormat): ImportFormat {
  if (explicit) return explicit;
  const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (['md', 'markdown', 'mdown', 'mkd'].includes(ext)) return 'markdown';
  if (['txt', 'text', ''].includes(ext)) return 'text';
  if (['html', 'htm', 'xhtml'].includes(ext)) {
    throw new ApiError('unsupported', `"${fileName}" is a web page; web page import is not available yet, so save it as text or markdown for now.`);
  }
  throw new ApiError('unsupported', `"${fileName}" is not a file Tandai can import; use a .txt or .md file.`);
}

export function bytesToDraft(bytes: Uint8Array, fileName: string, explicit?: ImportFormat): ArticleDraft {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    throw new ApiError('too_large', `"${fileName}" is ${mb} MB, more than the 20 MB Tandai imports; split it or save only the article.`);
  }
  const format = formatOf(fileName, explicit);
  if (bytes.byteLength === 0) throw new ApiError('unsupported', `"${fileName}" is empty; there is nothing to import.`);
  const { text } = decodeText(bytes, fileName);
  const draft = format === 'markdown' ? markdownToDraft(text, fileName) : textToDraft(text, fileName);
  if (!draft.markdown.trim()) throw new ApiError('unsupported', `"${fileName}" has a title but no article text; there is nothing to import.`);
  return draft;
}
