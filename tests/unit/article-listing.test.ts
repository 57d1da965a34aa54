import { describe, expect, it } from 'vitest';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { LIBRARY_SORTS, sortArticles } from '../../shared/library/query-articles.js';
import { createTranslator } from '../../shared/i18n/index.js';
import { tempDir } from '../helpers/temp-library.js';
import { apiCaller, importTexts } from '../helpers/api-caller.js';

const titles = ['Kopi Aceh', 'banjir Jakarta', 'Ekspor nikel', 'Zebra cross baru', 'Harga beras', 'Feri ke Bali', 'Anggaran desa'];

async function library() {
  const lib = await Library.open(await tempDir(), { mode: 'write', addSample: false });
  const call = apiCaller(lib);
  const ids = await importTexts(call, Object.fromEntries(titles.map((title, i) => [`${i}.txt`, `${title}\n\nA story about ${title.toLowerCase()} number ${i}.`])));
  // Annotations make the "annotated" sort differ from the others.
  for (const [n, id] of [ids[2], ids[2], ids[2], ids[5], ids[5], ids[0]].entries()) {
    await call('annotations.create', { articleId: id, target: { exact: 'story' }, note: `note ${n}` });
  }
  return { lib, call, ids };
}

describe('articles.list paging', () => {
  it('follows every change, though the sorted list and its sort keys are kept between calls', async () => {
    const { lib, call, ids } = await library();
    const first = await call('articles.list', { sort: 'annotated', limit: 3 });
    expect(first.articles.map((a) => a.id)).toEqual([ids[2], ids[5], ids[0]]);
    expect(Object.isFrozen(lib.list())).toBe(true);
    expect(lib.list()).toBe(lib.list());
    for (let n = 0; n < 4; n++) await call('annotations.create', { articleId: ids[6], target: { exact: 'story' }, note: `more ${n}` });
    expect((await call('articles.list', { sort: 'annotated', limit: 3 })).articles.map((a) => a.id)).toEqual([ids[6], ids[2], ids[5]]);
    await call('articles.deleteMany', { ids: [ids[6]] });
    expect((await call('articles.list', { sort: 'annotated', limit: 3 })).articles.map((a) => a.id)).toEqual([ids[2], ids[5], ids[0]]);
    const [added] = await importTexts(call, { 'new.txt': 'Pasar malam\n\nA story about a night market.' });
    expect((await call('articles.list', { sort: 'recent', limit: 3 })).articles[0].id).toBe(added);
    expect(lib.list()[0].id).toBe(added);
    await lib.close();
  });

  it('without parameters lists every article, newest import first, with the total', async () => {
    const { lib, call } = await library();
    const { articles, total } = await call('articles.list', {});
    expect(total).toBe(titles.length);
    expect(articles.map((a) => a.id)).toEqual(lib.list().map((s) => s.id));
    expect(articles[0]).not.toHaveProperty('revision');
    await lib.close();
  });

  it('pages in every sort, both ways, add up to the whole list in the view’s order', async () => {
    const { lib, call } = await library();
    const { articles: all } = await call('articles.list', {});
    const collator = createTranslator('en').collator;
    for (const sort of LIBRARY_SORTS) {
      for (const reversed of [false, true]) {
        const expected = sortArticles(all, sort, collator.compare, reversed).map((a) => a.id);
        const paged: string[] = [];
        for (let offset = 0; offset < titles.length + 3; offset += 3) {
          const page = await call('articles.list', { sort, reversed, offset, limit: 3 });
          expect(page.total).toBe(titles.length);
          expect(page.articles.length).toBe(Math.max(0, Math.min(3, titles.length - offset)));
          paged.push(...page.articles.map((a) => a.id));
        }
        expect(paged, `${sort}${reversed ? ', reversed' : ''}`).toEqual(expected);
      }
    }
    await lib.close();
  });

  it('orders titles alphabetically regardless of case, and the most annotated first', async () => {
    const { lib, call, ids } = await library();
    const byTitle = await call('articles.list', { sort: 'title', limit: 4 });
    expect(byTitle.articles.map((a) => a.title)).toEqual(['Anggaran desa', 'banjir Jakarta', 'Ekspor nikel', 'Feri ke Bali']);
    const annotated = await call('articles.list', { sort: 'annotated', limit: 3 });
    expect(annotated.articles.map((a) => a.id)).toEqual([ids[2], ids[5], ids[0]]);
    const last = await call('articles.list', { sort: 'title', reversed: true, offset: 6 });
    expect(last.articles.map((a) => a.title)).toEqual(['Anggaran desa']);
    await lib.close();
  });

  it('refuses bad paging parameters with a sentence naming them, and changes nothing', async () => {
    const { lib } = await library();
    const handlers = createHandlers(lib);
    const before = lib.list();
    for (const [params, word] of [
      [{ limit: 0 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ offset: 1.5 }, 'offset'],
      [{ sort: 'size' }, 'sort'],
      [{ reversed: true }, 'reversed'],
      [{ locale: 'fr' }, 'locale'],
    ] as const) {
      const envelope = await dispatchCall(handlers, 'articles.list', params);
      expect(envelope.ok, JSON.stringify(params)).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('invalid_params');
        expect(envelope.error.message).toContain(word);
      }
    }
    expect(lib.list()).toEqual(before);
    await lib.close();
  });
});
