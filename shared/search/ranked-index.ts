/**
 * minisearch's index with a leaner search for large libraries. MiniSearch.search builds a result object
 * (score, terms, match, stored fields) for every matching document, runs the filter on each, and sorts
 * them all; a common word matches most articles of a 10,000-article library, so one such query spent
 * ~20 ms and most of its garbage there. `rank` scores exactly as minisearch does (BM25 per field, field
 * boosts, its prefix and fuzzy weights, AND/OR, the factor for how many query terms a document matched),
 * but adds the scores up in arrays indexed by minisearch's short document ids (reused between queries) and
 * finds what matched only for the documents a caller takes: the top of the list. It reads the index
 * through the members MiniSearch declares protected for subclasses; tests/unit/ranked-index.test.ts checks
 * it against MiniSearch.search.
 */
import MiniSearch, { type Options } from 'minisearch';

/** One query term, as MiniSearch's query spec: its exact term, plus its completions and near spellings if asked. */
export interface TermQuery {
  term: string;
  prefix: boolean;
  /** Edit distance for near spellings; 0 for none. */
  fuzzy: number;
}

export interface RankOptions {
  combineWith: 'AND' | 'OR';
  fields: readonly string[];
  boost: Readonly<Record<string, number>>;
  /** Only documents for which this returns true (on their stored fields). */
  filter?: (stored: Record<string, unknown>) => boolean;
  /** The group of a document (e.g. its kind), for Ranking.count and top; every document is in group '' without it. */
  group?: (stored: Record<string, unknown>) => string;
}

export interface RankedDoc {
  id: string;
  score: number;
  stored: Record<string, unknown>;
  /** The index terms that matched (after prefix and typo expansion), each with the fields it matched in. */
  match: Record<string, string[]>;
}

type Postings = Map<number, number>;
type TermData = Map<number, Postings>;

/** An index term a query term stands for, and the weight of its matches (1 for the term itself). */
interface Derived {
  term: string;
  data: TermData;
  weight: number;
}

/** MiniSearch's default search weights and BM25 parameters (not exported by it; the test compares scores). */
const SEARCH_DEFAULTS = { weights: { fuzzy: 0.45, prefix: 0.375 }, bm25: { k: 1.2, b: 0.7, d: 0.5 } } as const;

export class RankedIndex<T> extends MiniSearch<T> {
  /** Per short document id, reset after every query (only the entries a query touched). */
  private score = new Float64Array(0);
  /** How many query terms (in order) the document matched so far. */
  private matched = new Uint16Array(0);
  /** The last query term (index + 1) that touched the document. */
  private last = new Uint16Array(0);
  /** Which distinct query terms the document matched, as bits (the 32nd bit stands for the 32nd and later ones). */
  private termBits = new Uint32Array(0);
  /**
   * Per field id, each document's field length by short id, -1 for no document (discarded): minisearch's
   * per-document arrays laid out for the postings loop (one Map lookup and two scattered reads less per
   * posting). Made again after any change to the documents.
   */
  private lengths?: Float64Array[];

  override add(document: T): void {
    this.lengths = undefined;
    super.add(document);
  }

  override remove(document: T): void {
    this.lengths = undefined;
    super.remove(document);
  }

  override discard(id: unknown): void {
    this.lengths = undefined;
    super.discard(id);
  }

  override removeAll(documents?: readonly T[]): void {
    this.lengths = undefined;
    super.removeAll(documents);
  }

  /** An index MiniSearch loaded (loadJS, loadJSAsync), as a RankedIndex holding the same data. */
  static adopt<T>(loaded: MiniSearch<T>, options: Options<T>): RankedIndex<T> {
    return Object.assign(new RankedIndex<T>(options), loaded);
  }

  /** True when the term, or with `prefix` any term starting with it, occurs in one of `fields`. */
  occurs(term: string, prefix: boolean, fields: readonly string[]): boolean {
    const fieldIds = fields.map((f) => this._fieldIds[f]);
    const has = (data: TermData) => fieldIds.some((id) => (data.get(id)?.size ?? 0) > 0);
    if (!prefix) {
      const data = this._index.get(term);
      return data !== undefined && has(data);
    }
    for (const [, data] of this._index.atPrefix(term)) if (has(data)) return true;
    return false;
  }

  /** The documents matching the query, best first (as MiniSearch.search with the same options would rank them). */
  rank(queries: readonly TermQuery[], options: RankOptions): Ranking {
    const derived = queries.map((q) => this.derive(q));
    const distinct = [...new Set(queries.map((q) => q.term))];
    const bits = queries.map((q) => 2 ** Math.min(31, distinct.indexOf(q.term)));
    this.grow(this._nextId);
    const fieldIds = options.fields.map((f) => this._fieldIds[f]);
    const boosts = Float64Array.from(options.fields, (f) => options.boost[f] || 1);
    const total = this._documentCount;
    const and = options.combineWith === 'AND';
    const touched: number[] = [];
    const at = this.scratch();
    const lengths = this.fieldLengths();
    for (let s = 0; s < queries.length; s++) {
      for (const { data, weight } of derived[s]) {
        for (let f = 0; f < fieldIds.length; f++) {
          const postings = data.get(fieldIds[f]);
          if (!postings) continue;
          const matching = postings.size;
          const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
          addPostings(at, postings, lengths[fieldIds[f]], weight * boosts[f] * idf, this._avgFieldLength[fieldIds[f]], s, and, bits[s], touched);
        }
      }
    }
    const { docs, scores, groups, groupNames, size } = collect(at, touched, and ? queries.length : 0, this._storedFields, options);
    return new Ranking(this, derived.flat(), fieldIds, options.fields, { docs, scores, groups, groupNames, size });
  }

  /** What a query term stands for, in MiniSearch's order: the term, its completions, its near spellings. */
  private derive(q: TermQuery): Derived[] {
    const out: Derived[] = [];
    const exact = this._index.get(q.term);
    if (exact) out.push(derivedTerm(q.term, exact, 1));
    const completions = new Set<string>();
    if (q.prefix) {
      for (const [term, data] of this._index.atPrefix(q.term)) {
        const distance = term.length - q.term.length;
        if (!distance) continue;
        completions.add(term);
        out.push(derivedTerm(term, data, (SEARCH_DEFAULTS.weights.prefix * term.length) / (term.length + 0.3 * distance)));
      }
    }
    if (q.fuzzy > 0) {
      for (const [term, [data, distance]] of this._index.fuzzyGet(q.term, q.fuzzy)) {
        if (!distance || completions.has(term)) continue;
        out.push(derivedTerm(term, data, (SEARCH_DEFAULTS.weights.fuzzy * term.length) / (term.length + distance)));
      }
    }
    return out;
  }

  private scratch(): Scratch {
    return { score: this.score, matched: this.matched, last: this.last, termBits: this.termBits };
  }

  private fieldLengths(): Float64Array[] {
    if (this.lengths && this.lengths[0]?.length === this._nextId) return this.lengths;
    const fields = Object.keys(this._fieldIds).length;
    const lengths = Array.from({ length: fields }, () => new Float64Array(this._nextId).fill(-1));
    for (const [doc, perField] of this._fieldLength) {
      for (let f = 0; f < fields; f++) lengths[f][doc] = perField[f] ?? 0;
    }
    this.lengths = lengths;
    return lengths;
  }

  private grow(size: number): void {
    if (this.score.length >= size) return;
    const capacity = Math.max(size, Math.ceil(this.score.length * 1.5), 1024);
    this.score = new Float64Array(capacity);
    this.matched = new Uint16Array(capacity);
    this.last = new Uint16Array(capacity);
    this.termBits = new Uint32Array(capacity);
  }

  /** @internal for Ranking */
  documentId(doc: number): string {
    return String(this._documentIds.get(doc));
  }

  /** @internal for Ranking */
  storedFields(doc: number): Record<string, unknown> {
    return this._storedFields.get(doc) ?? {};
  }
}

interface Scratch {
  score: Float64Array;
  matched: Uint16Array;
  last: Uint16Array;
  termBits: Uint32Array;
}

/**
 * Adds one index term's postings in one field to the scores (BM25 as minisearch computes it). The hot
 * loop, kept small and apart so V8 optimises it early and alone.
 */
function addPostings(at: Scratch, postings: Postings, lengths: Float64Array, w: number, avgLength: number, s: number, and: boolean, bit: number, touched: number[]): void {
  const { score, matched, last, termBits } = at;
  const { k, b, d } = SEARCH_DEFAULTS.bm25;
  const stamp = s + 1;
  for (const [doc, tf] of postings) {
    // With AND, a document that missed an earlier query term cannot be a result.
    if (and && matched[doc] < s) continue;
    const length = lengths[doc];
    // A discarded document keeps its postings until minisearch vacuums them.
    if (!(length >= 0)) continue;
    score[doc] += w * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avgLength)));
    if (last[doc] !== stamp) {
      if (last[doc] === 0) touched.push(doc);
      last[doc] = stamp;
      matched[doc]++;
      termBits[doc] |= bit;
    }
  }
}

/** One allocation site for every Derived, so the loops over them see one object shape. */
function derivedTerm(term: string, data: TermData, weight: number): Derived {
  return { term, data, weight };
}

/**
 * The documents that matched every query term (`required` of them; 0 for any) and pass the filter, with
 * their final scores (times the number of distinct query terms matched, as minisearch does); resets the
 * scratch arrays for the next query. Apart from rank so that a filter seeing new stored-field shapes
 * deoptimises only this.
 */
function collect(at: Scratch, touched: readonly number[], required: number, stored: Map<number, Record<string, unknown>>, options: RankOptions) {
  const { score, matched, last, termBits } = at;
  const { filter, group } = options;
  const docs = new Int32Array(touched.length);
  const scores = new Float64Array(touched.length);
  const groups = new Uint8Array(touched.length);
  const groupNames: string[] = [''];
  let size = 0;
  for (const doc of touched) {
    const fields = stored.get(doc) ?? {};
    if (matched[doc] >= required && (!filter || filter(fields))) {
      docs[size] = doc;
      scores[size] = score[doc] * popCount(termBits[doc]);
      if (group) {
        const name = group(fields);
        let code = groupNames.indexOf(name);
        if (code === -1) code = groupNames.push(name) - 1;
        groups[size] = code;
      }
      size++;
    }
    score[doc] = 0;
    matched[doc] = 0;
    last[doc] = 0;
    termBits[doc] = 0;
  }
  return { docs, scores, groups, groupNames, size };
}

function popCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
}

/** Up to this many results are picked by insertion into a short list; more by sorting every match. */
const SELECT_AT_MOST = 100;

/** The documents a query matched, with their scores; what matched is found only for those taken. */
export class Ranking {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private readonly groups: Uint8Array;
  private readonly groupNames: readonly string[];
  /** How many documents matched (the arrays may be longer). */
  readonly size: number;

  constructor(
    private readonly index: { documentId(doc: number): string; storedFields(doc: number): Record<string, unknown> },
    private readonly derived: readonly Derived[],
    private readonly fieldIds: readonly number[],
    private readonly fields: readonly string[],
    found: { docs: Int32Array; scores: Float64Array; groups: Uint8Array; groupNames: readonly string[]; size: number },
  ) {
    ({ docs: this.docs, scores: this.scores, groups: this.groups, groupNames: this.groupNames, size: this.size } = found);
  }

  /** How many matched documents are in `group` (see RankOptions.group). */
  count(group = ''): number {
    const code = this.groupNames.indexOf(group);
    let n = 0;
    for (let i = 0; i < this.size; i++) if (this.groups[i] === code) n++;
    return n;
  }

  /** The best `n` documents of `group`, best first (ties in the order they were first matched). */
  top(n: number, group = ''): RankedDoc[] {
    const code = this.groupNames.indexOf(group);
    const picked: number[] = [];
    if (code === -1) return [];
    if (n > SELECT_AT_MOST) {
      for (let i = 0; i < this.size; i++) if (this.groups[i] === code) picked.push(i);
      // Array.prototype.sort is stable: equal scores stay in the order they were first matched.
      return picked
        .sort((a, b) => this.scores[b] - this.scores[a])
        .slice(0, n)
        .map((i) => this.describe(i));
    }
    for (let i = 0; i < this.size; i++) {
      if (this.groups[i] !== code) continue;
      if (picked.length >= n && !(this.scores[i] > this.scores[picked[picked.length - 1]])) continue;
      // Insert after the equal scores, keeping the best n.
      let at = picked.length;
      while (at > 0 && this.scores[picked[at - 1]] < this.scores[i]) at--;
      picked.splice(at, 0, i);
      if (picked.length > n) picked.pop();
    }
    return picked.map((i) => this.describe(i));
  }

  private describe(i: number): RankedDoc {
    const doc = this.docs[i];
    const match: Record<string, string[]> = {};
    for (const { term, data } of this.derived) {
      for (let f = 0; f < this.fieldIds.length; f++) {
        if (!data.get(this.fieldIds[f])?.has(doc)) continue;
        const fields = (match[term] ??= []);
        if (!fields.includes(this.fields[f])) fields.push(this.fields[f]);
      }
    }
    return { id: this.index.documentId(doc), score: this.scores[i], stored: this.index.storedFields(doc), match };
  }
}
