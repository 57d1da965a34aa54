/**
 * The app shell: loads app.info and settings, then holds what outlives a view — locale, theme,
 * the article list, delete/undo, toasts, notices and the shortcuts dialog — and switches
 * between the library and the reader. Views are history entries, so Back works as people expect.
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Result } from '../shared/api.js';
import { createTranslator, detectLocale } from '../shared/i18n/index.js';
import type { Settings } from '../shared/model.js';
import type { ApiClient } from './api-client.js';
import { AppHeader } from './components/app-header.js';
import type { FocusRequest } from './components/article-table.js';
import { Logo } from './components/icons.js';
import { Notices } from './components/notices.js';
import { ToastRegion, type ToastData } from './components/toast.js';
import { errorText } from './error-text.js';
import { I18nContext } from './i18n-context.js';
import { applyTheme, nextTheme } from './theme.js';
import { useLibrary } from './use-library.js';
import { useSettings } from './use-settings.js';
import { useShortcuts } from './use-shortcuts.js';
import { LibraryView } from './views/library-view.js';
import { BackupSettings, GlossaryPanel, OnceOpened, ReaderView, SearchDialog, SettingsView, ShortcutsDialog, TagsView, TrashView, prefetchViews } from './lazy-views.js';
import type { Passage } from './views/reader-view.js';
import { useDeleteUndo } from './use-delete-undo.js';
import { takeBoot } from './boot-calls.js';
import { useUndoHistory } from './use-undo-history.js';

type AppInfo = Result<'app.info'>;

/** How long start-up may take before the "Loading…" screen shows. */
const BOOT_SCREEN_AFTER_MS = 400;
type Boot = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; info: AppInfo; settings: Settings };

export function App({ client }: { client: ApiClient }) {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [bootSlow, setBootSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setBootSlow(true), BOOT_SCREEN_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    let cancelled = false;
    takeBoot(client).then(
      ({ info, settings }) => !cancelled && setBoot({ status: 'ready', info, settings }),
      (error: unknown) => !cancelled && setBoot({ status: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, attempt]);

  if (boot.status === 'ready') return <Workspace client={client} info={boot.info} initialSettings={boot.settings} />;
  // Nothing at all for the first moments: the boot calls usually answer within them, and drawing a
  // "Loading…" screen first cost a render and a frame (~100 ms) before the library's own.
  if (boot.status === 'loading' && !bootSlow) return null;
  return (
    <BootScreen
      error={boot.status === 'failed' ? boot.error : null}
      onRetry={() => {
        setBoot({ status: 'loading' });
        setAttempt((n) => n + 1);
      }}
    />
  );
}

/** Before settings are known: the system language, the system theme. */
function BootScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const tr = useMemo(() => createTranslator(detectLocale(navigator.language)), []);
  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = tr.t('app.name');
  }, [tr]);
  return (
    <main className="boot" id="main">
      <Logo size={40} />
      {error ? (
        <div role="alert" className="boot-error">
          <h1>{tr.t('app.loadFailed')}</h1>
          <p>{errorText(error, tr)}</p>
          <button type="button" className="button button-primary" onClick={onRetry}>
            {tr.t('app.retry')}
          </button>
        </div>
      ) : (
        <p role="status">{tr.t('app.loading')}</p>
      )}
    </main>
  );
}

type View = { name: 'library' } | { name: 'reader'; id: string; passage?: Passage } | { name: 'trash' } | { name: 'tags' } | { name: 'settings' };

/** Views live in history.state, so the browser's Back (and Alt+Left) leaves the reader. */
function viewFromState(state: unknown): View {
  const view = (state as { tandaiView?: unknown } | null)?.tandaiView;
  if (typeof view === 'object' && view !== null && (view as View).name === 'reader' && typeof (view as { id?: unknown }).id === 'string') {
    return { name: 'reader', id: (view as { id: string }).id };
  }
  if (typeof view === 'object' && view !== null && ((view as View).name === 'trash' || (view as View).name === 'tags')) {
    return (view as { name: 'trash' | 'tags' }).name === 'trash' ? { name: 'trash' } : { name: 'tags' };
  }
  if (typeof view === 'object' && view !== null && (view as View).name === 'settings') return { name: 'settings' };
  return { name: 'library' };
}

interface WorkspaceProps {
  client: ApiClient;
  info: AppInfo;
  initialSettings: Settings;
}

function Workspace({ client, info, initialSettings }: WorkspaceProps) {
  const [toast, setToast] = useState<ToastData | null>(null);
  const toastSeq = useRef(0);
  const showToast = useCallback((data: Omit<ToastData, 'id'>) => {
    toastSeq.current += 1;
    setToast({ ...data, id: toastSeq.current });
    return toastSeq.current;
  }, []);
  const dismissToast = useCallback((id: number) => setToast((current) => (current?.id === id ? null : current)), []);

  const trRef = useRef(createTranslator('en'));
  const [settings, updateSettings] = useSettings(client, initialSettings, (error) =>
    showToast({ tone: 'error', message: trRef.current.t('settings.saveFailed', { message: errorText(error, trRef.current) }) }),
  );
  const locale = settings.locale ?? detectLocale(navigator.language);
  const tr = useMemo(() => createTranslator(locale), [locale]);
  useEffect(() => {
    trRef.current = tr;
    document.documentElement.lang = tr.locale;
  }, [tr]);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  useEffect(prefetchViews, []);

  const library = useLibrary(client);
  const [view, setView] = useState<View>(() => viewFromState(window.history.state));
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [notices, setNotices] = useState(info.notices);
  const [helpOpen, setHelpOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  const [glossaryOpen, setGlossaryOpen] = useState(false);
  /** The term a search hit opened the Glossary panel at (search-glossary-results.tsx). */
  const [glossaryTerm, setGlossaryTerm] = useState<string>();
  const mainRef = useRef<HTMLElement>(null);

  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  });

  /** Back in the library, focus the row of the article just read. */
  const showLibrary = useCallback(() => {
    const previous = viewRef.current;
    if (previous.name === 'reader') setFocusRequest({ id: previous.id, seq: Date.now() });
    setView({ name: 'library' });
  }, []);

  useEffect(() => {
    function onPopState(event: PopStateEvent) {
      const next = viewFromState(event.state);
      if (next.name === 'library') showLibrary();
      else setView(next);
    }
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [showLibrary]);

  // A file dropped outside the drop zone must not make the window navigate to it.
  useEffect(() => {
    function block(event: DragEvent) {
      if (event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files')) event.preventDefault();
    }
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);

  const openArticle = useCallback((id: string, passage?: Passage) => {
    const current = viewRef.current;
    // A search result in the article already open scrolls it; it is not a new page to go Back from.
    if (current.name === 'reader' && current.id === id && passage) {
      setView({ name: 'reader', id, passage });
      return;
    }
    window.history.pushState({ tandaiView: { name: 'reader', id } }, '');
    setView({ name: 'reader', id, passage });
    window.scrollTo(0, 0);
  }, []);

  /** The trash and the tags page are history entries too, so Back (and Escape) return to the library. */
  const showPage = useCallback((name: 'trash' | 'tags') => {
    window.history.pushState({ tandaiView: { name } }, '');
    setView(name === 'trash' ? { name: 'trash' } : { name: 'tags' });
    window.scrollTo(0, 0);
  }, []);

  const openSettings = useCallback(() => {
    if (viewRef.current.name === 'settings') return;
    window.history.pushState({ tandaiView: { name: 'settings' } }, '');
    setView({ name: 'settings' });
    window.scrollTo(0, 0);
  }, []);

  const backToLibrary = useCallback(() => {
    if (viewFromState(window.history.state).name !== 'library' && window.history.length > 1) {
      window.history.back(); // popstate then shows the library
    } else {
      window.history.replaceState(null, '');
      showLibrary();
    }
  }, [showLibrary]);

  // Ctrl+Z in the library and on the tags page: deletes and tag changes, most recent first.
  const undoHistory = useUndoHistory({ showToast, dismissToast, tr });
  const { deleteArticles } = useDeleteUndo({
    client,
    library,
    history: undoHistory,
    showToast,
    tr,
    onRestored: useCallback((ids: string[]) => ids[0] && setFocusRequest({ id: ids[0], seq: Date.now() }), []),
  });

  useShortcuts({
    help: () => setHelpOpen(true),
    glossary: () => setGlossaryOpen(true),
    settings: openSettings,
    toggleTheme: () => updateSettings({ theme: nextTheme(settings.theme) }),
    // In the reader, Ctrl+Z belongs to the reader's own undo (highlights, notes).
    undo: view.name === 'library' || view.name === 'tags' ? undoHistory.undoLast : undefined,
    searchLibrary: () => setSearchOpen(true),
  });

  return (
    <I18nContext value={tr}>
      <div className="app">
        <AppHeader
          theme={settings.theme}
          onToggleTheme={() => updateSettings({ theme: nextTheme(settings.theme) })}
          locale={locale}
          onLocale={(next) => updateSettings({ locale: next })}
          onShowShortcuts={() => setHelpOpen(true)}
          onSkipToContent={() => mainRef.current?.focus()}
          onShowGlossary={() => setGlossaryOpen(true)}
          onShowSettings={openSettings}
        />
        <main id="main" ref={mainRef} tabIndex={-1} className={`main main-${view.name}`}>
          {info.readOnly && (
            <p className="banner" role="note">
              {tr.t('app.readOnly')}
            </p>
          )}
          <Notices notices={notices} onDismiss={() => setNotices([])} />
          {library.loading && view.name === 'library' && (
            <p className="banner" role="status">
              {tr.t('library.loadingRest', { loaded: library.loading.loaded, total: library.loading.total })}
            </p>
          )}
          <Suspense fallback={null}>
            {view.name === 'library' ? (
              <LibraryView
                client={client}
                articles={library.articles}
                loadError={library.loadError}
                readOnly={info.readOnly}
                onRetry={() => void library.reload()}
                onOpen={openArticle}
                onDelete={(articles) => void deleteArticles(articles)}
                onShowTrash={() => showPage('trash')}
                onShowTags={() => showPage('tags')}
                onImported={library.reload}
                onToast={showToast}
                undoHistory={undoHistory}
                partialTotal={library.partialTotal}
                focusRequest={focusRequest}
              />
            ) : view.name === 'trash' ? (
              <TrashView client={client} readOnly={info.readOnly} onBack={backToLibrary} onToast={showToast} onRestored={library.putMany} />
            ) : view.name === 'tags' ? (
              <TagsView client={client} readOnly={info.readOnly} onBack={backToLibrary} onToast={showToast} onChanged={library.reload} undoHistory={undoHistory} />
            ) : view.name === 'settings' ? (
              <SettingsView
                client={client}
                settings={settings}
                locale={locale}
                onChange={updateSettings}
                onBack={backToLibrary}
                readOnly={info.readOnly}
                extraSections={[
                  { id: 'backups', title: 'backups.title', content: <BackupSettings api={client} heading={false} showToast={showToast} onRestored={() => void library.reload()} /> },
                ]}
              />
            ) : (
              <ReaderView
                key={view.id}
                client={client}
                id={view.id}
                passage={view.passage}
                onProgress={library.patch}
                fontSize={settings.fontSize}
                onFontSize={(fontSize) => updateSettings({ fontSize })}
                onBack={backToLibrary}
                onToast={showToast}
              />
            )}
          </Suspense>
        </main>
        <ToastRegion toast={toast} onDismiss={dismissToast} />
        <OnceOpened open={searchOpen}>
          <SearchDialog
            open={searchOpen}
            client={client}
            onClose={() => setSearchOpen(false)}
            onChoose={openArticle}
            onShowGlossaryTerm={(term) => {
              setGlossaryTerm(term);
              setGlossaryOpen(true);
            }}
          />
        </OnceOpened>
        <OnceOpened open={helpOpen}>
          <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} version={info.version} />
        </OnceOpened>
        <OnceOpened open={glossaryOpen}>
          <GlossaryPanel
            client={client}
            open={glossaryOpen}
            initialQuery={glossaryTerm}
            onClose={() => {
              setGlossaryOpen(false);
              setGlossaryTerm(undefined);
            }}
          />
        </OnceOpened>
      </div>
    </I18nContext>
  );
}
