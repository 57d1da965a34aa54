/**
 * Binds handlers to the shortcuts of shortcuts.ts for as long as a component is mounted.
 * One window listener per caller; handlers are read through a ref so they may change every render.
 */
import { useEffect, useRef } from 'react';
import { SHORTCUTS, matchesShortcut, type ShortcutId } from './shortcuts.js';

export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

/** Where typed keys (and a paste) are text for the field, not commands. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'file', 'color'].includes(target.type);
  }
  return false;
}

export function useShortcuts(handlers: ShortcutHandlers, enabled = true): void {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      // A modal dialog owns the keyboard while it is open (it closes itself on Escape).
      if (document.querySelector('dialog[open]')) return;
      const inTextField = isTextField(event.target);
      for (const spec of SHORTCUTS) {
        if (spec.handledBy !== 'window') continue;
        const handler = handlersRef.current[spec.id];
        if (!handler || (inTextField && !spec.inTextFields) || !matchesShortcut(event, spec)) continue;
        event.preventDefault();
        if (!event.repeat || spec.repeatable) handler();
        return;
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
