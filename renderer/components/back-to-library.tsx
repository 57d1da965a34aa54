/**
 * "Back to library" with its shortcut (Escape or Alt+←, the `back` shortcut): the way out of every page
 * opened from the library — the reader, settings, the trash and the tags page — written once.
 */
import { useI18n } from '../i18n-context.js';
import { shortcutHint } from '../shortcuts.js';
import { Icon } from './icons.js';

export function BackToLibrary({ onBack }: { onBack: () => void }) {
  const tr = useI18n();
  return (
    <button type="button" className="button button-quiet" onClick={onBack} aria-keyshortcuts="Escape Alt+ArrowLeft" title={`${tr.t('app.backToLibrary')} (${shortcutHint('back', tr)})`}>
      <Icon name="back" />
      {tr.t('app.backToLibrary')}
    </button>
  );
}
