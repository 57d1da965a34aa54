/**
 * One choice in the Ctrl+K results list, article passage or glossary hit alike: an ARIA option the
 * keyboard moves through (the input keeps the focus, so a click must not take it), and the snippet
 * with its matched words marked — as React elements, never as HTML.
 */
import type { ReactNode } from 'react';
import { snippetSegments } from '../../shared/library/snippet-segments.js';

interface SearchOptionProps {
  id: string;
  active: boolean;
  onHover: () => void;
  onChoose: () => void;
  children: ReactNode;
}

export function SearchOption({ id, active, onHover, onChoose, children }: SearchOptionProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'search-option is-active' : 'search-option'}
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={onHover}
      onClick={onChoose}
    >
      {children}
    </div>
  );
}

/** A snippet with the ranges the search matched in <mark>. */
export function MarkedSnippet({ snippet, highlights }: { snippet: string; highlights: Parameters<typeof snippetSegments>[1] }) {
  return (
    <>
      {snippetSegments(snippet, highlights).map((segment, index) =>
        segment.highlighted ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
