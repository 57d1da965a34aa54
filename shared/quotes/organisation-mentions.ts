/**
 * Organisations named in a text, so that "tulis perusahaan itu", "the company said" or "dinas tersebut"
 * can be resolved to the organisation they stand for (issue 9: organisations are speakers). Pure.
 *
 * A company is known by its corporate form ("PT Garuda Indonesia", "Acme Inc") or by a company noun
 * before its name ("perusahaan semen Holcim", "the firm Acme"); every later mention of that name counts
 * as a new mention. Other organisations are known by the noun that opens their name ("Dinas Kelautan
 * dan Perikanan NTT", "Ministry of Health"), which is what "dinas tersebut" or "the ministry" repeats.
 */
import { isCapitalised, tokenize, type SpeakerName, type Token } from './speaker-phrase.js';
import { COMPANY_NOUNS, CORPORATE_PREFIXES, NAME_PARTICLES, ORG_HEAD_NOUNS, ORG_SUFFIXES, STOP_WORDS } from './speaker-words.js';

export interface OrganisationMention {
  at: number;
  name: string;
  /** A company (for "perusahaan itu", "the company"). */
  company: boolean;
  /** The lower-case noun its name opens with ("dinas", "ministry"), if any. */
  head: string | null;
}

const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'corporation', 'ltd', 'tbk', 'plc', 'llc', 'co']);
const JOINERS = new Set(['dan', 'and', 'of', '&']);

/** The capitalised run from tokens[i]; with `joined`, "dan"/"and"/"of" between capitalised words stay in it. */
function capitalisedRun(tokens: Token[], i: number, joined: boolean): number {
  let k = i;
  while (k < tokens.length) {
    const t = tokens[k];
    if (isCapitalised(t)) k++;
    else if (t.word && (NAME_PARTICLES.has(t.lower) || (joined && JOINERS.has(t.lower))) && isCapitalised(tokens[k + 1])) k++;
    else break;
  }
  return k;
}

const words = (tokens: Token[]) => tokens.map((t) => t.text).join(' ');

export function organisationMentions(text: string): OrganisationMention[] {
  const tokens = tokenize(text);
  const mentions: OrganisationMention[] = [];
  const companies = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]) || isCapitalised(tokens[i - 1])) continue;
    const head = tokens[i].lower;
    const k = capitalisedRun(tokens, i, ORG_HEAD_NOUNS.has(head));
    let run = tokens.slice(i, k);
    if (ORG_HEAD_NOUNS.has(head) && run.length >= 2) {
      mentions.push({ at: tokens[i].start, name: words(run), company: head === 'bank', head });
      i = k - 1;
      continue;
    }
    let company = false;
    if (CORPORATE_PREFIXES.has(head) && run.length >= 2) {
      run = run.slice(1);
      company = true;
    }
    // "PT Garuda Indonesia (Persero) Tbk" and "Acme Inc": the suffix may follow a parenthesis.
    let after = k;
    if (tokens[after]?.text === '(') while (after < tokens.length && tokens[after].text !== ')' && after - k < 4) after++;
    if (tokens[after]?.text === ')') after++;
    if ([tokens[k - 1], tokens[k], tokens[after]].some((t) => t?.word && CORPORATE_SUFFIXES.has(t.lower.replace(/\.$/, '')))) company = true;
    while (run.length > 1 && (CORPORATE_SUFFIXES.has(run[run.length - 1].lower) || ORG_SUFFIXES.has(run[run.length - 1].lower) && run[run.length - 1].lower !== 'ai')) run = run.slice(0, -1);
    // "perusahaan semen Holcim", "the firm Acme": a company noun and at most two more lower-case words before the name.
    for (let b = i - 1; b >= Math.max(0, i - 3) && tokens[b].word && !isCapitalised(tokens[b]) && !STOP_WORDS.has(tokens[b].lower); b--) {
      if (COMPANY_NOUNS.has(tokens[b].lower)) company = true;
    }
    if (company) companies.add(words(run));
    i = k - 1;
  }
  // Every mention of a known company, wherever it stands ("Holcim dalam pernyataannya menyatakan …").
  for (const name of companies) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(pattern)) mentions.push({ at: m.index, name, company: true, head: null });
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/**
 * The organisation a speaker like "perusahaan" (from "perusahaan itu"), "company" or "dinas" stands
 * for: the last fitting one named before `at`. The speaker itself when it is not such a noun or
 * nothing fits.
 */
export function resolveOrganisation(speaker: SpeakerName, at: number, mentions: readonly OrganisationMention[]): SpeakerName {
  if (speaker.role !== null) return speaker;
  const noun = speaker.name.toLowerCase().replace(/\s+(itu|tersebut)$/, '');
  const fits = COMPANY_NOUNS.has(noun) ? (m: OrganisationMention) => m.company : ORG_HEAD_NOUNS.has(noun) ? (m: OrganisationMention) => m.head === noun : null;
  if (!fits) return speaker;
  let best: OrganisationMention | undefined;
  for (const m of mentions) if (m.at < at && fits(m)) best = m;
  return best ? { name: best.name, role: null } : speaker;
}
