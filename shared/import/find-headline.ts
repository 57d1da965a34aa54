/**
 * Finds the headline of copied text and the furniture around it: a breadcrumb trail before it
 * (glued, as browsers copy "BerandaTeknologiArtificial IntelegentScale AI Resmi…", or with
 * separators, "Home › News › …"), menu items, a dateline naming the site ("KabaSumbar – …",
 * "JAKARTA, KOMPAS.com - …", "LONDON (Reuters) -"), and subheadings inside the story.
 */
import { collapseSpace, DEFAULT_RULES, type CompiledRules } from './classify-line.js';
import type { TextBlock } from './clean-text.js';
import { isBodyLike, isHeadlineLike, wordsIn } from './line-shape.js';

export interface Headline {
  title?: string;
  blocks: TextBlock[];
  site?: string;
}

/** Breadcrumb crumbs are category names: a few words each. */
const MAX_CRUMB_WORDS = 3;
/** How far into the text the headline may be (after menus, breadcrumb, dates). */
const HEADLINE_WINDOW = 8;

/**
 * Splits a breadcrumb off the start of a line. Glued crumbs are found where a lower-case letter
 * runs straight into a capital ("TeknologiArtificial"); the crumbs must be short and the rest a
 * headline. Returns the headline, '' when the line was only a breadcrumb, undefined when it is none.
 */
export function splitBreadcrumb(line: string, rules: CompiledRules = DEFAULT_RULES): string | undefined {
  const root = rules.breadcrumbRoots.find((r) => line.startsWith(r));
  if (!root) return undefined;
  const rest = line.slice(root.length);
  const separated = /^\s*[›»>/|\\]\s*/.exec(rest);
  if (separated) {
    const crumbs = line.split(/\s*[›»>/|\\]\s*/).filter(Boolean);
    const last = crumbs[crumbs.length - 1];
    return crumbs.length > 1 && wordsIn(last) > MAX_CRUMB_WORDS ? last : crumbs.every((c) => wordsIn(c) <= MAX_CRUMB_WORDS) ? '' : undefined;
  }
  if (!/^\p{Lu}/u.test(rest)) return undefined;
  // Glue points: lower-case letter (after at least three) followed directly by a capital.
  let start = root.length;
  for (;;) {
    const glue = /(?<=\p{Ll}{3})(?=\p{Lu})/gu;
    glue.lastIndex = start + 1;
    const next = glue.exec(line);
    const crumbEnd = next ? next.index : -1;
    if (crumbEnd === -1) break;
    const crumb = line.slice(start, crumbEnd);
    if (wordsIn(crumb) > MAX_CRUMB_WORDS) break;
    start = crumbEnd;
  }
  // The root alone glued to a word is a name ("BeritaSatu"), not a trail: a trail has a category after the root.
  if (start === root.length) return undefined;
  const headline = line.slice(start).trim();
  return wordsIn(headline) > MAX_CRUMB_WORDS ? headline : '';
}

/** "KabaSumbar", "KOMPAS.com", "detik.com", "Reuters" in parentheses: shaped like a site, not a word of the story. */
function siteShaped(name: string, inParentheses: boolean): boolean {
  if (/^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(name)) return true;
  if (/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(name)) return true;
  return inParentheses && /^[\p{Lu}][\p{L}.&' -]{1,30}$/u.test(name);
}

/** The site named in a dateline at the start of the first paragraph, if any. */
export function datelineSite(paragraph: string): string | undefined {
  const dateline = /^(.{2,60}?)\s+[–—-]{1,2}\s+\S/u.exec(paragraph);
  if (!dateline) return undefined;
  const head = dateline[1].trim();
  const paren = /\(([^()]{2,30})\)$/.exec(head);
  if (paren) return siteShaped(paren[1].trim(), true) ? paren[1].trim() : undefined;
  const parts = head.split(',').map((p) => p.trim());
  const last = parts[parts.length - 1];
  // "SOLOK, Warta Minang –": after a city in capitals, a short capitalised name is the site.
  if (parts.length === 2 && /^[\p{Lu}\s.]+$/u.test(parts[0]) && /^[\p{Lu}][\p{L}\d.]*(?:\s[\p{Lu}][\p{L}\d.]*){0,2}$/u.test(last)) return last;
  return !last.includes(' ') && siteShaped(last, false) ? last : undefined;
}

function asHeading(block: TextBlock, previous: TextBlock | undefined, next: TextBlock | undefined): boolean {
  const text = block.text;
  return (
    block.kind === 'body' &&
    isHeadlineLike(text) &&
    text.length <= 100 &&
    wordsIn(text) >= 2 &&
    wordsIn(text) <= 14 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !/[:;,]$/.test(text) &&
    previous !== undefined &&
    isBodyLike(previous.text) &&
    next !== undefined &&
    next.kind === 'body' &&
    isBodyLike(next.text)
  );
}

export function findHeadline(input: readonly TextBlock[], rules: CompiledRules = DEFAULT_RULES): Headline {
  const blocks = input.map((b) => ({ ...b }));
  let title: string | undefined;

  // Breadcrumb glued to a headline that is repeated below it: drop the glued copy.
  const [first, second] = blocks;
  if (first && second && !first.text.includes('\n') && !second.text.includes('\n') && first.text !== second.text && first.text.endsWith(second.text) && first.text.length - second.text.length <= 150) {
    blocks.shift();
  } else if (first && !first.text.includes('\n')) {
    const headline = splitBreadcrumb(first.text, rules);
    if (headline === '') blocks.shift();
    else if (headline !== undefined) first.text = headline;
  }

  // The headline: the first headline-like line of three or more words before the story starts.
  // Shorter lines before it are menu items; lines between it and the story (a deck) stay.
  const window = Math.min(blocks.length, HEADLINE_WINDOW);
  let at = -1;
  for (let i = 0; i < window; i++) {
    const block = blocks[i];
    if (block.kind !== 'body') continue;
    if (isBodyLike(block.text)) break;
    if (isHeadlineLike(block.text) && wordsIn(block.text) >= 3) {
      at = i;
      break;
    }
  }
  if (at >= 0) {
    title = collapseSpace(blocks[at].text);
    const before = blocks.slice(0, at).filter((b) => !(b.kind === 'body' && isHeadlineLike(b.text) && wordsIn(b.text) < 3));
    blocks.splice(0, at + 1, ...before);
    const repeat = blocks.findIndex((b) => b.kind === 'body');
    if (repeat >= 0 && collapseSpace(blocks[repeat].text) === title) blocks.splice(repeat, 1);
  } else if (blocks[0] && blocks[0].kind === 'body' && !isBodyLike(blocks[0].text) && !blocks[0].text.includes('\n') && blocks[0].text.length <= 300) {
    // A short first line that is not a sentence is still the best headline there is.
    title = collapseSpace(blocks.shift()!.text);
  }

  const firstBody = blocks.find((b) => b.kind === 'body');
  const site = firstBody ? datelineSite(firstBody.text) : undefined;

  for (let i = 0; i < blocks.length; i++) {
    if (asHeading(blocks[i], blocks[i - 1], blocks[i + 1])) blocks[i].kind = 'heading';
  }
  return { title, blocks, site };
}
