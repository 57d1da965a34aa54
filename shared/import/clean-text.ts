/**
 * Applies the web-junk rules to copied text, line by line: junk and "see also" lines go, lists of
 * other stories go with their heading, credit and date lines become metadata, captions are marked.
 * Everything else is kept exactly as it was, in order.
 */
import { classifyLine, DEFAULT_RULES, type CompiledRules } from './classify-line.js';
import type { MetaField } from './junk-rules/junk-rules.js';
import { isBodyLike, isHeadlineLike } from './line-shape.js';

export interface TextBlock {
  text: string;
  kind: 'body' | 'caption' | 'heading';
}

export interface CleanedText {
  blocks: TextBlock[];
  meta: Partial<Record<MetaField, string>>;
}

/** Longest list item of a "Populer"/"Terkini" list: one headline. */
const MAX_LIST_ITEM = 160;

interface Line {
  text: string;
  paragraph: number;
}

function isListItem(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_LIST_ITEM) return false;
  return isHeadlineLike(line) || /^(?:\d{1,2}[.)]?\s|[•·▪►-]\s)/.test(line) || /[?!]$/.test(line);
}

export function cleanTextParagraphs(paragraphs: readonly string[], rules: CompiledRules = DEFAULT_RULES): CleanedText {
  const lines: Line[] = paragraphs.flatMap((p, paragraph) => p.split('\n').map((text) => ({ text, paragraph })));
  const kinds: Array<TextBlock['kind'] | 'drop'> = [];
  const meta: CleanedText['meta'] = {};
  for (let i = 0; i < lines.length; i++) {
    const found = classifyLine(lines[i].text, rules);
    switch (found.kind) {
      case 'junk':
      case 'seeAlso':
        kinds[i] = 'drop';
        break;
      case 'meta':
        for (const [field, value] of Object.entries(found.meta) as Array<[MetaField, string]>) meta[field] ??= value;
        kinds[i] = 'drop';
        break;
      case 'caption':
        kinds[i] = 'caption';
        break;
      case 'listHeading': {
        kinds[i] = 'drop';
        // The list under the heading: headline-like lines (and their "2 jam lalu" dates), stopping at
        // the first story sentence. A single short line might be a subheading of the story, so a
        // "list" must have at least two items to be removed.
        let end = i + 1;
        while (end < lines.length) {
          const next = lines[end].text;
          const kind = classifyLine(next, rules).kind;
          if (kind === 'junk' || kind === 'meta' || kind === 'seeAlso' || (isListItem(next) && !isBodyLike(next))) end++;
          else break;
        }
        const items = lines.slice(i + 1, end).filter((l) => classifyLine(l.text, rules).kind === 'body').length;
        if (items >= 2) {
          for (let j = i + 1; j < end; j++) kinds[j] = 'drop';
          i = end - 1;
        }
        break;
      }
      default:
        kinds[i] = 'body';
    }
  }
  // Regroup kept lines into their paragraphs; a caption is always a block of its own.
  const blocks: TextBlock[] = [];
  let current: { lines: string[]; paragraph: number } | undefined;
  const flush = () => {
    if (current && current.lines.join('').trim()) blocks.push({ text: current.lines.join('\n').trim(), kind: 'body' });
    current = undefined;
  };
  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (kind === 'drop') return;
    if (kind === 'caption') {
      flush();
      blocks.push({ text: line.text.trim(), kind: 'caption' });
      return;
    }
    if (!current || current.paragraph !== line.paragraph) {
      flush();
      current = { lines: [], paragraph: line.paragraph };
    }
    current.lines.push(line.text);
  });
  flush();
  return { blocks, meta };
}
