/**
 * The five highlight colours by name, their labels and the CSS classes marks and swatches use.
 * The hues themselves live in styles.css (one set per theme), so the data only ever stores names.
 */
import type { PlainMessageKey } from '../../shared/i18n/index.js';
import { HIGHLIGHT_COLORS } from '../../shared/model-constants.js';
import type { HighlightColor } from '../../shared/model.js';

export { HIGHLIGHT_COLORS, type HighlightColor };

export const COLOR_LABELS: Record<HighlightColor, PlainMessageKey> = {
  yellow: 'highlights.color.yellow',
  orange: 'highlights.color.orange',
  blue: 'highlights.color.blue',
  green: 'highlights.color.green',
  purple: 'highlights.color.purple',
};

export function markClassName(color: HighlightColor): string {
  return `hl hl-${color}`;
}

const STORAGE_KEY = 'tandai.highlightColor';

/** The colour the user picked last (kept in this window's storage; it is a UI preference, not data). */
export function rememberedColor(): HighlightColor {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored && (HIGHLIGHT_COLORS as readonly string[]).includes(stored)) return stored as HighlightColor;
  } catch {
    // Storage may be unavailable; yellow it is.
  }
  return 'yellow';
}

export function rememberColor(color: HighlightColor): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, color);
  } catch {
    // Not remembering a colour is no reason to fail a highlight.
  }
}
