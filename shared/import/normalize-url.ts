/**
 * Source addresses: only absolute http(s) URLs are kept as an article's source, and a looser
 * "same story" key lets an import recognise a page it has seen before under a slightly different
 * address (tracking parameters, #fragment, trailing slash, http vs https, "www.").
 */

/** An absolute http(s) URL, resolved against `base` when relative; undefined for anything else. */
export function httpUrl(raw: string | null | undefined, base?: string): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref|ref_src|_ga|amp)$/i;

/** A source URL as stored: tracking parameters and the #fragment removed, everything else kept. */
export function cleanSourceUrl(raw: string | undefined): string | undefined {
  const href = httpUrl(raw);
  if (!href) return undefined;
  const url = new URL(href);
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  url.hash = '';
  return url.href;
}

/** The duplicate-detection key of a source URL, or undefined when it is not an http(s) URL. */
export function sourceUrlKey(raw: string | undefined): string | undefined {
  const href = httpUrl(raw);
  if (!href) return undefined;
  const url = new URL(href);
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = url.host.toLowerCase().replace(/^www\./, '');
  const pathname = url.pathname.replace(/\/(?:amp\/?)?$/, '') || '/';
  return `${host}${pathname}${query}`;
}
