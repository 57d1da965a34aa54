/**
 * "Edit details": everything the importer guessed about an article — title, author, editor, site,
 * source address, date, language, tags — can be corrected here (articles.update). Only changed
 * fields are sent; an emptied field is cleared. Ctrl+Enter saves, Escape or Cancel closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ParamsIn } from '../../shared/api.js';
import type { Article, ArticleSummary, Lang } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { LANG_LABELS } from './article-table.js';
import { Icon } from './icons.js';
import { TagCombobox } from './tag-combobox.js';
import { useModalDialog } from '../use-modal-dialog.js';

const LANGS: readonly Lang[] = ['id', 'en', 'other'];
type TextField = 'title' | 'byline' | 'editor' | 'site' | 'sourceUrl' | 'publishedAt';

interface Fields {
  title: string;
  byline: string;
  editor: string;
  site: string;
  sourceUrl: string;
  /** YYYY-MM-DD, as <input type="date"> wants it. */
  publishedAt: string;
  lang: Lang;
  tags: string[];
}

function fieldsOf(article: Article): Fields {
  return {
    title: article.title,
    byline: article.byline ?? '',
    editor: article.editor ?? '',
    site: article.site ?? '',
    sourceUrl: article.sourceUrl ?? '',
    publishedAt: /^\d{4}-\d{2}-\d{2}/.exec(article.publishedAt ?? '')?.[0] ?? '',
    lang: article.lang,
    tags: article.tags,
  };
}

/** The update to send: changed fields only, and null for a field emptied. */
function patchOf(id: string, before: Fields, after: Fields): ParamsIn<'articles.update'> | null {
  const patch: ParamsIn<'articles.update'> = { id };
  let changed = false;
  if (after.title.trim() !== before.title.trim()) {
    patch.title = after.title.trim();
    changed = true;
  }
  for (const key of ['byline', 'editor', 'site', 'sourceUrl', 'publishedAt'] as const) {
    const value = after[key].trim();
    if (value === before[key].trim()) continue;
    patch[key] = value || null;
    changed = true;
  }
  if (after.lang !== before.lang) {
    patch.lang = after.lang;
    changed = true;
  }
  if (after.tags.join('\n') !== before.tags.join('\n')) {
    patch.tags = after.tags;
    changed = true;
  }
  return changed ? patch : null;
}

type Load = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; initial: Fields; knownTags: string[] };

interface ArticleDetailsDialogProps {
  client: ApiClient;
  article: ArticleSummary;
  onSaved: (summary: ArticleSummary) => void;
  onClose: () => void;
}

export function ArticleDetailsDialog({ client, article, onSaved, onClose }: ArticleDetailsDialogProps) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const hintId = useId();
  const idPrefix = useId();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [fields, setFields] = useState<Fields | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useModalDialog(dialogRef);

  useEffect(() => {
    let cancelled = false;
    Promise.all([client.call('articles.get', { id: article.id }), client.call('tags.list', {}).catch(() => ({ tags: [] }))]).then(
      ([{ article: full }, { tags }]) => {
        if (cancelled) return;
        const initial = fieldsOf(full);
        setLoad({ status: 'ready', initial, knownTags: tags.map((entry) => entry.tag) });
        setFields(initial);
      },
      (failure: unknown) => !cancelled && setLoad({ status: 'failed', error: failure }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, article.id]);

  function set<K extends keyof Fields>(key: K, value: Fields[K]) {
    setFields((current) => current && { ...current, [key]: value });
  }

  async function save() {
    if (saving || load.status !== 'ready' || !fields) return;
    if (!fields.title.trim()) return setError(tr.t('details.titleRequired'));
    if (fields.sourceUrl.trim() && !/^https?:\/\/\S+$/i.test(fields.sourceUrl.trim())) return setError(tr.t('details.badUrl'));
    const patch = patchOf(article.id, load.initial, fields);
    if (!patch) {
      dialogRef.current?.close();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const summary = await client.call('articles.update', patch);
      onSaved(summary);
      dialogRef.current?.close();
    } catch (failure) {
      setError(tr.t('details.saveFailed', { message: errorText(failure, tr) }));
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  function textField(key: TextField, label: string, options: { type?: string; required?: boolean; autoFocus?: boolean; lang?: string } = {}): ReactNode {
    const id = `${idPrefix}-${key}`;
    return (
      <div className="details-field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <input
          id={id}
          className="input"
          type={options.type ?? 'text'}
          required={options.required}
          autoFocus={options.autoFocus}
          lang={options.lang}
          value={fields?.[key] ?? ''}
          onChange={(event) => set(key, event.target.value)}
        />
      </div>
    );
  }

  const articleLang = fields && fields.lang !== 'other' ? fields.lang : undefined;
  return (
    <dialog ref={dialogRef} className="dialog details-dialog" aria-labelledby={titleId} aria-describedby={hintId} onClose={onClose} onKeyDown={onKeyDown}>
      <form
        ref={formRef}
        className="dialog-content"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="dialog-head">
          <h2 id={titleId}>{tr.t('details.title')}</h2>
          <button type="button" className="icon-button" aria-label={tr.t('common.close')} title={tr.t('common.close')} onClick={() => dialogRef.current?.close()}>
            <Icon name="close" />
          </button>
        </div>
        <p id={hintId} className="field-hint">
          {tr.t('details.hint')}
        </p>
        {load.status === 'loading' && <p role="status">{tr.t('details.loading')}</p>}
        {load.status === 'failed' && (
          <p role="alert" className="form-error">
            {tr.t('details.loadFailed', { message: errorText(load.error, tr) })}
          </p>
        )}
        {load.status === 'ready' && fields && (
          <div className="details-grid">
            {textField('title', tr.t('details.field.title'), { required: true, autoFocus: true, lang: articleLang })}
            {textField('byline', tr.t('details.field.byline'))}
            {textField('editor', tr.t('details.field.editor'))}
            {textField('site', tr.t('details.field.site'))}
            {textField('sourceUrl', tr.t('details.field.sourceUrl'), { type: 'url' })}
            {textField('publishedAt', tr.t('details.field.publishedAt'), { type: 'date' })}
            <div className="details-field">
              <label htmlFor={`${idPrefix}-lang`} className="field-label">
                {tr.t('details.field.lang')}
              </label>
              <select id={`${idPrefix}-lang`} className="select" value={fields.lang} onChange={(event) => set('lang', event.target.value as Lang)}>
                {LANGS.map((lang) => (
                  <option key={lang} value={lang}>
                    {tr.t(LANG_LABELS[lang])}
                  </option>
                ))}
              </select>
            </div>
            <div className="details-field details-wide">
              <TagCombobox tags={fields.tags} onChange={(tags) => set('tags', tags)} known={load.knownTags} />
            </div>
          </div>
        )}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="editor-actions">
          <button type="submit" className="button button-primary" disabled={saving || load.status !== 'ready'} aria-keyshortcuts="Control+Enter">
            {saving ? tr.t('details.saving') : tr.t('details.save')}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {tr.t('details.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
