/**
 * The note of a highlight, shown while the pointer rests on its marks. Screen readers get the same
 * note from the marks' aria-description, so this is for the eyes only.
 */
import { noteHtml } from '../highlights/render-note.js';
import type { SelectionBox } from '../highlights/use-text-selection.js';

export function NoteTooltip({ note, box }: { note: string; box: SelectionBox }) {
  return (
    <div
      role="tooltip"
      className="note-tooltip"
      style={{ top: box.bottom + 6, left: Math.max(0, box.left) }}
      dangerouslySetInnerHTML={{ __html: noteHtml(note) }}
    />
  );
}
