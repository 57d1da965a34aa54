/**
 * Shows a <dialog> as a modal while `open` and closes it otherwise. Dialogs mounted only while needed
 * pass nothing and are shown on mount; those kept mounted pass their `open` prop. `onShown` runs right
 * after showModal (e.g. to put the focus somewhere else than the first control).
 */
import { useEffect, type RefObject } from 'react';

export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open = true, onShown?: () => void): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      onShown?.();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    // onShown is read when the dialog opens; a new function on every render must not reopen it.
  }, [ref, open]);
}
