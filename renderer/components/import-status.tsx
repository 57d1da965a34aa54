/**
 * What an import is doing and what it did: a determinate progress bar for larger imports,
 * then a report with the count imported and one line per file that failed, with the reason.
 */
import type { ImportFailure, ImportProgress, ImportReport } from '../use-import.js';
import type { Translator } from '../../shared/i18n/index.js';
import { useI18n } from '../i18n-context.js';
import { MAX_IMPORT_MB } from '../import-files.js';
import { Icon } from './icons.js';

function failureText(failure: ImportFailure, tr: Translator): string {
  const message =
    failure.kind === 'tooLarge'
      ? tr.t('import.tooLarge', { limit: MAX_IMPORT_MB })
      : failure.kind === 'readFailed'
        ? tr.t('import.readFailed', { message: failure.detail })
        : failure.message;
  return tr.t('import.fileError', { file: failure.file, message });
}

interface ImportStatusProps {
  progress: ImportProgress | null;
  report: ImportReport | null;
  onDismiss: () => void;
  onOpen: (id: string) => void;
}

export function ImportStatus({ progress, report, onDismiss, onOpen }: ImportStatusProps) {
  const tr = useI18n();
  const single = report?.imported.length === 1 ? report.imported[0] : null;
  const hasFailures = (report?.failures.length ?? 0) > 0;
  return (
    <>
      {progress?.showBar && (
        <div className="import-progress">
          <progress
            max={progress.total}
            value={progress.done}
            aria-label={tr.t('import.progressLabel')}
            aria-valuetext={tr.t('import.progress', { done: progress.done, total: progress.total })}
          />
          <span className="import-progress-text">{tr.t('import.progress', { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {/* Always in the page, so each report is announced when it appears. */}
      <div role="status" aria-live="polite" aria-label={tr.t('import.resultsLabel')}>
        {report && (report.imported.length > 0 || hasFailures) && (
          <div className={`import-report${hasFailures ? ' has-failures' : ''}`}>
            <Icon name={hasFailures ? 'alert' : 'info'} size={20} />
            <div className="import-report-body">
              {report.imported.length > 0 && (
                <p>
                  {tr.plural('import.done', report.imported.length)}
                  {single && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => onOpen(single.id)}>
                        {tr.t('import.open', { title: single.title })}
                      </button>
                    </>
                  )}
                </p>
              )}
              {hasFailures && (
                <>
                  <p>{tr.plural('import.failed', report.failures.length)}</p>
                  <ul>
                    {report.failures.map((failure, index) => (
                      <li key={index}>{failureText(failure, tr)}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label={tr.t('common.dismiss')}
              title={tr.t('common.dismiss')}
              onClick={onDismiss}
            >
              <Icon name="close" size={16} />
            </button>
          </div>
        )}
      </div>
    </>
  );
}
