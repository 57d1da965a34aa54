/**
 * A web page's own metadata, read before anything is cleaned away: title, author, site, publication
 * date, canonical address and declared language. Sources, best first: JSON-LD (schema.org
 * NewsArticle and friends), Open Graph and article:* meta tags, classic meta names, <time>,
 * <link rel=canonical>, and the "saved from url" comment browsers write into saved pages.
 * The document is passed in (shared/ has no DOM of its own).
 */
import { collapseSpace } from './classify-line.js';
import { cleanSourceUrl, httpUrl } from './normalize-url.js';
import { parseDate } from './parse-date.js';

export interface PageMetadata {
  title?: string;
  byline?: string;
  site?: string;
  publishedAt?: string;
  sourceUrl?: string;
  /** The page's declared language (html lang, content-language), lower-case primary subtag. */
  lang?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|TechArticle|ScholarlyArticle|Report|LiveBlogPosting|WebPage)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return collapseSpace(value) || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name ?? value['@id'] ?? value.url);
  return undefined;
}

function names(value: Json | undefined): string | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const found = list
    .map((v) => (isObject(v) ? text(v.name) : text(v)))
    .filter((n): n is string => !!n && !/^https?:/i.test(n));
  return found.length ? [...new Set(found)].join(', ') : undefined;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in a JSON-LD block, through arrays and @graph. */
function* jsonLdNodes(value: Json): Generator<JsonObject> {
  if (Array.isArray(value)) for (const v of value) yield* jsonLdNodes(v);
  else if (isObject(value)) {
    yield value;
    if (value['@graph']) yield* jsonLdNodes(value['@graph']);
  }
}

/**
 * The elements metadata lives in, gathered in one query by tag name: jsdom's selector engine walks
 * the whole page for every query (an attribute selector such as [itemprop] costs more than all the
 * rest), so one cheap query is sorted in JavaScript instead.
 */
interface MetadataElements {
  metas: Element[];
  jsonLd: Element[];
  links: Element[];
  times: Element[];
}

function gather(document: Document): MetadataElements {
  const found: MetadataElements = { metas: [], jsonLd: [], links: [], times: [] };
  for (const element of document.querySelectorAll('meta, script, link, time')) {
    if (element.tagName === 'META') found.metas.push(element);
    else if (element.tagName === 'LINK') found.links.push(element);
    else if (element.tagName === 'TIME') found.times.push(element);
    else if (/ld\+json/i.test(element.getAttribute('type') ?? '')) found.jsonLd.push(element);
  }
  return found;
}

function readJsonLd(scripts: readonly Element[]): JsonObject | undefined {
  let fallback: JsonObject | undefined;
  for (const script of scripts) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // Broken JSON-LD is common; the meta tags usually say the same.
    }
    for (const node of jsonLdNodes(parsed)) {
      const types = typesOf(node);
      if (types.some((t) => t !== 'WebPage' && ARTICLE_TYPES.test(t))) return node;
      if (types.includes('WebPage')) fallback ??= node;
    }
  }
  return fallback;
}

/** name/property/itemprop → content, first one wins (so itemprop="datePublished" on a meta counts too). */
function metaTags(metas: readonly Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = collapseSpace(meta.getAttribute('content') ?? '');
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** "By Jane Doe" → "Jane Doe"; URLs and handles are not names. */
function cleanByline(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = collapseSpace(raw).replace(/^(?:by|oleh|penulis\s*:?)\s+/i, '');
  if (!value || /^(?:https?:|@|www\.)/i.test(value) || value.length > 120) return undefined;
  return value;
}

function stripSiteFromTitle(title: string, site: string | undefined): string {
  const parts = title.split(/\s+[|–—:·•]\s+|\s+-\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1];
  if (site && last.toLowerCase() === site.toLowerCase()) return title.slice(0, title.length - last.length).replace(/\s*[|–—:·•-]\s*$/, '');
  // A trailing segment of one or two words after a separator is usually the site's name.
  return parts[0].split(/\s+/).length >= 3 && last.split(/\s+/).length <= 2 && !site ? title.slice(0, title.length - last.length).replace(/\s*[|–—:·•-]\s*$/, '') : title;
}

export function readPageMetadata(document: Document, hints: { savedFromUrl?: string } = {}): PageMetadata {
  const elements = gather(document);
  const ld = readJsonLd(elements.jsonLd);
  const tags = metaTags(elements.metas);
  const tag = (...keys: string[]) => keys.map((k) => tags.get(k)).find(Boolean);

  const site = tag('og:site_name') ?? text(ld?.publisher) ?? tag('application-name', 'al:android:app_name');

  const pageTitle = collapseSpace(document.querySelector('title')?.textContent ?? '');
  const declaredTitle = text(ld?.headline) ?? tag('og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title');
  const title = declaredTitle ? stripSiteFromTitle(declaredTitle, site) : pageTitle ? stripSiteFromTitle(pageTitle, site) : undefined;

  const authorTag = tag('author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author', 'twitter:creator');
  const byline = cleanByline(names(ld?.author)) ?? cleanByline(authorTag);

  const times = elements.times;
  const timeElement =
    times.find((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate')) ??
    times.find((t) => t.hasAttribute('datetime') && t.closest('article')) ??
    times.find((t) => t.hasAttribute('datetime'));
  const publishedAt = [
    text(ld?.datePublished),
    tag('article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'content_publicdate'),
    timeElement?.getAttribute('datetime') ?? timeElement?.getAttribute('content') ?? timeElement?.textContent ?? undefined,
  ]
    .map((d) => parseDate(d))
    .find(Boolean);

  const canonical = elements.links.find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''))?.getAttribute('href');
  const ogUrl = tag('og:url', 'twitter:url');
  const ldUrl = text(ld?.mainEntityOfPage) ?? text(ld?.url);
  const sourceUrl = cleanSourceUrl(
    httpUrl(canonical, httpUrl(ogUrl) ?? httpUrl(hints.savedFromUrl)) ?? httpUrl(ogUrl) ?? httpUrl(ldUrl) ?? httpUrl(hints.savedFromUrl),
  );

  const declaredLang =
    // A damaged page may give linkedom no root element at all.
    document.documentElement?.getAttribute('lang') ??
    elements.metas.find((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language')?.getAttribute('content') ??
    undefined;
  const lang = declaredLang?.trim().toLowerCase().split(/[-_,\s]/)[0] || undefined;

  return { title: title || undefined, byline, site, publishedAt, sourceUrl, lang };
}
