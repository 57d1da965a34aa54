/**
 * Every keyboard shortcut in one table: the key handlers (use-shortcuts.ts) and the help dialog
 * both read it, so the dialog cannot list a shortcut that does not work, or miss one that does.
 */
import type { PlainMessageKey, Translator } from '../shared/i18n/index.js';

export type ShortcutScope = 'global' | 'library' | 'reader';

export type ShortcutId =
  | 'help'
  | 'toggleTheme'
  | 'undo'
  | 'importFiles'
  | 'pasteArticle'
  | 'pasteDialog'
  | 'editDetails'
  | 'filter'
  | 'openArticle'
  | 'deleteArticle'
  | 'moveSelection'
  | 'back'
  | 'larger'
  | 'smaller'
  | 'resetSize'
  | 'highlight'
  | 'addNote'
  | 'nextSentence'
  | 'previousSentence'
  | 'extendSentence'
  | 'undoAnnotation'
  | 'redoAnnotation'
  | 'translate'
  | 'lookupWord'
  | 'translationDisplay'
  | 'selectAll'
  | 'toggleSelection'
  | 'extendSelection'
  | 'showTrash'
  | 'showTags'
  | 'searchLibrary'
  | 'findInArticle'
  | 'findNext'
  | 'findPrevious'
  | 'keepQuote'
  | 'quotesPanel'
  | 'exportArticle'
  | 'exportLibrary'
  | 'glossary'
  | 'settings'
  | 'glossaryUnderline';

export interface KeyCombo {
  /** KeyboardEvent.key, compared case-insensitively. */
  key: string;
  /** Ctrl on Linux and Windows, ⌘ on macOS. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** For keys typed with Shift on some layouts and not on others ("?", "+"). */
  anyShift?: boolean;
}

export interface ShortcutSpec {
  id: ShortcutId;
  scope: ShortcutScope;
  label: PlainMessageKey;
  combos: readonly KeyCombo[];
  /**
   * 'window': use-shortcuts listens for it; 'list': the focused element handles it (the article table's rows, the reader's article body);
   * 'paste': the browser's paste event, which carries the clipboard without asking permission (use-paste-import.ts).
   */
  handledBy: 'window' | 'list' | 'paste';
  /** Whether it also fires while typing in a text field (only chords that cannot be text). */
  inTextFields?: boolean;
  /** Whether holding the keys down repeats it (text size does; toggles and dialogs do not). */
  repeatable?: boolean;
  /** Combos shown in the help dialog when they differ from the ones matched. */
  display?: readonly KeyCombo[];
}

export const SHORTCUTS: readonly ShortcutSpec[] = [
  { id: 'help', scope: 'global', label: 'shortcuts.help', handledBy: 'window', combos: [{ key: '?', anyShift: true }, { key: 'F1' }] },
  {
    id: 'toggleTheme',
    scope: 'global',
    label: 'shortcuts.toggleTheme',
    handledBy: 'window',
    inTextFields: true,
    combos: [{ key: 'l', mod: true, shift: true }],
  },
  { id: 'undo', scope: 'library', label: 'shortcuts.undo', handledBy: 'window', combos: [{ key: 'z', mod: true }] },
  {
    id: 'importFiles',
    scope: 'library',
    label: 'shortcuts.importFiles',
    handledBy: 'window',
    inTextFields: true,
    combos: [{ key: 'o', mod: true }],
  },
  // Import (renderer/use-import.ts). Ctrl+V is left to the browser, whose paste event brings the clipboard.
  { id: 'pasteArticle', scope: 'library', label: 'shortcuts.pasteArticle', handledBy: 'paste', combos: [{ key: 'v', mod: true }] },
  { id: 'pasteDialog', scope: 'library', label: 'shortcuts.pasteDialog', handledBy: 'window', combos: [{ key: 'v', mod: true, shift: true }] },
  { id: 'editDetails', scope: 'library', label: 'shortcuts.editDetails', handledBy: 'list', combos: [{ key: 'e' }, { key: 'F2' }] },
  { id: 'filter', scope: 'library', label: 'shortcuts.filter', handledBy: 'window', inTextFields: true, combos: [{ key: 'f', mod: true }] },
  { id: 'moveSelection', scope: 'library', label: 'shortcuts.moveSelection', handledBy: 'list', combos: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }, { key: 'Home' }, { key: 'End' }] },
  { id: 'openArticle', scope: 'library', label: 'shortcuts.openArticle', handledBy: 'list', combos: [{ key: 'Enter' }] },
  { id: 'deleteArticle', scope: 'library', label: 'shortcuts.deleteArticle', handledBy: 'list', combos: [{ key: 'Delete' }] },
  { id: 'back', scope: 'reader', label: 'shortcuts.back', handledBy: 'window', combos: [{ key: 'Escape' }, { key: 'ArrowLeft', alt: true }] },
  {
    id: 'larger',
    scope: 'reader',
    label: 'shortcuts.larger',
    handledBy: 'window',
    repeatable: true,
    combos: [{ key: '=', mod: true, anyShift: true }, { key: '+', mod: true, anyShift: true }],
    display: [{ key: '=', mod: true }],
  },
  {
    id: 'smaller',
    scope: 'reader',
    label: 'shortcuts.smaller',
    handledBy: 'window',
    repeatable: true,
    combos: [{ key: '-', mod: true, anyShift: true }, { key: '_', mod: true, anyShift: true }],
    display: [{ key: '-', mod: true }],
  },
  { id: 'resetSize', scope: 'reader', label: 'shortcuts.resetSize', handledBy: 'window', combos: [{ key: '0', mod: true }] },
  // Highlights (renderer/highlights/). H and N act on the selected text; J/K move the keyboard reading cursor.
  { id: 'highlight', scope: 'reader', label: 'shortcuts.highlight', handledBy: 'window', combos: [{ key: 'h' }] },
  { id: 'addNote', scope: 'reader', label: 'shortcuts.addNote', handledBy: 'window', combos: [{ key: 'n' }] },
  { id: 'nextSentence', scope: 'reader', label: 'shortcuts.nextSentence', handledBy: 'list', combos: [{ key: 'j' }, { key: 'ArrowDown', alt: true }] },
  { id: 'previousSentence', scope: 'reader', label: 'shortcuts.previousSentence', handledBy: 'list', combos: [{ key: 'k' }, { key: 'ArrowUp', alt: true }] },
  {
    id: 'extendSentence',
    scope: 'reader',
    label: 'shortcuts.extendSentence',
    handledBy: 'list',
    combos: [{ key: 'j', shift: true }, { key: 'k', shift: true }, { key: 'ArrowDown', alt: true, shift: true }, { key: 'ArrowUp', alt: true, shift: true }],
    display: [{ key: 'j', shift: true }, { key: 'ArrowDown', alt: true, shift: true }],
  },
  { id: 'undoAnnotation', scope: 'reader', label: 'shortcuts.undoAnnotation', handledBy: 'window', combos: [{ key: 'z', mod: true }] },
  {
    id: 'redoAnnotation',
    scope: 'reader',
    label: 'shortcuts.redoAnnotation',
    handledBy: 'window',
    combos: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }],
  },
  // Translation notes and word lookup (renderer/components/translation-editor.tsx, word-lookup-popup.tsx).
  { id: 'translate', scope: 'reader', label: 'shortcuts.translate', handledBy: 'window', combos: [{ key: 't' }] },
  { id: 'lookupWord', scope: 'reader', label: 'shortcuts.lookupWord', handledBy: 'window', combos: [{ key: 'd' }] },
  { id: 'translationDisplay', scope: 'reader', label: 'shortcuts.translationDisplay', handledBy: 'window', combos: [{ key: 't', shift: true }] },
  // Library at scale (renderer/components/article-table.tsx, views/trash-view.tsx, views/tags-view.tsx) and search
  // (components/search-dialog.tsx, components/find-bar.tsx).
  { id: 'selectAll', scope: 'library', label: 'shortcuts.selectAll', handledBy: 'window', combos: [{ key: 'a', mod: true }] },
  { id: 'toggleSelection', scope: 'library', label: 'shortcuts.toggleSelection', handledBy: 'list', combos: [{ key: ' ' }], display: [{ key: 'Space' }] },
  {
    id: 'extendSelection',
    scope: 'library',
    label: 'shortcuts.extendSelection',
    handledBy: 'list',
    combos: [{ key: 'ArrowDown', shift: true }, { key: 'ArrowUp', shift: true }],
  },
  { id: 'showTrash', scope: 'library', label: 'shortcuts.showTrash', handledBy: 'window', combos: [{ key: 'Delete', mod: true, shift: true }] },
  { id: 'showTags', scope: 'library', label: 'shortcuts.showTags', handledBy: 'window', combos: [{ key: 'g', mod: true, shift: true }] },
  { id: 'searchLibrary', scope: 'global', label: 'shortcuts.searchLibrary', handledBy: 'window', inTextFields: true, combos: [{ key: 'k', mod: true }] },
  { id: 'findInArticle', scope: 'reader', label: 'shortcuts.findInArticle', handledBy: 'window', inTextFields: true, combos: [{ key: 'f', mod: true }] },
  { id: 'findNext', scope: 'reader', label: 'shortcuts.findNext', handledBy: 'list', combos: [{ key: 'Enter' }, { key: 'F3' }] },
  { id: 'findPrevious', scope: 'reader', label: 'shortcuts.findPrevious', handledBy: 'list', combos: [{ key: 'Enter', shift: true }, { key: 'F3', shift: true }] },
  // Quotations (renderer/components/quotes-panel.tsx): Q keeps the selected quotation, Shift+Q shows the panel.
  { id: 'keepQuote', scope: 'reader', label: 'shortcuts.keepQuote', handledBy: 'window', combos: [{ key: 'q' }] },
  { id: 'quotesPanel', scope: 'reader', label: 'shortcuts.quotesPanel', handledBy: 'window', combos: [{ key: 'q', shift: true }] },
  // Export (renderer/components/export-dialog.tsx).
  { id: 'exportArticle', scope: 'reader', label: 'shortcuts.exportArticle', handledBy: 'window', combos: [{ key: 'e', mod: true }] },
  { id: 'exportLibrary', scope: 'library', label: 'shortcuts.exportLibrary', handledBy: 'window', combos: [{ key: 'e', mod: true }] },
  // The personal glossary (components/glossary-panel.tsx), its underlines in the reader, and the Settings view.
  { id: 'glossary', scope: 'global', label: 'shortcuts.glossary', handledBy: 'window', combos: [{ key: 'g' }] },
  { id: 'settings', scope: 'global', label: 'shortcuts.settings', handledBy: 'window', inTextFields: true, combos: [{ key: ',', mod: true }] },
  { id: 'glossaryUnderline', scope: 'reader', label: 'shortcuts.glossaryUnderline', handledBy: 'window', combos: [{ key: 'u' }] },
];

export function shortcutSpec(id: ShortcutId): ShortcutSpec {
  const spec = SHORTCUTS.find((s) => s.id === id);
  if (!spec) throw new Error(`No shortcut called ${id}`);
  return spec;
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function matchesCombo(event: KeyboardEvent, combo: KeyCombo): boolean {
  if (event.key.toLowerCase() !== combo.key.toLowerCase()) return false;
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  const otherMod = IS_MAC ? event.ctrlKey : event.metaKey;
  if (mod !== Boolean(combo.mod) || otherMod) return false;
  if (event.altKey !== Boolean(combo.alt)) return false;
  if (!combo.anyShift && event.shiftKey !== Boolean(combo.shift)) return false;
  return true;
}

export function matchesShortcut(event: KeyboardEvent, spec: ShortcutSpec): boolean {
  return spec.combos.some((combo) => matchesCombo(event, combo));
}

const KEY_NAMES: Record<string, PlainMessageKey> = {
  Delete: 'keys.delete',
  Enter: 'keys.enter',
  Escape: 'keys.escape',
  Home: 'keys.home',
  End: 'keys.end',
  Space: 'keys.space',
};
const KEY_SYMBOLS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/** The keys of one combo as the user reads them on the keyboard: ["Ctrl", "Shift", "L"]. */
export function comboKeys(combo: KeyCombo, tr: Translator): string[] {
  const keys: string[] = [];
  if (combo.mod) keys.push(IS_MAC ? '⌘' : tr.t('keys.ctrl'));
  if (combo.alt) keys.push(IS_MAC ? '⌥' : tr.t('keys.alt'));
  if (combo.shift) keys.push(IS_MAC ? '⇧' : tr.t('keys.shift'));
  const named = KEY_NAMES[combo.key];
  keys.push(named ? tr.t(named) : (KEY_SYMBOLS[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key)));
  return keys;
}

/** "Ctrl+Shift+L", for tooltips. */
export function shortcutHint(id: ShortcutId, tr: Translator): string {
  const spec = shortcutSpec(id);
  const combo = (spec.display ?? spec.combos)[0];
  return comboKeys(combo, tr).join(IS_MAC ? '' : '+');
}
