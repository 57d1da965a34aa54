/**
 * Settings → Dictionaries: each dictionary's name, source, licence, entry count and direction; a
 * checkbox to use it or not and Move up / Move down (or Alt+↑/↓ on its row) to order the entries a
 * lookup lists; the Indonesian root list in use; and dictionaries installed on the system that are not
 * in the library yet, offered for import. Enabled and order are kept in settings.json and honoured by
 * dictionary.lookup (shared/dictionary/dictionary-preferences.ts arranges both sides the same way).
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Result } from '../../shared/api.js';
import { arrangeDictionaries, moveInOrder } from '../../shared/dictionary/dictionary-preferences.js';
import type { Settings } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';

type Listed = Result<'dictionary.list'>;

interface DictionarySettingsProps {
  client: ApiClient;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  readOnly: boolean;
}

export function DictionarySettings({ client, settings, onChange, readOnly }: DictionarySettingsProps) {
  const tr = useI18n();
  const [listed, setListed] = useState<Listed | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [importing, setImporting] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const rowRefs = useRef(new Map<string, HTMLElement>());
  /** After a move: the dictionary that moved and which of its controls had the focus (-1: the row). */
  const [refocus, setRefocus] = useState<{ id: string; control: number } | null>(null);

  const load = useCallback(() => {
    client.call('dictionary.list', {}).then(
      (value) => {
        setListed(value);
        setFailed(null);
      },
      (error: unknown) => setFailed(errorText(error, tr)),
    );
  }, [client, tr]);
  useEffect(load, [load]);

  const prefs = { order: settings.dictionaryOrder, disabled: settings.disabledDictionaries };
  const arranged = listed ? arrangeDictionaries(listed.dictionaries, (d) => d.id, prefs) : [];
  const ids = arranged.map((d) => d.id);

  // Moving a row moves its element, which drops the focus: put it back on the same control (or the
  // row, when that control is now disabled, e.g. "Move up" on the first row).
  useEffect(() => {
    if (!refocus) return;
    const row = rowRefs.current.get(refocus.id);
    const control = row ? Array.from(row.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button'))[refocus.control] : undefined;
    if (control && !control.disabled) control.focus();
    else row?.focus();
    setRefocus(null);
  }, [refocus, settings.dictionaryOrder]);

  const move = (id: string, delta: -1 | 1) => {
    const next = moveInOrder(ids, id, delta);
    if (next.join('\n') === ids.join('\n')) return;
    onChange({ dictionaryOrder: next });
    const d = listed?.dictionaries.find((x) => x.id === id);
    if (d) setStatus({ tone: 'info', text: tr.t('settings.dictionaries.moved', { name: d.name, position: next.indexOf(id) + 1, count: next.length }) });
    const row = rowRefs.current.get(id);
    const active = document.activeElement;
    setRefocus({ id, control: row && active ? Array.from(row.querySelectorAll('input, button')).indexOf(active) : -1 });
  };

  const setEnabled = (id: string, enabled: boolean) => {
    const disabled = new Set(settings.disabledDictionaries);
    if (enabled) disabled.delete(id);
    else disabled.add(id);
    onChange({ disabledDictionaries: [...disabled] });
  };

  const importInstalled = async (file: string) => {
    setImporting(file);
    setStatus(null);
    try {
      const { dictionaries } = await client.call('dictionary.import', { path: file });
      setStatus({ tone: 'info', text: tr.t('settings.dictionaries.imported', { names: dictionaries.map((d) => d.name).join(', ') }) });
      load();
    } catch (error) {
      setStatus({ tone: 'error', text: tr.t('settings.dictionaries.importFailed', { file, message: errorText(error, tr) }) });
    } finally {
      setImporting(null);
    }
  };

  const rowKeys = (id: string) => (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(id, event.key === 'ArrowUp' ? -1 : 1);
  };

  if (failed) return <p role="alert">{tr.t('settings.dictionaries.loadFailed', { message: failed })}</p>;
  if (!listed) return <p role="status">{tr.t('settings.loading')}</p>;
  const offered = listed.installed.filter((d) => !d.imported);

  return (
    <>
      <p className="field-hint">{tr.t('settings.dictionaries.hint')}</p>
      {arranged.length === 0 ? (
        <p>{tr.t('settings.dictionaries.none')}</p>
      ) : (
        <ol className="dictionary-list">
          {arranged.map(({ item: d, id, enabled }, index) => (
            <li
              key={id}
              ref={(el) => {
                if (el) rowRefs.current.set(id, el);
                else rowRefs.current.delete(id);
              }}
              tabIndex={-1}
              className={enabled ? 'dictionary-row' : 'dictionary-row is-disabled'}
              aria-label={d.name}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              onKeyDown={rowKeys(id)}
            >
              <label className="dictionary-enable">
                <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(id, event.target.checked)} />
                <span className="visually-hidden">{tr.t('settings.dictionaries.use', { name: d.name })}</span>
              </label>
              <div className="dictionary-info">
                <strong>{d.name}</strong>
                <span className="dictionary-direction">
                  {d.from} → {d.to}
                </span>
                <dl className="dictionary-meta">
                  <div>
                    <dt>{tr.t('settings.dictionaries.entries')}</dt>
                    <dd>{tr.formatNumber(d.entryCount)}</dd>
                  </div>
                  <div>
                    <dt>{tr.t('settings.dictionaries.licence')}</dt>
                    <dd>{d.licence ?? tr.t('settings.dictionaries.licenceUnknown')}</dd>
                  </div>
                  <div>
                    <dt>{tr.t('settings.dictionaries.source')}</dt>
                    <dd className="dictionary-source">{d.format === 'inverted' ? tr.t('settings.dictionaries.invertedFrom', { source: d.source }) : d.source}</dd>
                  </div>
                </dl>
              </div>
              <div className="dictionary-move">
                <button type="button" className="button button-quiet button-small" disabled={index === 0} aria-label={tr.t('settings.dictionaries.moveUp', { name: d.name })} onClick={() => move(id, -1)}>
                  ↑<span className="button-label">{tr.t('settings.dictionaries.up')}</span>
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={index === arranged.length - 1}
                  aria-label={tr.t('settings.dictionaries.moveDown', { name: d.name })}
                  onClick={() => move(id, 1)}
                >
                  ↓<span className="button-label">{tr.t('settings.dictionaries.down')}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="field-hint">{tr.t('settings.dictionaries.roots', { count: listed.roots.count, source: listed.roots.source })}</p>
      {offered.length > 0 && (
        <>
          <h3 className="settings-subheading">{tr.t('settings.dictionaries.installed')}</h3>
          <ul className="dictionary-installed">
            {offered.map((d) => (
              <li key={d.path}>
                <code>{d.path}</code> <span className="dictionary-direction">{d.format}</span>
                <button
                  type="button"
                  className="button button-small"
                  disabled={readOnly || importing !== null}
                  aria-label={tr.t('settings.dictionaries.importOne', { path: d.path })}
                  onClick={() => void importInstalled(d.path)}
                >
                  {tr.t('settings.dictionaries.import')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {importing && <progress className="settings-progress" aria-label={tr.t('settings.dictionaries.importing', { path: importing })} />}
      <div role="status" className="settings-status">
        {status && <p className={`is-${status.tone}`}>{status.text}</p>}
      </div>
    </>
  );
}
