import { cheerio } from '../loaders/cheerio.js';
import type { Element } from 'domhandler';
import catalogue from '../../rules/data/trackers.json' with { type: 'json' };
import { attributeRange, contentRange, decodeAttribute, documentBase, resolveHttpUrl, type SourceRange } from './html-source.js';
import type { FetchedPage } from './site.js';

export type TrackerCategory = 'analytics' | 'advertising' | 'tag-manager' | 'embed' | 'support' | 'security' | 'consent';

const CATEGORIES: readonly TrackerCategory[] = ['analytics', 'advertising', 'tag-manager', 'embed', 'support', 'security', 'consent'];

/**
 * One entry of rules/data/trackers.json.
 *
 * - `urls`: "host" or "host/path". The host matches itself and its subdomains; the path
 *   matches the start of the URL's path, or anywhere in path and query when it starts with "*".
 *   Checked against script, iframe and img `src` (and `data-src`), `<link href>` and the
 *   `src`/`href` attributes inside `<noscript>`.
 * - `inline`: text that gives the tracker away inside an inline script or `<noscript>` (case-insensitive).
 * - `mentions`: words a statement uses for it, in the `words()` syntax of src/nlp/patterns.ts
 *   ("Facebook-piksel*"); `name` and `vendor` always count as mentions too.
 */
export interface TrackerDefinition {
  id: string;
  name: string;
  vendor: string;
  /** ISO 3166 code of the vendor's home country. */
  country: string;
  /** "consent" marks consent tools: reported, never counted as trackers. */
  category: TrackerCategory;
  urls: string[];
  inline: string[];
  mentions: string[];
}

export type TrackerSource = 'script' | 'iframe' | 'img' | 'noscript' | 'link' | 'inline';

export interface DetectedTracker {
  tracker: TrackerDefinition;
  source: TrackerSource;
  /** The absolute URL for matches in an attribute; absent for inline snippets. */
  url?: string;
  /** The matched text exactly as it stands in the page's HTML: `page.html.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
}

function fail(index: number, problem: string): never {
  throw new Error(`rules/data/trackers.json, entry ${index + 1}: ${problem}`);
}

function stringList(value: unknown, index: number, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) fail(index, `"${field}" must be a list of non-empty strings`);
  return value as string[];
}

/** Checks the tracker list so a malformed entry is reported by position rather than failing later. */
export function validateTrackers(data: unknown): TrackerDefinition[] {
  if (!Array.isArray(data)) throw new Error('rules/data/trackers.json must hold a list of trackers');
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) fail(index, 'not an object');
    const e = entry as Record<string, unknown>;
    for (const field of ['id', 'name', 'vendor', 'country'] as const) {
      if (typeof e[field] !== 'string' || (e[field] as string).trim() === '') fail(index, `"${field}" must be a non-empty string`);
    }
    const id = e.id as string;
    if (seen.has(id)) fail(index, `duplicate id "${id}"`);
    seen.add(id);
    if (!CATEGORIES.includes(e.category as TrackerCategory)) fail(index, `"category" must be one of ${CATEGORIES.join(', ')}`);
    const urls = stringList(e.urls, index, 'urls');
    const inline = stringList(e.inline, index, 'inline');
    if (urls.length + inline.length === 0) fail(index, 'needs at least one "urls" or "inline" pattern');
    for (const u of urls) if (!/^[a-z0-9.-]+\.[a-z]{2,}(?:\/\S*)?$/i.test(u)) fail(index, `"${u}" is not of the form host or host/path`);
    return {
      id,
      name: e.name as string,
      vendor: e.vendor as string,
      country: e.country as string,
      category: e.category as TrackerCategory,
      urls,
      inline,
      mentions: stringList(e.mentions, index, 'mentions'),
    };
  });
}

/** The shipped tracker list (rules/data/trackers.json). */
export const TRACKERS: readonly TrackerDefinition[] = validateTrackers(catalogue);

interface UrlPattern {
  host: string;
  path: string;
  anywhere: boolean;
}

const compiledUrls = new WeakMap<TrackerDefinition, UrlPattern[]>();

function urlPatterns(tracker: TrackerDefinition): UrlPattern[] {
  let list = compiledUrls.get(tracker);
  if (!list) {
    list = tracker.urls.map((pattern) => {
      const slash = pattern.indexOf('/');
      const host = (slash < 0 ? pattern : pattern.slice(0, slash)).toLowerCase();
      let path = slash < 0 ? '' : pattern.slice(slash + 1).toLowerCase();
      const anywhere = path.startsWith('*');
      if (anywhere) path = path.slice(1);
      return { host, path: anywhere ? path : `/${path}`, anywhere };
    });
    compiledUrls.set(tracker, list);
  }
  return list;
}

function matchesUrl(tracker: TrackerDefinition, url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  return urlPatterns(tracker).some((p) => {
    if (host !== p.host && !host.endsWith(`.${p.host}`)) return false;
    if (p.path === '/' || p.path === '') return true;
    return p.anywhere ? `${path}${url.search.toLowerCase()}`.includes(p.path) : path.startsWith(p.path);
  });
}

const URL_CHAR = /[A-Za-z0-9:/._~%?=&#-]/;
const QUOTES = `'"\``;

/**
 * Widens an inline match to something a reader recognises: the whole string
 * literal when the match lies inside a quoted URL, otherwise the statement up to
 * the next semicolon or line end (at most 160 characters).
 */
function widenInline(html: string, start: number, end: number, limit: number): SourceRange {
  let from = start;
  while (from > 0 && start - from < 300 && URL_CHAR.test(html[from - 1]!)) from--;
  const opener = html[from - 1];
  if (from > 0 && opener !== undefined && QUOTES.includes(opener)) {
    const close = html.indexOf(opener, end);
    if (close >= 0 && close <= Math.min(limit, end + 300) && !html.slice(from, close).includes('\n')) return { start: from, end: close };
    return { start, end };
  }
  let to = end;
  while (to < limit && to - end < 160 && html[to] !== ';' && html[to] !== '\n' && html[to] !== '\r' && html[to] !== '<') to++;
  return { start, end: to };
}

const PRIORITY: Record<TrackerSource, number> = { script: 0, iframe: 1, img: 2, noscript: 3, link: 4, inline: 5 };
const LINK_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch']);
const NOSCRIPT_ATTRIBUTE = /(?<![\w-])(?:src|href)\s{0,20}=\s{0,20}(?:"([^"<>]{1,4000})"|'([^'<>]{1,4000})'|([^\s"'<>=`]{1,4000}))/gi;

/**
 * Finds known third-party trackers and embeds in a fetched page: script, iframe and
 * img sources, `<link href>`, `<noscript>` content and inline scripts. Each tracker
 * is reported once, preferring an attribute URL over an inline snippet, and
 * offsets point into `page.html`.
 */
export function detectTrackers(page: FetchedPage, trackers: readonly TrackerDefinition[] = TRACKERS): DetectedTracker[] {
  const html = page.html;
  const $ = cheerio().load(html, { sourceCodeLocationInfo: true });
  const pageUrl = page.finalUrl || page.url;
  const base = documentBase($, pageUrl);
  const found = new Map<string, DetectedTracker>();

  const consider = (hit: DetectedTracker) => {
    const best = found.get(hit.tracker.id);
    if (!best || PRIORITY[hit.source] < PRIORITY[best.source] || (PRIORITY[hit.source] === PRIORITY[best.source] && hit.start < best.start)) {
      found.set(hit.tracker.id, hit);
    }
  };

  const checkUrl = (raw: string, range: SourceRange, source: TrackerSource) => {
    const url = resolveHttpUrl(decodeAttribute(raw), base);
    if (!url) return;
    for (const tracker of trackers) {
      if (matchesUrl(tracker, url)) consider({ tracker, source, url: url.href, quote: html.slice(range.start, range.end), ...range });
    }
  };

  const checkInline = (from: number, to: number, source: TrackerSource) => {
    const lower = html.slice(from, to).toLowerCase();
    for (const tracker of trackers) {
      for (const snippet of tracker.inline) {
        const at = lower.indexOf(snippet.toLowerCase());
        if (at < 0) continue;
        const range = widenInline(html, from + at, from + at + snippet.length, to);
        consider({ tracker, source, quote: html.slice(range.start, range.end), ...range });
        break;
      }
    }
  };

  const attributes = (el: Element, names: string[], source: TrackerSource) => {
    for (const name of names) {
      const range = attributeRange(html, el, name);
      if (range) checkUrl(html.slice(range.start, range.end), range, source);
    }
  };

  $('script').each((_, el) => {
    attributes(el, ['src', 'data-src'], 'script');
    if (el.attribs.src || /ld\+json/i.test(el.attribs.type ?? '')) return;
    const inner = contentRange(el);
    if (inner) checkInline(inner.start, inner.end, 'inline');
  });
  $('iframe').each((_, el) => attributes(el, ['src', 'data-src'], 'iframe'));
  $('img').each((_, el) => attributes(el, ['src', 'data-src'], 'img'));
  $('link[href]').each((_, el) => {
    const rels = (el.attribs.rel ?? '').toLowerCase().split(/\s+/);
    if (rels.some((r) => LINK_RELS.has(r))) attributes(el, ['href'], 'link');
  });
  $('noscript').each((_, el) => {
    const inner = contentRange(el);
    if (!inner) return;
    const text = html.slice(inner.start, inner.end);
    for (const m of text.matchAll(NOSCRIPT_ATTRIBUTE)) {
      const value = m[1] ?? m[2] ?? m[3] ?? '';
      const offset = inner.start + m.index + m[0].length - value.length - (m[3] === undefined ? 1 : 0);
      checkUrl(value, { start: offset, end: offset + value.length }, 'noscript');
    }
    checkInline(inner.start, inner.end, 'noscript');
  });

  return [...found.values()].sort((a, b) => a.start - b.start);
}
