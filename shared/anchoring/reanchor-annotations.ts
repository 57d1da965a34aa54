/**
 * After an article's text changes, every annotation is placed again (see anchor-annotation.ts).
 * Anchored ones get fresh selectors on the new text; the rest become orphans that keep their old
 * quote, so they can be listed and re-attached — never dropped, never moved onto the wrong words.
 */
import type { Annotation } from '../model.js';
import { anchorAnnotation } from './anchor-annotation.js';
import { describeSpan } from './describe-selectors.js';
import { normalizeForMatching } from './normalize-text.js';

export function reanchorAnnotations(text: string, annotations: readonly Annotation[]): Annotation[] {
  const normalized = normalizeForMatching(text);
  const placed = annotations.map((annotation): Annotation => {
    const [quote, position] = annotation.target.selector;
    const outcome = anchorAnnotation(text, quote, position, normalized);
    if (outcome.status === 'orphan') return { ...annotation, status: 'orphan' };
    return { ...annotation, status: 'anchored', target: { selector: describeSpan(text, outcome.start, outcome.end) } };
  });
  return sortInTextOrder(placed);
}

/** Text order: anchored annotations by position; orphans after them, oldest first. */
export function sortInTextOrder(annotations: Annotation[]): Annotation[] {
  return annotations.sort((a, b) => {
    if (a.status !== b.status) return a.status === 'orphan' ? 1 : -1;
    if (a.status === 'orphan') return a.created.localeCompare(b.created);
    return a.target.selector[1].start - b.target.selector[1].start || a.target.selector[1].end - b.target.selector[1].end;
  });
}
