import { FetchError } from './errors.js';
import { fetchPage, raceAbort, ROBOTS_TOKEN, type FetchOptions, type RobotsGuard } from './fetch.js';

/** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; more is not read. */
const MAX_ROBOTS_BYTES = 500 * 1024;
const MAX_LINE = 2000;

export interface RobotsRule {
  allow: boolean;
  /** The pattern as written (for messages). */
  pattern: string;
  /** Pattern normalised for matching: percent-encoded, upper-case hex escapes. */
  normalised: string;
}

export interface RobotsVerdict {
  allowed: boolean;
  /** The rule that decided, when one matched. */
  rule?: RobotsRule;
}

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelayMs?: number;
}

/** Percent-encodes what is not printable ASCII and upper-cases existing escapes, so a pattern and a path compare byte for byte. */
function normalisePath(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code > 0x20 && code < 0x7f) out += ch;
    else out += Buffer.from(ch, 'utf8').toString('hex').replace(/../g, (h) => `%${h.toUpperCase()}`);
  }
  return out.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

/**
 * Whether `pattern` (with * for any run of characters and a final $ for the end) matches the
 * start of `path`. A linear scan that backs up only to the last *, so hostile patterns cannot
 * make it explode.
 */
export function robotsPatternMatches(pattern: string, path: string): boolean {
  let p = pattern;
  const anchored = p.endsWith('$');
  if (anchored) p = p.slice(0, -1);
  else p += '*';
  p = p.replace(/\*{2,}/g, '*');
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < path.length) {
    if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (i < p.length && p[i] === path[j]) {
      i++;
      j++;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else {
      return false;
    }
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

function agentMatches(agent: string, token: string): boolean {
  const name = /^[a-z_-]+/i.exec(agent.trim())?.[0]?.toLowerCase();
  return name === token.toLowerCase();
}

/** A parsed robots.txt. */
export class RobotsTxt {
  readonly sitemaps: string[] = [];
  private readonly groups: Group[] = [];

  constructor(text: string) {
    let group: Group | undefined;
    let lastWasAgent = false;
    for (const raw of text.split(/\r\n|\r|\n/)) {
      const line = raw.slice(0, MAX_LINE).replace(/#.*$/, '').trim();
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'sitemap') {
        if (value) this.sitemaps.push(value);
        continue;
      }
      if (key === 'user-agent') {
        if (!group || !lastWasAgent) {
          group = { agents: [], rules: [] };
          this.groups.push(group);
        }
        group.agents.push(value);
        lastWasAgent = true;
        continue;
      }
      lastWasAgent = false;
      if (!group) continue;
      if (key === 'allow' || key === 'disallow') {
        if (!value) continue; // "Disallow:" with nothing allows everything
        group.rules.push({ allow: key === 'allow', pattern: value, normalised: normalisePath(value) });
      } else if (key === 'crawl-delay') {
        const seconds = Number(value);
        if (Number.isFinite(seconds) && seconds >= 0) group.crawlDelayMs = seconds * 1000;
      }
    }
  }

  /** The groups that apply to `token`: those naming it, else those for *. */
  private groupsFor(token: string): Group[] {
    const named = this.groups.filter((g) => g.agents.some((a) => agentMatches(a, token)));
    return named.length > 0 ? named : this.groups.filter((g) => g.agents.some((a) => a.trim() === '*'));
  }

  /** Longest matching pattern wins; on a tie Allow wins. No matching rule means allowed. */
  verdict(pathAndQuery: string, token = ROBOTS_TOKEN): RobotsVerdict {
    if (pathAndQuery === '/robots.txt') return { allowed: true };
    const path = normalisePath(pathAndQuery);
    let best: RobotsRule | undefined;
    for (const group of this.groupsFor(token)) {
      for (const rule of group.rules) {
        if (!robotsPatternMatches(rule.normalised, path)) continue;
        if (
          !best ||
          rule.normalised.length > best.normalised.length ||
          (rule.normalised.length === best.normalised.length && rule.allow && !best.allow)
        ) {
          best = rule;
        }
      }
    }
    return { allowed: best ? best.allow : true, rule: best };
  }

  crawlDelayMs(token = ROBOTS_TOKEN): number | undefined {
    const delays = this.groupsFor(token)
      .map((g) => g.crawlDelayMs)
      .filter((d): d is number => d !== undefined);
    return delays.length > 0 ? Math.max(...delays) : undefined;
  }
}

const ALLOW_ALL = new RobotsTxt('');
const DISALLOW_ALL = new RobotsTxt('User-agent: *\nDisallow: /\n');

interface CachedRobots {
  robots: RobotsTxt;
  /** Why everything is disallowed when robots.txt could not be read (a 5xx answer). */
  unreachable?: number;
}

export interface RobotsCacheOptions extends Omit<FetchOptions, 'robots' | 'kind'> {
  /** --ignore-robots: every check passes (robots.txt is still read for its Sitemap lines). */
  ignore?: boolean;
}

/**
 * Fetches each origin's robots.txt once (concurrent callers share the request) and answers
 * whether an address may be fetched. A robots.txt that is missing (4xx), empty, too large or
 * not text allows everything; one the server fails to deliver (5xx) disallows everything, as
 * RFC 9309 says. Network errors are passed on: the page itself would fail the same way.
 */
export class RobotsCache implements RobotsGuard {
  private readonly cache = new Map<string, Promise<CachedRobots>>();

  constructor(private readonly options: RobotsCacheOptions = {}) {}

  get ignored(): boolean {
    return this.options.ignore === true;
  }

  private load(url: URL): Promise<CachedRobots> {
    const origin = url.origin;
    let pending = this.cache.get(origin);
    if (!pending) {
      pending = this.fetchRobots(new URL('/robots.txt', origin));
      this.cache.set(origin, pending);
      // A failed fetch (timeout, network) is not cached, so a later scan of the same site tries again.
      pending.catch(() => this.cache.delete(origin));
    }
    return pending;
  }

  private async fetchRobots(robotsUrl: URL): Promise<CachedRobots> {
    try {
      const { ignore: _ignore, ...fetchOptions } = this.options;
      const page = await fetchPage(robotsUrl, { ...fetchOptions, robots: undefined, kind: 'text', maxBytes: MAX_ROBOTS_BYTES });
      return { robots: new RobotsTxt(page.html) };
    } catch (err) {
      if (err instanceof FetchError) {
        if (err.code === 'http-status' && err.status !== undefined && err.status >= 500) return { robots: DISALLOW_ALL, unreachable: err.status };
        if (err.code === 'http-status' || err.code === 'empty' || err.code === 'not-html' || err.code === 'too-large') return { robots: ALLOW_ALL };
      }
      throw err;
    }
  }

  /** The parsed robots.txt for the origin of `url`. */
  async robotsFor(url: URL, signal?: AbortSignal): Promise<RobotsTxt> {
    return (await (signal ? raceAbort(this.load(url), signal) : this.load(url))).robots;
  }

  /** Sitemap addresses named in the origin's robots.txt (empty when it cannot be read). */
  async sitemaps(url: URL, signal?: AbortSignal): Promise<string[]> {
    try {
      return (await this.robotsFor(url, signal)).sitemaps;
    } catch {
      return [];
    }
  }

  async check(url: URL, signal?: AbortSignal): Promise<{ crawlDelayMs?: number }> {
    if (this.ignored || url.pathname === '/robots.txt') return {};
    const cached = await (signal ? raceAbort(this.load(url), signal) : this.load(url));
    const verdict = cached.robots.verdict(url.pathname + url.search);
    if (!verdict.allowed) {
      const origin = new URL('/robots.txt', url).href;
      throw new FetchError(
        'robots',
        cached.unreachable
          ? {
              nb: `${origin} svarte HTTP ${cached.unreachable}; da skal ingenting hentes fra nettstedet (RFC 9309)`,
              en: `${origin} answered HTTP ${cached.unreachable}; then nothing may be fetched from the site (RFC 9309)`,
            }
          : {
              nb: `${origin} forbyr ${ROBOTS_TOKEN} å hente ${url.pathname} («Disallow: ${verdict.rule?.pattern ?? '/'}»)`,
              en: `${origin} forbids ${ROBOTS_TOKEN} to fetch ${url.pathname} («Disallow: ${verdict.rule?.pattern ?? '/'}»)`,
            },
        {
          nb: 'bruk --ignore-robots for å hente siden likevel (rapporten sier da at robots.txt ble overstyrt)',
          en: 'use --ignore-robots to fetch the page anyway (the report then says robots.txt was overridden)',
        },
        url.href,
      );
    }
    return { crawlDelayMs: cached.robots.crawlDelayMs() };
  }
}
