/**
 * Settings as the UI sees them: changed at once on screen, saved through settings.update in
 * the order they were made (one at a time), so a burst of text-size clicks ends on the last value.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../shared/model.js';
import type { ApiClient } from './api-client.js';

export function useSettings(client: ApiClient, initial: Settings, onSaveError: (error: unknown) => void) {
  const [settings, setSettings] = useState(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const onSaveErrorRef = useRef(onSaveError);
  useEffect(() => {
    onSaveErrorRef.current = onSaveError;
  });

  const update = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((current) => ({ ...current, ...patch }));
      queue.current = queue.current
        .then(() => client.call('settings.update', patch))
        .catch((error: unknown) => onSaveErrorRef.current(error));
    },
    [client],
  );

  return [settings, update] as const;
}
