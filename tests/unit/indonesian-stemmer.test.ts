import { describe, expect, it } from 'vitest';
import { stemIndonesian } from '../../shared/lang/indonesian-stemmer.js';
import { BUILT_IN_INDONESIAN_ROOTS } from '../../shared/lang/indonesian-roots.js';
import { englishCandidates, stemEnglish } from '../../shared/lang/english-stemmer.js';
import { HUNSPELL_ID_DIC, readHunspellRoots } from '../../electron/dictionary/hunspell-roots.js';
import { allStemmerCases, stemmerCases } from './indonesian-stemmer.cases.js';
import { englishStemmerCases } from './english-stemmer.cases.js';

const hunspell = await readHunspellRoots();
const ACCURACY_FLOOR = 0.95;

function accuracy(roots: ReadonlySet<string>) {
  const misses = allStemmerCases.filter(([, word, root]) => stemIndonesian(word, roots) !== root);
  return { share: 1 - misses.length / allStemmerCases.length, misses: misses.map(([, w, r]) => `${w}→${stemIndonesian(w, roots)} (want ${r})`) };
}

describe('the Indonesian stemmer', () => {
  it('has at least 150 cases covering every affix class', () => {
    expect(allStemmerCases.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(stemmerCases).length).toBeGreaterThanOrEqual(15);
  });

  it.runIf(hunspell)(`reaches ${ACCURACY_FLOOR * 100}% with hunspell-id's roots (${HUNSPELL_ID_DIC})`, () => {
    const { share, misses } = accuracy(hunspell!.roots);
    console.log(`stemmer accuracy with hunspell-id: ${(share * 100).toFixed(1)}% of ${allStemmerCases.length}; misses: ${misses.join(', ') || 'none'}`);
    expect(hunspell!.roots.size).toBeGreaterThan(30_000);
    expect(share).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it(`reaches ${ACCURACY_FLOOR * 100}% with the built-in roots`, () => {
    const { share, misses } = accuracy(new Set(BUILT_IN_INDONESIAN_ROOTS));
    console.log(`stemmer accuracy with the built-in roots: ${(share * 100).toFixed(1)}%; misses: ${misses.join(', ') || 'none'}`);
    expect(share).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it.runIf(hunspell).each([
    ['mengakuisisi', 'akuisisi'],
    ['menaikkan', 'naik'],
    ['pelabelan', 'label'],
    ['kecerdasan', 'cerdas'],
    ['memperkuat', 'kuat'],
    ['penyediaan', 'sedia'],
    ['ketergantungan', 'gantung'],
  ])('stems the sample word %s to %s', (word, root) => {
    expect(stemIndonesian(word, hunspell!.roots)).toBe(root);
  });

  it('gives back an unknown word, normalized, and leaves numbers alone', () => {
    const roots = new Set(['buku']);
    expect(stemIndonesian('Xyzzyqu,', roots)).toBe('xyzzyqu');
    expect(stemIndonesian('2025', roots)).toBe('2025');
    expect(stemIndonesian('Buku-buku.', roots)).toBe('buku');
  });
});

describe('the English stemmer', () => {
  const headwords = new Set(englishStemmerCases.map(([, h]) => h));
  it.each(englishStemmerCases)('finds %s under %s', (word, headword) => {
    expect(stemEnglish(word, headwords)).toBe(headword);
  });

  it('never invents a headword', () => {
    expect(stemEnglish('glorbing', headwords)).toBeUndefined();
    expect(englishCandidates('employees')[0]).toBe('employees');
  });
});
