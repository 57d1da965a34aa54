import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { runCli } from '../../electron/cli.js';
import { createHandlers } from '../../electron/handlers.js';
import { Library } from '../../electron/library/library.js';
import type { MethodName, ParamsIn, Result } from '../../shared/api.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

async function openSample() {
  const dir = await tempDir();
  const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
  const handlers = createHandlers(library);
  const call = async <M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>> => {
    const result = await dispatchCall(handlers, method, params);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Result<M>;
  };
  const [{ id }] = library.list();
  return { dir, library, handlers, call, id };
}

describe('quotes.detect and speakers on annotations', () => {
  it('detects the sample quotations through the API, in text order', async () => {
    const { library, call, id } = await openSample();
    const { quotes } = await call('quotes.detect', { articleId: id });
    const { article } = await call('articles.get', { id });
    expect(quotes).toHaveLength(8);
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Meta', 'ZeeBiz', 'Louise Matsakis', 'Raja Krishnamoorthi', 'juru bicara Scale AI', 'Jonathan Siddharth', 'Jonathan Siddharth', 'Garrett Lord',
    ]);
    for (const [i, q] of quotes.entries()) {
      expect(article.text.slice(q.start, q.end)).toBe(q.quote);
      if (i > 0) expect(q.start).toBeGreaterThan(quotes[i - 1].end);
    }
    await library.close();
  });

  it('finds the quotations again after the text is edited', async () => {
    const { library, call, id } = await openSample();
    const { article } = await call('articles.get', { id });
    const markdown = article.markdown.replace('ujar Jonathan Siddharth, CEO Turing', 'kata Sari Dewi, analis Mandiri Sekuritas');
    expect(markdown).not.toBe(article.markdown);
    await call('articles.editText', { id, markdown });
    const { quotes } = await call('quotes.detect', { articleId: id });
    expect(quotes.slice(5, 7).map((q) => [q.speaker, q.role])).toEqual([
      ['Sari Dewi', 'analis Mandiri Sekuritas'],
      ['Sari Dewi', 'analis Mandiri Sekuritas'],
    ]);
    await library.close();
  });

  it('keeps a detected quote as an annotation of kind quote with its speaker, edits and clears the speaker', async () => {
    const { library, call, id } = await openSample();
    const { quotes } = await call('quotes.detect', { articleId: id });
    const q = quotes[5];
    const kept = await call('annotations.create', { articleId: id, target: { start: q.start, end: q.end }, kind: 'quote', speaker: { name: q.speaker!, role: q.role! } });
    expect(kept).toMatchObject({ kind: 'quote', speaker: { name: 'Jonathan Siddharth', role: 'CEO Turing' } });
    expect(kept.target.selector[0].exact).toBe(q.quote);

    const renamed = await call('annotations.update', { articleId: id, id: kept.id, speaker: { name: '  Jonathan   Siddharth ', role: ' ' } });
    expect(renamed.speaker).toEqual({ name: 'Jonathan Siddharth' });
    const cleared = await call('annotations.update', { articleId: id, id: kept.id, speaker: null });
    expect(cleared.speaker).toBeUndefined();
    // Stored on disk, not just returned.
    await library.close();
    const reopened = await Library.open(library.dir, { mode: 'read' });
    const { annotations } = await reopened.get(id);
    expect(annotations).toHaveLength(1);
    expect(annotations[0].speaker).toBeUndefined();
    await reopened.close();
  });

  it('refuses a blank speaker name with a sentence and leaves the article unchanged', async () => {
    const { library, handlers, call, id } = await openSample();
    const kept = await call('annotations.create', { articleId: id, target: { exact: 'Netralitas kini keharusan bagi lab AI.' }, kind: 'quote', speaker: { name: 'Jonathan Siddharth' } });
    const file = library.layout.articleFile(id);
    const before = await readFile(file, 'utf8');
    const result = await dispatchCall(handlers, 'annotations.update', { articleId: id, id: kept.id, speaker: { name: '   ' } });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_params', message: 'The speaker needs a name; leave the speaker out to store none.' } });
    expect(await readFile(file, 'utf8')).toBe(before);
    await library.close();
  });

  it('says when the article does not exist', async () => {
    const { library, handlers } = await openSample();
    const result = await dispatchCall(handlers, 'quotes.detect', { articleId: 'aaaaaaaaaaaaaaaa' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no article with id aaaaaaaaaaaaaaaa in this library.' } });
    await library.close();
  });
});

describe('tandai quotes', () => {
  async function cli(...args: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  }

  it('prints the quotations in text order, as JSON with --json', async () => {
    const lib = await tempDir();
    const [{ id }] = JSON.parse((await cli('import', SAMPLE, '--json', '--library', lib)).out);
    const json = await cli('quotes', id, '--json', '--library', lib);
    expect(json.code).toBe(0);
    const quotes = JSON.parse(json.out);
    expect(quotes).toHaveLength(8);
    for (const q of quotes) expect(Object.keys(q)).toEqual(['quote', 'speaker', 'role', 'start', 'end']);
    expect(quotes[7]).toMatchObject({ speaker: 'Garrett Lord', role: 'CEO Handshake' });

    const human = await cli('quotes', id, '--library', lib);
    expect(human.code).toBe(0);
    const lines = human.out.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[2]).toMatch(/^“Koneksinya .*” — Louise Matsakis, Semafor Technology {2}\[\d+–\d+\]$/);
  });

  it('asks for an article id, and names a missing one', async () => {
    const lib = await tempDir();
    const missing = await cli('quotes', '--library', lib);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toBe('Name the article whose quotations to list, e.g. "tandai quotes ID" (ids are in "tandai list").\n');
    const unknown = await cli('quotes', 'aaaaaaaaaaaaaaaa', '--library', lib);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('There is no article with id aaaaaaaaaaaaaaaa in this library.\n');
  });
});
