// @vitest-environment jsdom
/**
 * The "Restore from backup…" component in a real DOM (jsdom) with React, talking to a real library
 * through the real API (dispatchCall is the transport, as IPC and HTTP are): list, confirm, progress,
 * result toast with Undo, "Back up now", and a failure shown as the API's sentence.
 * jsdom has no modal dialogs, so <dialog>.showModal/close are given their standard effect on `open`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { BackupSettings } from '../../renderer/components/backup-settings.js';
import { ApiClient } from '../../renderer/api-client.js';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const proto = window.HTMLDialogElement.prototype as HTMLDialogElement & { showModal?: () => void };
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new window.Event('close'));
    };
  }
});

let root: Root | undefined;
let library: Library | undefined;
afterEach(async () => {
  if (root) act(() => root!.unmount());
  root = undefined;
  await library?.close();
  library = undefined;
  document.body.innerHTML = '';
});

/** A button as a user finds it: by its accessible name (aria-label, else its text). */
function button(name: string | RegExp): HTMLButtonElement {
  const all = [...document.querySelectorAll('button')];
  const found = all.find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${name}; there are: ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent).join(', ')}`);
  return found;
}

async function click(element: HTMLElement) {
  await act(async () => element.click());
}

/** Waits for the API's answers to arrive and render, letting React apply them inside act as a browser would. */
async function until(check: () => void) {
  for (let attempt = 0; attempt < 500; attempt++) {
    try {
      check();
      return;
    } catch {
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
  check();
}

const status = () => document.querySelector('[role="status"]')?.textContent ?? '';

async function setUp() {
  const dir = await tempDir();
  library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE, indexDelayMs: 0, clock: () => new Date('2026-11-27T08:15:00Z') });
  const handlers = createHandlers(library);
  const api = new ApiClient((method, params) => dispatchCall(handlers, method, params));
  const [article] = library.list();
  const kept = await api.call('annotations.create', { articleId: article.id, target: { start: 0, end: 12 }, note: 'sebelum' });
  const { backup } = await api.call('backups.create', {});
  await api.call('annotations.delete', { articleId: article.id, id: kept.id });
  const restoredCalls: unknown[] = [];
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  await act(async () => root!.render(createElement(BackupSettings, { api, onRestored: (r) => restoredCalls.push(r) })));
  return { dir, api, article, kept, backup, restoredCalls };
}

describe('BackupSettings', () => {
  it('lists the backups with date and article count, restores one after confirming, and undoes it', async () => {
    const { api, article, kept, restoredCalls } = await setUp();
    await click(button('Restore from backup…'));
    const dialog = document.querySelector('dialog')!;
    expect(dialog.hasAttribute('open')).toBe(true);
    await until(() => expect(dialog.querySelector('ul[aria-label="Backups, newest first"]')).not.toBeNull());
    const row = dialog.querySelector('li')!;
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-27T08:15:00Z'));
    expect(row.textContent).toContain(date);
    expect(row.textContent).toContain('1 article · Taken by hand');

    await click(button(`Restore the backup of ${date}`));
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain(`Restore the library as it was on ${date}?`);
    // The safe answer has the focus.
    expect(document.activeElement?.textContent).toBe('Cancel');
    await click(button('Restore library'));
    await until(() => expect(status()).toContain(`The library is back as it was on ${date} (1 article).`));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(restoredCalls).toHaveLength(1);
    expect((await api.call('articles.get', { id: article.id })).annotations.map((a) => a.id)).toEqual([kept.id]);

    // Undo in the toast puts back the state before the restore (the highlight deleted again).
    await click(button('Undo'));
    await until(() => expect(status()).toContain('The restore was undone.'));
    expect((await api.call('articles.get', { id: article.id })).annotations).toEqual([]);
    expect(restoredCalls).toHaveLength(2);
  });

  it('backs up now, and says so', async () => {
    const { api } = await setUp();
    await click(button('Back up now'));
    await until(() => expect(status()).toContain('Backed up 1 article.'));
    expect((await api.call('backups.list', {})).backups).toHaveLength(2);
  });

  it('shows the API sentence when the backup is gone by the time it is restored, and keeps the list open', async () => {
    const { dir, backup } = await setUp();
    await click(button('Restore from backup…'));
    await until(() => expect(document.querySelector('li')).not.toBeNull());
    await click(button(/^Restore the backup of /));
    await rm(path.join(dir, 'backups', backup.id), { recursive: true });
    await click(button('Restore library'));
    await until(() => expect(status()).toContain(`There is no backup called ${backup.id}`));
    expect(document.querySelector('dialog')!.hasAttribute('open')).toBe(true);
    expect(document.querySelector('dialog')!.getAttribute('role')).toBe('dialog');
  });
});
