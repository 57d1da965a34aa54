/**
 * The one i18n module: every string a user sees goes through here, in English or Indonesian.
 * Pure TypeScript (Intl only, no DOM), so the renderer, the CLI and tests can all use it.
 *
 * The English catalogue is the reference: its keys form MessageKey, and its {placeholders}
 * decide which params t() demands, so a missing param is a compile error rather than a "{title}"
 * on screen. Other catalogues are typed as Catalogue: same keys, same placeholders.
 */
import type { Locale } from '../model.js';
import { en, type MessageKey } from './messages-en.js';
import { id } from './messages-id.js';

export type { MessageKey };
export const LOCALES = ['en', 'id'] as const satisfies readonly Locale[];

/** "Deleted “{title}” of {count}" → "title" | "count". */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** A translation of S: any string that still contains each of S's placeholders. */
type TranslationOf<S extends string> = [Placeholders<S>] extends [never]
  ? string
  : UnionToIntersection<Placeholders<S> extends infer P extends string ? `${string}{${P}}${string}` : never>;

export type Catalogue = { readonly [K in MessageKey]: TranslationOf<(typeof en)[K]> };

/** Keys whose message takes no params: what a lookup table of labels should hold. */
export type PlainMessageKey = {
  [K in MessageKey]: [Placeholders<(typeof en)[K]>] extends [never] ? K : never;
}[MessageKey];

export type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;
type ParamsArg<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Keys that come in plural forms: 'library.count' for 'library.count.one' / 'library.count.other'. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
type PluralParams<B extends PluralKey> = Omit<MessageParams<Extract<`${B}.other`, MessageKey>>, 'count'>;
type PluralParamsArg<B extends PluralKey> = keyof PluralParams<B> extends never ? [] : [params: PluralParams<B>];

const catalogues: Record<Locale, Catalogue> = { en, id };

/** BCP 47 tags for Intl: plain 'en' reads naturally worldwide; 'id-ID' gives Indonesian dates and numbers. */
const INTL_TAGS: Record<Locale, string> = { en: 'en', id: 'id-ID' };

/** Navigator language → UI locale: any Indonesian variant (id, id-ID, …) gets Indonesian, all else English. */
export function detectLocale(navigatorLanguage: string | null | undefined): Locale {
  return typeof navigatorLanguage === 'string' && /^id(?:$|[-_])/i.test(navigatorLanguage.trim()) ? 'id' : 'en';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'id';
}

export interface Translator {
  readonly locale: Locale;
  /** The BCP 47 tag to give Intl APIs and `lang` attributes. */
  readonly intlTag: string;
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  /** A plural message: picks base.one / base.other for `count` by the locale's plural rules. */
  plural<B extends PluralKey>(base: B, count: number, ...params: PluralParamsArg<B>): string;
  /** A stored date (ISO 8601 or anything Date understands) for people; unparseable input is returned as is. */
  formatDate(value: string): string;
  formatNumber(value: number): string;
  /** A collator for sorting titles the way this language expects. */
  readonly collator: Intl.Collator;
  /** Makes the Intl formatters of numbers and dates now, at a moment chosen by the caller, rather than on first use. */
  prepare(): void;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Translators hold no state, so each locale's is made once and shared. */
const translators = new Map<Locale, Translator>();

/** Made on first use: creating Intl formatters costs milliseconds each, on the path of the first paint. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createTranslator(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) translators.set(locale, (translator = makeTranslator(locale)));
  return translator;
}

function makeTranslator(locale: Locale): Translator {
  const messages = catalogues[locale];
  const intlTag = INTL_TAGS[locale];
  const numbers = lazily(() => new Intl.NumberFormat(intlTag));
  const plurals = lazily(() => new Intl.PluralRules(intlTag));
  const dates = lazily(() => new Intl.DateTimeFormat(intlTag, { dateStyle: 'medium' }));
  // A bare date means a calendar day, not midnight UTC: format it in UTC so it never shifts a day.
  const calendarDays = lazily(() => new Intl.DateTimeFormat(intlTag, { dateStyle: 'medium', timeZone: 'UTC' }));
  const collator = lazily(() => new Intl.Collator(intlTag, { sensitivity: 'base', numeric: true }));

  function interpolate(template: string, params: Record<string, string | number> | undefined): string {
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
      const value = params[name];
      return typeof value === 'number' ? numbers().format(value) : value;
    });
  }

  function lookup(key: MessageKey): string {
    return messages[key] ?? en[key] ?? key;
  }

  return {
    locale,
    intlTag,
    get collator() {
      return collator();
    },
    t(key, ...params) {
      return interpolate(lookup(key), params[0] as Record<string, string | number> | undefined);
    },
    plural(base, count, ...params) {
      const category = plurals().select(count);
      const candidate = `${base}.${category}`;
      const key = (Object.prototype.hasOwnProperty.call(messages, candidate) ? candidate : `${base}.other`) as MessageKey;
      return interpolate(lookup(key), { ...(params[0] as Record<string, string | number> | undefined), count });
    },
    formatDate(value) {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      return (DATE_ONLY.test(value) ? calendarDays() : dates()).format(date);
    },
    formatNumber(value) {
      return numbers().format(value);
    },
    prepare() {
      // The collator is left for its first use: only sorting by title needs it.
      for (const make of [numbers, plurals, dates, calendarDays]) make();
    },
  };
}

/** One-off translation; prefer createTranslator when translating many strings. */
export function t<K extends MessageKey>(locale: Locale, key: K, ...params: ParamsArg<K>): string {
  return createTranslator(locale).t(key, ...params);
}
