/**
 * Re-anchoring benchmark (issue 4): a generated corpus of 20 articles with 50 highlights each,
 * edited at 1%, 5% and 10% of words (insertions, deletions, substitutions, moved paragraphs) with
 * known ground truth. Counts correct, orphaned and misplaced for ours and for the hypothesis
 * client's method (approx-string-match, scores quote 50 / prefix 20 / suffix 20 / position 2,
 * no minimum score), in the same run.
 */
import search from 'approx-string-match';
import { anchorAnnotation, type AnchorOutcome } from '../shared/anchoring/anchor-annotation.js';
import { describeSpan } from '../shared/anchoring/describe-selectors.js';
import { similarity } from '../shared/anchoring/edit-distance.js';
import type { TextPositionSelector, TextQuoteSelector } from '../shared/model.js';
import type { Row } from './results.js';
import { seededRandom } from './seeded-random.js';


interface Token {
  /** Index in the original article, or -1 for an inserted word. */
  origin: number;
  word: string;
}

const SYLLABLES = ['ka', 'ba', 'sa', 'ma', 'ta', 'ri', 'ng', 'lu', 'pe', 'di', 'an', 'kan', 'ber', 'men', 'ter', 'gu', 'na', 'ja', 'si', 'ra', 'wa', 'ya', 'ha', 'in', 'pu'];
// Real prose repeats its common words a lot; the generated text does too, so quotes are not trivially unique.
const COMMON = ['dan', 'yang', 'di', 'untuk', 'dari', 'ini', 'itu', 'dengan', 'akan', 'pada', 'Meta', 'Scale', 'AI', 'data'];

function makeVocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

function word(random: () => number, vocabulary: string[]): string {
  return random() < 0.3 ? COMMON[Math.floor(random() * COMMON.length)] : vocabulary[Math.floor(random() * vocabulary.length)];
}

function render(paragraphs: Token[][]): { text: string; spans: Map<number, [number, number]> } {
  let text = '';
  const spans = new Map<number, [number, number]>();
  paragraphs.forEach((p, pi) => {
    if (pi > 0) text += '\n';
    p.forEach((t, ti) => {
      if (ti > 0) text += ' ';
      if (t.origin >= 0) spans.set(t.origin, [text.length, text.length + t.word.length]);
      text += t.word;
    });
  });
  return { text, spans };
}

function edit(paragraphs: Token[][], rate: number, random: () => number, vocabulary: string[]): Token[][] {
  const result = paragraphs.map((p) => p.slice());
  const total = result.reduce((n, p) => n + p.length, 0);
  const operations = Math.round(total * rate);
  for (let i = 0; i < operations; i++) {
    const p = result[Math.floor(random() * result.length)];
    if (p.length < 3) continue;
    const at = Math.floor(random() * p.length);
    const kind = random();
    if (kind < 1 / 3) p.splice(at, 0, { origin: -1, word: word(random, vocabulary) });
    else if (kind < 2 / 3) p.splice(at, 1);
    else p[at] = { origin: -1, word: word(random, vocabulary) };
  }
  const moves = Math.round(rate * 20);
  for (let i = 0; i < moves; i++) {
    const [moved] = result.splice(Math.floor(random() * result.length), 1);
    result.splice(Math.floor(random() * (result.length + 1)), 0, moved);
  }
  return result;
}

type Verdict = 'correct' | 'orphaned' | 'misplaced';

function judge(outcome: AnchorOutcome, truth: [number, number] | null, survivors: Array<[number, number]>): Verdict {
  if (outcome.status === 'orphan') return truth ? 'orphaned' : 'correct';
  const overlap = (a: [number, number]) => Math.max(0, Math.min(a[1], outcome.end) - Math.max(a[0], outcome.start));
  if (truth) {
    const union = Math.max(truth[1], outcome.end) - Math.min(truth[0], outcome.start);
    return overlap(truth) / union >= 0.5 ? 'correct' : 'misplaced';
  }
  // The passage is mostly gone: landing on what is left of it is fine, anywhere else is not.
  return survivors.some((s) => overlap(s) > 0) ? 'correct' : 'misplaced';
}

/** The hypothesis client's approach as its documentation describes it: best weighted score, no minimum. */
function hypothesisAnchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector): AnchorOutcome {
  if (text.slice(position.start, position.end) === quote.exact) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const matches = search(text, quote.exact, Math.min(256, Math.floor(quote.exact.length / 2)));
  let best: { start: number; end: number; score: number } | undefined;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.exact.length;
    const prefixScore = quote.prefix ? similarity(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix) : 1;
    const suffixScore = quote.suffix ? similarity(text.slice(m.end, m.end + quote.suffix.length), quote.suffix) : 1;
    const posScore = 1 - Math.abs(m.start - position.start) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best ? { status: 'anchored', ...best, method: 'fuzzy' } : { status: 'orphan', reason: 'not-found' };
}

export async function benchAnchoring(): Promise<Row[]> {
  const random = seededRandom(20261128);
  const vocabulary = makeVocabulary(random, 1500);
  const articles = Array.from({ length: 20 }, () => {
    let origin = 0;
    const paragraphs: Token[][] = Array.from({ length: 14 }, () =>
      Array.from({ length: 40 + Math.floor(random() * 50) }, () => ({ origin: origin++, word: word(random, vocabulary) })),
    );
    const { text, spans } = render(paragraphs);
    const highlights = Array.from({ length: 50 }, () => {
      const first = Math.floor(random() * (origin - 25));
      const last = first + 2 + Math.floor(random() * 18);
      return { first, last, selectors: describeSpan(text, spans.get(first)![0], spans.get(last)![1]) };
    });
    return { paragraphs, highlights };
  });

  const rows: Row[] = [];
  for (const rate of [0.01, 0.05, 0.1]) {
    const tally = { ours: { correct: 0, orphaned: 0, misplaced: 0 }, baseline: { correct: 0, orphaned: 0, misplaced: 0 } };
    let oursMs = 0;
    let total = 0;
    for (const article of articles) {
      const edited = edit(article.paragraphs, rate, random, vocabulary);
      const { text, spans } = render(edited);
      for (const h of article.highlights) {
        const survivors: Array<[number, number]> = [];
        for (let o = h.first; o <= h.last; o++) if (spans.has(o)) survivors.push(spans.get(o)!);
        const count = h.last - h.first + 1;
        let truth: [number, number] | null = null;
        if (survivors.length >= count / 2) {
          const start = Math.min(...survivors.map((s) => s[0]));
          const end = Math.max(...survivors.map((s) => s[1]));
          const originalLength = h.selectors[0].exact.length;
          // Survivors scattered by a paragraph move have no single right place.
          if (end - start <= originalLength * 2) truth = [start, end];
        }
        const t0 = performance.now();
        const ours = anchorAnnotation(text, h.selectors[0], h.selectors[1]);
        oursMs += performance.now() - t0;
        tally.ours[judge(ours, truth, survivors)]++;
        tally.baseline[judge(hypothesisAnchor(text, h.selectors[0], h.selectors[1]), truth, survivors)]++;
        total++;
      }
    }
    const pct = (n: number) => (100 * n) / total;
    const label = `${Math.round(rate * 100)}% edited`;
    rows.push(
      { bench: 'anchoring', metric: `correct @${label}`, ours: pct(tally.ours.correct), baseline: pct(tally.baseline.correct), unit: '%', better: 'higher', target: rate === 0.05 ? 99 : null },
      { bench: 'anchoring', metric: `orphaned @${label}`, ours: pct(tally.ours.orphaned), baseline: pct(tally.baseline.orphaned), unit: '%', better: 'lower', target: null },
      { bench: 'anchoring', metric: `misplaced @${label}`, ours: tally.ours.misplaced, baseline: tally.baseline.misplaced, unit: 'count', better: 'lower', target: rate >= 0.05 ? 0 : null, note: `of ${total}` },
      { bench: 'anchoring', metric: `time per annotation @${label}`, ours: oursMs / total, baseline: null, unit: 'ms', better: 'lower', target: null },
    );
  }
  return rows;
}
