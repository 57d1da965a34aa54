/**
 * A search snippet cut into plain and highlighted pieces, from the match ranges the search returns,
 * so the UI builds <mark> elements from text (never HTML from the index). Ranges may overlap, touch,
 * come unsorted or run past the snippet; the pieces always join back to exactly the snippet.
 */

export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

export function snippetSegments(snippet: string, ranges: readonly { start: number; end: number }[]): SnippetSegment[] {
  const clean = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, snippet.length)), end: Math.max(0, Math.min(end, snippet.length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of clean) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: SnippetSegment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: snippet.slice(at, start), highlighted: false });
    segments.push({ text: snippet.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < snippet.length) segments.push({ text: snippet.slice(at), highlighted: false });
  return segments;
}
