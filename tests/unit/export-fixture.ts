/** A library with the sample and a small markdown article, annotated with a fixed set of annotations, for the export tests. */
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import type { MethodName, ParamsIn, Result } from '../../shared/api.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';
import { sortInTextOrder } from '../../shared/anchoring/reanchor-annotations.js';
import type { Annotation } from '../../shared/model.js';

export const MARKDOWN_FIXTURE = `---
title: Coffee in *Aceh*
author: Sari Dewi
source: https://example.com/coffee
---

# Coffee in Aceh

The **coffee harvest** in [Aceh](https://example.com/aceh "Aceh province") was early this year, growers said.

- Prices rose by 10\\-15% in *Takengon*;
- traders paid in cash & kind.

> "We have never seen beans like these," said a grower.

Exports go through \`Belawan\` port, and 3 * 4 = 12 containers left.
`;

export async function exportLibrary() {
  const dir = await tempDir();
  const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
  const handlers = createHandlers(library);
  const call = async <M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>> => {
    const result = await dispatchCall(handlers, method, params);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Result<M>;
  };
  const [{ id: sampleId }] = library.list();
  await call('annotations.create', { articleId: sampleId, target: { exact: 'Scale AI, startup pelabelan data' }, note: 'The *deal* in one line: [source](https://example.com).', tags: ['meta', 'deal'] });
  await call('annotations.create', { articleId: sampleId, target: { exact: 'guna memimpin divisi AI canggih Meta. Namun, langkah ini' }, color: 'blue', note: 'Spans two paragraphs.' });
  await call('annotations.create', { articleId: sampleId, target: { exact: '"Netralitas kini keharusan bagi lab AI."' }, color: 'green', kind: 'quote', translation: { text: 'Neutrality is now a must for AI labs.', from: 'id', to: 'en' } });
  await call('annotations.create', { articleId: sampleId, target: { exact: 'Alexandr Wang', occurrence: 1 }, color: 'purple' });
  const imported = await call('articles.import', { files: [{ name: 'coffee.md', dataBase64: Buffer.from(MARKDOWN_FIXTURE).toString('base64') }] });
  const mdId = (imported.results[0] as { id: string }).id;
  await call('annotations.create', { articleId: mdId, target: { exact: 'coffee harvest in Aceh' }, note: 'Uses == and [^1] *literally*.' });
  await call('annotations.create', { articleId: mdId, target: { exact: '10-15% in Takengon; traders paid in cash & kind' }, translation: { text: '10-15% di Takengon; pedagang membayar *tunai*', from: 'en', to: 'id' } });
  await call('annotations.create', { articleId: mdId, target: { exact: 'Belawan port' }, color: 'orange', tags: ['port', 'sumatra'], note: 'Near Medan.' });
  await call('annotations.create', { articleId: mdId, target: { exact: '3 * 4 = 12' } });
  return { library, call, sampleId, mdId };
}

/** What must survive the round trip, in text order. */
export function comparable(annotations: readonly Annotation[]) {
  return sortInTextOrder([...annotations]).map((a) => ({
    quote: a.target.selector[0].exact,
    at: a.status === 'orphan' ? null : [a.target.selector[1].start, a.target.selector[1].end],
    status: a.status,
    kind: a.kind,
    color: a.color,
    tags: a.tags,
    note: a.note.trim(),
    translation: a.translation ? { ...a.translation, text: a.translation.text.trim() } : undefined,
    speaker: a.speaker,
  }));
}
