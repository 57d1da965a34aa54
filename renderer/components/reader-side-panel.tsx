/**
 * The column beside the article, with two tabs: the annotations (annotation-sidebar.tsx) and the
 * detected quotations (quotes-panel.tsx). A WAI-ARIA tab list: arrow keys move between the tabs,
 * and Shift+Q (handled by the reader) switches too.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n-context.js';

export type SideTab = 'annotations' | 'quotes';
const TABS: readonly SideTab[] = ['annotations', 'quotes'];

interface ReaderSidePanelProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  annotations: ReactNode;
  quotes: ReactNode;
}

export function ReaderSidePanel({ tab, onTab, annotations, quotes }: ReaderSidePanelProps) {
  const tr = useI18n();
  const baseId = useId();
  const refs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});
  const tabId = (t: SideTab) => `${baseId}-tab-${t}`;
  const panelId = (t: SideTab) => `${baseId}-panel-${t}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    const jump = event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS[TABS.length - 1] : null;
    const next = jump ?? (step ? TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] : null);
    if (!next) return;
    event.preventDefault();
    onTab(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="reader-side">
      <div className="side-tabs" role="tablist" aria-label={tr.t('quotes.sidePanel')} onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={tabId(t)}
            className="side-tab"
            aria-selected={tab === t}
            aria-controls={panelId(t)}
            aria-keyshortcuts={t === 'quotes' ? 'Shift+Q' : undefined}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => onTab(t)}
          >
            {tr.t(t === 'annotations' ? 'quotes.tabAnnotations' : 'quotes.tabQuotes')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="side-tabpanel">
        {tab === 'annotations' ? annotations : quotes}
      </div>
    </div>
  );
}
