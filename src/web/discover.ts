import { cheerio } from '../loaders/cheerio.js';
import type { Element } from 'domhandler';
import { FetchError } from './errors.js';
import { fetchPage, parseHttpUrl, type FetchOptions, type FetchResult } from './fetch.js';
import { RobotsCache } from './robots.js';
import type { SiteData } from './site.js';

export type FoundBy = SiteData['foundBy'];
export type CandidateSource = 'link' | 'sitemap' | 'guess';

export interface Candidate {
  url: string;
  foundBy: CandidateSource;
  score: number;
  /** Privacy-statement words in the link text or address (not only cookie words). */
  statement: boolean;
  /** Link text as shown on the page (links only). */
  text?: string;
}

export interface DiscoverOptions extends Omit<FetchOptions, 'robots' | 'kind'> {
  /** Shared robots.txt cache; also the source of Sitemap: lines. One is made when absent. */
  robotsCache?: RobotsCache;
  /** --ignore-robots (used when no robotsCache is given). */
  ignoreRobots?: boolean;
  /** Loads the homepage and the chosen statement (default fetchPage; --render passes the browser). */
  loadPage?: (url: URL) => Promise<FetchResult>;
  /** Most sitemap files read for one site (an index and its children together). */
  maxSitemaps?: number;
  /** How many ranked candidates are tried before giving up. */
  maxAttempts?: number;
}

// Word lists. Link text and addresses are lower-cased and accent-folded (æ→ae, ø→o, å→a) first.
const STATEMENT_WORDS = /personvern-?(?:s-?)?erkl(?:ae|e|a)ring|personvern-?(?:policy|fraasegn|fraseg)|privacy[\s_-]*(?:policy|statement|notice)|data[\s_-]*protection[\s_-]*(?:policy|notice)|personopplysningspolicy/;
const PRIVACY_WORDS = /personvern|personopplysning|privacy|personuppgift|databeskyttelse|\bgdpr\b/;
const COOKIE_WORDS = /informasjonskaps|cookie/;
/** Words that make a link a settings button or a news item rather than the statement. */
const NOT_STATEMENT = /innstilling|settings|preferences|ombud|officer|nyhet|news|kurs|webinar|jobb|stilling/;

/** Hosts whose privacy pages are never the organisation's own statement. */
const FOREIGN_POLICY_HOSTS =
  /(?:^|\.)(?:datatilsynet\.no|lovdata\.no|personvernnemnda\.no|regjeringen\.no|europa\.eu|google\.[a-z.]+|facebook\.com|instagram\.com|linkedin\.com|twitter\.com|x\.com|youtube\.com|vimeo\.com|apple\.com|microsoft\.com|cookiebot\.com|cookieinformation\.com|onetrust\.com|wordpress\.org|wix\.com|squarespace\.com|shopify\.com|mailchimp\.com|vipps\.no|klarna\.com|tiktok\.com|snapchat\.com|pinterest\.com)$/;

/** Paths tried when neither links nor the sitemap point to a statement, in order. */
export const GUESSED_PATHS = [
  '/personvern',
  '/personvernerklaering',
  '/personvernerklæring',
  '/personvernerklaring',
  '/privacy',
  '/privacy-policy',
  '/personopplysninger',
  '/om-oss/personvern',
  '/informasjonskapsler',
  '/cookies',
];

const HOMEPAGE_PATH = /^\/(?:(?:index|default|home|hjem)(?:\.(?:html?|php|aspx?))?|[a-z]{2}(?:-[a-z]{2})?\/?)?$/i;

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/\s+/g, ' ')
    .trim();
}

function decodedPath(url: URL): string {
  let path = url.pathname + url.search;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded form
  }
  return fold(path);
}

type WordKind = 'statement' | 'privacy' | 'cookie' | undefined;

function wordKind(folded: string): WordKind {
  if (STATEMENT_WORDS.test(folded)) return 'statement';
  if (PRIVACY_WORDS.test(folded)) return 'privacy';
  if (COOKIE_WORDS.test(folded)) return 'cookie';
  return undefined;
}

const TEXT_POINTS: Record<Exclude<WordKind, undefined>, number> = { statement: 50, privacy: 40, cookie: 15 };
const URL_POINTS: Record<Exclude<WordKind, undefined>, number> = { statement: 30, privacy: 22, cookie: 8 };

function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\d?\./, '');
}

/** Same host (+10), the same site under www. or a subdomain (+6), or someone else's (−25). */
export function hostPoints(candidate: URL, home: URL): number {
  if (candidate.host === home.host) return 10;
  const a = bareHost(candidate.hostname);
  const b = bareHost(home.hostname);
  if (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`)) return 6;
  return -25;
}

function sameSite(candidate: URL, home: URL): boolean {
  return hostPoints(candidate, home) > 0;
}

/** Score of an address by its words alone, or undefined when it has none of them. */
export function scoreAddress(url: URL): { points: number; kind: WordKind } {
  const path = decodedPath(url);
  const kind = wordKind(path);
  return { points: kind ? URL_POINTS[kind] : 0, kind };
}

/** Score of a link by its text (and title/aria-label) and its address. */
export function scoreLink(text: string, url: URL, home: URL, extras: { footer?: boolean; relPrivacy?: boolean } = {}): Candidate | undefined {
  const folded = fold(text);
  const textKind = wordKind(folded);
  const address = scoreAddress(url);
  if (!textKind && !address.kind && !extras.relPrivacy) return undefined;
  let score = (textKind ? TEXT_POINTS[textKind] : 0) + address.points + hostPoints(url, home);
  if (extras.relPrivacy) score += 20;
  if (extras.footer) score += 3;
  if (folded.length > 80) score -= 20;
  if (NOT_STATEMENT.test(folded)) score -= 25;
  const statement = extras.relPrivacy === true || textKind === 'statement' || textKind === 'privacy' || address.kind === 'statement' || address.kind === 'privacy';
  return { url: url.href, foundBy: 'link', score, statement, text: text.replace(/\s+/g, ' ').trim().slice(0, 200) };
}

function usableLink(url: URL, home: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (/\.(?:pdf|docx?|odt|rtf|zip|jpe?g|png|gif|svg|mp4|xml)$/i.test(url.pathname)) return false;
  if (!sameSite(url, home) && FOREIGN_POLICY_HOSTS.test(url.hostname.toLowerCase())) return false;
  const withoutHash = new URL(url.href);
  withoutHash.hash = '';
  return withoutHash.href !== home.href;
}

/** Candidate links on a page: text, title, aria-label, image alt text and the address are scored. */
export function linkCandidates(html: string, pageUrl: string): Candidate[] {
  const $ = cheerio().load(html);
  const home = new URL(pageUrl);
  home.hash = '';
  const baseHref = $('base[href]').first().attr('href');
  let base = home;
  if (baseHref && URL.canParse(baseHref, home.href)) base = new URL(baseHref, home);
  const out: Candidate[] = [];
  const anchors = $('a[href]').toArray().slice(0, 5000);
  for (const el of anchors) {
    const href = (el.attribs.href ?? '').trim();
    if (!href || href.startsWith('#') || !URL.canParse(href, base.href)) continue;
    const url = new URL(href, base);
    url.hash = '';
    if (!usableLink(url, home)) continue;
    const $el = $(el);
    const text = [$el.text(), el.attribs.title ?? '', el.attribs['aria-label'] ?? '', $el.find('img[alt]').attr('alt') ?? ''].join(' ');
    const footer = $el.closest('footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]').length > 0;
    const relPrivacy = /(?:^|\s)privacy-policy(?:\s|$)/i.test(`${el.attribs.rel ?? ''} ${el.attribs.class ?? ''}`);
    const candidate = scoreLink(text, url, home, { footer, relPrivacy });
    if (candidate) out.push(candidate);
  }
  return out;
}

/** Keeps one candidate per address (the best-scored, links before sitemap before guesses) and sorts best first. */
export function rankCandidates(candidates: Candidate[]): Candidate[] {
  const order: Record<CandidateSource, number> = { link: 0, sitemap: 1, guess: 2 };
  const byUrl = new Map<string, Candidate>();
  for (const c of candidates) {
    const seen = byUrl.get(c.url);
    if (!seen || order[c.foundBy] < order[seen.foundBy] || (c.foundBy === seen.foundBy && c.score > seen.score)) {
      byUrl.set(c.url, seen && order[seen.foundBy] === order[c.foundBy] ? { ...c, score: Math.max(c.score, seen.score) } : c);
    }
  }
  return [...byUrl.values()].sort(
    (a, b) => Number(b.statement) - Number(a.statement) || b.score - a.score || order[a.foundBy] - order[b.foundBy] || a.url.length - b.url.length,
  );
}

/** A homepage address: the site root, /index.html and the like, or a language root such as /no/ or /en. */
export function isHomepageUrl(url: URL): boolean {
  return url.search === '' && HOMEPAGE_PATH.test(url.pathname);
}

export interface SiteTarget {
  url: URL;
  /** Given without a scheme: https is tried first, then http. */
  bare: boolean;
}

/** "firma.no", "www.firma.no/personvern" or a full http(s) address → the address to start from. */
export function parseSiteInput(input: string): SiteTarget {
  const trimmed = input.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || /^(?:mailto|javascript|data|file|tel):/i.test(trimmed)) {
    return { url: parseHttpUrl(trimmed), bare: false };
  }
  return { url: parseHttpUrl(`https://${trimmed.replace(/^\/+/, '')}`), bare: true };
}

/** For an address given without a scheme: a site that cannot talk https is tried over http. */
function shouldFallBackToHttp(err: unknown): boolean {
  return err instanceof FetchError && (err.code === 'tls' || err.code === 'connect' || err.code === 'network');
}

async function loadFirst(target: SiteTarget, load: (url: URL) => Promise<FetchResult>): Promise<FetchResult> {
  try {
    return await load(target.url);
  } catch (err) {
    if (!target.bare || target.url.protocol !== 'https:' || !shouldFallBackToHttp(err)) throw err;
    const plain = new URL(target.url.href);
    plain.protocol = 'http:';
    return load(plain);
  }
}

const META_REFRESH = /<meta[^>]{0,200}http-equiv\s*=\s*["']?refresh["']?[^>]{0,200}content\s*=\s*["']\s*(\d{1,3})\s*[;,]\s*url\s*=\s*['"]?([^"'>\s]{1,500})/i;

/** The target of an immediate <meta http-equiv="refresh"> on a page that has little else. */
export function metaRefreshTarget(html: string, pageUrl: string): URL | undefined {
  const head = html.slice(0, 20_000);
  const m = META_REFRESH.exec(head);
  if (!m || Number(m[1]) > 5) return undefined;
  if (!URL.canParse(m[2]!, pageUrl)) return undefined;
  const target = new URL(m[2]!, pageUrl);
  return target.href === new URL(pageUrl).href ? undefined : target;
}

/** Sitemap addresses: those in robots.txt, else /sitemap.xml, /sitemap_index.xml and /wp-sitemap.xml. */
async function sitemapRoots(home: URL, robots: RobotsCache, signal?: AbortSignal): Promise<URL[]> {
  const listed = (await robots.sitemaps(home, signal)).filter((s) => URL.canParse(s)).map((s) => new URL(s));
  const roots = listed.length > 0 ? listed : ['/sitemap.xml', '/sitemap_index.xml', '/wp-sitemap.xml'].map((p) => new URL(p, home.origin));
  return roots.filter((u) => !/\.gz$/i.test(u.pathname)).slice(0, 10);
}

/** Child sitemaps that are likely to list ordinary pages come first (a statement is a page, not a post or a product). */
function childPriority(url: string): number {
  const folded = fold(url);
  if (/page|side|sider|static|misc|general/.test(folded)) return 0;
  if (/post|product|produkt|artikkel|article|news|nyhet|blog|category|kategori|tag|author|forfatter|event/.test(folded)) return 2;
  return 1;
}

/** Privacy-looking addresses from the site's sitemaps, following sitemap indexes; at most `maxSitemaps` files are read. */
export async function sitemapCandidates(
  home: URL,
  robots: RobotsCache,
  options: Omit<FetchOptions, 'robots'> & { maxSitemaps?: number } = {},
): Promise<Candidate[]> {
  const maxSitemaps = options.maxSitemaps ?? 5;
  const queue = await sitemapRoots(home, robots, options.signal);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  let fetched = 0;
  let foundDefault = false;
  while (queue.length > 0 && fetched < maxSitemaps) {
    const next = queue.shift()!;
    if (seen.has(next.href)) continue;
    seen.add(next.href);
    // The guessed default locations are alternatives: stop after the first that exists.
    if (foundDefault && next.origin === home.origin && /^\/(?:sitemap_index|wp-sitemap)\.xml$/.test(next.pathname)) continue;
    fetched++;
    let xml: string;
    try {
      xml = (await fetchPage(next, { ...options, kind: 'xml', robots })).html;
    } catch (err) {
      if (err instanceof FetchError && err.code === 'aborted') throw err;
      continue;
    }
    if (next.origin === home.origin && /^\/sitemap\.xml$/.test(next.pathname)) foundDefault = true;
    const $ = cheerio().load(xml, { xml: true });
    const children = $('sitemap > loc')
      .toArray()
      .map((el) => $(el).text().trim())
      .filter((s) => URL.canParse(s) && !/\.gz$/i.test(s))
      .sort((a, b) => childPriority(a) - childPriority(b));
    for (const child of children.slice(0, 50)) queue.push(new URL(child));
    const locs = $('url > loc').toArray().slice(0, 50_000);
    for (const el of locs) {
      const loc = $(el).text().trim();
      if (!URL.canParse(loc)) continue;
      const url = new URL(loc);
      url.hash = '';
      if (!sameSite(url, home) || !usableLink(url, home)) continue;
      const address = scoreAddress(url);
      if (!address.kind) continue;
      out.push({
        url: url.href,
        foundBy: 'sitemap',
        score: address.points + hostPoints(url, home),
        statement: address.kind !== 'cookie',
      });
    }
  }
  return out;
}

const PRIVACY_PAGE_TEXT = /personvern|personopplysning|privacy|informasjonskaps|cookie/;

/** Whether a fetched page is about privacy (title or headings), to tell a real page from a "soft 404" showing the homepage. */
export function looksLikePrivacyPage(html: string): boolean {
  const $ = cheerio().load(html.slice(0, 2_000_000));
  const headline = fold(`${$('title').text()} ${$('h1').text()} ${$('h2').first().text()}`).slice(0, 2000);
  return PRIVACY_PAGE_TEXT.test(headline);
}

async function probeGuesses(home: FetchResult, options: FetchOptions): Promise<{ candidate: Candidate; page: FetchResult } | undefined> {
  const homeUrl = new URL(home.finalUrl);
  for (const path of GUESSED_PATHS) {
    const url = new URL(path, homeUrl.origin);
    let page: FetchResult;
    try {
      page = await fetchPage(url, options);
    } catch (err) {
      if (err instanceof FetchError && (err.code === 'aborted' || err.code === 'timeout')) throw err;
      continue;
    }
    const final = new URL(page.finalUrl);
    if (isHomepageUrl(final) || page.finalUrl === home.finalUrl || !looksLikePrivacyPage(page.html)) continue;
    const address = scoreAddress(final.href === url.href ? url : final);
    const candidate: Candidate = {
      url: url.href,
      foundBy: 'guess',
      score: Math.max(address.points, URL_POINTS.cookie) + hostPoints(final, homeUrl) - 5,
      statement: address.kind !== 'cookie',
    };
    return { candidate, page };
  }
  return undefined;
}

function notFoundError(site: string, tried: number): FetchError {
  return new FetchError(
    'not-found',
    {
      nb: `fant ingen personvernerklæring på ${site} (lenker på forsiden, sitemap og ${tried} vanlige adresser er prøvd)`,
      en: `no privacy statement found on ${site} (homepage links, the sitemap and ${tried} common addresses were tried)`,
    },
    {
      nb: `oppgi adressen til erklæringen direkte, f.eks. personvernsjekk scan https://${site}/personvern; mangler siden en erklæring, er det i seg selv et avvik (GDPR art. 13)`,
      en: `give the statement's address directly, e.g. personvernsjekk scan https://${site}/personvern; a site without a statement is itself a finding (GDPR art. 13)`,
    },
    site,
  );
}

function toAlternatives(candidates: Candidate[], chosen: string): SiteData['alternatives'] {
  return candidates
    .filter((c) => c.url !== chosen)
    .slice(0, 10)
    .map((c) => ({ url: c.url, foundBy: c.foundBy, score: c.score }));
}

/**
 * Finds a site's privacy statement. An address with a path of its own is taken as the statement
 * ("given"; the homepage is still fetched for the site rules). A domain or homepage is searched:
 * links on the homepage first, then the sitemap when no link names a privacy statement, then
 * common addresses when neither did. Candidates are ranked and the best that loads is chosen.
 */
export async function discoverSite(input: string, options: DiscoverOptions = {}): Promise<SiteData> {
  const target = parseSiteInput(input);
  const { robotsCache, ignoreRobots, loadPage, maxSitemaps: _maxSitemaps, maxAttempts: _maxAttempts, ...plain } = options;
  const robots = robotsCache ?? new RobotsCache({ ...plain, ignore: ignoreRobots });
  const fetchOptions: FetchOptions = { ...plain, robots };
  const load = loadPage ?? ((url: URL) => fetchPage(url, fetchOptions));

  if (!isHomepageUrl(target.url)) {
    const policy = await loadFirst(target, load);
    let homepage: FetchResult | undefined;
    try {
      homepage = await load(new URL('/', policy.finalUrl));
    } catch (err) {
      if (err instanceof FetchError && err.code === 'aborted') throw err;
      homepage = undefined; // the statement can be checked without it; the site rules see no homepage
    }
    return { homepage, policy, foundBy: 'given', alternatives: [], robotsIgnored: robots.ignored || undefined };
  }

  let homepage = await loadFirst(target, load);
  const refresh = metaRefreshTarget(homepage.html, homepage.finalUrl);
  if (refresh && sameSite(refresh, new URL(homepage.finalUrl))) {
    try {
      homepage = { ...(await load(refresh)), url: homepage.url };
    } catch (err) {
      if (err instanceof FetchError && err.code === 'aborted') throw err;
    }
  }
  const homeUrl = new URL(homepage.finalUrl);
  let candidates = linkCandidates(homepage.html, homepage.finalUrl);
  if (!candidates.some((c) => c.statement)) {
    candidates = candidates.concat(await sitemapCandidates(homeUrl, robots, { ...plain, maxSitemaps: options.maxSitemaps }));
  }
  let guessed: { candidate: Candidate; page: FetchResult } | undefined;
  if (!candidates.some((c) => c.statement)) {
    guessed = await probeGuesses(homepage, fetchOptions);
    if (guessed) candidates.push(guessed.candidate);
  }
  const ranked = rankCandidates(candidates);
  const maxAttempts = options.maxAttempts ?? 3;
  let lastError: unknown;
  for (const candidate of ranked.slice(0, maxAttempts)) {
    try {
      const policy =
        guessed && candidate === guessed.candidate && !loadPage ? guessed.page : await load(new URL(candidate.url));
      return {
        homepage,
        policy,
        foundBy: candidate.foundBy,
        alternatives: toAlternatives(ranked, candidate.url),
        robotsIgnored: robots.ignored || undefined,
      };
    } catch (err) {
      if (err instanceof FetchError && (err.code === 'aborted' || err.code === 'private-address')) throw err;
      lastError = err;
    }
  }
  if (lastError) throw lastError;
  throw notFoundError(homeUrl.host, GUESSED_PATHS.length);
}
