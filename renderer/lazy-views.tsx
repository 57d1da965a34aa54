/**
 * Views and dialogs that are not on the library's first screen. Each loads when first shown, so the
 * script parsed before the first paint of a large library is the library view alone (this took the
 * start-up bundle from 583 kB to about half). They are fetched in idle time after the first paint
 * (prefetchViews), so opening one later is as quick as before.
 */
import { Suspense, lazy, useState, type ComponentType, type ReactNode } from 'react';

const loaders = {
  reader: () => import('./views/reader-view.js'),
  trash: () => import('./views/trash-view.js'),
  tags: () => import('./views/tags-view.js'),
  settings: () => import('./views/settings-view.js'),
  backups: () => import('./components/backup-settings.js'),
  search: () => import('./components/search-dialog.js'),
  glossary: () => import('./components/glossary-panel.js'),
  shortcuts: () => import('./components/shortcuts-dialog.js'),
  exportDialog: () => import('./components/export-dialog.js'),
  bulkTag: () => import('./components/bulk-tag-dialog.js'),
  paste: () => import('./components/paste-dialog.js'),
  duplicate: () => import('./components/duplicate-dialog.js'),
  details: () => import('./components/article-details-dialog.js'),
};

/** React.lazy for a named export (our modules export components by name, not as default). */
function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType<unknown> }))) as M[K];
}

export const ReaderView = lazyNamed(loaders.reader, 'ReaderView');
export const TrashView = lazyNamed(loaders.trash, 'TrashView');
export const TagsView = lazyNamed(loaders.tags, 'TagsView');
export const SettingsView = lazyNamed(loaders.settings, 'SettingsView');
export const BackupSettings = lazyNamed(loaders.backups, 'BackupSettings');
export const SearchDialog = lazyNamed(loaders.search, 'SearchDialog');
export const GlossaryPanel = lazyNamed(loaders.glossary, 'GlossaryPanel');
export const ShortcutsDialog = lazyNamed(loaders.shortcuts, 'ShortcutsDialog');
export const ExportDialog = lazyNamed(loaders.exportDialog, 'ExportDialog');
export const BulkTagDialog = lazyNamed(loaders.bulkTag, 'BulkTagDialog');
export const PasteDialog = lazyNamed(loaders.paste, 'PasteDialog');
export const DuplicateDialog = lazyNamed(loaders.duplicate, 'DuplicateDialog');
export const ArticleDetailsDialog = lazyNamed(loaders.details, 'ArticleDetailsDialog');

/** After the first paint, in idle time: loads every chunk above, so none waits on the network when opened. */
export function prefetchViews(): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    idle = window.requestIdleCallback(() => {
      for (const load of Object.values(loaders)) load().catch(() => {}); // a failure shows when the view is opened
    });
  }, 1000);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/**
 * A dialog that is always mounted with an `open` prop: mounted from the first time it opens, and kept
 * mounted after that so it keeps its state (the last search, a scroll position) as it always did.
 */
export function OnceOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return open || opened ? <Suspense fallback={null}>{children}</Suspense> : null;
}
