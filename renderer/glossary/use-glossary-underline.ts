/**
 * Underlines the personal glossary's terms in the article (inflected forms too: the API finds them
 * through the stemmer) and shows a term's translation while the pointer rests on it. Drawn with the
 * CSS Custom Highlight API, so the article's DOM is untouched: the highlight marks, the selection and
 * every offset stay exactly as the highlight painter left them. Ranges are rebuilt after each paint
 * (moving Text nodes into marks would collapse live ranges). Screen readers get the same terms as a
 * list beside the article (see article-reader.tsx).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import type { Result } from '../../shared/api.js';
import type { ApiClient } from '../api-client.js';
import { useGlossaryVersion } from '../glossary-events.js';
import { buildTextMap, pointToOffset, spanToRange, type TextMap } from '../highlights/text-map.js';
import type { SelectionBox } from '../highlights/use-text-selection.js';

export const GLOSSARY_HIGHLIGHT = 'tandai-glossary';

export type GlossaryMatch = Result<'glossary.match'>['matches'][number];

export interface GlossaryTip {
  match: GlossaryMatch;
  box: SelectionBox;
}

interface Options {
  client: ApiClient;
  articleId: string;
  /** The article's text: when it changes (Edit text), the terms are found again. */
  text: string;
  enabled: boolean;
  bodyRef: RefObject<HTMLElement | null>;
  containerRef: RefObject<HTMLElement | null>;
  /** Changes whenever the body or its marks were repainted. */
  paintKey: unknown;
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** The match holding `offset` (matches are in text order and do not overlap). */
function matchAt(matches: readonly GlossaryMatch[], offset: number): GlossaryMatch | undefined {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid];
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

export function useGlossaryUnderline({ client, articleId, text, enabled, bodyRef, containerRef, paintKey }: Options) {
  const version = useGlossaryVersion();
  const [matches, setMatches] = useState<GlossaryMatch[]>([]);
  const [tip, setTip] = useState<GlossaryTip | null>(null);
  const mapRef = useRef<TextMap | null>(null);

  useEffect(() => {
    if (!enabled) {
      setMatches([]);
      return undefined;
    }
    let cancelled = false;
    client.call('glossary.match', { articleId }).then(
      (result) => !cancelled && setMatches(result.matches),
      () => !cancelled && setMatches([]), // Underlines are an aid; the article reads the same without them.
    );
    return () => {
      cancelled = true;
    };
  }, [client, articleId, text, enabled, version]);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    mapRef.current = null;
    if (!highlightsSupported()) return undefined;
    if (!body || matches.length === 0) {
      CSS.highlights.delete(GLOSSARY_HIGHLIGHT);
      return undefined;
    }
    const map = buildTextMap(body);
    mapRef.current = map;
    const ranges = matches.map((m) => spanToRange(map, m)).filter((r): r is Range => r !== null);
    CSS.highlights.set(GLOSSARY_HIGHLIGHT, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(GLOSSARY_HIGHLIGHT);
    };
  }, [bodyRef, matches, paintKey]);

  const onMouseMove = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const map = mapRef.current;
      const container = containerRef.current;
      if (!map || !container || matches.length === 0) return;
      const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      const match = caret ? matchAt(matches, pointToOffset(map, caret.offsetNode, caret.offset)) : undefined;
      const range = match ? spanToRange(map, match) : null;
      const rect = range ? Array.from(range.getClientRects()).find((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom) : undefined;
      if (!match || !range || !rect) {
        setTip((current) => (current ? null : current));
        return;
      }
      const origin = container.getBoundingClientRect();
      setTip((current) =>
        current?.match === match ? current : { match, box: { top: rect.top - origin.top, bottom: rect.bottom - origin.top, left: rect.left - origin.left, right: rect.right - origin.left } },
      );
    },
    [matches, containerRef],
  );

  const hide = useCallback(() => setTip(null), []);

  return { matches, tip, onMouseMove, hide };
}
