/**
 * Reading a speaker out of the words around a quote: a tokenizer that keeps offsets, the noun phrase
 * after a verb ("ujar juru bicara Scale AI", "said John Smith"), the subject before a verb
 * ("Anggota Kongres Raja Krishnamoorthi menyebutnya", "CEO Labelbox, Manu Sharma, memperkirakan"),
 * a role after a comma ("…, CEO Turing") and the split of a role from a name
 * ("Menteri Keuangan Sri Mulyani" → role "Menteri Keuangan", name "Sri Mulyani").
 */
import {
  ABBREVIATIONS,
  CONNECTORS,
  DAYS_AND_MONTHS,
  DEMONSTRATIVES,
  DESCRIPTION_WORDS,
  DROPPED_LEADING,
  EN_PRONOUNS,
  EN_VERBS,
  ID_PRONOUNS,
  ID_SUBJECT_VERBS,
  NAME_PARTICLES,
  ORG_SUFFIXES,
  ORG_WORDS,
  REGION_HEADS,
  ROLE_HEADS,
  SENTENCE_OPENERS,
  SOURCE_NOUNS,
  STOP_WORDS,
} from './speaker-words.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

export interface SpeakerName {
  name: string;
  role: string | null;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{Lu}\.))*/uy;

/** Words (with offsets into `text`) and single punctuation marks, between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let end = Math.min(i + m[0].length, to);
      let word = text.slice(i, end);
      // "Dr." and "A." keep their full stop: it is part of the name, not the end of the sentence.
      if (text[end] === '.' && end < to && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(\p{Lu}\.)+\p{Lu}$/u.test(word))) {
        end++;
        word += '.';
      }
      tokens.push({ text: word, lower: word.toLowerCase(), start: i, end, word: true });
      i = end;
    } else {
      tokens.push({ text: ch, lower: ch, start: i, end: i + 1, word: false });
      i++;
    }
  }
  return tokens;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.word && /^\p{Lu}/u.test(t.text) && !DAYS_AND_MONTHS.has(t.lower.replace(/\.$/, ''));
export const isAcronym = (word: string): boolean => /^[\p{Lu}\d][\p{Lu}\d.&-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
export const isPronoun = (t: Token | undefined): boolean => !!t && t.word && (ID_PRONOUNS.has(t.lower) || EN_PRONOUNS.has(t.lower));
export const isSpeechVerb = (t: Token | undefined): boolean => !!t && t.word && (ID_SUBJECT_VERBS.has(t.lower) || EN_VERBS.has(t.lower));

const isRoleWord = (lower: string) => ROLE_HEADS.has(lower.replace(/\.$/, '')) || DESCRIPTION_WORDS.has(lower);

/** An Indonesian verb by its prefix, or an English verb of saying: the end of a speaker phrase. */
function verbLike(t: Token): boolean {
  if (ID_SUBJECT_VERBS.has(t.lower) || EN_VERBS.has(t.lower)) return true;
  if (isRoleWord(t.lower)) return false;
  return /^(me[mny]?|meng|ber|di|ter)\p{L}{3,}/u.test(t.lower);
}

/** A lower-case word that may continue a description ("pedagang sayur") or a role ("pengamat ekonomi"). */
function freeWord(t: Token): boolean {
  return t.word && !/^\p{Lu}/u.test(t.text) && !STOP_WORDS.has(t.lower) && !verbLike(t) && !isPronoun(t) && !/^\d/.test(t.text);
}

/**
 * The noun phrase starting at tokens[i]: a name, an organisation or a description ("juru bicara
 * Scale AI", "a spokesperson for Google", "seorang pedagang sayur"). Returns the words and the index after them.
 */
export function phraseAfter(tokens: Token[], i: number): { words: Token[]; next: number } {
  const words: Token[] = [];
  let capitalSeen = false;
  let free = 0;
  for (; i < tokens.length && words.length < 12; i++) {
    const t = tokens[i];
    if (!t.word) break;
    const next = tokens[i + 1];
    if (isCapitalised(t)) {
      if (words.length === 0 && SENTENCE_OPENERS.has(t.lower)) break;
      capitalSeen = true;
    } else if ((NAME_PARTICLES.has(t.lower) || CONNECTORS.has(t.lower)) && words.length > 0 && isCapitalised(next)) {
      // "bin", "van", "of", "dari" between words of the phrase
    } else if (!capitalSeen && isRoleWord(t.lower)) {
      // a description before any name: "juru bicara", "the company"
    } else if (!capitalSeen && words.length > 0 && free < 2 && freeWord(t)) {
      free++;
    } else break;
    words.push(t);
  }
  while (words.length && !isCapitalised(words[words.length - 1]) && (CONNECTORS.has(words[words.length - 1].lower) || NAME_PARTICLES.has(words[words.length - 1].lower))) words.pop();
  return { words, next: i - (words.length === 0 ? 0 : 0) };
}

/** The subject ending just before tokens[end]: scanned backwards over name, role and description words. */
function phraseBefore(tokens: Token[], end: number, floor: number): Token[] {
  const words: Token[] = [];
  let i = end - 1;
  for (; i >= floor && words.length < 12; i--) {
    const t = tokens[i];
    if (!t.word) break;
    const after = words[0];
    if (isCapitalised(t) || isRoleWord(t.lower)) words.unshift(t);
    else if ((NAME_PARTICLES.has(t.lower) || CONNECTORS.has(t.lower)) && after && isCapitalised(after) && (isCapitalised(tokens[i - 1]) || isRoleWord(tokens[i - 1]?.lower ?? ''))) words.unshift(t);
    else if (after && !isCapitalised(after) && isRoleWord(after.lower) && freeWord(t) && isRoleWord(tokens[i - 1]?.lower ?? '')) words.unshift(t);
    else break;
  }
  // A capitalised word opening the sentence is not part of the name ("Namun Budi mengatakan").
  while (words.length && SENTENCE_OPENERS.has(words[0].lower)) words.shift();
  return words;
}

const RELATIVES = new Set(['who', 'which', 'yang']);

const joined = (words: readonly Token[]) => words.map((w) => w.text).join(' ');

/** Drops "a", "the", "seorang" from the front of a description speaker. */
function tidy(words: Token[]): Token[] {
  const out = [...words];
  while (out.length > 1 && DROPPED_LEADING.has(out[0].lower)) out.shift();
  return out;
}

const looksLikeOrganisation = (words: readonly Token[]) => {
  const last = words[words.length - 1];
  return isAcronym(last.text) || ORG_SUFFIXES.has(last.lower) || words.some((w) => ORG_WORDS.has(w.lower));
};

/**
 * Role and name from one phrase: the person's name follows the last role word and any organisation
 * or place words after it ("Kepala BPS Amalia Adininggar Widyasanti", "Turing CEO Jonathan Siddharth").
 * A phrase with no person in it ("juru bicara Scale AI", "Meta") is the speaker as a whole.
 */
export function splitRoleAndName(phrase: Token[]): SpeakerName | null {
  const words = tidy(phrase);
  if (words.length === 0) return null;
  if (!words.some((w) => isCapitalised(w) || isRoleWord(w.lower))) return null;
  let head = -1;
  for (let k = 0; k < words.length; k++) {
    if (ROLE_HEADS.has(words[k].lower.replace(/\.$/, '')) || (words[k].lower === 'kota' && words[k - 1]?.lower === 'wali')) head = k;
  }
  const whole = { name: joined(words), role: null };
  if (head < 0) return whole;
  let j = head + 1;
  while (j < words.length && (ORG_WORDS.has(words[j].lower) || isAcronym(words[j].text) || !isCapitalised(words[j]) || ROLE_HEADS.has(words[j].lower))) j++;
  // "Bupati Bogor Rudy Susmanto": a regional office is followed by its region, then the person.
  if (j === head + 1 && words.length - j >= 3 && REGION_HEADS.has(words[head].lower)) j++;
  const person = words.slice(j);
  if (person.length === 0 || looksLikeOrganisation(person)) return whole;
  const headIsDescription = !/^\p{Lu}/u.test(words[head].text) && !isAcronym(words[head].text);
  if (headIsDescription && person.length === 1) return whole;
  return { name: joined(person), role: joined(words.slice(0, j)) };
}

/**
 * A role after the name: ", CEO Turing", ", chief executive of Acme", "dalam Semafor Technology".
 * Returns null when what follows is a clause ("…, menolak mengomentari"), a day or a place.
 */
export function roleAfter(tokens: Token[], i: number): { role: string; next: number } | null {
  const first = tokens[i];
  if (!first) return null;
  if (first.word && ['dalam', 'dari', 'from', 'of', 'at'].includes(first.lower) && isCapitalised(tokens[i + 1])) {
    const words: Token[] = [];
    let k = i + 1;
    for (; k < tokens.length && (isCapitalised(tokens[k]) || (NAME_PARTICLES.has(tokens[k].lower) && isCapitalised(tokens[k + 1]))); k++) words.push(tokens[k]);
    return { role: joined(words), next: k };
  }
  if (first.text !== ',') return null;
  const start = tokens[i + 1];
  if (!start || !start.word || verbLike(start) || isPronoun(start)) return null;
  if (!(isCapitalised(start) || isRoleWord(start.lower))) return null;
  const words: Token[] = [];
  let free = 0;
  let k = i + 1;
  for (; k < tokens.length && words.length < 12; k++) {
    const t = tokens[k];
    if (!t.word) break;
    if (isCapitalised(t) || isRoleWord(t.lower)) words.push(t);
    else if ((CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower)) && (isCapitalised(tokens[k + 1]) || isRoleWord(tokens[k + 1]?.lower ?? ''))) words.push(t);
    else if (free < 3 && freeWord(t) && words.length > 0) {
      free++;
      words.push(t);
    } else break;
  }
  const role = tidy(words);
  if (role.length === 0 || role.every((w) => DAYS_AND_MONTHS.has(w.lower))) return null;
  return { role: joined(role), next: k };
}

/**
 * The speaker named after a verb, with a role after it: "ujar NAME, ROLE", "kata NAME dalam ORG",
 * "said NAME of ORG". Returns null when no name or description follows.
 */
export function speakerAfter(tokens: Token[], i: number): (SpeakerName & { next: number }) | null {
  const { words, next } = phraseAfter(tokens, i);
  // "ujar ROLE, NAME": a role phrase, a comma, then a person's name.
  if (words.some((w) => isRoleWord(w.lower)) && tokens[next]?.text === ',') {
    const second = phraseAfter(tokens, next + 1).words;
    if (second.length >= 2 && second.every(isCapitalised) && !second.some((w) => isRoleWord(w.lower)) && !looksLikeOrganisation(second)) {
      return { name: joined(second), role: joined(tidy(words)), next: next + 1 + second.length };
    }
  }
  const speaker = splitRoleAndName(words);
  if (!speaker) return null;
  if (speaker.role === null) {
    const role = roleAfter(tokens, next);
    if (role) return { ...speaker, role: role.role, next: role.next };
  }
  return { ...speaker, next };
}

/**
 * The subject before tokens[verb]: "NAME mengatakan", "ROLE NAME menyebutnya", "NAME, ROLE, said",
 * "ROLE, NAME, memperkirakan". `floor` is where the clause starts. 'pronoun' for "Ia mengatakan", "He said".
 */
export function speakerBefore(tokens: Token[], verb: number, floor: number): SpeakerName | 'pronoun' | null {
  let end = verb;
  if (isPronoun(tokens[end - 1])) return 'pronoun';
  // "perseroan itu menulis": the demonstrative is not part of the subject.
  if (DEMONSTRATIVES.has(tokens[end - 1]?.lower ?? '') && end - 2 >= floor && isRoleWord(tokens[end - 2].lower)) end--;
  const appositive = tokens[end - 1]?.text === ',';
  if (appositive) end--;
  if (appositive) {
    // "NAME, who works at …, told": skip the relative clause back to its comma.
    let comma = end - 1;
    while (comma > floor && tokens[comma].text !== ',' && end - comma < 20) comma--;
    if (tokens[comma]?.text === ',' && RELATIVES.has(tokens[comma + 1]?.lower ?? '')) return speakerBefore(tokens, comma, floor);
  }
  const last = phraseBefore(tokens, end, floor);
  if (last.length === 0) return null;
  const beforeLast = end - last.length - 1;
  if (tokens[beforeLast]?.text === ',') {
    // "NAME, ROLE, VERB" / "ROLE, NAME, VERB" / "NAME, ROLE: “…”": the role has a role word or names an organisation.
    const first = phraseBefore(tokens, beforeLast, floor);
    const hasRole = (ws: Token[]) => ws.some((w) => isRoleWord(w.lower));
    const orgLike = (ws: Token[]) => ws.length > 0 && looksLikeOrganisation(ws);
    const as = (name: Token[], role: Token[]) => ({ name: joined(tidy(name)), role: joined(tidy(role)) });
    if (first.length > 0) {
      if (hasRole(last) && !hasRole(first) && !orgLike(first)) return as(first, last);
      if (!hasRole(last) && hasRole(first) && !orgLike(last)) return as(last, first);
      if (appositive && orgLike(first) && !orgLike(last)) return as(last, first);
      if (appositive && orgLike(last) && !orgLike(first)) return as(first, last);
    }
    // "Pedagang lain, Hariyanto, mengaku", "Seorang penonton di Yogyakarta, Larasati, mengaku": a description, then the name.
    if (appositive) {
      const described = describedName(tokens, beforeLast, floor, last);
      if (described) return described;
    }
  }
  if (appositive) return null;
  return splitRoleAndName(last);
}

/**
 * Past a written source after "Menurut" / "according to": "keterangan tertulis PT KAI", "a statement
 * from Acme", "siaran pers Kemenag". Returns the index of the source's author (i itself when there is no source noun).
 */
export function pastSource(tokens: Token[], i: number): number {
  let k = i;
  while (tokens[k]?.word && DROPPED_LEADING.has(tokens[k].lower)) k++;
  if (!tokens[k]?.word || !SOURCE_NOUNS.has(tokens[k].lower)) return i;
  k++;
  while (tokens[k]?.word && /^(resmi|tertulis|pers|persnya|terbaru|written|official|press|issued|released)$/.test(tokens[k].lower)) k++;
  if (tokens[k]?.word && /^(dari|oleh|from|by)$/.test(tokens[k].lower)) k++;
  return tokens[k]?.word ? k : i;
}

/** A person's name: capitalised words, no role word, not an organisation ("Hariyanto", "Sri Mulyati"). */
const personLike = (words: readonly Token[]) =>
  words.length > 0 &&
  !SENTENCE_OPENERS.has(words[0].lower) &&
  words.every((w) => isCapitalised(w) || NAME_PARTICLES.has(w.lower)) &&
  !words.some((w) => isRoleWord(w.lower)) &&
  !looksLikeOrganisation(words);

/**
 * "DESCRIPTION, NAME": the clause before tokens[comma] describes the person named after it ("Pedagang lain",
 * "Seorang nelayan Oeba", "Her landlord"). The description becomes the role. Null without a role word in it.
 */
export function describedName(tokens: Token[], comma: number, floor: number, name: Token[]): SpeakerName | null {
  if (tokens[comma]?.text !== ',' || !personLike(name)) return null;
  let from = comma;
  while (from > floor && tokens[from - 1].word && comma - from < 8) from--;
  const description = tidy(tokens.slice(from, comma));
  while (description.length && SENTENCE_OPENERS.has(description[0].lower)) description.shift();
  if (!description.some((w) => isRoleWord(w.lower))) return null;
  return { name: joined(name), role: joined(description) };
}

/**
 * A one-word name set off by commas that the words around it make a person: "Pedagang lain, Hariyanto, …"
 * or "Hariyanto, pedagang sayur, …". tokens[i..k) is the name. For the antecedents of later pronouns.
 */
export function appositivePerson(tokens: Token[], i: number, k: number, floor: number): SpeakerName | null {
  const name = tokens.slice(i, k);
  if (tokens[k]?.text !== ',' || !personLike(name)) return null;
  if (tokens[i - 1]?.text === ',') {
    const described = describedName(tokens, i - 1, floor, name);
    if (described) return described;
  }
  // "Rahmat, nelayan di Muara Angke, …": a role word opens what follows, and a comma closes it soon after.
  const role = roleAfter(tokens, k);
  if (!role || !isRoleWord(tokens[k + 1]?.lower ?? '')) return null;
  let close = role.next;
  while (tokens[close]?.word && close - role.next < 6) close++;
  return tokens[close]?.text === ',' ? { name: joined(name), role: role.role } : null;
}

/** The tokens without asides that never hold the speaker: "(JPPI)", "(2/2)", and ages (", 58,"). */
export function withoutAsides(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word && t.text === '(') depth++;
    else if (!t.word && t.text === ')' && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (t.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && [',', '.'].includes(tokens[k + 2]?.text ?? '') && isCapitalised(tokens[k - 1])) {
      // "Gary Miller, 58, who …": keep the comma that the age's closing comma stood for.
      if (tokens[k + 2].text === ',') out.push(t);
      k += tokens[k + 2].text === ',' ? 2 : 1;
    } else out.push(t);
  }
  return out;
}
