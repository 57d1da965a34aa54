/**
 * What an import is doing and what it did: a determinate progress bar while several files go in,
 * then a summary — how many were imported, and each file skipped with its reason in one sentence.
 * The summary sits in a live region that is always in the page, so it is announced when it appears.
 */
import type { Translator } from '../../shared/i18n/index.js';
import { useI18n } from '../i18n-context.js';
import { MAX_IMPORT_MB } from '../import-files.js';
import type { ImportOrigin, ImportProgress, ImportReport, SkippedItem } from '../use-import.js';
import { Icon } from './icons.js';

export function originName(file: string, origin: ImportOrigin, tr: Translator): string {
  if (origin === 'pastedText') return tr.t('import.pastedText');
  if (origin === 'pastedHtml') return tr.t('import.pastedHtml');
  return file;
}

function skippedText({ file, origin, reason }: SkippedItem, tr: Translator): string {
  const name = originName(file, origin, tr);
  switch (reason.kind) {
    case 'tooLarge':
      return tr.t('import.tooLarge', { file: name, size: (reason.size / (1024 * 1024)).toFixed(1), limit: MAX_IMPORT_MB });
    case 'readFailed':
      return tr.t('import.readFailed', { file: name, message: reason.detail });
    case 'duplicate':
      return origin === 'file'
        ? tr.t('import.skippedDuplicate', { file: name, title: reason.title })
        : tr.t('import.skippedDuplicatePaste', { title: reason.title });
    case 'rejected':
      // The importer's sentences already name the file.
      return reason.message;
  }
}

function noticeText(notice: NonNullable<ImportReport['notice']>, tr: Translator): string {
  switch (notice.kind) {
    case 'nothingFound':
      return tr.t('import.nothingFound');
    case 'clipboardEmpty':
      return tr.t('import.clipboardEmpty');
    case 'dropFailed':
      return tr.t('import.dropFailed', { message: notice.detail });
  }
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
  const skipped = report?.skipped ?? [];
  const hasProblems = skipped.length > 0 || Boolean(report?.notice);
  const hasContent = report !== null && (report.imported.length > 0 || hasProblems);
  const progressText = progress ? tr.t('import.progress', { done: progress.done, total: progress.total }) : '';
  return (
    <>
      {progress?.showBar && (
        <div className="import-progress">
          {/* A native <progress> is a progressbar; the aria-value* attributes spell it out for every reader. */}
          <progress
            max={progress.total}
            value={progress.done}
            aria-label={tr.t('import.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={progressText}
          />
          <span className="import-progress-text" aria-hidden="true">
            {progressText}
          </span>
        </div>
      )}
      <div role="status" aria-live="polite" aria-label={tr.t('import.resultsLabel')}>
        {hasContent && (
          <section className={`import-report${hasProblems ? ' has-failures' : ''}`} aria-label={tr.t('import.summaryLabel')}>
            <Icon name={hasProblems ? 'alert' : 'info'} size={20} />
            <div className="import-report-body">
              {report.notice && <p>{noticeText(report.notice, tr)}</p>}
              {report.imported.length === 0 && skipped.length > 0 && <p>{tr.t('import.noneImported')}</p>}
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
              {skipped.length > 0 && (
                <>
                  <p>{tr.plural('import.skipped', skipped.length)}</p>
                  <ul aria-label={tr.t('import.skippedList')}>
                    {skipped.map((item, index) => (
                      <li key={index}>{skippedText(item, tr)}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            <button type="button" className="icon-button" aria-label={tr.t('common.dismiss')} title={tr.t('common.dismiss')} onClick={onDismiss}>
              <Icon name="close" size={16} />
            </button>
          </section>
        )}
      </div>
    </>
  );
}
