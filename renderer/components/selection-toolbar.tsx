/**
 * The small toolbar that floats over selected text: Highlight (in the chosen colour), Add note,
 * Copy quote — or "Attach here" while an orphan waits for its new passage. A WAI-ARIA toolbar:
 * one tab stop, ←/→ move between its controls; the buttons never take the text selection away.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { HighlightColor } from '../../shared/model.js';
import { COLOR_LABELS, HIGHLIGHT_COLORS } from '../highlights/highlight-colors.js';
import type { SelectionBox } from '../highlights/use-text-selection.js';
import { useI18n } from '../i18n-context.js';

interface SelectionToolbarProps {
  box: SelectionBox;
  color: HighlightColor;
  onColor: (color: HighlightColor) => void;
  onHighlight: () => void;
  onNote: () => void;
  onCopy: () => void;
  /** Opens the translation editor for the selection. */
  onTranslate: () => void;
  /** Set while an orphan waits to be re-attached. */
  onAttach?: () => void;
}

const GAP = 8;

export function SelectionToolbar({ box, color, onColor, onHighlight, onNote, onCopy, onTranslate, onAttach }: SelectionToolbarProps) {
  const tr = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  // Above the selection's first line, centred on it; below its last line when there is no room above.
  useLayoutEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const { offsetWidth: width, offsetHeight: height } = toolbar;
    const container = toolbar.offsetParent as HTMLElement | null;
    const containerTop = container?.getBoundingClientRect().top ?? 0;
    const roomAbove = containerTop + box.top - height - GAP > 110;
    const top = roomAbove ? box.top - height - GAP : box.bottom + GAP;
    const maxLeft = (container?.clientWidth ?? window.innerWidth) - width;
    const left = Math.max(0, Math.min(maxLeft, (box.left + box.right) / 2 - width / 2));
    setPosition({ top, left });
  }, [box]);

  const keep = (event: { preventDefault(): void }) => event.preventDefault();

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    const items = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    event.preventDefault();
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : (at + (event.key === 'ArrowRight' ? 1 : -1) + items.length) % items.length;
    for (const item of items) item.tabIndex = -1;
    items[next].tabIndex = 0;
    items[next].focus();
  }

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={tr.t('highlights.selectionToolbar')}
      className="selection-toolbar"
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: box.top, left: box.left }}
      onMouseDown={keep}
      onKeyDown={onKeyDown}
    >
      {onAttach ? (
        <button type="button" className="toolbar-button toolbar-primary" tabIndex={0} onClick={onAttach}>
          {tr.t('highlights.attachHere')}
        </button>
      ) : (
        <>
          <button type="button" className="toolbar-button" tabIndex={0} aria-keyshortcuts="H" onClick={onHighlight}>
            <span className={`swatch swatch-${color}`} aria-hidden="true" />
            {tr.t('highlights.highlight')}
          </button>
          <span role="group" aria-label={tr.t('highlights.colour')} className="toolbar-swatches">
            {HIGHLIGHT_COLORS.map((name) => (
              <button
                key={name}
                type="button"
                tabIndex={-1}
                className="swatch-button"
                aria-label={tr.t(COLOR_LABELS[name])}
                title={tr.t(COLOR_LABELS[name])}
                aria-pressed={name === color}
                onClick={() => onColor(name)}
              >
                <span className={`swatch swatch-${name}`} aria-hidden="true" />
              </button>
            ))}
          </span>
          <button type="button" className="toolbar-button" tabIndex={-1} aria-keyshortcuts="N" onClick={onNote}>
            {tr.t('highlights.addNote')}
          </button>
          <button type="button" className="toolbar-button" tabIndex={-1} onClick={onCopy}>
            {tr.t('highlights.copyQuote')}
          </button>
          <button type="button" className="toolbar-button" tabIndex={-1} aria-keyshortcuts="T" onClick={onTranslate}>
            {tr.t('translation.translate')}
          </button>
        </>
      )}
    </div>
  );
}
