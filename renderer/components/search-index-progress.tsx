/**
 * The search index being built (first launch of a large library, or after the index went missing):
 * a determinate bar "Building the search index: 2,400 of 10,000 articles", fed by search.status.
 * It polls only while the index is building, and shows only once the build has lasted a moment,
 * so a small library never flashes a bar.
 */
import { useEffect, useState } from 'react';
import type { Result } from '../../shared/api.js';
import type { ApiClient } from '../api-client.js';
import { useI18n } from '../i18n-context.js';

type Status = Result<'search.status'>;

const POLL_MS = 400;
const SHOW_AFTER_MS = 500;

/** search.status, polled while building; null until the first answer (or when status is unavailable). */
export function useSearchStatus(client: ApiClient, active = true): Status | null {
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    let cancelled = false;
    let timer: number | undefined;
    const poll = () => {
      client.call('search.status', {}).then(
        (next) => {
          if (cancelled) return;
          setStatus(next);
          if (next.building) timer = window.setTimeout(poll, POLL_MS);
        },
        () => undefined, // No status: search still works, there is just no bar.
      );
    };
    poll();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, active]);
  return status;
}

/**
 * `minTotal`: below this many articles the bar stays hidden (the library view's bar is for the first launch
 * of a large library; a small one is indexed in moments, and the index also counts as "building" while the
 * saved one waits to be loaded a few seconds after start-up).
 */
export function SearchIndexProgress({ status, minTotal = 0 }: { status: Status | null; minTotal?: number }) {
  const tr = useI18n();
  const building = status?.building === true && status.total >= minTotal;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!building) {
      setShown(false);
      return undefined;
    }
    const timer = window.setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [building]);
  if (!status || !building || !shown) return null;
  const total = Math.max(status.total, 1);
  const text = tr.t('search.building', { indexed: status.indexed, total: status.total });
  return (
    <div className="index-progress">
      <div
        className="index-progress-bar"
        role="progressbar"
        aria-label={tr.t('search.buildingLabel')}
        aria-valuemin={0}
        aria-valuemax={status.total}
        aria-valuenow={status.indexed}
        aria-valuetext={text}
      >
        <span className="index-progress-fill" style={{ width: `${Math.min(100, (status.indexed / total) * 100)}%` }} />
      </div>
      <span className="index-progress-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
