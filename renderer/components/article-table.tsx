/**
 * The library as a table: one row per article, sortable by column. Keyboard model of a desktop
 * list: one Tab stop (the current row), arrows/Home/End move, Enter opens, Delete deletes,
 * E or F2 edits the details. Each row also tells the article's length and reading time.
 * After a delete, focus moves to the neighbouring row so the keyboard never falls out of the list.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { PlainMessageKey, Translator } from '../../shared/i18n/index.js';
import type { ArticleSummary, Lang } from '../../shared/model.js';
import { useI18n } from '../i18n-context.js';
import { matchesShortcut, shortcutSpec } from '../shortcuts.js';
import { Icon } from './icons.js';

export type SortKey = 'title' | 'site' | 'lang' | 'added' | 'annotations';
interface SortState {
  key: SortKey;
  descending: boolean;
}

export const LANG_LABELS: Record<Lang, PlainMessageKey> = { id: 'lang.id', en: 'lang.en', other: 'lang.other' };

const COLUMNS: readonly { key: SortKey; label: PlainMessageKey; className?: string }[] = [
  { key: 'title', label: 'library.column.title', className: 'col-title' },
  { key: 'site', label: 'library.column.site', className: 'col-site' },
  { key: 'lang', label: 'library.column.language', className: 'col-lang' },
  { key: 'added', label: 'library.column.added', className: 'col-date' },
  { key: 'annotations', label: 'library.column.annotations', className: 'col-num' },
];

function compare(a: ArticleSummary, b: ArticleSummary, key: SortKey, tr: Translator): number {
  switch (key) {
    case 'title':
      return tr.collator.compare(a.title, b.title);
    case 'site':
      return tr.collator.compare(a.site ?? '', b.site ?? '');
    case 'lang':
      return tr.collator.compare(tr.t(LANG_LABELS[a.lang]), tr.t(LANG_LABELS[b.lang]));
    case 'added':
      return a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0;
    case 'annotations':
      return a.annotationCount - b.annotationCount;
  }
}

export interface FocusRequest {
  id: string;
  /** Bumped on every request, so asking for the same row twice still moves focus. */
  seq: number;
}

interface ArticleTableProps {
  articles: readonly ArticleSummary[];
  labelledBy: string;
  readOnly: boolean;
  onOpen: (id: string) => void;
  onDelete: (article: ArticleSummary) => void;
  onEditDetails: (article: ArticleSummary) => void;
  /** Called when the last row was deleted and focus needs a new home. */
  onEmptied: () => void;
  focusRequest: FocusRequest | null;
}

/** "By Ana · 1,204 words · 6 min read": what the row says under the title. */
function rowMeta(article: ArticleSummary, tr: Translator): string {
  const parts: string[] = [];
  if (article.byline) parts.push(article.byline);
  if (article.wordCount > 0) {
    parts.push(tr.plural('reader.words', article.wordCount));
    parts.push(tr.t('reader.minutes', { count: Math.max(1, article.readingMinutes ?? Math.round(article.wordCount / 200)) }));
  }
  return parts.join(' · ');
}

export function ArticleTable({ articles, labelledBy, readOnly, onOpen, onDelete, onEditDetails, onEmptied, focusRequest }: ArticleTableProps) {
  const tr = useI18n();
  const [sort, setSort] = useState<SortState>({ key: 'added', descending: true });
  const [currentId, setCurrentId] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<string | null>(null);

  const rows = useMemo(() => {
    const sorted = [...articles].sort((a, b) => compare(a, b, sort.key, tr) || tr.collator.compare(a.title, b.title));
    return sort.descending ? sorted.reverse() : sorted;
  }, [articles, sort, tr]);

  // The row that holds the Tab stop: the last one focused, else the first.
  const tabStopId = rows.some((row) => row.id === currentId) ? currentId : (rows[0]?.id ?? null);

  useEffect(() => {
    if (focusRequest) pendingFocus.current = focusRequest.id;
  }, [focusRequest]);

  // Runs after every render: a requested focus lands as soon as its row exists.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id || !bodyRef.current) return;
    const button = bodyRef.current.querySelector<HTMLButtonElement>(`button[data-open-id="${CSS.escape(id)}"]`);
    if (button) {
      pendingFocus.current = null;
      setCurrentId(id);
      button.focus();
    }
  });

  function focusRow(index: number) {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    setCurrentId(row.id);
    bodyRef.current?.querySelector<HTMLButtonElement>(`button[data-open-id="${CSS.escape(row.id)}"]`)?.focus();
  }

  function deleteRow(index: number) {
    const row = rows[index];
    if (!row || readOnly) return;
    const neighbour = rows[index + 1] ?? rows[index - 1];
    pendingFocus.current = neighbour?.id ?? null;
    onDelete(row);
    if (!neighbour) onEmptied();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rowElement = (event.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-id]');
    if (!rowElement) return;
    const index = rows.findIndex((row) => row.id === rowElement.dataset.id);
    if (index < 0) return;
    const native = event.nativeEvent;
    if (matchesShortcut(native, shortcutSpec('deleteArticle'))) {
      event.preventDefault();
      deleteRow(index);
      return;
    }
    if (!readOnly && matchesShortcut(native, shortcutSpec('editDetails'))) {
      event.preventDefault();
      onEditDetails(rows[index]);
      return;
    }
    if (native.altKey || native.ctrlKey || native.metaKey || native.shiftKey) return;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]);
    }
  }

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, id: string) {
    // The buttons in the row handle their own clicks; a click anywhere else in the row opens it.
    if ((event.target as HTMLElement).closest('button, a')) return;
    if (window.getSelection()?.toString()) return;
    onOpen(id);
  }

  function toggleSort(key: SortKey) {
    setSort((previous) =>
      previous.key === key ? { key, descending: !previous.descending } : { key, descending: key === 'added' || key === 'annotations' },
    );
  }

  return (
    <table className="article-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const active = sort.key === column.key;
            return (
              <th
                key={column.key}
                scope="col"
                className={column.className}
                aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                <button type="button" className="sort-button" onClick={() => toggleSort(column.key)}>
                  {tr.t(column.label)}
                  <Icon name={active ? (sort.descending ? 'sortDown' : 'sortUp') : 'sortNone'} size={14} />
                  {active && (
                    <span className="visually-hidden">
                      {tr.t(sort.descending ? 'library.sortDescending' : 'library.sortAscending')}
                    </span>
                  )}
                </button>
              </th>
            );
          })}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{tr.t('library.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody ref={bodyRef} onKeyDown={onKeyDown}>
        {rows.map((article) => {
          const tabIndex = article.id === tabStopId ? 0 : -1;
          const deleteLabel = tr.t('library.delete', { title: article.title });
          const editLabel = tr.t('library.editDetails', { title: article.title });
          const meta = rowMeta(article, tr);
          return (
            <tr
              key={article.id}
              data-id={article.id}
              className={article.id === currentId ? 'is-current' : undefined}
              onClick={(event) => onRowClick(event, article.id)}
              onFocus={() => setCurrentId(article.id)}
            >
              <td className="col-title">
                <button
                  type="button"
                  className="row-open"
                  data-open-id={article.id}
                  tabIndex={tabIndex}
                  onClick={() => onOpen(article.id)}
                >
                  {article.title}
                </button>
                {meta && <span className="row-byline">{meta}</span>}
              </td>
              <td className="col-site">{article.site || tr.t('common.none')}</td>
              <td className="col-lang">{tr.t(LANG_LABELS[article.lang])}</td>
              <td className="col-date">
                <time dateTime={article.importedAt}>{tr.formatDate(article.importedAt)}</time>
              </td>
              <td className="col-num">{tr.formatNumber(article.annotationCount)}</td>
              <td className="col-actions">
                {!readOnly && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={editLabel}
                    aria-haspopup="dialog"
                    title={`${editLabel} (E, F2)`}
                    aria-keyshortcuts="E F2"
                    tabIndex={tabIndex}
                    onClick={() => onEditDetails(article)}
                  >
                    <Icon name="pencil" />
                  </button>
                )}
                {!readOnly && (
                  <button
                    type="button"
                    className="icon-button icon-button-danger"
                    aria-label={deleteLabel}
                    title={deleteLabel}
                    aria-keyshortcuts="Delete"
                    tabIndex={tabIndex}
                    onClick={() => deleteRow(rows.indexOf(article))}
                  >
                    <Icon name="trash" />
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
