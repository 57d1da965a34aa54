/**
 * Runs an import of user-chosen files through articles.import, batch by batch, and keeps
 * what the library view shows about it: progress while it runs, a report when it is done.
 * Failures are kept as data, not sentences, so the report follows a language switch.
 */
import { useCallback, useRef, useState } from 'react';
import type { ApiClient } from './api-client.js';
import { errorText } from './error-text.js';
import { useI18n } from './i18n-context.js';
import { PROGRESS_THRESHOLD, fileToBase64, isTooLarge, planBatches } from './import-files.js';

export interface ImportProgress {
  done: number;
  total: number;
  /** Only imports of more than a handful of files get a progress bar. */
  showBar: boolean;
}

export type ImportFailure =
  | { file: string; kind: 'tooLarge' }
  | { file: string; kind: 'readFailed'; detail: string }
  | { file: string; kind: 'rejected'; message: string };

export interface ImportReport {
  imported: { id: string; title: string }[];
  failures: ImportFailure[];
}

export function useImport(client: ApiClient, onImported: () => Promise<void> | void) {
  const tr = useI18n();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const running = useRef(false);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0 || running.current) return;
      running.current = true;
      setReport(null);
      const total = files.length;
      const showBar = total > PROGRESS_THRESHOLD;
      const imported: ImportReport['imported'] = [];
      const failures: ImportFailure[] = [];
      let done = 0;
      setProgress({ done, total, showBar });
      try {
        const accepted: File[] = [];
        for (const file of files) {
          if (isTooLarge(file)) failures.push({ file: file.name, kind: 'tooLarge' });
          else accepted.push(file);
        }
        done = total - accepted.length;
        setProgress({ done, total, showBar });

        for (const batch of planBatches(accepted)) {
          const payload: { name: string; dataBase64: string }[] = [];
          for (const file of batch) {
            try {
              payload.push({ name: file.name, dataBase64: await fileToBase64(file) });
            } catch (error) {
              failures.push({ file: file.name, kind: 'readFailed', detail: error instanceof Error ? error.message : String(error) });
            }
          }
          if (payload.length > 0) {
            try {
              const { results } = await client.call('articles.import', { files: payload });
              for (const result of results) {
                if ('error' in result) failures.push({ file: result.file, kind: 'rejected', message: result.error });
                else imported.push({ id: result.id, title: result.title });
              }
            } catch (error) {
              const message = errorText(error, tr);
              for (const file of payload) failures.push({ file: file.name, kind: 'rejected', message });
            }
          }
          done += batch.length;
          setProgress({ done, total, showBar });
        }
        if (imported.length > 0) await onImported();
      } finally {
        running.current = false;
        setProgress(null);
        setReport({ imported, failures });
      }
    },
    [client, onImported, tr],
  );

  const dismissReport = useCallback(() => setReport(null), []);

  return { progress, report, importFiles, dismissReport };
}
