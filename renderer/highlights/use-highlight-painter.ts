/**
 * Keeps the marks in the article body in step with the annotations. Runs as a layout effect, right
 * after React has put the body's HTML in and before the browser paints, so the article never shows
 * without its highlights and the marks cost no extra layout. Only what changed is repainted.
 *
 * (Writing the marks into the HTML string before parsing was tried for the first paint: in Chromium
 * the parser spends as long creating the marks as the DOM calls do, so it bought nothing.)
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { paintHighlights, restyleHighlight, unpaintHighlight, type HighlightSpec } from './paint-highlights.js';

interface Painted {
  root: Element | null;
  html: string;
  specs: Map<string, HighlightSpec>;
}

function sameAttributes(a: HighlightSpec['attributes'], b: HighlightSpec['attributes']): boolean {
  const ka = Object.keys(a ?? {});
  const kb = Object.keys(b ?? {});
  return ka.length === kb.length && ka.every((k) => a?.[k] === b?.[k]);
}

interface PainterOptions {
  bodyRef: RefObject<HTMLElement | null>;
  /** The string the body was rendered from: when it changes, React has replaced the body and every mark with it. */
  html: string;
  specs: readonly HighlightSpec[];
  /** Runs after each paint pass (the render benchmark times the first). */
  onPainted?: () => void;
}

export function useHighlightPainter({ bodyRef, html, specs, onPainted }: PainterOptions): void {
  const painted = useRef<Painted>({ root: null, html: '', specs: new Map() });
  const onPaintedRef = useRef(onPainted);
  useLayoutEffect(() => {
    onPaintedRef.current = onPainted;
  });

  useLayoutEffect(() => {
    const root = bodyRef.current;
    if (!root) return;
    if (painted.current.root !== root || painted.current.html !== html) {
      painted.current = { root, html, specs: new Map() };
    }
    const done = painted.current.specs;
    const wanted = new Map(specs.map((spec) => [spec.id, spec]));
    for (const [id, old] of done) {
      const next = wanted.get(id);
      if (!next || next.start !== old.start || next.end !== old.end) {
        unpaintHighlight(root, id);
        done.delete(id);
      } else if (next.className !== old.className || !sameAttributes(next.attributes, old.attributes)) {
        restyleHighlight(root, next, old.attributes);
        done.set(id, next);
      }
    }
    const added = specs.filter((spec) => !done.has(spec.id));
    if (added.length > 0) {
      paintHighlights(root, added);
      for (const spec of added) done.set(spec.id, spec);
    }
    onPaintedRef.current?.();
  }, [bodyRef, html, specs]);
}
