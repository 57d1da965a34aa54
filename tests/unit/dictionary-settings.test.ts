/**
 * Settings → Dictionaries below the UI: lookups skip dictionaries turned off and list entries in the
 * user's order (real TSV dictionaries compiled into a real temp library, through dispatchCall); the
 * arranging and moving helpers; and a settings patch changing only what it names.
 */
import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MethodName, ParamsIn, Result } from '../../shared/api.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { arrangeDictionaries, moveInOrder } from '../../shared/dictionary/dictionary-preferences.js';
import { createHandlers } from '../../electron/handlers.js';
import { Library } from '../../electron/library/library.js';
import { tempDir } from '../helpers/temp-library.js';

async function open() {
  const library = await Library.open(await tempDir(), { mode: 'write' });
  const handlers = createHandlers(library);
  async function call<M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>> {
    const envelope = await dispatchCall(handlers, method, params);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as Result<M>;
  }
  return { library, call };
}

describe('dictionary preferences', () => {
  it('arrange in the chosen order, unnamed ones after in their own order, and move one place at a time', () => {
    const arranged = arrangeDictionaries(['a', 'b', 'c', 'd'], (x) => x, { order: ['c', 'a'], disabled: ['a'] });
    expect(arranged.map((d) => [d.id, d.enabled])).toEqual([
      ['c', true],
      ['a', false],
      ['b', true],
      ['d', true],
    ]);
    expect(moveInOrder(['c', 'a', 'b'], 'b', -1)).toEqual(['c', 'b', 'a']);
    expect(moveInOrder(['c', 'a', 'b'], 'c', -1)).toEqual(['c', 'a', 'b']);
    expect(moveInOrder(['c', 'a', 'b'], 'b', 1)).toEqual(['c', 'a', 'b']);
  });

  it('are honoured by dictionary.lookup: disabled dictionaries are skipped, entries follow the order', async () => {
    const { library, call } = await open();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'kamus-satu.tsv'), 'buku\tbook\nmeja\ttable\n');
    await writeFile(path.join(dir, 'kamus-dua.tsv'), 'buku\tvolume\n');
    await call('dictionary.import', { path: path.join(dir, 'kamus-satu.tsv'), from: 'id', to: 'en' });
    await call('dictionary.import', { path: path.join(dir, 'kamus-dua.tsv'), from: 'id', to: 'en' });
    const from = (entries: { dictionary: string }[]) => entries.map((e) => e.dictionary).filter((d) => d.startsWith('kamus'));

    expect(from((await call('dictionary.lookup', { word: 'bukunya', from: 'id' })).entries)).toEqual(['kamus-satu', 'kamus-dua']);
    const { dictionaries } = await call('dictionary.list', {});
    const ids = dictionaries.map((d) => d.id);
    // The list holds each dictionary and its inversion (kamus-satu-inverted sits between the two): two moves up.
    expect(ids.indexOf('kamus-dua') - ids.indexOf('kamus-satu')).toBe(2);
    await call('settings.update', { dictionaryOrder: moveInOrder(moveInOrder(ids, 'kamus-dua', -1), 'kamus-dua', -1) });
    expect(from((await call('dictionary.lookup', { word: 'bukunya', from: 'id' })).entries)).toEqual(['kamus-dua', 'kamus-satu']);
    await call('settings.update', { disabledDictionaries: ['kamus-dua'] });
    expect(from((await call('dictionary.lookup', { word: 'bukunya', from: 'id' })).entries)).toEqual(['kamus-satu']);
    await call('settings.update', { disabledDictionaries: ['kamus-dua', 'kamus-satu'] });
    expect(from((await call('dictionary.lookup', { word: 'meja', from: 'id' })).entries)).toEqual([]);
    await library.close();
  }, 60_000);

  it('a settings patch changes only the fields it names', async () => {
    const { library, call } = await open();
    await call('settings.update', { theme: 'dark', disabledDictionaries: ['x'] });
    const after = await call('settings.update', { fontSize: 21 });
    expect(after).toMatchObject({ theme: 'dark', fontSize: 21, disabledDictionaries: ['x'], underlineGlossary: false });
    await library.close();
  });
});
