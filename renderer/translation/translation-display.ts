/**
 * Where translation notes show: under their passage (interlinear), only in the margin (the sidebar
 * cards), or nowhere. The choice is remembered per machine; the interlinear text is drawn by CSS from
 * a data attribute on the block that holds the end of the passage, so the article's text (and every
 * offset the marks and the selection depend on) stays exactly the canonical text.
 */
import type { Annotation } from '../../shared/model.js';
import { buildTextMap, offsetToPoint } from '../highlights/text-map.js';

export type TranslationDisplay = 'interlinear' | 'margin' | 'hidden';
export const TRANSLATION_DISPLAYS: readonly TranslationDisplay[] = ['interlinear', 'margin', 'hidden'];

const STORAGE_KEY = 'tandai.translationDisplay';
export const TRANSLATION_ATTRIBUTE = 'data-translation';
const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, td, th, dd, dt, figcaption';

export function rememberedDisplay(): TranslationDisplay {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return TRANSLATION_DISPLAYS.includes(stored as TranslationDisplay) ? (stored as TranslationDisplay) : 'interlinear';
  } catch {
    return 'interlinear';
  }
}

export function rememberDisplay(display: TranslationDisplay): void {
  try {
    localStorage.setItem(STORAGE_KEY, display);
  } catch {
    // Private storage unavailable: the choice lasts for this session only.
  }
}

export function nextDisplay(display: TranslationDisplay): TranslationDisplay {
  return TRANSLATION_DISPLAYS[(TRANSLATION_DISPLAYS.indexOf(display) + 1) % TRANSLATION_DISPLAYS.length];
}

/** Puts each anchored annotation's translation on the block holding the end of its passage (several join, in text order). */
export function paintTranslations(root: HTMLElement, annotations: readonly Annotation[]): void {
  for (const el of Array.from(root.querySelectorAll(`[${TRANSLATION_ATTRIBUTE}]`))) el.removeAttribute(TRANSLATION_ATTRIBUTE);
  const withText = annotations.filter((a) => a.status === 'anchored' && a.translation?.text.trim());
  if (withText.length === 0) return;
  const map = buildTextMap(root);
  const byBlock = new Map<Element, string[]>();
  for (const annotation of withText) {
    const { start, end } = annotation.target.selector[1];
    const point = offsetToPoint(map, Math.max(start, end - 1), 'forward');
    let block: Element | null = point?.node.parentElement?.closest(BLOCKS) ?? null;
    if (block && !root.contains(block)) block = null;
    if (!block) {
      // No block element: the body's child that holds the point.
      let node: Node | null = point?.node ?? null;
      while (node && node.parentNode !== root) node = node.parentNode;
      block = node instanceof Element ? node : null;
    }
    if (!block) continue;
    const list = byBlock.get(block) ?? [];
    list.push(annotation.translation!.text.trim());
    byBlock.set(block, list);
  }
  for (const [block, texts] of byBlock) block.setAttribute(TRANSLATION_ATTRIBUTE, texts.join('\n'));
}
