import { describe, expect, it } from 'vitest';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import type { MethodName, ParamsIn, Result } from '../../shared/api.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

async function setup() {
  const dir = await tempDir();
  const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
  const handlers = createHandlers(library);
  const call = async <M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>> => {
    const result = await dispatchCall(handlers, method, params);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as Result<M>;
  };
  const [{ id }] = library.list();
  return { dir, library, call, id };
}

describe('annotations', () => {
  it('finds quotes loosely, and explains missing and ambiguous ones', async () => {
    const { library, call, id } = await setup();
    await expect(call('annotations.create', { articleId: id, target: { exact: 'tidak ada di artikel' } })).rejects.toThrow(
      'The quote "tidak ada di artikel" does not occur in this article.',
    );
    await expect(call('annotations.create', { articleId: id, target: { exact: 'Alexandr Wang' } })).rejects.toThrow(
      'The quote "Alexandr Wang" occurs 2 times in this article; say which occurrence (1 to 2) to annotate.',
    );
    await expect(call('annotations.create', { articleId: id, target: { exact: 'Alexandr Wang', occurrence: 3 } })).rejects.toThrow(/occurs only 2 times/);
    // Given with a single space where the text breaks between two paragraphs, and with straight quotes.
    const across = await call('annotations.create', { articleId: id, target: { exact: 'guna memimpin divisi AI canggih Meta. Namun, langkah ini' } });
    expect(across.target.selector[0].exact).toBe('guna memimpin divisi AI canggih Meta.\nNamun, langkah ini');
    const quoted = await call('annotations.create', { articleId: id, target: { exact: '"Netralitas kini keharusan bagi lab AI."' } });
    expect(quoted.target.selector[0].exact).toBe('“Netralitas kini keharusan bagi lab AI.”');
    await library.close();
  });

  it('deletes with undo, and keeps everything across a reopen', async () => {
    const { dir, library, call, id } = await setup();
    const a = await call('annotations.create', { articleId: id, target: { exact: 'Scale AI, startup pelabelan data' }, note: 'startup', tags: ['meta'] });
    const deleted = await call('annotations.delete', { articleId: id, id: a.id });
    expect(deleted.annotation).toEqual(a);
    expect((await call('articles.get', { id })).annotations).toEqual([]);
    const restored = await call('annotations.restore', { articleId: id, annotation: deleted.annotation });
    expect(restored).toEqual(a);
    await library.close();
    const reopened = await Library.open(dir, { mode: 'read' });
    expect((await reopened.get(id)).annotations).toEqual([a]);
    expect(reopened.list()[0]).toMatchObject({ annotationCount: 1, annotationTags: ['meta'] });
    await reopened.close();
  });

  it('lets highlights follow an edited text and orphans what was deleted', async () => {
    const { library, call, id } = await setup();
    const { article } = await call('articles.get', { id });
    const kept = await call('annotations.create', { articleId: id, target: { exact: 'mempercepat strategi AI Meta yang tertinggal' }, color: 'green' });
    const edited = await call('annotations.create', { articleId: id, target: { exact: 'Sejumlah karyawan dari 1.500 pegawai Scale AI akan mengikuti Wang ke Meta' } });
    const lost = await call('annotations.create', { articleId: id, target: { exact: 'Google, Microsoft, dan OpenAI menolak memberikan komentar' } });
    const markdown = article.markdown
      .replace('Wang, yang tetap menjadi', 'Sebagai catatan, Wang, yang tetap menjadi')
      .replace('1.500 pegawai', '1.500 karyawan')
      .replace(/Google, Microsoft, dan OpenAI menolak[^\n]*\n/, '');
    const after = await call('articles.editText', { id, markdown });
    const byId = new Map(after.annotations.map((a) => [a.id, a]));
    const text = after.article.text;
    const span = (a: typeof kept) => text.slice(a.target.selector[1].start, a.target.selector[1].end);
    expect(byId.get(kept.id)).toMatchObject({ status: 'anchored', color: 'green' });
    expect(span(byId.get(kept.id)!)).toBe('mempercepat strategi AI Meta yang tertinggal');
    expect(byId.get(edited.id)!.status).toBe('anchored');
    expect(span(byId.get(edited.id)!)).toContain('1.500 karyawan Scale AI akan mengikuti Wang');
    const orphan = byId.get(lost.id)!;
    expect(orphan.status).toBe('orphan');
    expect(orphan.target.selector[0].exact).toBe('Google, Microsoft, dan OpenAI menolak memberikan komentar');
    expect(after.annotations.at(-1)!.id).toBe(lost.id); // orphans are listed last

    // Re-attach the orphan by selecting new text.
    const start = text.indexOf('Kekhawatiran timbul');
    const reattached = await call('annotations.update', { articleId: id, id: lost.id, target: { start, end: start + 'Kekhawatiran timbul'.length } });
    expect(reattached).toMatchObject({ status: 'anchored' });
    expect(reattached.target.selector[0].exact).toBe('Kekhawatiran timbul');
    await library.close();
  });

  it('re-anchors annotations when a newer version of the story replaces the text', async () => {
    const { library, call, id } = await setup();
    const { readFile } = await import('node:fs/promises');
    const a = await call('annotations.create', { articleId: id, target: { exact: 'mempercepat strategi AI Meta yang tertinggal' } });
    const gone = await call('annotations.create', { articleId: id, target: { exact: 'Google, Microsoft, dan OpenAI menolak memberikan komentar' } });
    const newer = (await readFile(SAMPLE, 'utf8'))
      .replace('Wang, yang tetap menjadi', 'Pembaruan: Wang, yang tetap menjadi')
      .replace(/Google, Microsoft, dan OpenAI menolak[^\n]*\n/, '');
    await call('articles.replaceText', { id, file: { name: 'newer.txt', dataBase64: Buffer.from(newer).toString('base64') } });
    const { article, annotations } = await call('articles.get', { id });
    const moved = annotations.find((x) => x.id === a.id)!;
    expect(moved.status).toBe('anchored');
    expect(article.text.slice(moved.target.selector[1].start, moved.target.selector[1].end)).toBe('mempercepat strategi AI Meta yang tertinggal');
    expect(annotations.find((x) => x.id === gone.id)!.status).toBe('orphan');
    await library.close();
  });

  it('lists tags from articles and annotations with counts', async () => {
    const { library, call, id } = await setup();
    await call('annotations.create', { articleId: id, target: { exact: 'Scale AI, startup pelabelan data' }, tags: ['startup', 'meta'] });
    await call('annotations.create', { articleId: id, target: { exact: 'sekaligus merekrut CEO' }, tags: ['meta'] });
    expect((await call('tags.list', {})).tags).toEqual([
      { tag: 'meta', count: 1 },
      { tag: 'startup', count: 1 },
    ]);
    await library.close();
  });
});
