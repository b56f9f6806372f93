import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/web/errors.js';
import { fetchPage, type FetchOptions } from '../../src/web/fetch.js';
import { robotsPatternMatches, RobotsCache, RobotsTxt } from '../../src/web/robots.js';
import { startSite, type TestSite } from './helpers/server.js';

const LOCAL: FetchOptions = { allowPrivate: true, timeoutMs: 3000, retryBaseMs: 10 };

const sites: TestSite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

describe('robots.txt rules', () => {
  it('matches * and $ patterns against the start of the path', () => {
    expect(robotsPatternMatches('/privat', '/privat/side')).toBe(true);
    expect(robotsPatternMatches('/privat', '/offentlig')).toBe(false);
    expect(robotsPatternMatches('/*.pdf$', '/filer/erklaering.pdf')).toBe(true);
    expect(robotsPatternMatches('/*.pdf$', '/filer/erklaering.pdf?v=2')).toBe(false);
    expect(robotsPatternMatches('/*?sort=', '/produkter?sort=pris')).toBe(true);
    expect(robotsPatternMatches('/a*b*c', '/axxbyyc')).toBe(true);
    expect(robotsPatternMatches('/a*b*c', '/axxbyy')).toBe(false);
    expect(robotsPatternMatches('/', '/')).toBe(true);
    expect(robotsPatternMatches('/side$', '/side')).toBe(true);
    expect(robotsPatternMatches('/side$', '/sider')).toBe(false);
  });

  it('stays fast on a hostile pattern', () => {
    const started = Date.now();
    expect(robotsPatternMatches('/' + '*a'.repeat(200) + 'b', '/' + 'a'.repeat(2000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('lets the longest match win and Allow win a tie', () => {
    const robots = new RobotsTxt(`
User-agent: *
Disallow: /om-oss/
Allow: /om-oss/personvern
Disallow: /tie
Allow: /tie
`);
    expect(robots.verdict('/om-oss/ansatte').allowed).toBe(false);
    expect(robots.verdict('/om-oss/ansatte').rule?.pattern).toBe('/om-oss/');
    expect(robots.verdict('/om-oss/personvern').allowed).toBe(true);
    expect(robots.verdict('/tie').allowed).toBe(true);
    expect(robots.verdict('/annet').allowed).toBe(true);
    expect(robots.verdict('/robots.txt').allowed).toBe(true);
  });

  it('uses the group naming personvernsjekk over the * group, and merges groups with several agents', () => {
    const robots = new RobotsTxt(`
# comment
User-agent: *
Disallow: /

User-agent: Googlebot
User-agent: PersonvernSjekk/1.0
Disallow: /intern
Crawl-delay: 2
Sitemap: https://firma.no/sitemap.xml
`);
    expect(robots.verdict('/personvern').allowed).toBe(true);
    expect(robots.verdict('/intern/side').allowed).toBe(false);
    expect(robots.verdict('/personvern', 'annenbot').allowed).toBe(false);
    expect(robots.crawlDelayMs()).toBe(2000);
    expect(robots.sitemaps).toEqual(['https://firma.no/sitemap.xml']);
  });

  it('treats an empty Disallow as allowing everything and compares percent-encoded paths', () => {
    const robots = new RobotsTxt('User-agent: *\nDisallow:\nDisallow: /personvernerklæring\n');
    expect(robots.verdict('/annet').allowed).toBe(true);
    expect(robots.verdict(new URL('http://x/personvernerklæring').pathname).allowed).toBe(false);
    expect(robots.verdict('/personvernerkl%c3%a6ring').allowed).toBe(false);
  });
});

describe('RobotsCache', () => {
  it('refuses a disallowed page with a hint about --ignore-robots, and fetches it with ignore', async () => {
    const s = await startSite({ '/robots.txt': 'User-agent: *\nDisallow: /\n', '/personvern': '<p>Personvern</p>' });
    sites.push(s);
    const robots = new RobotsCache(LOCAL);
    try {
      await fetchPage(s.url('/personvern'), { ...LOCAL, robots });
      throw new Error('expected a robots refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(FetchError);
      expect((err as FetchError).code).toBe('robots');
      expect((err as FetchError).message).toContain('forbyr personvernsjekk å hente /personvern («Disallow: /»)');
      expect((err as FetchError).hint).toContain('--ignore-robots');
    }
    expect(s.paths()).toEqual(['/robots.txt']);
    const ignoring = new RobotsCache({ ...LOCAL, ignore: true });
    expect((await fetchPage(s.url('/personvern'), { ...LOCAL, robots: ignoring })).html).toContain('Personvern');
    expect(s.paths()).toEqual(['/robots.txt', '/personvern']);
  });

  it('fetches robots.txt once per origin, even for concurrent requests', async () => {
    const s = await startSite({ '/robots.txt': 'User-agent: *\nDisallow: /x\n', '/a': '<p>a</p>', '/b': '<p>b</p>' });
    sites.push(s);
    const robots = new RobotsCache(LOCAL);
    await Promise.all([fetchPage(s.url('/a'), { ...LOCAL, robots }), fetchPage(s.url('/b'), { ...LOCAL, robots })]);
    expect(s.paths().filter((p) => p === '/robots.txt')).toHaveLength(1);
  });

  it('allows everything when robots.txt is missing, and nothing when the server fails to deliver it', async () => {
    const missing = await startSite({ '/': '<p>hei</p>' });
    const failing = await startSite({ '/robots.txt': { status: 503 }, '/': '<p>hei</p>' });
    sites.push(missing, failing);
    const robots = new RobotsCache({ ...LOCAL, retries: 0 });
    expect((await fetchPage(missing.url('/'), { ...LOCAL, robots })).html).toBe('<p>hei</p>');
    await expect(fetchPage(failing.url('/'), { ...LOCAL, robots })).rejects.toMatchObject({ code: 'robots', message: expect.stringContaining('HTTP 503') });
  });

  it('honours Crawl-delay through the gate', async () => {
    const s = await startSite({ '/robots.txt': 'User-agent: *\nCrawl-delay: 0.1\n', '/a': '<p>a</p>' });
    sites.push(s);
    const { HostGate } = await import('../../src/web/polite.js');
    const gate = new HostGate(0);
    const robots = new RobotsCache({ ...LOCAL, gate });
    await fetchPage(s.url('/a'), { ...LOCAL, robots, gate });
    await fetchPage(s.url('/a'), { ...LOCAL, robots, gate });
    const pages = s.requests.filter((r) => r.path === '/a');
    expect(pages[1]!.at - pages[0]!.at).toBeGreaterThanOrEqual(90);
  });
});
