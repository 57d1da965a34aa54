/**
 * Runs an import (chosen files, a drop, a paste) through articles.import, batch by batch, and keeps
 * what the library view shows about it: progress while it runs, a question when a file is already in
 * the library, and a summary when it is done. Duplicates are never added silently: the user answers
 * for each one (or for all the rest at once). Outcomes are kept as data, not sentences, so the
 * summary follows a language switch.
 */
import { useCallback, useRef, useState } from 'react';
import type { ApiClient } from './api-client.js';
import type { DroppedFile } from './collect-dropped-files.js';
import { errorText } from './error-text.js';
import { useI18n } from './i18n-context.js';
import { PROGRESS_THRESHOLD, fileToBase64, isTooLarge, planBatches, type ImportFormat } from './import-files.js';
import type { ClipboardPayload } from './read-clipboard.js';
import type { Translator } from '../shared/i18n/index.js';

/** Where an item came from: a file shows its name, a paste a phrase of its own ("Pasted text"). */
export type ImportOrigin = 'file' | 'pastedText' | 'pastedHtml';

export interface ImportItem {
  /** Sent to the API, which takes the format from its extension unless `format` says otherwise. */
  name: string;
  blob: Blob;
  size: number;
  format?: ImportFormat;
  origin: ImportOrigin;
  /** Tried when this item is refused for a reason other than being a duplicate: the text flavour of an HTML paste. */
  fallback?: ImportItem;
}

export interface ImportProgress {
  done: number;
  total: number;
  /** Only imports of several files get a progress bar. */
  showBar: boolean;
}

export type SkipReason =
  | { kind: 'tooLarge'; size: number }
  | { kind: 'readFailed'; detail: string }
  | { kind: 'rejected'; message: string }
  | { kind: 'duplicate'; title: string };

export interface SkippedItem {
  file: string;
  origin: ImportOrigin;
  reason: SkipReason;
}

export interface ImportReport {
  imported: { id: string; title: string }[];
  skipped: SkippedItem[];
  /** Said instead of a count when there was nothing to import at all. */
  notice?: { kind: 'nothingFound' } | { kind: 'clipboardEmpty' } | { kind: 'dropFailed'; detail: string };
}

export type DuplicateChoice = 'import' | 'open' | 'skip';

export interface DuplicateQuestion {
  file: string;
  origin: ImportOrigin;
  existingId: string;
  existingTitle: string;
  /** Duplicates still to ask about after this one. */
  remaining: number;
}

export interface DuplicateAnswer {
  choice: DuplicateChoice;
  /** Give the same answer for every remaining duplicate of this import. */
  forAll: boolean;
}

type Outcome =
  | { kind: 'imported'; id: string; title: string }
  | { kind: 'duplicate'; of: string }
  | { kind: 'skipped'; reason: SkipReason };

const utf8 = new TextEncoder();

function textItem(name: string, text: string, format: ImportFormat, origin: ImportOrigin, fallback?: ImportItem): ImportItem {
  const blob = new Blob([utf8.encode(text)]);
  return { name, blob, size: blob.size, format, origin, fallback };
}

export function itemsFromFiles(files: readonly (File | DroppedFile)[]): ImportItem[] {
  return files.map((entry) => {
    const file = entry instanceof File ? entry : entry.file;
    return { name: entry instanceof File ? file.name : entry.name, blob: file, size: file.size, origin: 'file' };
  });
}

/** A paste as the API wants it: `clipboard.html` (format html) when it has an HTML flavour, else `clipboard.txt`. */
export function itemsFromClipboard(payload: ClipboardPayload): ImportItem[] {
  switch (payload.kind) {
    case 'files':
      return itemsFromFiles(payload.files);
    case 'html': {
      const fallback = payload.text.trim() ? textItem('clipboard.txt', payload.text, 'text', 'pastedText') : undefined;
      return [textItem('clipboard.html', payload.html, 'html', 'pastedHtml', fallback)];
    }
    case 'text':
      return [textItem('clipboard.txt', payload.text, 'text', 'pastedText')];
  }
}

/** One articles.import call; every item gets an outcome, in order, whatever fails. */
async function importBatch(client: ApiClient, items: readonly ImportItem[], allowDuplicates: boolean, tr: Translator): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const payload: { name: string; dataBase64: string; format?: ImportFormat }[] = [];
  const sent: number[] = [];
  for (const [index, item] of items.entries()) {
    try {
      payload.push({ name: item.name, dataBase64: await fileToBase64(item.blob), format: item.format });
      sent.push(index);
    } catch (error) {
      outcomes[index] = { kind: 'skipped', reason: { kind: 'readFailed', detail: error instanceof Error ? error.message : String(error) } };
    }
  }
  if (payload.length === 0) return outcomes;
  try {
    const { results } = await client.call('articles.import', { files: payload, allowDuplicates });
    results.forEach((result, position) => {
      const index = sent[position];
      if (!('error' in result)) outcomes[index] = { kind: 'imported', id: result.id, title: result.title };
      else if (result.duplicateOf && !allowDuplicates) outcomes[index] = { kind: 'duplicate', of: result.duplicateOf };
      else outcomes[index] = { kind: 'skipped', reason: { kind: 'rejected', message: result.error } };
    });
  } catch (error) {
    const message = errorText(error, tr);
    for (const index of sent) outcomes[index] = { kind: 'skipped', reason: { kind: 'rejected', message } };
  }
  return outcomes;
}

export function useImport(client: ApiClient, onImported: () => Promise<void> | void, onOpen: (id: string) => void) {
  const tr = useI18n();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [question, setQuestion] = useState<DuplicateQuestion | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const answerRef = useRef<((answer: DuplicateAnswer) => void) | null>(null);

  const ask = useCallback(
    (next: DuplicateQuestion) =>
      new Promise<DuplicateAnswer>((resolve) => {
        answerRef.current = resolve;
        setQuestion(next);
      }),
    [],
  );

  const answer = useCallback((reply: DuplicateAnswer) => {
    const resolve = answerRef.current;
    answerRef.current = null;
    setQuestion(null);
    resolve?.(reply);
  }, []);

  /** Titles of the articles the duplicates repeat (they may have come in with this very import). */
  const titlesOf = useCallback(
    async (ids: readonly string[]): Promise<Map<string, string>> => {
      const titles = new Map<string, string>();
      try {
        const { articles } = await client.call('articles.list', {});
        for (const article of articles) if (ids.includes(article.id)) titles.set(article.id, article.title);
      } catch {
        // The question still makes sense with the file name alone.
      }
      return titles;
    },
    [client],
  );

  /** Whether an import is under way; a second one waits for the user to finish the first. */
  const start = useCallback(() => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setReport(null);
    return true;
  }, []);

  const finish = useCallback((final: ImportReport) => {
    running.current = false;
    setBusy(false);
    setProgress(null);
    setQuestion(null);
    setReport(final);
  }, []);

  const importItems = useCallback(
    async (items: readonly ImportItem[]) => {
      if (items.length === 0 || !start()) return;
      const imported: ImportReport['imported'] = [];
      const skipped: SkippedItem[] = [];
      const duplicates: { item: ImportItem; of: string }[] = [];
      let openId: string | null = null;
      const total = items.length;
      const showBar = total > PROGRESS_THRESHOLD;
      try {
        const accepted: ImportItem[] = [];
        for (const item of items) {
          if (isTooLarge(item)) skipped.push({ file: item.name, origin: item.origin, reason: { kind: 'tooLarge', size: item.size } });
          else accepted.push(item);
        }
        let done = total - accepted.length;
        setProgress({ done, total, showBar });

        const record = async (item: ImportItem, outcome: Outcome, allowDuplicates: boolean) => {
          if (outcome.kind === 'imported') imported.push({ id: outcome.id, title: outcome.title });
          else if (outcome.kind === 'duplicate') duplicates.push({ item, of: outcome.of });
          else if (item.fallback && outcome.reason.kind === 'rejected') {
            const [again] = await importBatch(client, [item.fallback], allowDuplicates, tr);
            await record(item.fallback, again, allowDuplicates);
          } else skipped.push({ file: item.name, origin: item.origin, reason: outcome.reason });
        };

        for (const batch of planBatches(accepted)) {
          const outcomes = await importBatch(client, batch, false, tr);
          for (const [index, item] of batch.entries()) await record(item, outcomes[index], false);
          done += batch.length;
          setProgress({ done, total, showBar });
        }
        setProgress(null);

        if (duplicates.length > 0) {
          const titles = await titlesOf(duplicates.map((duplicate) => duplicate.of));
          const again: ImportItem[] = [];
          let standing: DuplicateChoice | null = null;
          for (const [index, { item, of }] of duplicates.entries()) {
            const existingTitle = titles.get(of) ?? item.name;
            let choice = standing;
            if (!choice) {
              const reply = await ask({ file: item.name, origin: item.origin, existingId: of, existingTitle, remaining: duplicates.length - index - 1 });
              choice = reply.choice;
              if (reply.forAll) standing = reply.choice;
            }
            if (choice === 'import') {
              again.push(item);
              continue;
            }
            skipped.push({ file: item.name, origin: item.origin, reason: { kind: 'duplicate', title: existingTitle } });
            if (choice === 'open' && !openId) {
              // Opening leaves the library: the rest stay out, which leaves the library as it was.
              openId = of;
              standing = 'skip';
            }
          }
          if (again.length > 0) {
            let forced = 0;
            setProgress({ done: forced, total: again.length, showBar: again.length > PROGRESS_THRESHOLD });
            for (const batch of planBatches(again)) {
              const outcomes = await importBatch(client, batch, true, tr);
              for (const [index, item] of batch.entries()) await record(item, outcomes[index], true);
              forced += batch.length;
              setProgress({ done: forced, total: again.length, showBar: again.length > PROGRESS_THRESHOLD });
            }
          }
        }
        if (imported.length > 0) await onImported();
      } finally {
        finish({ imported, skipped });
      }
      if (openId) onOpen(openId);
    },
    [ask, client, finish, onImported, onOpen, start, titlesOf, tr],
  );

  /** A drop or paste that turned out to hold nothing to import still gets a word. */
  const notify = useCallback(
    (notice: NonNullable<ImportReport['notice']>) => {
      if (running.current) return;
      setReport({ imported: [], skipped: [], notice });
    },
    [],
  );

  const dismissReport = useCallback(() => setReport(null), []);

  return { progress, report, question, busy, importItems, answer, notify, dismissReport };
}
