/**
 * A generated library for the library-scale bench: N articles of ~800 words with 20 annotations each
 * (notes, translation notes, quotations with speakers), mixing Indonesian-like and English text.
 * The vocabulary is ~30,000 word forms drawn with a Zipf law (as real text is): Indonesian roots,
 * real and made-up, with their affixes (mem-, di-, ber-, -kan, peN-…-an), English words, real and
 * made-up, with -s/-ed/-ing, and names. Seeded, so every run and machine gets the same library. Files are written straight to the
 * articles folder (the fast path); Library.open then rebuilds library.json from them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { countWords, newId } from '../electron/import/draft-to-article.js';
import { describeSpan } from '../shared/anchoring/describe-selectors.js';
import { BUILT_IN_INDONESIAN_ROOTS } from '../shared/lang/indonesian-roots.js';
import { ArticleFileSchema, HIGHLIGHT_COLORS, SCHEMA_VERSION, type Annotation, type Article, type ArticleFile } from '../shared/model.js';
import { seededRandom } from './seeded-random.js';

export const WORDS_PER_ARTICLE = 800;
export const ANNOTATIONS_PER_ARTICLE = 20;

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const randInt = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const EN_BASE = (
  'government community city village country school market road river forest island mountain policy economy ' +
  'education health agriculture fisherman farmer teacher student worker development budget report research result ' +
  'season rain drought flood price rice oil electricity water transport train harbour airport tourism culture language ' +
  'history story resident child generation company bank lender investor acquisition merger share profit loss ' +
  'minister president court judge lawyer police soldier election vote party campaign candidate protest strike ' +
  'hospital doctor nurse patient vaccine disease clinic factory product export import tax subsidy loan debt ' +
  'build increase reduce explain show need face receive give use study read write speak work learn live return ' +
  'acquire invest announce plan expect warn claim deny approve reject launch open close cut raise fall rise ' +
  'cargo ferry terminal crane container shipment coffee cocoa palm rubber mine coal nickel copper gold fuel ' +
  'startup platform data model network server software engineer analyst market regulator agency ministry'
).split(' ');
const EN_FUNCTION = 'the and of to in for with on is that this it was not will have has been from by as they we our its their a an at'.split(' ');
const ID_FUNCTION = 'yang dan di ke dari untuk dengan pada adalah ini itu tidak akan sudah juga dalam bisa ada karena oleh sebagai mereka kami'.split(' ');
const NAMES = ['Sari Wulandari', 'Budi Santoso', 'Agus Salim', 'Dewi Lestari', 'Rahmat Hidayat', 'Putri Ayu', 'Hendra Gunawan', 'Maya Sari', 'Yusuf Kalla', 'Joko Widodo', 'Sri Mulyani', 'Alexandr Wang'];
const PLACES = ['Jakarta', 'Surabaya', 'Makassar', 'Medan', 'Yogyakarta', 'Bandung', 'Kupang', 'Ambon', 'Padang', 'Aceh', 'Bali', 'Papua'];
const SITES = ['kabar.example.id', 'harian.example.id', 'warta.example.com', 'news.example.org', 'journal.example.net', 'tempo.example.id', 'metro.example.com'];
const TAGS = ['kutipan', 'data', 'method', 'todo', 'sumber', 'question', 'ekonomi', 'politik', 'energy', 'follow-up'];

/** meN- with its assimilation (mem+b/p, men+d/t/c/j, meny+s, meng+vowel/g/h/k), simplified. */
function meN(root: string): string {
  const c = root[0];
  if ('aiueogh'.includes(c)) return `meng${root}`;
  if (c === 'k') return `meng${root.slice(1)}`;
  if (c === 'b') return `mem${root}`;
  if (c === 'p') return `mem${root.slice(1)}`;
  if ('dcj'.includes(c)) return `men${root}`;
  if (c === 't') return `men${root.slice(1)}`;
  if (c === 's') return `meny${root.slice(1)}`;
  return `me${root}`;
}

function indonesianForms(root: string): string[] {
  return [root, meN(root), `di${root}`, `ber${root}`, `${root}kan`, `${meN(root)}kan`, `di${root}kan`, `pe${meN(root).slice(2)}an`, `ke${root}an`, `${root}nya`];
}

function englishForms(word: string): string[] {
  const e = word.endsWith('e');
  const stem = e ? word.slice(0, -1) : word;
  return [word, word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`, `${stem}ed`, `${stem}ing`];
}

/**
 * Calibrated on the first-run sample article (real Indonesian news): it has 321 distinct index terms
 * in 679 words; with this exponent and vocabulary an 800-word generated article has ~370, as real
 * text of that length would (distinct words grow more slowly than length).
 */
const ZIPF_EXPONENT = 1.1;

/** A Zipf sampler over `words` (rank r has weight 1/r^ZIPF_EXPONENT), ranks shuffled by the seed. */
function zipf(rand: Rand, words: readonly string[]): () => string {
  const ranked = [...words];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j], ranked[i]];
  }
  const cumulative = new Float64Array(ranked.length);
  let sum = 0;
  for (let r = 0; r < ranked.length; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, ZIPF_EXPONENT);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo];
  };
}

export interface Vocabulary {
  indonesianRoots: string[];
  indonesian: string[];
  englishBase: string[];
  english: string[];
}

/** Made-up words of 2–3 syllables, so the vocabulary is as large as a real news archive's. */
function pseudoWords(rand: Rand, count: number, endings: readonly string[]): string[] {
  const consonants = 'bcdghjklmnprstwy';
  const vowels = 'aiueo';
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    for (let i = randInt(rand, 2, 3); i > 0; i--) w += consonants[Math.floor(rand() * consonants.length)] + vowels[Math.floor(rand() * vowels.length)];
    out.add(w + pick(rand, endings));
  }
  return [...out];
}

export function vocabulary(seed = 0xb0c4b): Vocabulary {
  const rand = seededRandom(seed);
  // Real roots (the stemmer knows them) and made-up ones (it does not), with their affixed forms.
  const indonesianRoots = [...BUILT_IN_INDONESIAN_ROOTS.filter((r) => /^[a-z]{3,}$/.test(r)), ...pseudoWords(rand, 2500, ['', '', 'n', 'ng', 'r', 't'])];
  const indonesian = [...new Set(indonesianRoots.flatMap(indonesianForms))];
  const englishBase = [...EN_BASE, ...pseudoWords(rand, 1000, ['ter', 'tion', 'ment', 'ness', 'ist', 'al'])];
  const english = [...new Set(englishBase.flatMap(englishForms))];
  return { indonesianRoots, indonesian, englishBase, english };
}

export class CorpusWriter {
  private readonly rand: Rand;
  private readonly idWord: () => string;
  private readonly enWord: () => string;

  constructor(seed: number, readonly vocab: Vocabulary = vocabulary()) {
    this.rand = seededRandom(seed);
    this.idWord = zipf(this.rand, [...vocab.indonesian, ...ID_FUNCTION, ...ID_FUNCTION]);
    this.enWord = zipf(this.rand, [...vocab.english, ...EN_FUNCTION, ...EN_FUNCTION]);
  }

  private sentence(lang: 'id' | 'en', min = 7, max = 20): string {
    const { rand } = this;
    const n = randInt(rand, min, max);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rand();
      // Mixed text: loanwords and English terms in Indonesian news, and the other way round.
      let w = r < 0.04 ? pick(rand, PLACES) : r < 0.06 ? pick(rand, NAMES) : r < 0.14 ? (lang === 'id' ? this.enWord() : this.idWord()) : lang === 'id' ? this.idWord() : this.enWord();
      if (i < n - 1 && rand() < 0.07) w += ',';
      parts.push(w);
    }
    if (rand() < 0.08) parts.push(String(randInt(rand, 2, 2024)));
    return `${capitalize(parts.join(' '))}.`;
  }

  article(index: number): ArticleFile {
    const { rand } = this;
    const lang = rand() < 0.6 ? 'id' : 'en';
    const goal = randInt(rand, WORDS_PER_ARTICLE - 100, WORDS_PER_ARTICLE + 100);
    const paras: string[] = [];
    let total = 0;
    while (total < goal) {
      const p = Array.from({ length: randInt(rand, 2, 6) }, () => this.sentence(lang)).join(' ');
      total += countWords(p);
      paras.push(p);
    }
    const text = paras.join('\n');
    const stamp = new Date(Date.UTC(2023, 0, 1) + index * 37 * 60_000).toISOString();
    const article: Article = {
      id: newId(),
      title: this.sentence(lang, 4, 10).slice(0, -1),
      site: pick(rand, SITES),
      importedAt: stamp,
      updatedAt: stamp,
      lang,
      format: 'text',
      markdown: paras.join('\n\n'),
      text,
      wordCount: countWords(text),
      tags: rand() < 0.3 ? [pick(rand, TAGS)] : [],
    };
    const words = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const annotations: Annotation[] = [];
    for (let k = 0; k < ANNOTATIONS_PER_ARTICLE; k++) {
      const i = Math.floor(rand() * words.length);
      let j = Math.min(words.length - 1, i + randInt(rand, 0, 11));
      while (j > i && text.slice(words[i][0], words[j][1]).includes('\n')) j--;
      const quote = rand() < 0.1;
      const other = lang === 'id' ? 'en' : 'id';
      annotations.push({
        id: randomUUID(),
        articleId: article.id,
        kind: quote ? 'quote' : 'highlight',
        target: { selector: describeSpan(text, words[i][0], words[j][1]) },
        status: 'anchored',
        color: pick(rand, HIGHLIGHT_COLORS),
        note: rand() < 0.3 ? this.sentence(rand() < 0.5 ? 'id' : 'en', 4, 14) : '',
        tags: rand() < 0.25 ? [pick(rand, TAGS)] : [],
        ...(rand() < 0.2 ? { translation: { text: this.sentence(other, 5, 16), from: lang, to: other } } : {}),
        ...(quote ? { speaker: { name: pick(rand, NAMES), role: rand() < 0.5 ? 'menteri' : undefined } } : {}),
        created: stamp,
        updated: stamp,
      });
      if (annotations[k].speaker?.role === undefined) delete annotations[k].speaker?.role;
    }
    annotations.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
    return { schemaVersion: SCHEMA_VERSION, article, annotations };
  }

  /** Writes `size` article files into `dir`/articles; returns their ids and titles in import order. */
  async write(dir: string, size: number, log: (line: string) => void = () => {}): Promise<Array<{ id: string; title: string }>> {
    const articlesDir = path.join(dir, 'articles');
    await fs.mkdir(articlesDir, { recursive: true });
    const out: Array<{ id: string; title: string }> = [];
    let pending: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const file = this.article(i);
      if (i === 0) ArticleFileSchema.parse(file); // the generator must produce files the app accepts
      out.push({ id: file.article.id, title: file.article.title });
      pending.push(fs.writeFile(path.join(articlesDir, `${file.article.id}.json`), JSON.stringify(file)));
      if (pending.length >= 64) {
        await Promise.all(pending);
        pending = [];
      }
      if ((i + 1) % 2_000 === 0) log(`generated ${i + 1}/${size} articles`);
    }
    await Promise.all(pending);
    return out;
  }
}
