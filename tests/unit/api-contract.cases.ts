/** Bad parameters for every API method, and a word the error sentence must contain. */
import type { MethodName } from '../../shared/api.js';

export interface BadParamCase {
  method: MethodName;
  label: string;
  params: unknown;
  mentions: string;
}

const someId = 'abcdefghijklmnop';

export const badParamCases: BadParamCase[] = [
  { method: 'app.info', label: 'a non-object', params: 'hello', mentions: 'params' },
  { method: 'settings.get', label: 'a non-object', params: 42, mentions: 'params' },
  { method: 'settings.update', label: 'a font size out of range', params: { fontSize: 99 }, mentions: 'fontSize' },
  { method: 'settings.update', label: 'an unknown theme', params: { theme: 'neon' }, mentions: 'theme' },
  { method: 'articles.list', label: 'an array', params: [], mentions: 'params' },
  { method: 'articles.get', label: 'a path-traversal id', params: { id: '../../etc/passwd' }, mentions: 'id' },
  { method: 'articles.get', label: 'a missing id', params: {}, mentions: 'id' },
  { method: 'articles.import', label: 'no files', params: { files: [] }, mentions: 'files' },
  { method: 'articles.import', label: 'a file without data', params: { files: [{ name: 'a.txt' }] }, mentions: 'files.0.dataBase64' },
  { method: 'articles.delete', label: 'a numeric id', params: { id: 12 }, mentions: 'id' },
  { method: 'articles.restore', label: 'an empty id', params: { id: '' }, mentions: 'id' },
  { method: 'annotations.create', label: 'an end before the start', params: { articleId: someId, target: { start: 9, end: 3 } }, mentions: 'target' },
  { method: 'annotations.create', label: 'an unknown colour', params: { articleId: someId, target: { start: 0, end: 3 }, color: 'red' }, mentions: 'color' },
  { method: 'annotations.update', label: 'a missing annotation id', params: { articleId: someId }, mentions: 'id' },
  { method: 'annotations.delete', label: 'a missing article id', params: { id: someId }, mentions: 'articleId' },
];

badParamCases.push(
  { method: 'annotations.restore', label: 'an annotation of the wrong shape', params: { articleId: someId, annotation: { id: someId } }, mentions: 'annotation' },
  { method: 'articles.editText', label: 'an empty body', params: { id: someId, markdown: '' }, mentions: 'markdown' },
  { method: 'tags.list', label: 'a non-object', params: 'tags', mentions: 'params' },
  { method: 'annotations.create', label: 'an occurrence of zero', params: { articleId: someId, target: { exact: 'Meta', occurrence: 0 } }, mentions: 'target' },
);

badParamCases.push(
  { method: 'articles.replaceText', label: 'a missing file', params: { id: someId }, mentions: 'file' },
  { method: 'articles.update', label: 'a javascript: source URL', params: { id: someId, sourceUrl: 'javascript:alert(1)' }, mentions: 'sourceUrl' },
);

badParamCases.push(
  { method: 'dictionary.lookup', label: 'an empty word', params: { word: '  ' }, mentions: 'word' },
  { method: 'dictionary.lookup', label: 'an unknown direction', params: { word: 'kata', from: 'fr' }, mentions: 'from' },
  { method: 'dictionary.list', label: 'a non-object', params: 'all', mentions: 'params' },
  { method: 'dictionary.import', label: 'a missing path', params: {}, mentions: 'path' },
  { method: 'dictionary.import', label: 'a language that is not a code', params: { path: '/x.tsv', from: 'Indonesian' }, mentions: 'from' },
  { method: 'text.stem', label: 'no words', params: { words: [] }, mentions: 'words' },
  { method: 'annotations.create', label: 'a translation into its own language', params: { articleId: someId, target: { exact: 'Meta' }, translation: { text: 'x', from: 'id', to: 'id' } }, mentions: 'translation' },
  { method: 'annotations.update', label: 'a translation without a direction', params: { articleId: someId, id: someId, translation: { text: 'x' } }, mentions: 'translation' },
);

badParamCases.push(
  { method: 'export.article', label: 'an unknown format', params: { id: someId, format: 'pdf' }, mentions: 'format' },
  { method: 'export.article', label: 'an unknown style', params: { id: someId, format: 'md', style: 'wiki' }, mentions: 'style' },
);

badParamCases.push(
  { method: 'backups.list', label: 'a non-object', params: 'all', mentions: 'params' },
  { method: 'backups.create', label: 'an array', params: [], mentions: 'params' },
  { method: 'backups.restore', label: 'a path instead of a backup id', params: { id: '../../etc' }, mentions: 'id' },
  { method: 'backups.restore', label: 'a missing id', params: {}, mentions: 'id' },
);

badParamCases.push(
  { method: 'app.info', label: 'a __proto__ key (prototype pollution)', params: JSON.parse('{"__proto__": {"polluted": true}}'), mentions: '__proto__' },
  { method: 'settings.update', label: 'a constructor.prototype key (prototype pollution)', params: { constructor: { prototype: { polluted: true } } }, mentions: 'constructor' },
  { method: 'search.query', label: 'an empty query', params: { query: '   ' }, mentions: 'query' },
  { method: 'search.query', label: 'a limit of zero', params: { query: 'kata', limit: 0 }, mentions: 'limit' },
  { method: 'search.query', label: 'an unknown field', params: { query: 'kata', fields: ['footnote'] }, mentions: 'fields' },
  { method: 'search.query', label: 'an unknown field beside glossary', params: { query: 'kata', fields: ['glossary', 'glossaries'] }, mentions: 'fields' },
  { method: 'search.status', label: 'a non-object', params: 'now', mentions: 'params' },
  { method: 'articles.trash', label: 'an array', params: [], mentions: 'params' },
  { method: 'articles.purge', label: 'no ids', params: { ids: [] }, mentions: 'ids' },
  { method: 'articles.deleteMany', label: 'a path-traversal id', params: { ids: ['../x'] }, mentions: 'ids.0' },
  { method: 'articles.restoreMany', label: 'ids that are not a list', params: { ids: someId }, mentions: 'ids' },
  { method: 'articles.setProgress', label: 'progress above 1', params: { id: someId, progress: 1.5 }, mentions: 'progress' },
  { method: 'articles.tag', label: 'nothing to add or remove', params: { ids: [someId] }, mentions: 'add or remove' },
  { method: 'tags.rename', label: 'an empty new name', params: { from: 'a', to: ' ' }, mentions: 'to' },
  { method: 'tags.merge', label: 'no tags to merge', params: { from: [], to: 'b' }, mentions: 'from' },
  { method: 'tags.delete', label: 'a missing tag', params: {}, mentions: 'tag' },
  { method: 'tags.restore', label: 'a snapshot without tags', params: { items: [{ articleId: someId }] }, mentions: 'items.0.tags' },
  { method: 'quotes.detect', label: 'a missing article id', params: {}, mentions: 'articleId' },
  { method: 'quotes.detect', label: 'a path-traversal article id', params: { articleId: '../x' }, mentions: 'articleId' },
  { method: 'annotations.create', label: 'a speaker without a name', params: { articleId: someId, target: { exact: 'Meta' }, kind: 'quote', speaker: { role: 'CEO' } }, mentions: 'speaker' },
  { method: 'annotations.update', label: 'a speaker with an empty name', params: { articleId: someId, id: someId, speaker: { name: '' } }, mentions: 'speaker' },
  { method: 'export.library', label: 'a relative folder', params: { dir: 'out/here' }, mentions: 'dir' },
  { method: 'export.library', label: 'a bad id in the list', params: { dir: '/tmp/x', ids: ['../etc'] }, mentions: 'ids.0' },
  { method: 'export.progress', label: 'a job id with a slash', params: { jobId: 'a/b' }, mentions: 'jobId' },
  { method: 'glossary.list', label: 'a non-object', params: 'all', mentions: 'params' },
  { method: 'glossary.add', label: 'an empty term', params: { source: ' ', target: 'spokesperson', from: 'id' }, mentions: 'source' },
  { method: 'glossary.add', label: 'a translation into its own language', params: { source: 'juru bicara', target: 'x', from: 'id', to: 'id' }, mentions: 'to' },
  { method: 'glossary.update', label: 'an unknown language', params: { id: someId, from: 'fr' }, mentions: 'from' },
  { method: 'glossary.delete', label: 'a path-traversal id', params: { id: '../glossary' }, mentions: 'id' },
  { method: 'glossary.restore', label: 'an entry of the wrong shape', params: { entry: { id: someId } }, mentions: 'entry' },
  { method: 'glossary.importCsv', label: 'no csv', params: {}, mentions: 'csv' },
  { method: 'glossary.exportCsv', label: 'a non-object', params: 7, mentions: 'params' },
  { method: 'glossary.exportVocabulary', label: 'an unknown format', params: { format: 'xlsx' }, mentions: 'format' },
);
badParamCases.push({ method: 'glossary.match', label: 'both text and an article', params: { text: 'x', articleId: someId }, mentions: 'text' });
badParamCases.push({ method: 'articles.list', label: 'a page of no rows', params: { sort: 'recent', limit: 0 }, mentions: 'limit' });
