/**
 * One loaded article with its annotations: the rendered body with highlight marks, the floating
 * selection toolbar, the sidebar, the keyboard reading cursor, note tooltips, "Edit text" and
 * "Update from a newer version…". The logic lives in renderer/highlights/ and the components beside
 * this one; this file wires them to each other.
 */
import DOMPurify from 'dompurify';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Result } from '../../shared/api.js';
import { detectLanguage } from '../../shared/lang/detect-language.js';
import { renderArticleHtml } from '../../shared/markdown/render-article.js';
import type { Annotation, HighlightColor, Speaker } from '../../shared/model.js';
import type { DetectedQuote } from '../../shared/quotes/detect-quotes.js';
import type { ApiClient } from '../api-client.js';
import type { EditableFields, TranslationNote } from '../highlights/annotation-change.js';
import { changeSubject } from '../highlights/annotation-change.js';
import { changeMessage } from '../highlights/change-messages.js';
import { copyText } from '../highlights/copy-text.js';
import { flashMarks } from '../highlights/flash-marks.js';
import { flashPassage } from '../highlights/text-highlights.js';
import { COLOR_LABELS, markClassName, rememberColor, rememberedColor } from '../highlights/highlight-colors.js';
import type { HighlightSpec } from '../highlights/paint-highlights.js';
import { quoteForClipboard } from '../highlights/quote-text.js';
import { quoteBlock } from '../../shared/export/quotes-digest.js';
import { notePlainText } from '../highlights/render-note.js';
import type { TextSpan } from '../highlights/text-map.js';
import { sentenceSpans } from '../highlights/sentence-spans.js';
import { useAnnotations, type ChangeEvent } from '../highlights/use-annotations.js';
import { useHighlightPainter } from '../highlights/use-highlight-painter.js';
import { useMarkPointer } from '../highlights/use-mark-pointer.js';
import { useReadingCursor } from '../highlights/use-reading-cursor.js';
import { useTextChanges } from '../highlights/use-text-changes.js';
import { useTextSelection, type SelectionBox } from '../highlights/use-text-selection.js';
import { useI18n } from '../i18n-context.js';
import { onLinkActivate } from '../open-external.js';
import { nextDisplay, paintTranslations, rememberDisplay, rememberedDisplay, type TranslationDisplay } from '../translation/translation-display.js';
import { firstWord, wordAtPoint } from '../translation/word-at-point.js';
import { useReadingProgress } from '../use-reading-progress.js';
import { useShortcuts } from '../use-shortcuts.js';
import type { Passage } from '../views/reader-view.js';
import { FindBar } from './find-bar.js';
import { quoteAtSpan, speakerOf, useDetectedQuotes } from '../quotes/use-detected-quotes.js';
import { QuotesPanel } from './quotes-panel.js';
import { ReaderSidePanel, type SideTab } from './reader-side-panel.js';
import { cardElementId, shortQuote } from './annotation-card.js';
import { AnnotationSidebar } from './annotation-sidebar.js';
import { LiveRegion, type Announcement } from './live-region.js';
import { NoteTooltip } from './note-tooltip.js';
import { ReaderHead } from './reader-head.js';
import { SelectionToolbar } from './selection-toolbar.js';
import { TextEditorDialog } from './text-editor-dialog.js';
import type { ToastData } from './toast.js';
import { TranslationEditor } from './translation-editor.js';
import { useGlossaryUnderline } from '../glossary/use-glossary-underline.js';
import { GlossaryTerms, GlossaryTooltip } from './glossary-terms.js';
import { WordLookupPopup } from './word-lookup-popup.js';

type Loaded = Result<'articles.get'>;

/** The passage's own language when it is long enough to tell, else the article's. */
function passageLang(passage: string, fallback: 'id' | 'en'): 'id' | 'en' {
  const lang = detectLanguage(passage);
  return lang === 'id' || lang === 'en' ? lang : fallback;
}

/** The sentence(s) of the text that a span lies in: what a saved glossary term keeps as its example. */
function sentenceAround(text: string, span: TextSpan, locale: string): string {
  const hit = sentenceSpans(text, locale).filter((s) => s.end > span.start && s.start < span.end);
  if (hit.length === 0) return text.slice(span.start, span.end);
  return text.slice(hit[0].start, hit[hit.length - 1].end).replace(/\s+/g, ' ');
}

/** performance.mark names the render benchmark (bench/render-highlights.ts) reads. */
export const PERF_MARKS = { data: 'tandai:reader:data', painted: 'tandai:reader:painted', measure: 'tandai:reader:data-to-paint' } as const;

/** Up to this many cards render with the article; more wait for its first frame. */
const SIDEBAR_AT_ONCE = 50;
const NO_ANNOTATIONS: Annotation[] = [];

interface ArticleReaderProps {
  client: ApiClient;
  initial: Loaded;
  onToast: (toast: Omit<ToastData, 'id'>) => void;
  /** Set to "cancel what is in progress" for Escape; it returns whether there was something to cancel. */
  cancelRef: { current: (() => boolean) | null };
  /** Open at this passage (a search result) instead of the remembered reading place. */
  passage?: Passage;
  onProgress?: (id: string, fields: { readingProgress: number; lastOpenedAt: string }) => void;
}

export function ArticleReader({ client, initial, onToast, cancelRef, passage, onProgress }: ArticleReaderProps) {
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
  const [editingText, setEditingText] = useState(false);
  // Translation notes and word lookup: the popup's word, the passage being translated, where notes show.
  const lookupFrom = articleLang === 'en' ? 'en' : 'id';
  const [lookup, setLookup] = useState<{ word: string; box: SelectionBox } | null>(null);
  const [translating, setTranslating] = useState<{ span: TextSpan; text: string; box: SelectionBox; annotationId: string | null } | null>(null);
  const [display, setDisplay] = useState<TranslationDisplay>(rememberedDisplay);

  // ---- the annotations, their changes, and what the user is told about them ----

  const undoRef = useRef<() => void>(() => undefined);
  const onEvent = useCallback(
    (event: ChangeEvent) => {
      const message = changeMessage(event, tr);
      if (message.announce) announce(message.announce);
      if (message.toast) {
        const { offerUndo, ...toast } = message.toast;
        onToast(offerUndo ? { ...toast, action: { label: tr.t('delete.undo'), run: () => undoRef.current() } } : toast);
      }
      if (event.type === 'undone' || event.type === 'redone') setActiveId(changeSubject(event.change));
    },
    [announce, onToast, tr],
  );
  const { annotations, create, edit, attach, remove, undo, redo, replaceAll } = useAnnotations(client, article.id, initial.annotations, onEvent);
  useEffect(() => {
    undoRef.current = () => void undo();
  }, [undo]);
  const annotationsRef = useRef(annotations);
  useEffect(() => {
    annotationsRef.current = annotations;
  }, [annotations]);

  // A long list of cards waits for the first frame of the article: the text and its marks come first.
  const [sidebarReady, setSidebarReady] = useState(initial.annotations.length <= SIDEBAR_AT_ONCE);

  // Tags in use, for the tag field's suggestions: on opening, and again after each save.
  const [knownTags, setKnownTags] = useState<string[]>([]);
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

  // ---- the body and its marks ----

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
  const [painted, setPainted] = useState(false);
  const onPainted = useCallback(() => {
    if (!firstPaint.current) return;
    firstPaint.current = false;
    // After the next frame has been drawn: what the reader sees, not just what the DOM holds.
    requestAnimationFrame(() =>
      setTimeout(() => {
        setSidebarReady(true);
        setPainted(true);
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

  // ---- reading place, search results, find in article ----

  useReadingProgress({
    client,
    articleId: article.id,
    bodyRef,
    initial: initial.article.readingProgress ?? 0,
    ready: painted,
    skipRestore: passage !== undefined,
    onSaved: useCallback((id: string, fields: { readingProgress: number; lastOpenedAt: string }) => onProgress?.(id, fields), [onProgress]),
  });
  // A search result: scroll to its passage and flash it (the annotation's marks, or the matched words).
  useEffect(() => {
    const body = bodyRef.current;
    if (!painted || !passage || !body) return;
    if (passage.annotationId && flashMarks(body, passage.annotationId)) {
      setActiveId(passage.annotationId);
      return;
    }
    if (passage.start !== undefined && passage.end !== undefined) flashPassage(body, { start: passage.start, end: Math.max(passage.start, passage.end) });
  }, [painted, passage]);
  const [finding, setFinding] = useState<number | null>(null);
  // Glossary terms underlined (a reader toggle kept in settings), drawn after the marks.
  const [underline, setUnderline] = useState(false);
  useEffect(() => {
    let cancelled = false;
    client.call('settings.get', {}).then(
      (s) => !cancelled && setUnderline(s.underlineGlossary),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [client]);
  const toggleUnderline = useCallback(() => {
    setUnderline((current) => {
      const next = !current;
      void client.call('settings.update', { underlineGlossary: next }).catch(() => undefined);
      announce(tr.t(next ? 'glossary.underlineOn' : 'glossary.underlineOff'));
      return next;
    });
  }, [client, announce, tr]);
  const paintKey = useMemo(() => ({ html, specs }), [html, specs]);
  const glossary = useGlossaryUnderline({ client, articleId: article.id, text: article.text, enabled: underline, bodyRef, containerRef: mainRef, paintKey });
  // After the marks: interlinear translations hang on the blocks (attributes only, the text is unchanged).
  useLayoutEffect(() => {
    if (bodyRef.current) paintTranslations(bodyRef.current, display === 'interlinear' ? annotations : NO_ANNOTATIONS);
  }, [html, annotations, display]);

  const { selection, clear, select, current: currentSelection } = useTextSelection(bodyRef, mainRef, article.text);
  const { cursor, onKeyDown: onBodyKeyDown } = useReadingCursor({
    bodyRef,
    text: article.text,
    locale: articleLang ?? tr.intlTag,
    currentSelection,
    select,
    onSelected: useCallback((passage: string) => announce(tr.t('highlights.selected', { text: shortQuote(passage, 200) })), [announce, tr]),
  });

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
      cursor.current = chosen.span;
      clear(true);
      const created = await create(chosen.span, color);
      if (created) {
        setActiveId(created.id);
        if (withNote) setEditingId(created.id);
      }
    },
    [currentSelection, cursor, clear, create, color],
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

  /** "Copy quote" on a card: the same block the quotes digest gives that annotation. */
  const onCopyQuote = useCallback(
    (id: string) => {
      const annotation = annotationsRef.current.find((a) => a.id === id);
      if (!annotation) return;
      void copyText(quoteBlock(article, annotation)).then((ok) => {
        announce(tr.t(ok ? 'highlights.copied' : 'highlights.copyFailed'));
        onToast({ tone: ok ? 'info' : 'error', message: tr.t(ok ? 'highlights.copied' : 'highlights.copyFailed') });
      });
    },
    [article, announce, tr, onToast],
  );

  // ---- translation notes and word lookup ----

  const openTranslation = useCallback(() => {
    const chosen = currentSelection();
    if (!chosen) return;
    const existing = annotationsRef.current.find(
      (a) => a.status === 'anchored' && a.target.selector[1].start === chosen.span.start && a.target.selector[1].end === chosen.span.end,
    );
    cursor.current = chosen.span;
    clear(true);
    setLookup(null);
    setTranslating({ span: chosen.span, text: chosen.text, box: chosen.box, annotationId: existing?.id ?? null });
  }, [currentSelection, cursor, clear]);

  const onTranslate = useCallback((id: string) => {
    const annotation = annotationsRef.current.find((a) => a.id === id);
    const main = mainRef.current;
    const pieces = bodyRef.current?.querySelectorAll(`mark[data-annotation-id="${CSS.escape(id)}"]`);
    if (!annotation || !main || !pieces || pieces.length === 0) return;
    pieces[0].scrollIntoView({ block: 'center' });
    const first = pieces[0].getBoundingClientRect();
    const last = pieces[pieces.length - 1].getBoundingClientRect();
    const origin = main.getBoundingClientRect();
    const box = { top: first.top - origin.top, bottom: last.bottom - origin.top, left: first.left - origin.left, right: last.right - origin.left };
    const { start, end } = annotation.target.selector[1];
    setLookup(null);
    setTranslating({ span: { start, end }, text: annotation.target.selector[0].exact, box, annotationId: id });
  }, []);

  const closeTranslation = useCallback(() => {
    setTranslating(null);
    bodyRef.current?.focus({ preventScroll: true });
  }, []);

  const saveTranslation = useCallback(
    async (translation: TranslationNote | null) => {
      const target = translating;
      closeTranslation();
      if (!target) return;
      if (target.annotationId) {
        if (await edit(target.annotationId, { translation })) setActiveId(target.annotationId);
      } else if (translation) {
        const created = await create(target.span, color, '', translation);
        if (created) setActiveId(created.id);
      }
    },
    [translating, closeTranslation, edit, create, color],
  );

  const lookUpSelection = useCallback(() => {
    const chosen = currentSelection();
    const word = chosen ? firstWord(chosen.text) : null;
    if (chosen && word) setLookup({ word, box: chosen.box });
  }, [currentSelection]);

  const lookUpAt = useCallback((x: number, y: number) => {
    if (!bodyRef.current || !mainRef.current) return false;
    const pointed = wordAtPoint(bodyRef.current, mainRef.current, x, y);
    if (pointed) setLookup(pointed);
    return pointed !== null;
  }, []);

  const closeLookup = useCallback(() => {
    setLookup(null);
    bodyRef.current?.focus({ preventScroll: true });
  }, []);

  const cycleDisplay = useCallback(() => {
    setDisplay((current) => {
      const next = nextDisplay(current);
      rememberDisplay(next);
      announce(tr.t(`translation.display.${next}`));
      return next;
    });
  }, [announce, tr]);

  const chooseColor = useCallback((next: HighlightColor) => {
    setColor(next);
    rememberColor(next);
  }, []);

  // ---- the sidebar (its callbacks stay the same across renders, so unchanged cards do not re-render) ----

  const focusCard = useCallback((id: string) => {
    requestAnimationFrame(() => document.getElementById(cardElementId(id))?.focus());
  }, []);

  const onShow = useCallback(
    (id: string) => {
      setActiveId(id);
      if (bodyRef.current) flashMarks(bodyRef.current, id);
      const annotation = annotationsRef.current.find((a) => a.id === id);
      if (annotation) cursor.current = { start: annotation.target.selector[1].start, end: annotation.target.selector[1].end };
    },
    [cursor],
  );

  const onEdit = useCallback(
    (id: string | null) => {
      setEditingId((current) => {
        if (id === null && current) focusCard(current);
        return id;
      });
    },
    [focusCard],
  );

  const onSave = useCallback(
    (id: string, fields: Partial<EditableFields>) => {
      setEditingId(null);
      focusCard(id);
      void edit(id, fields).then(() => setTagsVersion((n) => n + 1));
    },
    [edit, focusCard],
  );

  const onDelete = useCallback(
    (id: string) => {
      const list = annotationsRef.current;
      const at = list.findIndex((a) => a.id === id);
      const neighbour = list[at + 1] ?? list[at - 1];
      setEditingId((current) => (current === id ? null : current));
      void remove(id).then((removed) => {
        if (!removed) return;
        if (neighbour) focusCard(neighbour.id);
        else headingRef.current?.focus();
      });
    },
    [remove, focusCard],
  );

  const onAttach = useCallback(
    (id: string) => {
      const pending = currentSelection();
      if (pending) {
        void attachTo(id, pending.span);
        return;
      }
      setAttachingId(id);
      const orphan = annotationsRef.current.find((a) => a.id === id);
      announce(tr.t('highlights.attachPrompt', { quote: shortQuote(orphan?.target.selector[0].exact ?? '') }));
      bodyRef.current?.focus({ preventScroll: true });
    },
    [currentSelection, attachTo, announce, tr],
  );

  // ---- detected quotations: the Quotes panel, "Keep quote" and Q ----

  const [sideTab, setSideTab] = useState<SideTab>('annotations');
  const detected = useDetectedQuotes(client, article.id, article.text);

  const keepQuote = useCallback(
    async (span: TextSpan, speaker: Speaker | undefined) => {
      const same = (a: Annotation) => a.kind === 'quote' && a.status === 'anchored' && a.target.selector[1].start === span.start && a.target.selector[1].end === span.end;
      const existing = annotationsRef.current.find(same);
      if (existing) {
        setActiveId(existing.id);
        return;
      }
      const created = await create(span, color, '', undefined, { kind: 'quote', ...(speaker ? { speaker } : {}) });
      if (created) {
        setActiveId(created.id);
        announce(tr.t('quotes.keptAnnounce'));
      }
    },
    [create, color, announce, tr],
  );
  const keepDetected = useCallback((quote: DetectedQuote) => void keepQuote({ start: quote.start, end: quote.end }, speakerOf(quote)), [keepQuote]);
  const keepSelected = useCallback(() => {
    const chosen = currentSelection();
    if (!chosen) {
      announce(tr.t('quotes.nothingSelected'));
      return;
    }
    // On a detected quotation, its whole words and its speaker; else the selection, speaker unknown.
    const quote = detected.status === 'ready' ? quoteAtSpan(detected.quotes, chosen.span) : null;
    cursor.current = chosen.span;
    clear(true);
    void keepQuote(quote ? { start: quote.start, end: quote.end } : chosen.span, quote ? speakerOf(quote) : undefined);
  }, [currentSelection, detected, cursor, clear, keepQuote, announce, tr]);
  const showQuote = useCallback((quote: DetectedQuote) => select({ start: quote.start, end: quote.end }), [select]);

  // ---- pointer and keyboard ----

  const pointer = useMarkPointer(
    mainRef,
    annotations,
    useCallback(
      (id: string) => {
        setActiveId(id);
        setSideTab('annotations');
        focusCard(id);
      },
      [focusCard],
    ),
  );

  useShortcuts(
    {
      highlight: () => {
        const chosen = currentSelection();
        if (attachingId && chosen) void attachTo(attachingId, chosen.span);
        else void highlight(false);
      },
      addNote: () => void highlight(true),
      undoAnnotation: () => void undo(),
      redoAnnotation: () => void redo(),
      translate: openTranslation,
      lookupWord: lookUpSelection,
      translationDisplay: cycleDisplay,
      findInArticle: () => setFinding((seq) => (seq ?? 0) + 1),
      keepQuote: keepSelected,
      quotesPanel: () => setSideTab((tab) => (tab === 'quotes' ? 'annotations' : 'quotes')),
      glossaryUnderline: toggleUnderline,
    },
    !editingText,
  );

  // Escape cancels what is in progress before it means "back to the library".
  useEffect(() => {
    cancelRef.current = () => {
      if (lookup) {
        closeLookup();
        return true;
      }
      if (finding !== null) {
        setFinding(null);
        return true;
      }
      if (translating) {
        closeTranslation();
        return true;
      }
      if (attachingId) {
        setAttachingId(null);
        clear();
        return true;
      }
      if (selection) {
        clear();
        return true;
      }
      if (pointer.tip) {
        pointer.hide();
        return true;
      }
      return false;
    };
    return () => {
      cancelRef.current = null;
    };
  });

  // ---- changing the text ----

  const onTextChanged = useCallback(
    (next: Loaded, how: 'edited' | 'updated') => {
      const orphansBefore = new Set(annotationsRef.current.filter((a) => a.status === 'orphan').map((a) => a.id));
      setArticle(next.article);
      replaceAll(next.annotations);
      pointer.hide();
      cursor.current = null;
      const lost = next.annotations.filter((a) => a.status === 'orphan' && !orphansBefore.has(a.id)).length;
      const message = lost > 0 ? tr.plural('highlights.textSavedOrphans', lost) : tr.t(how === 'edited' ? 'highlights.textSaved' : 'highlights.updated');
      announce(message);
      onToast({ tone: 'info', message });
    },
    [replaceAll, pointer, cursor, announce, onToast, tr],
  );
  const onUpdateFailed = useCallback((message: string) => onToast({ tone: 'error', message: tr.t('highlights.updateFailed', { message }) }), [onToast, tr]);
  const { saveText, updateFromFile } = useTextChanges(client, article.id, onTextChanged, onUpdateFailed);

  const attaching = attachingId ? annotations.find((a) => a.id === attachingId) : undefined;

  return (
    <div className="reader-layout">
      <div className="reader-main" ref={mainRef}>
        <ReaderHead article={article} headingRef={headingRef}>
          <div className="reader-actions">
            <button
              type="button"
              className="button button-quiet button-small"
              aria-keyshortcuts="Shift+T"
              title={tr.t('shortcuts.translationDisplay')}
              data-display={display}
              onClick={cycleDisplay}
            >
              {tr.t(`translation.display.${display}`)}
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-pressed={underline}
              aria-keyshortcuts="U"
              title={tr.t('shortcuts.glossaryUnderline')}
              onClick={toggleUnderline}
            >
              {tr.t('glossary.underline')}
            </button>
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
        {finding !== null && (
          <FindBar bodyRef={bodyRef} text={article.text} focusSeq={finding} paintKey={specs} onClose={() => setFinding(null)} />
        )}
        {attaching && (
          <div className="attach-banner" role="note">
            <p>{tr.t('highlights.attachPrompt', { quote: shortQuote(attaching.target.selector[0].exact) })}</p>
            <button type="button" className="button button-small" onClick={() => setAttachingId(null)}>
              {tr.t('highlights.cancelAttach')}
            </button>
          </div>
        )}
        {underline && <GlossaryTerms matches={glossary.matches} />}
        <p id={hintId} className="visually-hidden">
          {tr.t('highlights.articleHint')}
        </p>
        <article
          ref={bodyRef}
          className={`article-body translations-${display}`}
          data-testid="article-body"
          tabIndex={0}
          aria-labelledby="reader-title"
          aria-describedby={hintId}
          lang={articleLang}
          onClick={(event) => {
            if (event.altKey && lookUpAt(event.clientX, event.clientY)) {
              event.preventDefault();
              return;
            }
            pointer.onClick(event);
          }}
          onDoubleClick={(event) => lookUpAt(event.clientX, event.clientY)}
          onAuxClick={(event) => {
            // Middle click would open a tab inside the app; send it outside like a click.
            if (event.button === 1) onLinkActivate(event);
          }}
          onKeyDown={onBodyKeyDown}
          onMouseOver={pointer.onMouseOver}
          onMouseMove={glossary.onMouseMove}
          onMouseLeave={() => {
            pointer.onMouseLeave();
            glossary.hide();
          }}
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
            onTranslate={openTranslation}
            onAttach={attachingId ? () => void attachTo(attachingId, currentSelection()?.span ?? selection.span) : undefined}
          />
        )}
        {pointer.tip && !selection && <NoteTooltip note={pointer.tip.note} box={pointer.tip.box} />}
        {glossary.tip && !selection && !pointer.tip && <GlossaryTooltip tip={glossary.tip} />}
        {translating && (
          <TranslationEditor
            key={`${translating.span.start}:${translating.span.end}:${translating.annotationId ?? ''}`}
            client={client}
            original={translating.text}
            initial={annotations.find((a) => a.id === translating.annotationId)?.translation ?? null}
            defaultFrom={passageLang(translating.text, lookupFrom)}
            articleId={article.id}
            sentence={sentenceAround(article.text, translating.span, articleLang ?? tr.intlTag)}
            onAnnounce={announce}
            className="translation-editor-float"
            style={{ top: translating.box.bottom + 8 }}
            onSave={(translation) => void saveTranslation(translation)}
            onCancel={closeTranslation}
          />
        )}
        {lookup && <WordLookupPopup client={client} word={lookup.word} from={lookupFrom} box={lookup.box} onClose={closeLookup} />}
      </div>
      <ReaderSidePanel
        tab={sideTab}
        onTab={setSideTab}
        annotations={
          <AnnotationSidebar
            annotations={sidebarReady ? annotations : NO_ANNOTATIONS}
            pending={!sidebarReady}
            activeId={activeId}
            editingId={editingId}
            knownTags={knownTags}
            showTranslations={display !== 'hidden'}
            onShow={onShow}
            onEdit={onEdit}
            onSave={onSave}
            onDelete={onDelete}
            onAttach={onAttach}
            onTranslate={onTranslate}
            onCopyQuote={onCopyQuote}
          />
        }
        quotes={<QuotesPanel state={detected} annotations={annotations} onShow={showQuote} onKeep={keepDetected} />}
      />
      <LiveRegion announcement={announcement} />
      {editingText && <TextEditorDialog title={article.title} markdown={article.markdown} onSave={saveText} onClose={() => setEditingText(false)} />}
    </div>
  );
}
