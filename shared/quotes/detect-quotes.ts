/**
 * Direct quotations in an article's canonical text and who said them (issue 9). Pure: runs on
 * Article.text, so it can run again whenever the text changes, and its offsets are the ones
 * annotation selectors use.
 *
 * 1. find-quote-spans.ts finds the quote marks (nested, across paragraphs).
 * 2. Each quote looks for its speaker after it ("…,” ujar NAME", "…," said NAME, "…," NAME said),
 *    then before it ("NAME mengatakan, “", "Menurut NAME, “", "NAME: “", "NAME menyebutnya “").
 * 3. Pronouns ("ujarnya", "kata dia", "he said") take the last person named as saying something,
 *    in a quote's attribution or in reported speech ("…, kata NAME."); a quote with no attribution
 *    straight after another belongs to the same speaker.
 * 4. Marks around a title or a term ("program “Makan Bergizi Gratis”") are not quotations: a quote
 *    without a speaker must read like speech (a few words ending in punctuation, or a long stretch).
 */
import { z } from 'zod';
import type { Lang } from '../model.js';
import { findQuoteSpans, paragraphBounds, type QuoteSpan } from './find-quote-spans.js';
import { organisationMentions, resolveOrganisation } from './organisation-mentions.js';
import { appositivePerson, isAcronym, isCapitalised, pastSource, isSpeechVerb, speakerAfter, speakerBefore, splitRoleAndName, tokenize, withoutAsides, type SpeakerName, type Token } from './speaker-phrase.js';
import {
  ACCORDING_ID,
  EN_PRONOUNS,
  EN_VERBS,
  ID_AFTER_VERBS,
  ID_PRONOUNS,
  ID_SUBJECT_VERBS,
  NAME_PARTICLES,
  NAMED_AS,
  NAMING_VERBS,
  NYA,
  ORG_SUFFIXES,
  ORG_WORDS,
  SENTENCE_OPENERS,
  TITLE_MARKERS,
} from './speaker-words.js';

/** One detected quotation, as the API, the CLI and the Quotes panel see it. */
export const DetectedQuoteSchema = z.object({
  /** The quoted words: text.slice(start, end), without the outer marks. */
  quote: z.string(),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type DetectedQuote = z.infer<typeof DetectedQuoteSchema>;

type Attribution = SpeakerName | 'pronoun' | null;

interface SpeakerEvent {
  at: number;
  paragraph: number;
  speaker: SpeakerName;
  /** Said something (a quote or reported speech), rather than merely named. */
  said: boolean;
}

/** Words before a place's name: "di Muara Angke", "in Salt Lake City". */
const PLACE_PREPOSITIONS = new Set(['di', 'ke', 'in', 'at', 'near']);

/** How far (in words) a naming verb may stand before its quote: "menyebut kebijakan itu “…”". */
const NAMING_REACH = 10;
const VERB_REACH = 3;

/** Passive forms after "Demikian"/"Begitu": "Demikian disampaikan NAME". */
const PASSIVE_SAID = new Set(['disampaikan', 'dikatakan', 'diungkapkan', 'dijelaskan', 'ditegaskan', 'disebutkan', 'dituturkan', 'dipaparkan']);

/** Where the sentence holding `at` starts, not before `floor` ("Dr." and "A." do not end a sentence). */
function sentenceStart(text: string, floor: number, at: number): number {
  const end = /[.!?…]["”’»)]*\s+(?=["“‘«(]?[\p{Lu}\d])/gu;
  end.lastIndex = floor;
  let start = floor;
  for (let m = end.exec(text); m && m.index < at; m = end.exec(text)) {
    const before = /(\S+)$/.exec(text.slice(Math.max(floor, m.index - 12), m.index + 1))?.[1] ?? '';
    if (/^(\p{Lu}|dr|prof|moh|muh|mr|mrs|ms|jr|st|no|h|hj|ir|drs)\.$/iu.test(before)) continue;
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
  }
  return start;
}

/** The language of a stretch of text by its function words; the article's language breaks ties. */
export function clauseLanguage(words: readonly Token[], articleLang: Lang): 'id' | 'en' {
  let id = 0;
  let en = 0;
  for (const w of words) {
    if (ID_AFTER_VERBS.has(w.lower) || ID_SUBJECT_VERBS.has(w.lower) || ID_PRONOUNS.has(w.lower) || /^(yang|dan|di|ke|dari|untuk|dengan|ini|itu|kata|ujar|menurut|usai|saat)$/.test(w.lower)) id++;
    if (EN_VERBS.has(w.lower) || EN_PRONOUNS.has(w.lower) || /^(the|and|of|to|in|for|with|on|is|was|according)$/.test(w.lower)) en++;
  }
  if (id !== en) return id > en ? 'id' : 'en';
  return articleLang === 'en' ? 'en' : 'id';
}

/** The speaker after the quote: `tokens` run from the closing mark to the next quote or the paragraph's end. */
function attributionAfter(tokens: Token[], innerEndsSentence: boolean, lang: 'id' | 'en'): Attribution {
  let i = 0;
  while (tokens[i] && (tokens[i].text === ',' || tokens[i].text === '—' || tokens[i].text === '–')) i++;
  const t = tokens[i];
  if (!t || !t.word) return null;
  const lowerStart = !/^\p{Lu}/u.test(t.text);
  // "…,” ujar NAME" / "…,” ujarnya" / "…,” kata dia"
  const verb = t.lower.endsWith(NYA) && ID_AFTER_VERBS.has(t.lower.slice(0, -NYA.length)) ? 'nya' : ID_AFTER_VERBS.has(t.lower) ? 'verb' : null;
  if (verb && (lowerStart || !innerEndsSentence)) {
    if (verb === 'nya') return 'pronoun';
    if (tokens[i + 1]?.word && ID_PRONOUNS.has(tokens[i + 1].lower)) return 'pronoun';
    return speakerAfter(tokens, i + 1);
  }
  // "…,” menurut NAME" / "…," according to NAME
  if (t.lower === ACCORDING_ID) return speakerAfter(tokens, pastSource(tokens, i + 1));
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return speakerAfter(tokens, pastSource(tokens, i + 2));
  // "Demikian disampaikan NAME" / "Begitu kata NAME"
  if ((t.lower === 'demikian' || t.lower === 'begitu') && tokens[i + 1]?.word) {
    const v = tokens[i + 1];
    if (ID_AFTER_VERBS.has(v.lower) || PASSIVE_SAID.has(v.lower)) return speakerAfter(tokens, tokens[i + 2]?.lower === 'oleh' ? i + 3 : i + 2);
  }
  if (innerEndsSentence && !lowerStart) return null;
  // "…," said NAME
  if (EN_VERBS.has(t.lower)) {
    if (tokens[i + 1]?.word && EN_PRONOUNS.has(tokens[i + 1].lower)) return 'pronoun';
    const named = speakerAfter(tokens, i + 1);
    if (named) return named;
  }
  // "…," he said / "…,” ujar dia" / "…," NAME said / "…," NAME, ROLE, said / "…,” NAME menambahkan.
  // The clause's language says which pronouns it has ("he said" in English, "dia menambahkan" in Indonesian).
  if ((lang === 'en' ? EN_PRONOUNS : ID_PRONOUNS).has(t.lower) && isSpeechVerb(tokens[i + 1])) return 'pronoun';
  const named = speakerAfter(tokens, i);
  if (named) {
    // "NAME, ROLE, said": speakerAfter has read the role; the comma that closes it comes before the verb.
    const verbAt = tokens[named.next]?.text === ',' ? named.next + 1 : named.next;
    if (isSpeechVerb(tokens[verbAt])) return { name: named.name, role: named.role };
  }
  return null;
}

/** The speaker before the quote: `tokens` run from the start of its sentence to the opening mark. */
function attributionBefore(tokens: Token[]): Attribution {
  let end = tokens.length;
  let colon = false;
  while (end > 0 && !tokens[end - 1].word && /[,:—–-]/.test(tokens[end - 1].text)) {
    if (tokens[end - 1].text === ':') colon = true;
    end--;
  }
  if (end === 0) return null;
  // The last verb of saying within reach of the quote.
  let verbFound = false;
  for (let v = end - 1; v >= 0; v--) {
    const t = tokens[v];
    if (!t.word) {
      if (t.text === ',' || t.text === ':') continue;
      break;
    }
    const distance = end - 1 - v;
    const naming = NAMING_VERBS.has(t.lower) || tokens.slice(v + 1, end).some((w) => w.lower === 'bahwa' || w.lower === 'that');
    if (distance > (naming ? NAMING_REACH : VERB_REACH)) break;
    if (t.lower === ACCORDING_ID || (t.lower === 'according' && tokens[v + 1]?.lower === 'to')) {
      const named = speakerAfter(tokens, pastSource(tokens, v + (t.lower === 'according' ? 2 : 1)));
      if (named) return named;
    }
    if (isSpeechVerb(t)) {
      verbFound = true;
      const subject = speakerBefore(tokens, v, 0);
      if (subject) return subject;
      // "said NAME: “…”" / "kata NAME, “…”"
      if (EN_VERBS.has(t.lower) && isCapitalised(tokens[v + 1])) return speakerAfter(tokens, v + 1);
    }
    if (ID_AFTER_VERBS.has(t.lower) && isCapitalised(tokens[v + 1])) {
      const named = speakerAfter(tokens, v + 1);
      if (named) return named;
    }
  }
  // "NAME: “…”" (not "… told the Guardian: “…”", whose object is not the speaker)
  if (colon && !verbFound) {
    const subject = speakerBefore(tokens, end, 0);
    if (subject && subject !== 'pronoun') return subject;
  }
  return null;
}

/** Who is said to say something outside quote marks: "…, kata NAME.", "Menurut NAME, …", "NAME mengatakan …". */
function reportedSpeakers(text: string, from: number, to: number, paragraph: number): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  const tokens = tokenize(text, from, to);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    let speaker: Attribution = null;
    if (t.lower === ACCORDING_ID || (t.lower === 'according' && tokens[i + 1]?.lower === 'to')) speaker = speakerAfter(tokens, pastSource(tokens, i + (t.lower === 'according' ? 2 : 1)));
    else if ((ID_AFTER_VERBS.has(t.lower) || EN_VERBS.has(t.lower)) && tokens[i - 1]?.text === ',' && isCapitalised(tokens[i + 1])) speaker = speakerAfter(tokens, i + 1);
    else if (isSpeechVerb(t)) speaker = speakerBefore(tokens, i, 0);
    if (speaker && speaker !== 'pronoun' && /\p{Lu}/u.test(speaker.name)) events.push({ at: t.start, paragraph, speaker, said: true });
  }
  // People named at all ("Maria Ressa spoke at …"): the antecedents of "ujarnya" and "she said".
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]) || isCapitalised(tokens[i - 1])) continue;
    let k = i;
    while (isCapitalised(tokens[k]) || (NAME_PARTICLES.has(tokens[k]?.lower ?? '') && isCapitalised(tokens[k + 1]))) k++;
    const person = splitRoleAndName(tokens.slice(i, k));
    const words = person?.name.split(' ') ?? [];
    const runStart = tokens.slice(i, k);
    const appositive = words.length === 1 ? appositivePerson(tokens, i, k, 0) : null;
    // "di Muara Angke", "in Salt Lake City": a place, not a person.
    if (PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) {
      i = k;
      continue;
    }
    if (appositive) events.push({ at: tokens[i].start, paragraph, speaker: appositive, said: false });
    else if (person && words.length >= 2 && !SENTENCE_OPENERS.has(runStart[0].lower) && !words.some((w) => isAcronym(w) || ORG_WORDS.has(w.toLowerCase()) || ORG_SUFFIXES.has(w.toLowerCase()))) {
      events.push({ at: tokens[i].start, paragraph, speaker: person, said: false });
    }
    i = k;
  }
  return events;
}

/**
 * Marks around a title or a name rather than speech: "film berjudul “…”", "konser bertajuk “…”", "a report
 * titled "…"", or the object of a naming verb followed by "sebagai"/"as" ("menyebut “Jumbo” sebagai …").
 */
function isTitle(before: Token[], after: Token[], raw: string): boolean {
  const previous = before[before.length - 1];
  if (previous?.word && TITLE_MARKERS.has(previous.lower)) return true;
  const next = after[0];
  return !!next?.word && NAMED_AS.has(next.lower) && !/[.!?…,]$/.test(raw) && wordCount(raw) <= 6;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function detectQuotes(text: string, articleLang: Lang = 'other'): DetectedQuote[] {
  const spans = findQuoteSpans(text);
  const paragraphs = paragraphBounds(text);
  const organisations = organisationMentions(text);

  // Reported speech outside the quotes, for pronouns and follow-on quotes.
  const events: SpeakerEvent[] = [];
  paragraphs.forEach((p, index) => {
    let from = p.start;
    for (const s of spans) {
      if (s.close < p.start || s.open > p.end) continue;
      if (s.open > from) events.push(...reportedSpeakers(text, from, Math.min(s.open, p.end), index));
      from = Math.max(from, s.close + 1);
    }
    if (from < p.end) events.push(...reportedSpeakers(text, from, p.end, index));
  });

  const found: Array<{ span: QuoteSpan; start: number; end: number; speaker: SpeakerName | null }> = [];
  const quoteEvents: SpeakerEvent[] = [];
  const lastEventBefore = (at: number, said: boolean): SpeakerEvent | undefined => {
    let best: SpeakerEvent | undefined;
    for (const e of [...events, ...quoteEvents]) if (e.at < at && (!said || e.said) && (!best || e.at > best.at)) best = e;
    if (best && best.speaker.role === null) {
      // The same person named earlier with a role ("…, ujar NAME, ROLE" before "NAME berkata …").
      const known = [...events, ...quoteEvents].find((e) => e.at < at && e.speaker.name === best!.speaker.name && e.speaker.role !== null);
      if (known) return { ...best, speaker: known.speaker };
    }
    return best;
  };

  /**
   * Whom "ujarnya" or "she said" stands for: someone said to speak in this paragraph, else anyone
   * named in it, else the last speaker before, else the last person named at all.
   */
  const antecedent = (at: number, paragraph: number): SpeakerName | null => {
    const said = lastEventBefore(at, true);
    const named = lastEventBefore(at, false);
    if (said && said.paragraph === paragraph) return said.speaker;
    if (named && named.paragraph === paragraph) return named.speaker;
    return (said ?? named)?.speaker ?? null;
  };

  spans.forEach((span, k) => {
    // The quoted words: inside the marks, without white space or the comma that belongs to the attribution.
    let start = span.open + 1;
    let end = span.close;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const raw = text.slice(start, end);
    if (end > start && text[end - 1] === ',') end--;
    if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;

    const lastParagraph = paragraphs[span.lastParagraph];
    const nextSpan = spans[k + 1];
    const postEnd = nextSpan && nextSpan.firstParagraph === span.lastParagraph ? nextSpan.open : lastParagraph.end;
    const after = withoutAsides(tokenize(text, span.close + 1, postEnd));
    const firstParagraph = paragraphs[span.firstParagraph];
    const previousSpan = spans[k - 1];
    const floor = previousSpan && previousSpan.lastParagraph === span.firstParagraph ? Math.max(firstParagraph.start, previousSpan.close + 1) : firstParagraph.start;
    const before = withoutAsides(tokenize(text, sentenceStart(text, floor, span.open), span.open));

    const endsSentence = /[.!?…]$/.test(raw);
    if (isTitle(before, after, raw)) return;
    const lang = clauseLanguage([...before, ...after.slice(0, 8)], articleLang);
    let attribution = attributionAfter(after, endsSentence, lang);
    if (!attribution) attribution = attributionBefore(before);

    let speaker: SpeakerName | null = null;
    if (attribution === 'pronoun') speaker = antecedent(span.open, span.firstParagraph);
    else if (attribution) speaker = resolveOrganisation(attribution, span.open, organisations);
    else {
      const words = wordCount(raw);
      const readsLikeSpeech = (words >= 3 && /[.!?…,]$/.test(raw)) || words >= 8;
      if (!readsLikeSpeech) return;
      const last = lastEventBefore(span.open, true);
      // A follow-on quote: the speaker of the quote or report just before, in this paragraph or the one before.
      if (last && span.firstParagraph - last.paragraph <= 1) speaker = last.speaker;
    }
    if (speaker) quoteEvents.push({ at: span.close, paragraph: span.lastParagraph, speaker, said: true });
    found.push({ span, start, end, speaker });
  });

  return found.map(({ start, end, speaker }) => ({
    quote: text.slice(start, end),
    speaker: speaker?.name ?? null,
    role: speaker?.role ?? null,
    start,
    end,
  }));
}
