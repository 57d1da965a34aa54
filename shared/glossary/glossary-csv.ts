/**
 * The glossary as CSV, both ways, and the vocabulary export for students: a CSV and an Anki-ready
 * TSV with each term, its translation, the sentence it came from and that sentence's source.
 * Pure: the store (electron/glossary/) decides what an imported row does to the glossary.
 */
import { IdSchema } from '../model.js';
import { formatCsv, parseCsv, sniffSeparator } from '../text/csv.js';
import { MAX_NOTE, MAX_SENTENCE, MAX_TERM, MAX_TRANSLATION, otherLang, type GlossaryEntry, type GlossaryLang } from './glossary-model.js';

/** The columns of an exported glossary, which import reads back. */
export const GLOSSARY_COLUMNS = ['source', 'target', 'from', 'to', 'note', 'sentence', 'articleId'] as const;
type Column = (typeof GLOSSARY_COLUMNS)[number];

/** Header names accepted on import, in English and Indonesian, mapped to our columns. */
const HEADER_NAMES: Record<string, Column> = {
  source: 'source', term: 'source', word: 'source', istilah: 'source', kata: 'source',
  target: 'target', translation: 'target', terjemahan: 'target', meaning: 'target', arti: 'target',
  from: 'from', dari: 'from',
  to: 'to', ke: 'to',
  note: 'note', notes: 'note', catatan: 'note',
  sentence: 'sentence', example: 'sentence', kalimat: 'sentence', contoh: 'sentence',
  articleid: 'articleId', article: 'articleId', artikel: 'articleId',
};

export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  return formatCsv([
    [...GLOSSARY_COLUMNS],
    ...entries.map((e) => [e.source, e.target, e.from, e.to, e.note ?? '', e.sentence ?? '', e.articleId ?? '']),
  ]);
}

export interface ImportedPair {
  source: string;
  target: string;
  from: GlossaryLang;
  to: GlossaryLang;
  note?: string;
  sentence?: string;
  articleId?: string;
}

export type ParsedLine = { line: number; pair: ImportedPair } | { line: number; term?: string; skipped: string };

function headerColumns(cells: string[]): (Column | undefined)[] | null {
  const mapped = cells.map((c) => HEADER_NAMES[c.trim().toLowerCase().replace(/[\s_-]/g, '')]);
  return mapped.includes('source') && mapped.includes('target') ? mapped : null;
}

function lang(value: string | undefined, fallback: GlossaryLang): GlossaryLang | string {
  const v = (value ?? '').trim().toLowerCase();
  if (!v) return fallback;
  if (v === 'id' || v === 'ind' || v === 'indonesian' || v === 'indonesia') return 'id';
  if (v === 'en' || v === 'eng' || v === 'english' || v === 'inggris') return 'en';
  return v;
}

/**
 * Reads an imported CSV (or TSV): with a header row naming the columns (ours, or term/translation/…),
 * else the columns in our export's order. Each non-empty line becomes a pair or a reason it was skipped.
 */
export function parseGlossaryCsv(text: string, defaultFrom: GlossaryLang = 'id'): ParsedLine[] {
  const rows = parseCsv(text, sniffSeparator(text)).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return [];
  const header = headerColumns(rows[0].cells);
  const columns: (Column | undefined)[] = header ?? [...GLOSSARY_COLUMNS];
  const out: ParsedLine[] = [];
  for (const { cells, line } of header ? rows.slice(1) : rows) {
    const field = (name: Column) => {
      const at = columns.indexOf(name);
      return at === -1 ? undefined : cells[at]?.trim() || undefined;
    };
    const source = field('source');
    const target = field('target');
    if (!source) {
      out.push({ line, skipped: 'it has no term' });
      continue;
    }
    if (!target) {
      out.push({ line, term: source, skipped: `“${source}” has no translation` });
      continue;
    }
    const from = lang(field('from'), defaultFrom);
    const to = lang(field('to'), from === 'id' || from === 'en' ? otherLang(from) : 'en');
    if (from !== 'id' && from !== 'en') {
      out.push({ line, term: source, skipped: `“${from}” is not a language the glossary knows (use id or en)` });
      continue;
    }
    if (to !== 'id' && to !== 'en') {
      out.push({ line, term: source, skipped: `“${to}” is not a language the glossary knows (use id or en)` });
      continue;
    }
    if (from === to) {
      out.push({ line, term: source, skipped: 'it translates into its own language' });
      continue;
    }
    if (source.length > MAX_TERM || target.length > MAX_TRANSLATION) {
      out.push({ line, term: source.slice(0, 40), skipped: `the term or its translation is longer than ${MAX_TERM} or ${MAX_TRANSLATION} characters` });
      continue;
    }
    const articleId = field('articleId');
    out.push({
      line,
      pair: {
        source,
        target,
        from,
        to,
        note: field('note')?.slice(0, MAX_NOTE),
        sentence: field('sentence')?.slice(0, MAX_SENTENCE),
        articleId: articleId && IdSchema.safeParse(articleId).success ? articleId : undefined,
      },
    });
  }
  return out;
}

/** Where a vocabulary sentence came from: the article's title, from the id kept on the entry. */
export type SourceOf = (entry: GlossaryEntry) => string;

const VOCABULARY_HEADER = ['term', 'translation', 'sentence', 'source'];

function vocabularyRows(entries: readonly GlossaryEntry[], sourceOf: SourceOf): string[][] {
  return entries.map((e) => [e.source, e.target, e.sentence ?? '', sourceOf(e)]);
}

/** The vocabulary as CSV, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function vocabularyCsv(entries: readonly GlossaryEntry[], sourceOf: SourceOf): string {
  return `\uFEFF${formatCsv([VOCABULARY_HEADER, ...vocabularyRows(entries, sourceOf)])}`;
}

/**
 * The vocabulary as a tab-separated file for Anki's "Import File": header lines tell Anki the
 * separator, that fields are plain text, and the column names; a field with a tab, quote or line
 * break is quoted with doubled quotes, which Anki's importer reads back.
 */
export function vocabularyAnki(entries: readonly GlossaryEntry[], sourceOf: SourceOf): string {
  const head = `#separator:tab\n#html:false\n#columns:${VOCABULARY_HEADER.join('\t')}\n`;
  return head + formatCsv(vocabularyRows(entries, sourceOf), '\t').replace(/\r\n/g, '\n');
}
