import { afterEach, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { pass, fail } from '../../src/engine/context.js';
import type { Rule } from '../../src/types.js';
import {
  discoverSite,
  isHomepageUrl,
  linkCandidates,
  metaRefreshTarget,
  parseSiteInput,
  rankCandidates,
  scoreLink,
  type DiscoverOptions,
} from '../../src/web/discover.js';
import { FetchError } from '../../src/web/errors.js';
import { scanSite } from '../../src/web/scan-site.js';
import { homepageHtml, policyHtml, startSite, type TestSite } from './helpers/server.js';

const LOCAL: DiscoverOptions = { allowPrivate: true, timeoutMs: 3000, retryBaseMs: 10 };

const sites: TestSite[] = [];
async function site(...args: Parameters<typeof startSite>): Promise<TestSite> {
  const s = await startSite(...args);
  sites.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

describe('ranking candidate links', () => {
  const home = new URL('https://firma.no/');
  const score = (text: string, href: string, extras = {}) => scoreLink(text, new URL(href, home), home, extras)!;

  it('ranks privacy-statement words above cookie-only pages', () => {
    const statement = score('Personvernerklæring', '/side/123');
    const cookies = score('Informasjonskapsler', '/side/124');
    expect(statement.statement).toBe(true);
    expect(cookies.statement).toBe(false);
    expect(rankCandidates([cookies, statement])[0]!.url).toBe(statement.url);
  });

  it('weighs link text above the address, the own host above others, and short text above long', () => {
    expect(score('Personvern', '/side/1').score).toBeGreaterThan(score('Les mer', '/personvern').score);
    expect(score('Personvern', '/personvern').score).toBeGreaterThan(score('Personvern', 'https://annen.no/personvern').score);
    expect(score('Personvern', 'https://www.firma.no/personvern').score).toBeGreaterThan(score('Personvern', 'https://annen.no/personvern').score);
    const news = score('Nytt om personvern: slik håndterer vi de nye reglene for kundeklubben vår fra og med neste år', '/nyheter/1');
    expect(score('Personvern', '/p').score).toBeGreaterThan(news.score);
    expect(score('Personverninnstillinger', '/#').score).toBeLessThan(score('Personvern', '/p').score);
  });

  it('recognises Nynorsk and English words and addresses', () => {
    expect(score('Personvernerklæringa', '/a').statement).toBe(true);
    expect(score('Korleis vi handsamar personopplysningar', '/a').statement).toBe(true);
    expect(score('Privacy policy', '/a').statement).toBe(true);
    expect(score('Les mer', '/personvernerklaering').statement).toBe(true);
    expect(score('Les mer', '/privacy-policy').statement).toBe(true);
    expect(score('Informasjonskapslar', '/a').statement).toBe(false);
    expect(scoreLink('Om oss', new URL('/om-oss', home), home)).toBeUndefined();
  });

  it('collects links from a page, skipping mailto, fragments, PDFs and other organisations’ policies', () => {
    const html = homepageHtml([
      { href: '/personvern', text: 'Personvern' },
      { href: 'mailto:personvern@firma.no', text: 'personvern@firma.no' },
      { href: '#personvern', text: 'Personvern' },
      { href: '/filer/personvern.pdf', text: 'Personvern (PDF)' },
      { href: 'https://www.datatilsynet.no/personvern/', text: 'Personvern hos Datatilsynet' },
      { href: 'https://policies.google.com/privacy', text: 'Googles personvernerklæring' },
      { href: '/cookies', text: 'Cookies' },
    ]);
    const found = linkCandidates(html, 'https://firma.no/');
    expect(found.map((c) => c.url)).toEqual(['https://firma.no/personvern', 'https://firma.no/cookies']);
  });

  it('tells homepages from other pages and reads bare domains', () => {
    for (const p of ['/', '/index.html', '/no/', '/en', '/nb-no/']) expect(isHomepageUrl(new URL(p, home)), p).toBe(true);
    for (const p of ['/personvern', '/om-oss/personvern', '/?side=personvern']) expect(isHomepageUrl(new URL(p, home)), p).toBe(false);
    expect(parseSiteInput('firma.no')).toEqual({ url: new URL('https://firma.no/'), bare: true });
    expect(parseSiteInput('www.firma.no/personvern').url.href).toBe('https://www.firma.no/personvern');
    expect(parseSiteInput('http://firma.no').bare).toBe(false);
    expect(() => parseSiteInput('ftp://firma.no')).toThrow(FetchError);
  });

  it('reads an immediate meta refresh', () => {
    expect(metaRefreshTarget('<meta http-equiv="refresh" content="0; url=/no/">', 'https://firma.no/')?.href).toBe('https://firma.no/no/');
    expect(metaRefreshTarget('<meta http-equiv="refresh" content="600; url=/no/">', 'https://firma.no/')).toBeUndefined();
  });
});

describe('discoverSite on local sites', () => {
  it('finds the statement linked from the homepage and lists the alternatives', async () => {
    const s = await site({
      '/': homepageHtml([
        { href: '/informasjonskapsler', text: 'Informasjonskapsler' },
        { href: '/om-oss/personvernerklaering', text: 'Personvernerklæring' },
      ]),
      '/om-oss/personvernerklaering': policyHtml(),
      '/informasjonskapsler': '<h1>Informasjonskapsler</h1>',
    });
    const found = await discoverSite(s.url('/'), LOCAL);
    expect(found.foundBy).toBe('link');
    expect(found.policy.finalUrl).toBe(s.url('/om-oss/personvernerklaering'));
    expect(found.policy.html).toContain('Personvernerklæring for Eksempel AS');
    expect(found.homepage?.finalUrl).toBe(s.url('/'));
    expect(found.alternatives.map((a) => a.url)).toEqual([s.url('/informasjonskapsler')]);
    expect(found.alternatives[0]!.foundBy).toBe('link');
    // no sitemap or guessing needed once a link names the statement
    expect(s.paths()).toEqual(['/robots.txt', '/', '/om-oss/personvernerklaering']);
  });

  it('finds a statement listed only in sitemap.xml', async () => {
    const served = await site({
      '/': homepageHtml([{ href: '/kontakt', text: 'Kontakt' }]),
      '/sitemap.xml': (req, res) => {
        const self = `http://${req.headers.host}`;
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${self}/</loc></url>
  <url><loc>${self}/produkter</loc></url>
  <url><loc>${self}/juridisk/personvern-og-informasjonskapsler</loc></url>
  <url><loc>https://annen.no/personvern</loc></url>
</urlset>`);
      },
      '/juridisk/personvern-og-informasjonskapsler': policyHtml(),
    });
    const found = await discoverSite(served.url('/'), LOCAL);
    expect(found.foundBy).toBe('sitemap');
    expect(found.policy.finalUrl).toBe(served.url('/juridisk/personvern-og-informasjonskapsler'));
    expect(found.alternatives).toEqual([]);
    expect(served.paths()).toEqual(['/robots.txt', '/', '/sitemap.xml', '/juridisk/personvern-og-informasjonskapsler']);
  });

  it('follows robots.txt Sitemap lines and sitemap indexes', async () => {
    const served = await site({
      '/': homepageHtml(),
      '/robots.txt': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`User-agent: *\nDisallow: /admin\nSitemap: http://${req.headers.host}/kart/index.xml\n`);
      },
      '/kart/index.xml': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(`<sitemapindex><sitemap><loc>http://${req.headers.host}/kart/post-sitemap.xml</loc></sitemap><sitemap><loc>http://${req.headers.host}/kart/page-sitemap.xml</loc></sitemap></sitemapindex>`);
      },
      '/kart/page-sitemap.xml': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(`<urlset><url><loc>http://${req.headers.host}/om</loc></url><url><loc>http://${req.headers.host}/personvernerklaering/</loc></url></urlset>`);
      },
      '/kart/post-sitemap.xml': '<urlset></urlset>',
      '/personvernerklaering/': policyHtml(),
    });
    const found = await discoverSite(served.url('/'), { ...LOCAL, maxSitemaps: 2 });
    expect(found.foundBy).toBe('sitemap');
    expect(found.policy.finalUrl).toBe(served.url('/personvernerklaering/'));
    // the page sitemap is read before the post sitemap, and the bound of two files holds
    expect(served.paths()).not.toContain('/kart/post-sitemap.xml');
    expect(served.paths()).not.toContain('/sitemap.xml');
  });

  it('guesses common addresses when neither links nor a sitemap help, and ignores a soft 404', async () => {
    const s = await site({ '/': homepageHtml(), '/personvern': policyHtml() });
    const found = await discoverSite(s.url('/'), LOCAL);
    expect(found.foundBy).toBe('guess');
    expect(found.policy.finalUrl).toBe(s.url('/personvern'));

    // a site that answers every address with its homepage has no statement to find
    const soft = await site({}, homepageHtml());
    const started = Date.now();
    await expect(discoverSite(soft.url('/'), LOCAL)).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('fant ingen personvernerklæring') });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('takes an address with a path as the statement itself and still fetches the homepage', async () => {
    const s = await site({ '/': homepageHtml([{ href: '/personvern', text: 'Personvern' }]), '/vilkar/personvern': policyHtml() });
    const found = await discoverSite(s.url('/vilkar/personvern'), LOCAL);
    expect(found.foundBy).toBe('given');
    expect(found.policy.finalUrl).toBe(s.url('/vilkar/personvern'));
    expect(found.homepage?.finalUrl).toBe(s.url('/'));
    expect(found.alternatives).toEqual([]);
  });

  it('falls back to http for a bare host that does not speak https', async () => {
    const s = await site({ '/': homepageHtml([{ href: '/personvern', text: 'Personvern' }]), '/personvern': policyHtml() });
    const found = await discoverSite(s.host, LOCAL);
    expect(found.homepage?.finalUrl).toBe(s.url('/'));
    expect(found.policy.finalUrl).toBe(s.url('/personvern'));
  });

  it('follows a homepage meta refresh to the language root', async () => {
    const s = await site({
      '/': '<html><head><meta http-equiv="refresh" content="0; url=/no/"></head><body></body></html>',
      '/no/': homepageHtml([{ href: '/no/personvern', text: 'Personvern' }]),
      '/no/personvern': policyHtml(),
    });
    const found = await discoverSite(s.url('/'), LOCAL);
    expect(found.foundBy).toBe('link');
    expect(found.policy.finalUrl).toBe(s.url('/no/personvern'));
  });

  it('tries the next candidate when the best one is broken', async () => {
    const s = await site({
      '/': homepageHtml([
        { href: '/personvernerklaering', text: 'Personvernerklæring' },
        { href: '/personvern', text: 'Personvern' },
      ]),
      '/personvern': policyHtml(),
    });
    const found = await discoverSite(s.url('/'), LOCAL);
    expect(found.policy.finalUrl).toBe(s.url('/personvern'));
    expect(found.alternatives.map((a) => a.url)).toEqual([s.url('/personvernerklaering')]);
  });

  it('reports a homepage that does not exist', async () => {
    const s = await site({});
    await expect(discoverSite(s.url('/'), LOCAL)).rejects.toMatchObject({ code: 'http-status', status: 404 });
  });
});

describe('scanSite', () => {
  const siteProbe: Rule = {
    meta: { ...allRules[0]!.meta, id: 'site-probe' },
    check: (ctx) =>
      ctx.options.site
        ? pass({ nb: `${ctx.options.site.foundBy} ${ctx.options.site.homepage?.finalUrl ?? ''}`, en: 'site' })
        : fail({ nb: 'ingen site', en: 'no site' }),
  };

  it('runs the rules on the statement with the fetched pages available to site rules', async () => {
    const s = await site({ '/': homepageHtml([{ href: '/personvern', text: 'Personvern' }]), '/personvern': policyHtml() });
    const doc = await scanSite(s.url('/'), { rules: [...allRules, siteProbe], asOf: new Date('2026-11-22'), web: { allowPrivate: true } });
    expect(doc.source).toBe(s.url('/personvern'));
    expect(doc.format).toBe('html');
    expect(doc.results.find((r) => r.ruleId === 'complaint-authority')?.status).toBe('pass');
    expect(doc.results.find((r) => r.ruleId === 'site-probe')).toMatchObject({ status: 'pass', message: `link ${s.url('/')}` });
    expect(doc.site).toEqual({ input: s.url('/'), homepage: s.url('/'), chosenUrl: s.url('/personvern'), foundBy: 'link', alternatives: [] });
  });

  it('obeys a robots.txt that disallows, and says so when told to ignore it', async () => {
    const s = await site({
      '/robots.txt': 'User-agent: *\nDisallow: /\n',
      '/': homepageHtml([{ href: '/personvern', text: 'Personvern' }]),
      '/personvern': policyHtml(),
    });
    await expect(scanSite(s.url('/'), { rules: allRules, web: { allowPrivate: true } })).rejects.toMatchObject({ code: 'robots' });
    expect(s.paths()).toEqual(['/robots.txt']);
    const doc = await scanSite(s.url('/'), { rules: allRules, web: { allowPrivate: true, ignoreRobots: true } });
    expect(doc.site?.robotsIgnored).toBe(true);
    expect(doc.source).toBe(s.url('/personvern'));
  });

  it('refuses a local site without allowPrivate', async () => {
    const s = await site({ '/': homepageHtml() });
    await expect(scanSite(s.url('/'), { rules: allRules })).rejects.toMatchObject({ code: 'private-address' });
    expect(s.requests).toHaveLength(0);
  });
});
