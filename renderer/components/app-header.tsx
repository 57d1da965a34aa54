/**
 * The top bar (banner landmark): app name, language, theme and the shortcuts help —
 * the controls that belong to the whole app rather than to one view.
 */
import { useId } from 'react';
import type { Locale, Settings } from '../../shared/model.js';
import { LOCALES, type PlainMessageKey } from '../../shared/i18n/index.js';
import { useI18n } from '../i18n-context.js';
import { shortcutHint } from '../shortcuts.js';
import { THEME_LABELS } from '../theme.js';
import { Icon, Logo, type IconName } from './icons.js';

const THEME_ICONS: Record<Settings['theme'], IconName> = { system: 'system', light: 'sun', dark: 'moon' };
const LOCALE_NAMES: Record<Locale, PlainMessageKey> = { en: 'language.en', id: 'language.id' };

interface AppHeaderProps {
  theme: Settings['theme'];
  onToggleTheme: () => void;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  onShowShortcuts: () => void;
  onSkipToContent: () => void;
  /** The Glossary panel and the Settings view; the buttons show when these are given. */
  onShowGlossary?: () => void;
  onShowSettings?: () => void;
}

export function AppHeader({ theme, onToggleTheme, locale, onLocale, onShowShortcuts, onSkipToContent, onShowGlossary, onShowSettings }: AppHeaderProps) {
  const tr = useI18n();
  const selectId = useId();
  const themeName = tr.t('theme.button', { theme: tr.t(THEME_LABELS[theme]) });
  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus the main region ourselves: a real jump to #main would add a history entry.
          event.preventDefault();
          onSkipToContent();
        }}
      >
        {tr.t('app.skipToContent')}
      </a>
      <div className="brand">
        <Logo />
        <span className="brand-name">{tr.t('app.name')}</span>
      </div>
      <div className="header-actions">
        {onShowGlossary && (
          <button
            type="button"
            className="button button-quiet"
            aria-haspopup="dialog"
            aria-keyshortcuts="G"
            title={`${tr.t('glossary.open')} (${shortcutHint('glossary', tr)})`}
            onClick={onShowGlossary}
          >
            {tr.t('glossary.open')}
          </button>
        )}
        {onShowSettings && (
          <button
            type="button"
            className="button button-quiet"
            aria-keyshortcuts="Control+,"
            title={`${tr.t('settings.open')} (${shortcutHint('settings', tr)})`}
            onClick={onShowSettings}
          >
            {tr.t('settings.open')}
          </button>
        )}
        <label className="visually-hidden" htmlFor={selectId}>
          {tr.t('header.language')}
        </label>
        <select
          id={selectId}
          className="select"
          value={locale}
          title={tr.t('header.language')}
          onChange={(event) => onLocale(event.target.value as Locale)}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {tr.t(LOCALE_NAMES[code])}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-quiet"
          aria-label={themeName}
          title={tr.t('theme.hint', { shortcut: shortcutHint('toggleTheme', tr) })}
          onClick={onToggleTheme}
        >
          <Icon name={THEME_ICONS[theme]} />
          <span className="button-label" aria-hidden="true">
            {tr.t(THEME_LABELS[theme])}
          </span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={tr.t('header.shortcuts')}
          aria-haspopup="dialog"
          aria-keyshortcuts="Shift+? F1"
          title={`${tr.t('header.shortcuts')} (?)`}
          onClick={onShowShortcuts}
        >
          <Icon name="keyboard" />
        </button>
      </div>
    </header>
  );
}
