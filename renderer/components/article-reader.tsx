/**
 * One loaded article with its annotations: the rendered body with highlight marks, the floating
 * selection toolbar, the sidebar, the keyboard reading cursor, note tooltips, "Edit text" and
 * "Update from a newer version…". The pieces live in renderer/highlights/ and the components beside
 * this one; this file wires them to each other and to the API.
 */
import DOMPurify from 'dompurify';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Result } from '../../shared/api.js';
import { renderArticleHtml } from '../../shared/markdown/render-article.js';
import type { Annotation, HighlightColor } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import { changeSubject, type AnnotationChange, type EditableFields } from '../highlights/annotation-change.js';
import { copyText } from '../highlights/copy-text.js';
import { COLOR_LABELS, markClassName, rememberColor, rememberedColor } from '../highlights/highlight-colors.js';
import { marksOf, MARK_ATTRIBUTE, type HighlightSpec } from '../highlights/paint-highlights.js';
import { quoteForClipboard } from '../highlights/quote-text.js';
import { notePlainText } from '../highlights/render-note.js';
import { sentenceSpans, stepSentence } from '../highlights/sentence-spans.js';
import { buildTextMap, pointToOffset, type TextSpan } from '../highlights/text-map.js';
import { useAnnotations, type ChangeEvent } from '../highlights/use-annotations.js';
import { useHighlightPainter } from '../highlights/use-highlight-painter.js';
import { useTextSelection, type SelectionBox } from '../highlights/use-text-selection.js';
import { useI18n } from '../i18n-context.js';
import { fileToBase64 } from '../import-files.js';
import { onLinkActivate } from '../open-external.js';
import { matchesShortcut, shortcutSpec } from '../shortcuts.js';
import { useShortcuts } from '../use-shortcuts.js';
import { cardElementId, shortQuote } from './annotation-card.js';
import { AnnotationSidebar } from './annotation-sidebar.js';
import { LiveRegion, type Announcement } from './live-region.js';
import { NoteTooltip } from './note-tooltip.js';
import { ReaderHead } from './reader-head.js';
import { SelectionToolbar } from './selection-toolbar.js';
import { TextEditorDialog } from './text-editor-dialog.js';
import type { ToastData } from './toast.js';

type Loaded = Result<'articles.get'>;

/** performance.mark names the render benchmark (bench/render-highlights.ts) reads. */
export const PERF_MARKS = { data: 'tandai:reader:data', painted: 'tandai:reader:painted', measure: 'tandai:reader:data-to-paint' } as const;

const FLASH_MS = 1600;
/** Up to this many cards render with the article; more wait for its first frame. */
const SIDEBAR_AT_ONCE = 50;
const NO_ANNOTATIONS: Annotation[] = [];

interface ArticleReaderProps {
  client: ApiClient;
  initial: Loaded;
  onToast: (toast: Omit<ToastData, 'id'>) => void;
  /** Registers "cancel what is in progress" for Escape; returns whether there was something to cancel. */
  cancelRef: { current: (() => boolean) | null };
}

function boxRelativeTo(element: Element, container: Element): SelectionBox {
  const rect = element.getBoundingClientRect();
  const origin = container.getBoundingClientRect();
  return { top: rect.top - origin.top, bottom: rect.bottom - origin.top, left: rect.left - origin.left, right: rect.right - origin.left };
}

/** The text offset at the top of the window, where the reading cursor starts when there is no selection yet. */
function offsetAtViewportTop(root: HTMLElement): number {
  const rect = root.getBoundingClientRect();
  // Below the sticky header and reading toolbar, which cover the top of the window.
  const covered = document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
  const x = rect.left + 4;
  const y = Math.max(rect.top + 4, covered + 8);
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (!position || !root.contains(position.offsetNode)) return 0;
  return pointToOffset(buildTextMap(root), position.offsetNode, position.offset);
}

export function ArticleReader({ client, initial, onToast, cancelRef }: ArticleReaderProps) {
  const tr = useI18n();
  const [article, setArticle] = useState(initial.article);
  const articleLang = article.lang !== 'other' ? article.lang : undefined;
  const hintId = useId();
  const bodyRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback((text: string) => setAnnouncement((last) => ({ id: (last?.id ?? 0) + 1, text })), []);

  const [color, setColor] = useState<HighlightColor>(rememberedColor);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [attachingId, setAttachingId] = useState<string | null>(null);
  const [tooltip, setTooltip] = useState<{ id: string; note: string; box: SelectionBox } | null>(null);
  const [editingText, setEditingText] = useState(false);
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const cursor = useRef<TextSpan | null>(null);

  const actionName = useCallback(
    (change: AnnotationChange) => tr.t(`highlights.action.${change.kind}` as const),
    [tr],
  );

  const notesRef = useRef<ReturnType<typeof useAnnotations> | null>(null);
  const onEvent = useCallback(
    (event: ChangeEvent) => {
      switch (event.type) {
        case 'done': {
          const { change } = event;
          if (change.kind === 'create') announce(tr.t('highlights.added'));
          else if (change.kind === 'edit') announce(tr.t('highlights.noteSaved'));
          else if (change.kind === 'attach') announce(tr.t('highlights.attached'));
          else {
            announce(tr.t('highlights.deleted'));
            onToast({ tone: 'info', message: tr.t('highlights.deleted'), action: { label: tr.t('delete.undo'), run: () => void notesRef.current?.undo() } });
          }
          return;
        }
        case 'undone':
        case 'redone':
          announce(tr.t(event.type === 'undone' ? 'highlights.undone' : 'highlights.redone', { action: actionName(event.change) }));
          setActiveId(changeSubject(event.change));
          return;
        case 'nothing':
          announce(tr.t(event.direction === 'undo' ? 'highlights.nothingToUndo' : 'highlights.nothingToRedo'));
          return;
        case 'failed':
          onToast({ tone: 'error', message: tr.t('highlights.failed', { message: errorText(event.error, tr) }) });
          return;
      }
    },
    [announce, actionName, onToast, tr],
  );
  const notes = useAnnotations(client, article.id, initial.annotations, onEvent);
  useEffect(() => {
    notesRef.current = notes;
  });
  const { annotations, create, edit, attach, remove: removeAnnotation, undo, redo, replaceAll } = notes;
  // A long list of cards waits for the first frame of the article: the text and its marks come first.
  const [sidebarReady, setSidebarReady] = useState(initial.annotations.length <= SIDEBAR_AT_ONCE);
  const sidebarAnnotations = sidebarReady ? annotations : NO_ANNOTATIONS;

  // Tags in use, for the tag field's suggestions: on opening, and again after each save.
  const [tagsVersion, setTagsVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    client.call('tags.list', {}).then(
      ({ tags }) => {
        if (cancelled) return;
        const next = tags.map((t) => t.tag);
        setKnownTags((current) => (current.join('\n') === next.join('\n') ? current : next));
      },
      () => undefined, // Suggestions are a convenience; typing a tag still works.
    );
    return () => {
      cancelled = true;
    };
  }, [client, tagsVersion]);

  const html = useMemo(() => renderArticleHtml(article.markdown, DOMPurify), [article.markdown]);
  const specs = useMemo<HighlightSpec[]>(
    () =>
      annotations
        .filter((a) => a.status === 'anchored')
        .map((a) => {
          const colorName = tr.t(COLOR_LABELS[a.color]);
          const description = a.note
            ? tr.t('highlights.markDescriptionNote', { color: colorName, note: shortQuote(notePlainText(a.note), 300) })
            : tr.t('highlights.markDescription', { color: colorName });
          const { start, end } = a.target.selector[1];
          return { id: a.id, start, end, className: markClassName(a.color), attributes: { 'aria-description': description } };
        }),
    [annotations, tr],
  );

  const firstPaint = useRef(true);
  const onPainted = useCallback(() => {
    if (!firstPaint.current) return;
    firstPaint.current = false;
    // After the next frame has been drawn: what the reader sees, not just what the DOM holds.
    requestAnimationFrame(() =>
      setTimeout(() => {
        setSidebarReady(true);
        performance.mark(PERF_MARKS.painted);
        try {
          performance.measure(PERF_MARKS.measure, PERF_MARKS.data, PERF_MARKS.painted);
        } catch {
          // No data mark (the article did not come from ReaderView's load): nothing to measure.
        }
      }),
    );
  }, []);
  useHighlightPainter({ bodyRef, html, specs, onPainted });

  const { selection, clear, select, current: currentSelection } = useTextSelection(bodyRef, mainRef, article.text);
  // Sentences are found on the first J/K, not on every render: segmenting a long article takes a while.
  const sentenceCache = useRef<{ text: string; spans: TextSpan[] } | null>(null);
  const sentences = useCallback(() => {
    if (sentenceCache.current?.text !== article.text) {
      sentenceCache.current = { text: article.text, spans: sentenceSpans(article.text, articleLang ?? tr.intlTag) };
    }
    return sentenceCache.current.spans;
  }, [article.text, articleLang, tr.intlTag]);

  useEffect(() => {
    document.title = tr.t('app.documentTitle.reader', { title: article.title });
  }, [article.title, tr]);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  // ---- actions on the selection ----

  const highlight = useCallback(
    async (withNote: boolean) => {
      const chosen = currentSelection();
      if (!chosen) return;
      const { span } = chosen;
      cursor.current = span;
      clear(true);
      const created = await create(span, color);
      if (created) {
        setActiveId(created.id);
        if (withNote) setEditingId(created.id);
      }
    },
    [currentSelection, clear, create, color],
  );

  const attachTo = useCallback(
    async (id: string, span: TextSpan) => {
      setAttachingId(null);
      clear(true);
      if (await attach(id, span)) setActiveId(id);
    },
    [clear, attach],
  );

  const copyQuote = useCallback(async () => {
    const chosen = currentSelection();
    if (!chosen) return;
    const ok = await copyText(quoteForClipboard(chosen.text, article));
    announce(tr.t(ok ? 'highlights.copied' : 'highlights.copyFailed'));
    if (!ok) onToast({ tone: 'error', message: tr.t('highlights.copyFailed') });
  }, [currentSelection, article, announce, tr, onToast]);

  const chooseColor = useCallback((next: HighlightColor) => {
    setColor(next);
    rememberColor(next);
  }, []);

  // ---- the sidebar ----

  const flash = useCallback((id: string) => {
    const root = bodyRef.current;
    if (!root) return;
    const marks = marksOf(root, id);
    if (marks.length === 0) return;
    marks[0].scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
    for (const mark of marks) {
      mark.classList.remove('is-flashing');
      // Restart the animation when the same card is clicked twice.
      void mark.offsetWidth;
      mark.classList.add('is-flashing');
    }
    window.setTimeout(() => marks.forEach((mark) => mark.classList.remove('is-flashing')), FLASH_MS);
  }, []);

  const showInText = useCallback(
    (id: string) => {
      setActiveId(id);
      flash(id);
      const annotation = notesRef.current?.annotations.find((a) => a.id === id);
      if (annotation) cursor.current = { start: annotation.target.selector[1].start, end: annotation.target.selector[1].end };
    },
    [flash],
  );

  const focusCard = useCallback((id: string) => {
    requestAnimationFrame(() => document.getElementById(cardElementId(id))?.focus({ preventScroll: false }));
  }, []);

  const saveFields = useCallback(
    async (id: string, fields: EditableFields) => {
      setEditingId(null);
      focusCard(id);
      await edit(id, fields);
      setTagsVersion((n) => n + 1);
    },
    [edit, focusCard],
  );

  const remove = useCallback(
    async (id: string) => {
      const list = notesRef.current?.annotations ?? [];
      const at = list.findIndex((a) => a.id === id);
      const neighbour = list[at + 1] ?? list[at - 1];
      setEditingId((current) => (current === id ? null : current));
      if (await removeAnnotation(id)) {
        if (neighbour) focusCard(neighbour.id);
        else headingRef.current?.focus();
      }
    },
    [removeAnnotation, focusCard],
  );
  const onSaveCard = useCallback((id: string, fields: EditableFields) => void saveFields(id, fields), [saveFields]);
  const onDeleteCard = useCallback((id: string) => void remove(id), [remove]);

  const onAttach = useCallback(
    (id: string) => {
      const pending = currentSelection();
      if (pending) {
        void attachTo(id, pending.span);
        return;
      }
      setAttachingId(id);
      const orphan = notesRef.current?.annotations.find((a) => a.id === id);
      announce(tr.t('highlights.attachPrompt', { quote: shortQuote(orphan?.target.selector[0].exact ?? '') }));
      bodyRef.current?.focus({ preventScroll: true });
    },
    [currentSelection, attachTo, announce, tr],
  );

  const onEdit = useCallback((id: string | null) => {
    setEditingId((current) => {
      if (id === null && current) focusCard(current);
      return id;
    });
  }, [focusCard]);

  // ---- keyboard ----

  const moveSentence = useCallback(
    (direction: 1 | -1, extend: boolean) => {
      const root = bodyRef.current;
      if (!root) return;
      const spans = sentences();
      let current = currentSelection()?.span ?? cursor.current;
      if (!current) {
        const top = offsetAtViewportTop(root);
        const first = spans.find((s) => s.end > top);
        current = first && direction === 1 && !extend ? { start: first.start, end: first.start } : null;
      }
      const next = current && current.start === current.end ? (spans.find((s) => s.start >= current.start) ?? null) : stepSentence(spans, current, direction, extend);
      if (!next) return;
      cursor.current = next;
      select(next);
      announce(tr.t('highlights.selected', { text: shortQuote(article.text.slice(next.start, next.end), 200) }));
    },
    [currentSelection, sentences, select, announce, tr, article.text],
  );

  function onBodyKeyDown(event: KeyboardEvent<HTMLElement>) {
    const native = event.nativeEvent;
    if (matchesShortcut(native, shortcutSpec('nextSentence'))) moveSentence(1, false);
    else if (matchesShortcut(native, shortcutSpec('previousSentence'))) moveSentence(-1, false);
    else if (matchesShortcut(native, shortcutSpec('extendSentence'))) moveSentence(event.key === 'ArrowUp' || event.key.toLowerCase() === 'k' ? -1 : 1, true);
    else return;
    event.preventDefault();
  }

  useShortcuts({
    highlight: () => {
      const chosen = currentSelection();
      if (attachingId && chosen) void attachTo(attachingId, chosen.span);
      else void highlight(false);
    },
    addNote: () => void highlight(true),
    undoAnnotation: () => void undo(),
    redoAnnotation: () => void redo(),
  }, !editingText);

  // Escape cancels what is in progress before it means "back to the library".
  useEffect(() => {
    cancelRef.current = () => {
      if (attachingId) {
        setAttachingId(null);
        clear();
        return true;
      }
      if (selection) {
        clear();
        return true;
      }
      if (tooltip) {
        setTooltip(null);
        return true;
      }
      return false;
    };
    return () => {
      cancelRef.current = null;
    };
  });

  // ---- pointer on marks ----

  function markUnder(event: MouseEvent<HTMLElement>): HTMLElement | null {
    return (event.target as Element).closest<HTMLElement>(`mark[${MARK_ATTRIBUTE}]`);
  }

  function onBodyClick(event: MouseEvent<HTMLElement>) {
    onLinkActivate(event);
    const mark = markUnder(event);
    const dom = document.getSelection();
    if (!mark || (dom && !dom.isCollapsed)) return;
    const id = mark.getAttribute(MARK_ATTRIBUTE);
    if (!id) return;
    setActiveId(id);
    focusCard(id);
  }

  function onBodyMouseOver(event: MouseEvent<HTMLElement>) {
    const mark = markUnder(event);
    const id = mark?.getAttribute(MARK_ATTRIBUTE);
    if (!mark || !id || !mainRef.current) {
      if (tooltip) setTooltip(null);
      return;
    }
    if (tooltip?.id === id) return;
    const annotation = annotations.find((a) => a.id === id);
    if (!annotation?.note) {
      if (tooltip) setTooltip(null);
      return;
    }
    setTooltip({ id, note: annotation.note, box: boxRelativeTo(mark, mainRef.current) });
  }

  // ---- changing the text ----

  const afterTextChange = useCallback(
    (next: Loaded, message: string) => {
      const before = new Set(notesRef.current?.annotations.filter((a) => a.status === 'orphan').map((a) => a.id));
      setArticle(next.article);
      replaceAll(next.annotations);
      setTooltip(null);
      cursor.current = null;
      const lost = next.annotations.filter((a) => a.status === 'orphan' && !before.has(a.id)).length;
      const text = lost > 0 ? tr.plural('highlights.textSavedOrphans', lost) : message;
      announce(text);
      onToast({ tone: 'info', message: text });
    },
    [replaceAll, announce, onToast, tr],
  );

  const saveText = useCallback(
    async (markdown: string): Promise<string | null> => {
      try {
        const next = await client.call('articles.editText', { id: article.id, markdown });
        afterTextChange(next, tr.t('highlights.textSaved'));
        return null;
      } catch (error) {
        return errorText(error, tr);
      }
    },
    [client, article.id, afterTextChange, tr],
  );

  const updateFromFile = useCallback(
    async (file: File) => {
      try {
        const result = await client.call('articles.replaceText', { id: article.id, file: { name: file.name, dataBase64: await fileToBase64(file) } });
        if ('error' in result) throw new Error(result.error);
        afterTextChange(await client.call('articles.get', { id: article.id }), tr.t('highlights.updated'));
      } catch (error) {
        const message = error instanceof Error && !('code' in error) ? error.message : errorText(error, tr);
        onToast({ tone: 'error', message: tr.t('highlights.updateFailed', { message }) });
      }
    },
    [client, article.id, afterTextChange, onToast, tr],
  );

  const attaching = attachingId ? annotations.find((a) => a.id === attachingId) : undefined;

  return (
    <div className="reader-layout">
      <div className="reader-main" ref={mainRef}>
        <ReaderHead article={article} headingRef={headingRef}>
          <div className="reader-actions">
            <button type="button" className="button button-quiet button-small" onClick={() => setEditingText(true)}>
              {tr.t('highlights.editText')}
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => fileRef.current?.click()}>
              {tr.t('highlights.updateVersion')}
            </button>
            <input
              ref={fileRef}
              type="file"
              hidden
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void updateFromFile(file);
              }}
            />
          </div>
        </ReaderHead>
        {attaching && (
          <div className="attach-banner" role="note">
            <p>{tr.t('highlights.attachPrompt', { quote: shortQuote(attaching.target.selector[0].exact) })}</p>
            <button type="button" className="button button-small" onClick={() => setAttachingId(null)}>
              {tr.t('highlights.cancelAttach')}
            </button>
          </div>
        )}
        <p id={hintId} className="visually-hidden">
          {tr.t('highlights.articleHint')}
        </p>
        <article
          ref={bodyRef}
          className="article-body"
          data-testid="article-body"
          tabIndex={0}
          aria-labelledby="reader-title"
          aria-describedby={hintId}
          lang={articleLang}
          onClick={onBodyClick}
          onAuxClick={(event) => {
            // Middle click would open a tab inside the app; send it outside like a click.
            if (event.button === 1) onLinkActivate(event);
          }}
          onKeyDown={onBodyKeyDown}
          onMouseOver={onBodyMouseOver}
          onMouseLeave={() => setTooltip(null)}
          dangerouslySetInnerHTML={{ __html: html }}
        />
        {selection && !editingText && (
          <SelectionToolbar
            box={selection.box}
            color={color}
            onColor={chooseColor}
            onHighlight={() => void highlight(false)}
            onNote={() => void highlight(true)}
            onCopy={() => void copyQuote()}
            onAttach={attachingId ? () => void attachTo(attachingId, currentSelection()?.span ?? selection.span) : undefined}
          />
        )}
        {tooltip && !selection && <NoteTooltip note={tooltip.note} box={tooltip.box} />}
      </div>
      <AnnotationSidebar
        annotations={sidebarAnnotations}
        pending={!sidebarReady}
        activeId={activeId}
        editingId={editingId}
        knownTags={knownTags}
        onShow={showInText}
        onEdit={onEdit}
        onSave={onSaveCard}
        onDelete={onDeleteCard}
        onAttach={onAttach}
      />
      <LiveRegion announcement={announcement} />
      {editingText && (
        <TextEditorDialog title={article.title} markdown={article.markdown} onSave={saveText} onClose={() => setEditingText(false)} />
      )}
    </div>
  );
}
