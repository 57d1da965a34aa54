/**
 * Finds the dictionary headword of an inflected English word: plurals ("employees" → "employee",
 * "companies" → "company"), -ed, -ing and -ly. A lookup aid, not a full stemmer: every candidate is
 * checked against the headwords of the dictionaries loaded, so it never invents a word.
 */

/** Candidate headwords for `word`, most likely first (the word itself first of all). */
export function englishCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/[’']s$/, '').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  const out = [w];
  const add = (stem: string) => {
    if (stem.length >= 2) out.push(stem);
  };
  const undouble = (stem: string) => (/([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : undefined);
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ves')) add(`${w.slice(0, -3)}f`), add(`${w.slice(0, -3)}fe`);
  if (/(s|x|z|ch|sh|o)es$/.test(w)) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    add(stem);
    add(`${stem}e`);
    const single = undouble(stem);
    if (single) add(single);
  }
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    add(stem);
    add(`${stem}e`);
    const single = undouble(stem);
    if (single) add(single);
    if (stem.endsWith('y')) add(`${stem.slice(0, -1)}ie`); // lying → lie
  }
  if (w.endsWith('ily')) add(`${w.slice(0, -3)}y`); // happily → happy
  if (w.endsWith('ly')) add(w.slice(0, -2)), add(`${w.slice(0, -2)}le`); // quickly, gently → gentle
  return [...new Set(out)];
}

/** The first candidate that is a headword, or undefined. */
export function stemEnglish(word: string, headwords: { has(word: string): boolean }): string | undefined {
  return englishCandidates(word).find((c) => headwords.has(c));
}
