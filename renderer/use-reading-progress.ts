/**
 * Remembers how far an article was read: restores the place when it opens (unless a search result
 * asked for a passage), and saves the place while reading — debounced, so scrolling sends at most one
 * articles.setProgress a second — and once more on leaving. Opening counts as reading (lastOpenedAt),
 * which the library's "Recent" sort uses. A read-only library simply does not remember.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ApiClient } from './api-client.js';
import { readingProgress, scrollToProgress } from './reading-position.js';

const SAVE_AFTER_MS = 800;
/** Changes smaller than this are not worth a write. */
const MIN_CHANGE = 0.005;

interface Options {
  client: ApiClient;
  articleId: string;
  bodyRef: { current: HTMLElement | null };
  /** The stored progress (0..1) when the article was loaded. */
  initial: number;
  /** False until the body has been painted (its height is known). */
  ready: boolean;
  /** True when the article opens at a passage (a search result): the stored place is not restored. */
  skipRestore: boolean;
  onSaved: (id: string, fields: { readingProgress: number; lastOpenedAt: string }) => void;
}

export function useReadingProgress({ client, articleId, bodyRef, initial, ready, skipRestore, onSaved }: Options): void {
  const saved = useRef(initial);
  const latest = useRef(initial);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  // A layout effect, so its clean-up still sees the body in the page when the reader closes.
  useLayoutEffect(() => {
    if (!ready) return undefined;
    const body = bodyRef.current;
    if (!body) return undefined;
    if (!skipRestore && initial > 0) scrollToProgress(body, initial);

    let timer: number | undefined;
    let frame = 0;
    const save = (progress: number) => {
      saved.current = progress;
      client.call('articles.setProgress', { id: articleId, progress }).then(
        (result) => onSavedRef.current(articleId, { readingProgress: result.readingProgress, lastOpenedAt: result.lastOpenedAt }),
        () => undefined, // Read-only or gone: the place is not remembered, nothing else is lost.
      );
    };
    // Opening is reading: this also stamps lastOpenedAt.
    save(initial);

    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (bodyRef.current) latest.current = readingProgress(bodyRef.current);
      });
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (Math.abs(latest.current - saved.current) >= MIN_CHANGE) save(latest.current);
      }, SAVE_AFTER_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
      cancelAnimationFrame(frame);
      // Leaving: keep the last place seen (an article that fits the window counts as read).
      const last = bodyRef.current ? readingProgress(bodyRef.current) : latest.current;
      if (Math.abs(last - saved.current) >= MIN_CHANGE) save(last);
    };
    // Runs once per article, when it is ready.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, articleId]);
}
