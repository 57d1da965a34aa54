/**
 * The library as a table: one row per article, in the order and groups the library view chose
 * (shared/library/query-articles.ts). Only the rows near the viewport are in the DOM
 * (@tanstack/react-virtual over the window's scroll), so 10,000 articles scroll smoothly; the table
 * tells assistive technology the full count (aria-rowcount / aria-rowindex).
 *
 * Keyboard model of a desktop list: one Tab stop (the current row), arrows/Home/End/PageUp/PageDown
 * move, Enter opens, Delete deletes (the selection, when the row is in it), E or F2 edits the details,
 * Space toggles the row's checkbox, Shift+arrows extend the selection (Ctrl+A, for every row, is the library view's).
 * Ctrl/Shift-click select instead of opening. The current row always stays rendered, so focus
 * never falls out of the list while the mouse wheel scrolls it out of view.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { PlainMessageKey, Translator } from '../../shared/i18n/index.js';
import { extendTo, selectAll, toggleRow, type ListSelection } from '../../shared/library/list-selection.js';
import type { ArticleGroup, LibraryArticle, LibrarySort } from '../../shared/library/query-articles.js';
import type { ArticleSummary, Lang } from '../../shared/model.js';
import { afterNextPaint } from '../after-next-paint.js';
import { useI18n } from '../i18n-context.js';
import { matchesShortcut, shortcutSpec } from '../shortcuts.js';
import { Icon } from './icons.js';
import { ReadingProgress } from './reading-progress.js';

export const LANG_LABELS: Record<Lang, PlainMessageKey> = { id: 'lang.id', en: 'lang.en', other: 'lang.other' };

/** Columns whose header sorts the list, and the sort each one means. */
const COLUMNS: readonly { key: string; label: PlainMessageKey; className: string; sort?: LibrarySort }[] = [
  { key: 'title', label: 'library.column.title', className: 'col-title', sort: 'title' },
  { key: 'site', label: 'library.column.site', className: 'col-site' },
  { key: 'lang', label: 'library.column.language', className: 'col-lang' },
  { key: 'added', label: 'library.column.added', className: 'col-date', sort: 'recent' },
  { key: 'annotations', label: 'library.column.annotations', className: 'col-num', sort: 'annotated' },
];
/** Checkbox, the columns above, actions. */
const COLUMN_COUNT = COLUMNS.length + 2;
/**
 * Rows have fixed heights (styles.css: .article-table tr[data-id], tr.group-row; titles and bylines
 * stay on one line). Measuring rows as they mount would force a layout per row and make the
 * virtualizer recompute all 10,000 offsets per measurement: scrolling would stutter.
 */
const ROW_PX = 60;
const GROUP_PX = 36;
const OVERSCAN = 12;
/** Rows beyond the window in the first frame: the first paint draws only what shows, the overscan follows after. */
const FIRST_OVERSCAN = 1;

export interface FocusRequest {
  id: string;
  /** Bumped on every request, so asking for the same row twice still moves focus. */
  seq: number;
}

type Item = { kind: 'group'; site: string | null; count: number; key: string } | { kind: 'article'; article: LibraryArticle; key: string };

interface ArticleTableProps {
  groups: readonly ArticleGroup[];
  /** Whether the groups are sites (headings shown) or one plain list. */
  grouped: boolean;
  sort: LibrarySort;
  reversed: boolean;
  onSort: (sort: LibrarySort) => void;
  labelledBy: string;
  readOnly: boolean;
  selection: ListSelection;
  onSelectionChange: (selection: ListSelection) => void;
  onOpen: (id: string) => void;
  /** Deletes these articles (one row, or the selection) as one undoable step. */
  onDelete: (articles: ArticleSummary[]) => void;
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

/**
 * The table's distance from the top of the document, which the window virtualizer counts from.
 * Measured on mount and whenever the page's layout changes size (a selection bar or a notice above
 * the table), not on every render: a scroll then costs no forced layout.
 */
function useDocumentTop(ref: { current: HTMLElement | null }): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (element) setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    const observer = new ResizeObserver(measure);
    const library = ref.current?.closest('.library') ?? document.body;
    for (const child of Array.from(library.children)) if (!child.contains(ref.current)) observer.observe(child);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}

export function ArticleTable(props: ArticleTableProps) {
  const { groups, grouped, sort, reversed, onSort, labelledBy, readOnly, selection, onSelectionChange, onOpen, onDelete, onEditDetails, onEmptied, focusRequest } =
    props;
  const tr = useI18n();
  const [currentId, setCurrentId] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<string | null>(null);

  const { items, rows, order, itemIndexById, rowIndexById } = useMemo(() => {
    const items: Item[] = [];
    const rows: LibraryArticle[] = [];
    const itemIndexById = new Map<string, number>();
    const rowIndexById = new Map<string, number>();
    for (const group of groups) {
      if (grouped) items.push({ kind: 'group', site: group.site, count: group.articles.length, key: `group:${group.site ?? ''}` });
      for (const article of group.articles) {
        itemIndexById.set(article.id, items.length);
        rowIndexById.set(article.id, rows.length);
        items.push({ kind: 'article', article, key: article.id });
        rows.push(article);
      }
    }
    return { items, rows, order: rows.map((row) => row.id), itemIndexById, rowIndexById };
  }, [groups, grouped]);

  // The row that holds the Tab stop: the last one focused, else the first.
  const tabStopId = currentId !== null && itemIndexById.has(currentId) ? currentId : (rows[0]?.id ?? null);
  const tabStopIndex = tabStopId === null ? -1 : (itemIndexById.get(tabStopId) ?? -1);

  const scrollMargin = useDocumentTop(bodyRef);
  const [overscan, setOverscan] = useState(FIRST_OVERSCAN);
  useEffect(() => afterNextPaint(() => setOverscan(OVERSCAN)), []);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // The current row stays in the DOM wherever the list is scrolled, so it keeps the focus.
      if (tabStopIndex >= 0 && !indexes.includes(tabStopIndex)) indexes.push(tabStopIndex);
      return indexes.sort((a, b) => a - b);
    },
    [tabStopIndex],
  );
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => (items[index]?.kind === 'group' ? GROUP_PX : ROW_PX),
    overscan,
    scrollMargin,
    // The sticky app header covers the top of the window.
    scrollPaddingStart: 64,
    scrollPaddingEnd: 16,
    getItemKey: (index) => items[index]?.key ?? index,
    rangeExtractor,
  });
  const virtualItems = virtualizer.getVirtualItems();

  useEffect(() => {
    if (focusRequest) {
      pendingFocus.current = focusRequest.id;
      const index = itemIndexById.get(focusRequest.id);
      if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
    }
    // Only a new request moves the list; later renders just land the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  // Runs after every render: a requested focus lands as soon as its row exists.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id || !bodyRef.current) return;
    const button = bodyRef.current.querySelector<HTMLButtonElement>(`button[data-open-id="${CSS.escape(id)}"]`);
    if (button) {
      pendingFocus.current = null;
      setCurrentId(id);
      button.focus({ preventScroll: true });
      // A row at the edge of the window comes fully into view (below the sticky header).
      const index = itemIndexById.get(id);
      if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  });

  function focusRow(index: number) {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    setCurrentId(row.id);
    pendingFocus.current = row.id;
    virtualizer.scrollToIndex(itemIndexById.get(row.id) ?? 0, { align: 'auto' });
  }

  /** The rows a delete or edit acts on from this row: the whole selection when the row is in it. */
  function targetsOf(row: LibraryArticle): LibraryArticle[] {
    if (selection.ids.has(row.id) && selection.ids.size > 1) return rows.filter((r) => selection.ids.has(r.id));
    return [row];
  }

  function deleteRows(index: number) {
    const row = rows[index];
    if (!row || readOnly) return;
    const targets = targetsOf(row);
    const gone = new Set(targets.map((t) => t.id));
    // Focus goes to the next row that survives, else the previous one.
    const neighbour = rows.slice(index + 1).find((r) => !gone.has(r.id)) ?? rows.slice(0, index).reverse().find((r) => !gone.has(r.id));
    pendingFocus.current = neighbour?.id ?? null;
    onDelete(targets);
    if (!neighbour) onEmptied();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rowElement = (event.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-id]');
    if (!rowElement) return;
    const index = rowIndexById.get(rowElement.dataset.id ?? '') ?? -1;
    if (index < 0) return;
    const native = event.nativeEvent;
    if (matchesShortcut(native, shortcutSpec('deleteArticle'))) {
      event.preventDefault();
      deleteRows(index);
      return;
    }
    if (!readOnly && matchesShortcut(native, shortcutSpec('editDetails'))) {
      event.preventDefault();
      onEditDetails(rows[index]);
      return;
    }
    // Space on the row's title toggles its checkbox; on the row's other buttons it presses them, as usual.
    if (matchesShortcut(native, shortcutSpec('toggleSelection')) && (event.target as HTMLElement).classList.contains('row-open')) {
      event.preventDefault();
      onSelectionChange(toggleRow(selection, rows[index].id));
      return;
    }
    if (matchesShortcut(native, shortcutSpec('extendSelection'))) {
      event.preventDefault();
      const next = rows[Math.max(0, Math.min(rows.length - 1, index + (event.key === 'ArrowUp' ? -1 : 1)))];
      const anchored = selection.anchor === null ? toggleRow(selection, rows[index].id) : selection;
      onSelectionChange(extendTo(anchored, order, next.id));
      focusRow(rowIndexById.get(next.id) ?? index);
      return;
    }
    if (native.altKey || native.ctrlKey || native.metaKey || native.shiftKey) return;
    const page = Math.max(1, Math.floor(window.innerHeight / ROW_PX) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + page,
      PageUp: index - page,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]);
    }
  }

  /** Ctrl/⌘-click toggles, Shift-click extends; a plain click on a row (outside its controls) opens it. */
  function onRowClick(event: MouseEvent<HTMLTableRowElement>, id: string) {
    // The row's controls (edit, delete, checkbox) handle their own clicks; the title is the row's own.
    const control = (event.target as HTMLElement).closest('button, a, input, label');
    if (control && !control.classList.contains('row-open')) return;
    if (event.shiftKey) {
      event.preventDefault();
      window.getSelection()?.removeAllRanges();
      onSelectionChange(extendTo(selection, order, id));
      return;
    }
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      onSelectionChange(toggleRow(selection, id));
      return;
    }
    // A plain click on the title opens through the button itself; anywhere else in the row opens too.
    if (control) return;
    if (window.getSelection()?.toString()) return;
    onOpen(id);
  }

  const allSelected = rows.length > 0 && rows.every((row) => selection.ids.has(row.id));
  const someSelected = !allSelected && rows.some((row) => selection.ids.has(row.id));
  const body: ReactNode[] = [];
  let previousEnd = scrollMargin;
  for (const virtual of virtualItems) {
    const gap = virtual.start - previousEnd;
    if (gap > 0) body.push(<SpacerRow key={`spacer:${virtual.index}`} height={gap} />);
    previousEnd = virtual.end;
    const item = items[virtual.index];
    if (!item) continue;
    if (item.kind === 'group') {
      body.push(
        <tr key={item.key} className="group-row" data-index={virtual.index}>
          <th scope="colgroup" colSpan={COLUMN_COUNT}>
            <span className="group-name">{item.site ?? tr.t('library.noSite')}</span>
            <span className="group-count">{tr.plural('library.count', item.count)}</span>
          </th>
        </tr>,
      );
      continue;
    }
    const article = item.article;
    const rowIndex = rowIndexById.get(article.id) ?? -1;
    body.push(
      <ArticleRow
        key={item.key}
        article={article}
        index={virtual.index}
        ariaRowIndex={virtual.index + 2}
        current={article.id === currentId}
        tabbable={article.id === tabStopId}
        selected={selection.ids.has(article.id)}
        readOnly={readOnly}
        tr={tr}
        onRowClick={onRowClick}
        onFocusRow={setCurrentId}
        onOpen={onOpen}
        onEditDetails={onEditDetails}
        onDeleteRow={() => deleteRows(rowIndex)}
        onCheck={(shift) => onSelectionChange(shift ? extendTo(selection, order, article.id) : toggleRow(selection, article.id))}
      />,
    );
  }
  const bottom = virtualizer.getTotalSize() + scrollMargin - previousEnd;
  if (bottom > 0) body.push(<SpacerRow key="spacer:end" height={bottom} />);

  return (
    <table className="article-table" aria-labelledby={labelledBy} aria-rowcount={items.length + 1}>
      <colgroup>
        <col className="col-check" />
        {COLUMNS.map((column) => (
          <col key={column.key} className={column.className} />
        ))}
        <col className="col-actions" />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className="col-check">
            <input
              type="checkbox"
              className="row-check"
              aria-label={tr.t('library.selectAll')}
              checked={allSelected}
              ref={(element) => {
                if (element) element.indeterminate = someSelected;
              }}
              onChange={() => onSelectionChange(allSelected ? { ids: new Set(), anchor: null } : selectAll(order))}
            />
          </th>
          {COLUMNS.map((column) => {
            const active = column.sort !== undefined && sort === column.sort;
            // Each sort's natural direction: A→Z for titles, newest or most first for the rest.
            const descending = active && (column.sort === 'title' ? reversed : !reversed);
            return (
              <th
                key={column.key}
                scope="col"
                className={column.className}
                aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
              >
                {column.sort ? (
                  <button type="button" className="sort-button" onClick={() => onSort(column.sort!)}>
                    {tr.t(column.label)}
                    <Icon name={active ? (descending ? 'sortDown' : 'sortUp') : 'sortNone'} size={14} />
                    {active && <span className="visually-hidden">{tr.t(descending ? 'library.sortDescending' : 'library.sortAscending')}</span>}
                  </button>
                ) : (
                  tr.t(column.label)
                )}
              </th>
            );
          })}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{tr.t('library.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody ref={bodyRef} onKeyDown={onKeyDown}>
        {body}
      </tbody>
    </table>
  );
}

/** Stands in for the rows scrolled out of the DOM, so the scroll bar stays true. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="virtual-spacer">
      <td colSpan={COLUMN_COUNT} style={{ height }} />
    </tr>
  );
}

interface ArticleRowProps {
  article: LibraryArticle;
  index: number;
  ariaRowIndex: number;
  current: boolean;
  tabbable: boolean;
  selected: boolean;
  readOnly: boolean;
  tr: Translator;
  onRowClick: (event: MouseEvent<HTMLTableRowElement>, id: string) => void;
  onFocusRow: (id: string) => void;
  onOpen: (id: string) => void;
  onEditDetails: (article: ArticleSummary) => void;
  onDeleteRow: () => void;
  onCheck: (shift: boolean) => void;
}

function ArticleRow(props: ArticleRowProps) {
  const { article, index, ariaRowIndex, current, tabbable, selected, readOnly, tr } = props;
  const tabIndex = tabbable ? 0 : -1;
  const deleteLabel = tr.t('library.delete', { title: article.title });
  const editLabel = tr.t('library.editDetails', { title: article.title });
  const meta = rowMeta(article, tr);
  const classes = [current ? 'is-current' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ');
  return (
    <tr
      data-id={article.id}
      data-index={index}
      aria-rowindex={ariaRowIndex}
      className={classes || undefined}
      onClick={(event) => props.onRowClick(event, article.id)}
      onFocus={() => props.onFocusRow(article.id)}
    >
      <td className="col-check">
        <input
          type="checkbox"
          className="row-check"
          aria-label={tr.t('library.select', { title: article.title })}
          checked={selected}
          tabIndex={tabIndex}
          onClick={(event) => {
            event.stopPropagation();
            event.preventDefault();
            props.onCheck(event.shiftKey);
          }}
          onChange={() => undefined}
        />
      </td>
      <td className="col-title">
        <button
          type="button"
          className="row-open"
          data-open-id={article.id}
          tabIndex={tabIndex}
          // The row keeps to one line: a long title is cut with an ellipsis, and shown whole on hover.
          title={article.title}
          onClick={(event) => {
            // Ctrl/⌘- and Shift-clicks select (the row's handler); a plain click opens.
            if (!(event.ctrlKey || event.metaKey || event.shiftKey)) props.onOpen(article.id);
          }}
        >
          {article.title}
        </button>
        {(meta || (article.readingProgress ?? 0) > 0) && (
          <span className="row-meta">
            {meta && <span className="row-byline">{meta}</span>}
            {(article.readingProgress ?? 0) > 0 && <ReadingProgress value={article.readingProgress ?? 0} />}
          </span>
        )}
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
            onClick={() => props.onEditDetails(article)}
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
            onClick={props.onDeleteRow}
          >
            <Icon name="trash" />
          </button>
        )}
      </td>
    </tr>
  );
}
