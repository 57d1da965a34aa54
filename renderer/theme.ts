/**
 * Light, dark or follow the system. The stylesheet does the work (color-scheme + light-dark()),
 * so "system" needs no JavaScript listener: the page only says which preference is in force.
 */
import type { PlainMessageKey } from '../shared/i18n/index.js';
import type { Settings } from '../shared/model.js';

export type ThemePreference = Settings['theme'];

const ORDER: readonly ThemePreference[] = ['system', 'light', 'dark'];

export const THEME_LABELS: Record<ThemePreference, PlainMessageKey> = {
  system: 'theme.system',
  light: 'theme.light',
  dark: 'theme.dark',
};

export function nextTheme(theme: ThemePreference): ThemePreference {
  return ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length];
}

/** Sets <html data-theme="system|light|dark">; styles.css maps it to color-scheme. */
export function applyTheme(theme: ThemePreference): void {
  document.documentElement.dataset.theme = theme;
}
