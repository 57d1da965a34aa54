/**
 * Quotation benchmark (issue 9): precision and recall of quote boundaries and the share of speakers
 * right, on labelled news texts in bench/quotes-corpus/ — a development set the detector was tuned on
 * and two held-out sets written apart and not tuned on (the second written later, before the rules
 * changed again, so the first had been seen by then) — for ours and for a naive baseline measured in
 * the same run (pairs of “…” or "…" marks, speaker = the nearest capitalised words after the quote,
 * else before it).
 *
 * A quote counts when its start and end are exactly the labelled ones. A speaker is right when the
 * quote counts and the speaker names the same person: equal ignoring case, a leading article and a
 * trailing demonstrative ("perawat itu"), or,
 * for names, one is part of the other ("Erick" and "Erick Thohir" after "ujar Erick").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Lang } from '../shared/model.js';
import { detectQuotes, type DetectedQuote } from '../shared/quotes/detect-quotes.js';
import type { Row } from './results.js';

interface LabelledText {
  file: string;
  lang: Lang;
  text: string;
  quotes: Array<{ quote: string; speaker: string | null; start: number; end: number }>;
}

const CORPUS = fileURLToPath(new URL('./quotes-corpus/', import.meta.url));

export type SetName = 'dev' | 'held-out' | 'held-out-2';

export function loadSet(name: SetName): LabelledText[] {
  const dir = path.join(CORPUS, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const data = parse(readFileSync(path.join(dir, file), 'utf8')) as { lang: Lang; text: string; quotes: Array<{ quote: string; speaker: string | null }> };
      let from = 0;
      const quotes = data.quotes.map((q) => {
        const start = data.text.indexOf(q.quote, from);
        if (start < 0) throw new Error(`${name}/${file}: the labelled quote "${q.quote.slice(0, 40)}…" is not in the text`);
        from = start + q.quote.length;
        return { ...q, start, end: from };
      });
      return { file: `${name}/${file}`, lang: data.lang, text: data.text, quotes };
    });
}

/** The naive baseline: pairs of marks, and the nearest capitalised words. */
export function baselineQuotes(text: string): DetectedQuote[] {
  const found: DetectedQuote[] = [];
  for (const m of text.matchAll(/“([^”\n]+)”|"([^"\n]+)"/g)) {
    let start = m.index + 1;
    let end = m.index + m[0].length - 1;
    if (text[end - 1] === ',') end--;
    while (start < end && /\s/.test(text[start])) start++;
    const paragraphEnd = text.indexOf('\n', m.index) < 0 ? text.length : text.indexOf('\n', m.index);
    const paragraphStart = text.lastIndexOf('\n', m.index) + 1;
    const after = /\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/u.exec(text.slice(m.index + m[0].length, paragraphEnd));
    const before = [...text.slice(paragraphStart, m.index).matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu)].pop();
    found.push({ quote: text.slice(start, end), speaker: after?.[0] ?? before?.[0] ?? null, role: null, start, end });
  }
  return found;
}

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(the|a|an|seorang|sang)\s+/, '')
    .replace(/\s+(itu|tersebut)$/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function sameSpeaker(expected: string | null, found: string | null): boolean {
  if (expected === null || found === null) return expected === found;
  const a = normal(expected);
  const b = normal(found);
  if (a === b) return true;
  const isName = (s: string) => /^\p{Lu}/u.test(s) && s.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(van|von|de|der|bin|binti|al)$/.test(w));
  if (!isName(expected) || !isName(found)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}

export interface SetScore {
  expected: number;
  detected: number;
  boundariesRight: number;
  speakersRight: number;
  misses: string[];
}

export function score(set: LabelledText[], detect: (text: string, lang: Lang) => DetectedQuote[]): SetScore {
  const result: SetScore = { expected: 0, detected: 0, boundariesRight: 0, speakersRight: 0, misses: [] };
  for (const item of set) {
    const found = detect(item.text, item.lang);
    result.expected += item.quotes.length;
    result.detected += found.length;
    for (const q of item.quotes) {
      const match = found.find((f) => f.start === q.start && f.end === q.end);
      if (!match) {
        result.misses.push(`${item.file}: quote not found "${q.quote.slice(0, 50)}"`);
        continue;
      }
      result.boundariesRight++;
      if (sameSpeaker(q.speaker, match.speaker)) result.speakersRight++;
      else result.misses.push(`${item.file}: speaker ${JSON.stringify(match.speaker)} instead of ${JSON.stringify(q.speaker)} for "${q.quote.slice(0, 40)}"`);
    }
    for (const f of found) {
      if (!item.quotes.some((q) => q.start === f.start && q.end === f.end)) result.misses.push(`${item.file}: extra quote "${f.quote.slice(0, 50)}"`);
    }
  }
  return result;
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);

export async function benchQuotes(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const name of ['dev', 'held-out', 'held-out-2'] as const) {
    const set = loadSet(name);
    const ours = score(set, detectQuotes);
    const naive = score(set, (text) => baselineQuotes(text));
    const note = `${set.length} texts, ${ours.expected} quotes`;
    rows.push(
      {
        bench: 'quotes',
        metric: `${name}: quote boundaries, recall`,
        ours: percent(ours.boundariesRight, ours.expected),
        baseline: percent(naive.boundariesRight, naive.expected),
        unit: '%',
        better: 'higher',
        target: 95,
        note,
      },
      {
        bench: 'quotes',
        metric: `${name}: quote boundaries, precision`,
        ours: percent(ours.boundariesRight, ours.detected),
        baseline: percent(naive.boundariesRight, naive.detected),
        unit: '%',
        better: 'higher',
        target: null,
        note: `${ours.detected} found (baseline ${naive.detected})`,
      },
      {
        bench: 'quotes',
        metric: `${name}: speakers right`,
        ours: percent(ours.speakersRight, ours.expected),
        baseline: percent(naive.speakersRight, naive.expected),
        unit: '%',
        better: 'higher',
        target: 90,
        note,
      },
    );
    for (const miss of ours.misses) process.stderr.write(`[quotes] ${miss}\n`);
  }
  return rows;
}

// `npx tsx bench/quotes.ts` runs this bench alone and prints its misses.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { printTable } = await import('./results.js');
  printTable(await benchQuotes());
}
