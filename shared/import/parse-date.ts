/**
 * Publication dates as pages and copied text write them, in Indonesian and English, turned into
 * ISO 8601: "Jumat, 13 Juni 2025 10:15 WIB" → "2025-06-13T10:15:00+07:00", "June 13, 2025" →
 * "2025-06-13". A date without a time stays a plain date (no invented midnight or time zone).
 */

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, pebruari: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

/** Zones with a fixed offset. US zones (ET, PT) change with daylight saving, so they are left out. */
const ZONES: Record<string, string> = { wib: '+07:00', wita: '+08:00', wit: '+09:00', utc: 'Z', gmt: 'Z', z: 'Z' };

const WEEKDAY = String.raw`(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)`;
const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const DMY = String.raw`(\d{1,2})\s+(${MONTH})\.?\s+(\d{4})`;
const MDY = String.raw`(${MONTH})\.?\s+(\d{1,2}),?\s+(\d{4})`;
const NUMERIC = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const TIME = String.raw`(?:(?:pukul|jam|at)\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?)?\s*(wib|wita|wit|utc|gmt|z|[a-z]{2,4})?`;

const DATE_RE = new RegExp(`(?:${DMY})|(?:${MDY})|(?:${NUMERIC})`, 'i');
const TIME_RE = new RegExp(`^\\s*[-–—|,·•]?\\s*${TIME}`, 'i');
/** A line that is nothing but a date (with weekday, time and zone), as under many headlines. */
export const DATE_LINE = new RegExp(
  `^(?:${WEEKDAY}\\.?,?\\s*)?(?:${DMY}|${MDY}|${NUMERIC})(?:\\s*[-–—|,·•]?\\s*${TIME})?\\s*$`,
  'i',
);
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function withTime(date: string, rest: string): string {
  const time = TIME_RE.exec(rest);
  if (!time) return date;
  let hours = Number(time[1]);
  const minutes = Number(time[2]);
  const seconds = time[3] ? Number(time[3]) : 0;
  const meridiem = time[4]?.toLowerCase().replace(/[^ap]/g, '');
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59 || seconds > 59) return date;
  const zone = time[5] ? ZONES[time[5].toLowerCase()] : undefined;
  // Without a zone we do not know the instant, so we keep only the date.
  return zone ? `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${zone}` : date;
}

/** ISO 8601 for a date string, or undefined when it holds no date we can read. */
export function parseDate(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, m, d, hh] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return undefined;
    if (!hh) return `${y}-${m}-${d}`;
    return Number.isNaN(Date.parse(value.replace(' ', 'T'))) ? `${y}-${m}-${d}` : value.replace(' ', 'T');
  }
  const match = DATE_RE.exec(value);
  if (match) {
    let year: number;
    let month: number;
    let day: number;
    if (match[1]) [day, month, year] = [Number(match[1]), MONTHS[match[2].toLowerCase()], Number(match[3])];
    else if (match[4]) [month, day, year] = [MONTHS[match[4].toLowerCase()], Number(match[5]), Number(match[6])];
    // Numeric dates are day-first, as Indonesian (and most non-US) sites write them.
    else [day, month, year] = [Number(match[7]), Number(match[8]), Number(match[9])];
    if (!validDay(year, month, day)) return undefined;
    return withTime(`${year}-${pad(month)}-${pad(day)}`, value.slice(match.index + match[0].length));
  }
  // Date.parse is not a fallback: V8 reads "hello 2025" as a date. RFC 2822 ("Fri, 13 Jun 2025
  // 10:15:00 GMT") is covered by the day-month-year form above.
  return undefined;
}
