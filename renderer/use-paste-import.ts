/**
 * Ctrl+V anywhere in the library (outside a text field or a dialog) imports what was copied. It
 * listens for the paste event rather than the keys: the event carries the clipboard's flavours with
 * no permission to ask, which matters in Electron, where every permission request is refused.
 */
import { useEffect, useRef } from 'react';
import { payloadFromDataTransfer, type ClipboardPayload } from './read-clipboard.js';
import { isTextField } from './use-shortcuts.js';

/** `onPaste` gets null when the clipboard held nothing to import. */
export function usePasteImport(onPaste: (payload: ClipboardPayload | null) => void, enabled: boolean): void {
  const handler = useRef(onPaste);
  useEffect(() => {
    handler.current = onPaste;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    function listener(event: ClipboardEvent) {
      if (event.defaultPrevented || !event.clipboardData) return;
      if (isTextField(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      handler.current(payloadFromDataTransfer(event.clipboardData));
    }
    document.addEventListener('paste', listener);
    return () => document.removeEventListener('paste', listener);
  }, [enabled]);
}
