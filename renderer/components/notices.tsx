/**
 * Shows app.info's notices (files Tandai repaired or could not open) once, until dismissed:
 * the user must learn about them, but they should not nag on every screen.
 */
import { useId } from 'react';
import { useI18n } from '../i18n-context.js';
import { Icon } from './icons.js';

export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss: () => void }) {
  const tr = useI18n();
  const headingId = useId();
  if (notices.length === 0) return null;
  return (
    <section className="notices" role="alert" aria-labelledby={headingId}>
      <Icon name="info" size={20} />
      <div className="notices-body">
        <h2 id={headingId} className="notices-heading">
          {tr.t('notices.heading')}
        </h2>
        <ul>
          {notices.map((notice, index) => (
            <li key={index}>{notice}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        {tr.t('common.dismiss')}
      </button>
    </section>
  );
}
