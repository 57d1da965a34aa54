/**
 * The pointer on highlights: hovering a mark shows its note (a tooltip beside the mark), clicking one
 * hands its id to the caller (which focuses the card). Link clicks inside the body open outside the app.
 */
import { useCallback, useState, type MouseEvent, type RefObject } from 'react';
import type { Annotation } from '../../shared/model.js';
import { onLinkActivate } from '../open-external.js';
import { MARK_ATTRIBUTE } from './paint-highlights.js';
import type { SelectionBox } from './use-text-selection.js';

export interface NoteTip {
  id: string;
  note: string;
  box: SelectionBox;
}

function markUnder(event: MouseEvent<HTMLElement>): HTMLElement | null {
  return (event.target as Element).closest<HTMLElement>(`mark[${MARK_ATTRIBUTE}]`);
}

function boxRelativeTo(element: Element, container: Element): SelectionBox {
  const rect = element.getBoundingClientRect();
  const origin = container.getBoundingClientRect();
  return { top: rect.top - origin.top, bottom: rect.bottom - origin.top, left: rect.left - origin.left, right: rect.right - origin.left };
}

export function useMarkPointer(containerRef: RefObject<HTMLElement | null>, annotations: readonly Annotation[], onMarkClick: (id: string) => void) {
  const [tip, setTip] = useState<NoteTip | null>(null);

  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      onLinkActivate(event);
      const id = markUnder(event)?.getAttribute(MARK_ATTRIBUTE);
      const selection = document.getSelection();
      // The end of a drag that selected text is not a click on a mark.
      if (id && (!selection || selection.isCollapsed)) onMarkClick(id);
    },
    [onMarkClick],
  );

  const onMouseOver = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const mark = markUnder(event);
      const id = mark?.getAttribute(MARK_ATTRIBUTE);
      const note = id ? annotations.find((a) => a.id === id)?.note : undefined;
      const container = containerRef.current;
      if (!mark || !id || !note || !container) {
        setTip((current) => (current ? null : current));
        return;
      }
      setTip((current) => (current?.id === id ? current : { id, note, box: boxRelativeTo(mark, container) }));
    },
    [annotations, containerRef],
  );

  const hide = useCallback(() => setTip(null), []);

  return { tip, onClick, onMouseOver, onMouseLeave: hide, hide };
}
