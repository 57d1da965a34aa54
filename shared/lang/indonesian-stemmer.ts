/**
 * Finds the root of an inflected Indonesian word ("mengakuisisi" → "akuisisi") so that a dictionary
 * holding only roots can answer for it. The rules are Nazief–Adriani's as refined by Enhanced Confix
 * Stripping (Arifin et al. 2009): particles, possessives and a derivational suffix come off first, then
 * up to three prefixes with their recoding (meny+V → s…, mem+V → p…, men+V → t…, meng+V → k…). Every
 * candidate is checked against a set of known roots, and when stripping a suffix leads nowhere the
 * suffix is put back and prefixes are tried on the longer form ("loop last return"). Pure: the caller
 * passes the roots (hunspell-id's ~31k when installed, a built-in list otherwise).
 */

const VOWEL = /^[aiueo]/;
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
/** Shortest root a stripping step may leave; shorter leftovers are noise (hunspell lists "ab", "an", …). */
const MIN_ROOT = 3;
/** ECS removes at most three prefixes (memper-ke-…, di-per-ber-…). */
const MAX_PREFIXES = 3;

export type Roots = ReadonlySet<string>;

/** Lower case, no surrounding punctuation; keeps inner hyphens (reduplication) and letters only. */
export function normalizeIndonesianWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’']/g, '')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

/**
 * The prefix removals that apply to the start of `word`, each with the rest it leaves. Several may
 * apply; the order is the one that wins most often, and the root set settles the rest.
 */
function prefixOptions(word: string): Array<{ prefix: string; rest: string }> {
  const out: Array<{ prefix: string; rest: string }> = [];
  const add = (prefix: string, rest: string) => {
    if (rest.length >= MIN_ROOT) out.push({ prefix, rest });
  };
  const after = (n: number) => word.slice(n);
  const at = (n: number) => word.charAt(n);
  const vowelAt = (n: number) => VOWEL.test(word.slice(n));

  // Simple prefixes, no recoding.
  for (const p of ['di', 'ke', 'se', 'ku', 'kau']) if (word.startsWith(p)) add(p, after(p.length));

  if (word.startsWith('me') || word.startsWith('pe')) {
    const p = word.slice(0, 2); // "me" or "pe": the nasal forms of meN- and peN- follow the same rules
    if (word.startsWith(`${p}ng`)) {
      if (at(4) === 'e') {
        // Roots in k- far outnumber roots in e-: mengetik → ketik, mengeluarkan → keluar(kan)
        add(`${p}ng`, `k${after(4)}`);
        if (!vowelAt(5)) add(`${p}nge`, after(5)); // menge+C: mengebom → bom, pengecatan → cat
        add(`${p}ng`, after(4)); // mengedarkan → edar
      } else if (vowelAt(4)) {
        add(`${p}ng`, after(4)); // mengakuisisi → akuisisi
        add(`${p}ng`, `k${after(4)}`); // mengirim → kirim
      } else if (/^[ghk]/.test(after(4))) add(`${p}ng`, after(4)); // menggunakan → gunakan, menghadapi → hadapi
    }
    if (word.startsWith(`${p}ny`)) {
      if (vowelAt(4)) {
        add(`${p}ny`, `s${after(4)}`); // menyediakan → sediakan
        add(p, after(2)); // menyanyi → nyanyi
      }
    }
    if (word.startsWith(`${p}n`) && !word.startsWith(`${p}ng`) && !word.startsWith(`${p}ny`)) {
      if (vowelAt(3)) {
        add(p, after(2)); // menaikkan → naik(kan), menanti → nanti
        add(`${p}n`, `t${after(3)}`); // menulis → tulis
      } else if (/^(c|d|j|z|sy|t)/.test(after(3))) add(`${p}n`, after(3)); // mencari, mendengar, menjual
    }
    if (word.startsWith(`${p}m`)) {
      if (/^[bfv]/.test(after(3))) add(`${p}m`, after(3)); // membaca, memfitnah
      // memper-, mempe-, mempunyai: the p stays (memperkuat → perkuat, mempekerjakan → pekerjakan)
      if (p === 'me' && at(3) === 'p') add('mem', after(3));
      if (vowelAt(3)) {
        add(p, after(2)); // memakan → makan
        add(`${p}m`, `p${after(3)}`); // memukul → pukul
      } else if (at(3) === 'r' && vowelAt(4)) {
        add(`${p}m`, after(3)); // memrakarsai (rare)
        add(`${p}m`, `p${after(3)}`);
      }
      if (at(3) === 'p' && p === 'pe') add('pem', after(3));
    }
    // me-/pe- before l, r, w, y and the nasals themselves: melihat, merasa, mewarnai, meminta, pelari
    if (/^[lrwy]/.test(after(2))) add(p, after(2));
    if (p === 'me' && /^(m|n)/.test(after(2)) && !out.some((o) => o.rest === after(2))) add(p, after(2));
  }
  if (word.startsWith('pe')) {
    if (word.startsWith('per')) {
      add('per', after(3)); // perkuat → kuat, pertanian → tani(an)
      if (vowelAt(3)) add('pe', after(2)); // perang-like: pe + rV
    }
    if (word.startsWith('pel') && vowelAt(3)) add('pel', after(3)); // pelajar → ajar
    // pe + other consonants: pekerja → kerja, petani → tani, pedagang → dagang
    if (!VOWEL.test(after(2)) && !/^[lrwymn]/.test(after(2))) add('pe', after(2));
  }
  if (word.startsWith('be')) {
    if (word.startsWith('ber')) {
      add('ber', after(3)); // berlari → lari, berawal → awal
      if (vowelAt(3)) add('be', after(2)); // berasa: be + rasa
    }
    if (word.startsWith('bel') && word.slice(3).startsWith('ajar')) add('bel', after(3)); // belajar → ajar
    // be + C + er: bekerja → kerja, beserta → serta, beternak → ternak
    if (/^[^aiueor]er/.test(after(2))) add('be', after(2));
  }
  if (word.startsWith('te')) {
    if (word.startsWith('ter')) {
      add('ter', after(3)); // tergantung → gantung
      if (vowelAt(3)) add('te', after(2)); // terasa: te + rasa
    }
    if (/^[^aiueor]er/.test(after(2))) add('te', after(2)); // tepercaya → percaya
  }
  return out;
}

/**
 * The forms left after taking off particle and possessive (`bases`, least stripped first) and then a
 * derivational suffix (`derived`: -kan before -an before -i). ECS strips the suffix first and puts it
 * back when that leads nowhere; for the confixes where the prefix decides (be-…-lah, be-…-an,
 * me-/di-/pe-/te-…-i) it tries the unsuffixed word first, so "membeli" gives "beli", not "bel" + -i.
 */
function suffixForms(word: string): { bases: string[]; derived: string[]; prefixFirst: boolean } {
  const bases = [word];
  let current = word;
  for (const group of [PARTICLES, POSSESSIVES]) {
    const suffix = group.find((s) => current.endsWith(s) && current.length - s.length >= MIN_ROOT);
    if (suffix) {
      current = current.slice(0, -suffix.length);
      bases.push(current);
    }
  }
  const base = bases[bases.length - 1];
  const derived: string[] = [];
  for (const suffix of ['kan', 'an', 'i']) {
    if (base.endsWith(suffix) && base.length - suffix.length >= MIN_ROOT) derived.push(base.slice(0, -suffix.length));
  }
  const prefixFirst = /^be.*(lah|[^k]an)$/.test(word) || /^(me|di|pe|te).*i$/.test(base);
  return { bases, derived: [...new Set(derived)], prefixFirst };
}

/**
 * Prefix removal, breadth first: every one-prefix candidate is checked before any two-prefix one.
 * Returns the roots found at the shallowest depth that has any, in the order the rules list them
 * (for mem+V and men+V the nasal kept before the recoded letter: meminta → "minta" over "pinta").
 */
function stripPrefixes(word: string, roots: Roots): string[] {
  let layer: Array<{ word: string; used: string[] }> = [{ word, used: [] }];
  for (let depth = 0; depth < MAX_PREFIXES && layer.length; depth++) {
    const next: typeof layer = [];
    const found: string[] = [];
    for (const item of layer) {
      for (const { prefix, rest } of prefixOptions(item.word)) {
        // ECS: the same prefix never comes off twice in a row (di-di-, ke-ke-).
        if (item.used[item.used.length - 1] === prefix) continue;
        if (roots.has(rest)) found.push(rest);
        next.push({ word: rest, used: [...item.used, prefix] });
      }
    }
    if (found.length) return [...new Set(found)];
    layer = next;
  }
  return [];
}

/**
 * Roots of three letters (pak, mak, bel, cat, bom) are mostly short loans that turn up by accident
 * when a suffix is cut too eagerly (memakan → mak + -an); a longer root from any form wins over them.
 */
const SHORT_ROOT = 3;

function stemSingle(word: string, roots: Roots): string | undefined {
  const { bases, derived, prefixFirst } = suffixForms(word);
  let short: string | undefined;
  const tryPrefixes = (forms: string[]) => {
    for (const form of forms) {
      const [found] = stripPrefixes(form, roots);
      if (found && found.length > SHORT_ROOT) return found;
      short ??= found;
    }
    return undefined;
  };
  const direct = (forms: string[]) => forms.find((f) => roots.has(f));
  if (prefixFirst) {
    return direct(bases) ?? tryPrefixes(bases) ?? direct(derived) ?? tryPrefixes(derived) ?? short;
  }
  // Suffix first (-kan, -an, -i), then put back ("loop last return"), most stripped base first.
  return direct(bases) ?? direct(derived) ?? tryPrefixes([...derived, ...[...bases].reverse()]) ?? short;
}

/**
 * The root of `word`, or the word itself (normalized) when no root is found. Reduplicated words
 * (buku-buku, berhati-hati, sayur-mayur) give the root of their parts.
 */
export function stemIndonesian(word: string, roots: Roots): string {
  const w = normalizeIndonesianWord(word);
  if (!w || /[0-9]/.test(w)) return w;
  const parts = w.split('-').filter(Boolean);
  if (parts.length === 2 && parts[0] === parts[1]) {
    // buku-buku, anak-anak: the plural gives its part's root even where hunspell lists the pair.
    const root = stemSingle(parts[0], roots);
    if (root) return root;
  }
  if (roots.has(w)) return w;
  if (w.includes('-')) {
    if (parts.length === 2) {
      const [a, b] = parts;
      const rootA = stemSingle(a, roots);
      const rootB = stemSingle(b, roots);
      if (rootA && rootA === rootB) return rootA;
      if (rootB && a.endsWith(b)) return rootB; // berhati-hati: the repeated part is the root
      if (rootA) return rootA;
      if (rootB && a === b) return rootB;
      // Inflected reduplication: kemerah-merahan, bermain-mainan → root of the second part
      if (rootB) return rootB;
    }
    return w;
  }
  return stemSingle(w, roots) ?? w;
}

/** Whether stemIndonesian found a root (as opposed to giving the word back). */
export function findIndonesianRoot(word: string, roots: Roots): string | undefined {
  const root = stemIndonesian(word, roots);
  return roots.has(root) ? root : undefined;
}
