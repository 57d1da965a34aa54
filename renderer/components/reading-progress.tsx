/**
 * How far an article has been read, as a thin bar under its title in the library. A meter (not a
 * progressbar: nothing is loading) with its value spoken as a percentage, e.g. "Read: 40%".
 */
import { useI18n } from '../i18n-context.js';

export function ReadingProgress({ value }: { value: number }) {
  const tr = useI18n();
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  const text = percent >= 100 ? tr.t('library.progress.done') : tr.t('library.progress.value', { percent });
  return (
    <span
      className="reading-progress"
      role="meter"
      aria-label={tr.t('library.progress.label')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text}
      title={text}
    >
      <span className="reading-progress-fill" style={{ width: `${percent}%` }} />
    </span>
  );
}
