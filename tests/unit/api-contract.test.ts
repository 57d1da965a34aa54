import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { METHOD_NAMES } from '../../shared/api.js';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';
import { badParamCases } from './api-contract.cases.js';

async function openWithSample() {
  const library = await Library.open(await tempDir(), { mode: 'write', addSample: true, samplePath: SAMPLE });
  const handlers = createHandlers(library);
  const [summary] = library.list();
  return { library, handlers, id: summary.id };
}

describe('the API contract', () => {
  it('has a bad-params case for every method', () => {
    const covered = new Set(badParamCases.map((c) => c.method));
    expect(METHOD_NAMES.filter((m) => !covered.has(m))).toEqual([]);
  });

  it.each(badParamCases)('rejects $method with $label', async ({ method, params, mentions }) => {
    const { library, handlers } = await openWithSample();
    await library.flushIndex();
    const before = await readFile(library.layout.index, 'utf8');
    const result = await dispatchCall(handlers, method, params);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_params');
    expect(result.error.message).toMatch(new RegExp(`^Invalid parameters for ${method.replace('.', '\\.')}: `));
    expect(result.error.message).toContain(mentions);
    expect(result.error.message).not.toMatch(/\n\s+at /);
    await library.close();
    expect(await readFile(library.layout.index, 'utf8')).toBe(before);
  });

  it('names an unknown method in one sentence', async () => {
    const { library, handlers } = await openWithSample();
    const result = await dispatchCall(handlers, 'articles.frobnicate', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Tandai has no API method called "articles.frobnicate".' } });
    await library.close();
  });

  it('fills defaults and returns validated results', async () => {
    const { library, handlers, id } = await openWithSample();
    const created = await dispatchCall(handlers, 'annotations.create', { articleId: id, target: { exact: 'Alexandr Wang', occurrence: 1 } });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const annotation = created.value as { color: string; note: string; tags: string[]; status: string };
    expect(annotation).toMatchObject({ color: 'yellow', note: '', tags: [], status: 'anchored' });
    await library.close();
  });

  it('turns handler failures into not_found sentences', async () => {
    const { library, handlers } = await openWithSample();
    const result = await dispatchCall(handlers, 'articles.get', { id: 'aaaaaaaaaaaaaaaa' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no article with id aaaaaaaaaaaaaaaa in this library.' } });
    await library.close();
  });
});
