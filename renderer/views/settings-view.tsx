/**
 * The Settings view (the header's Settings button, or Ctrl+,): one page of sections, each a heading
 * and its controls — Appearance (theme, language, text size: the same settings the header and the
 * reader's toolbar change), Dictionaries (renderer/settings/dictionary-settings.tsx), and whatever
 * the app adds through `extraSections` (e.g. Backups, built on another branch). A section is
 * { id, title, content }; the page lists them in order with a table of contents.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { MessageKey, PlainMessageKey } from '../../shared/i18n/index.js';
import { LOCALES } from '../../shared/i18n/index.js';
import type { Locale, Settings } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { FONT_SIZE } from '../font-size.js';
import { useI18n } from '../i18n-context.js';
import { DictionarySettings } from '../settings/dictionary-settings.js';
import { THEME_LABELS, type ThemePreference } from '../theme.js';
import { useShortcuts } from '../use-shortcuts.js';
import { BackToLibrary } from '../components/back-to-library.js';

export interface SettingsSection {
  /** Used for the section's anchor id: "settings-<id>". */
  id: string;
  title: PlainMessageKey;
  content: ReactNode;
}

interface SettingsViewProps {
  client: ApiClient;
  settings: Settings;
  /** The language in force (the setting, or the system's when it has none). */
  locale: Locale;
  onChange: (patch: Partial<Settings>) => void;
  onBack: () => void;
  readOnly: boolean;
  /** Sections after the built-in ones, in order (e.g. { id: 'backups', title: 'settings.backups', content: <BackupSettings … /> }). */
  extraSections?: readonly SettingsSection[];
}

const LANGUAGE_NAMES: Record<Locale, MessageKey> = { en: 'language.en', id: 'language.id' };

function AppearanceSettings({ settings, locale, onChange }: Pick<SettingsViewProps, 'settings' | 'locale' | 'onChange'>) {
  const tr = useI18n();
  const themeId = useId();
  const languageId = useId();
  const sizeId = useId();
  return (
    <div className="settings-fields">
      <label htmlFor={themeId}>{tr.t('settings.theme')}</label>
      <select id={themeId} className="select" value={settings.theme} onChange={(event) => onChange({ theme: event.target.value as ThemePreference })}>
        {(Object.keys(THEME_LABELS) as ThemePreference[]).map((theme) => (
          <option key={theme} value={theme}>
            {tr.t(THEME_LABELS[theme])}
          </option>
        ))}
      </select>
      <label htmlFor={languageId}>{tr.t('header.language')}</label>
      <select id={languageId} className="select" value={locale} onChange={(event) => onChange({ locale: event.target.value as Locale })}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {tr.t(LANGUAGE_NAMES[code] as PlainMessageKey)}
          </option>
        ))}
      </select>
      <label htmlFor={sizeId}>{tr.t('settings.fontSize')}</label>
      <input
        id={sizeId}
        className="input settings-number"
        type="number"
        min={FONT_SIZE.min}
        max={FONT_SIZE.max}
        value={settings.fontSize}
        onChange={(event) => {
          const size = Number(event.target.value);
          if (Number.isInteger(size) && size >= FONT_SIZE.min && size <= FONT_SIZE.max) onChange({ fontSize: size });
        }}
      />
    </div>
  );
}

export function SettingsView({ client, settings, locale, onChange, onBack, readOnly, extraSections = [] }: SettingsViewProps) {
  const tr = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = tr.t('settings.documentTitle');
    headingRef.current?.focus({ preventScroll: true });
  }, [tr]);
  useShortcuts({ back: onBack });

  const sections: SettingsSection[] = [
    { id: 'appearance', title: 'settings.appearance', content: <AppearanceSettings settings={settings} locale={locale} onChange={onChange} /> },
    { id: 'dictionaries', title: 'settings.dictionaries', content: <DictionarySettings client={client} settings={settings} onChange={onChange} readOnly={readOnly} /> },
    ...extraSections,
  ];

  return (
    <div className="settings">
      <nav className="reader-toolbar" aria-label={tr.t('settings.toolbar')}>
        <BackToLibrary onBack={onBack} />
      </nav>
      <h1 ref={headingRef} tabIndex={-1} className="settings-title">
        {tr.t('settings.title')}
      </h1>
      <nav className="settings-contents" aria-label={tr.t('settings.contents')}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a
                href={`#settings-${section.id}`}
                onClick={(event) => {
                  // Scroll without a history entry for the fragment.
                  event.preventDefault();
                  const target = document.getElementById(`settings-${section.id}`);
                  target?.scrollIntoView({ block: 'start' });
                  target?.querySelector('h2')?.focus({ preventScroll: true });
                }}
              >
                {tr.t(section.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.id} id={`settings-${section.id}`} className="settings-section" aria-labelledby={`settings-${section.id}-title`}>
          <h2 id={`settings-${section.id}-title`} tabIndex={-1}>
            {tr.t(section.title)}
          </h2>
          {section.content}
        </section>
      ))}
    </div>
  );
}
