import { describe, expect, it } from 'vitest';
import policyReachable, { comparableUrl } from '../../rules/policy-reachable.js';
import type { SiteData } from '../../src/web/site.js';
import { check } from '../helpers/doc.js';
import { lineColumn, page, policyHtml, runOnSite, TRACKING_HOMEPAGE } from '../helpers/site.js';

const HOME = 'https://www.eksempel.no/';
const STATEMENT = policyHtml('<h1>Personvernerklæring</h1>\n<p>Eksempel AS er behandlingsansvarlig.</p>');

function footer(links: string): string {
  return `<!doctype html>
<html lang="nb">
<head><title>Eksempel AS</title></head>
<body>
<main><h1>Velkommen</h1><p>Vi lager gode ting.</p></main>
<footer>
${links}
</footer>
</body>
</html>
`;
}

function site(homepage: string | undefined, foundBy: SiteData['foundBy'], policyUrl = 'https://www.eksempel.no/personvern', finalUrl = policyUrl): SiteData {
  return {
    ...(homepage === undefined ? {} : { homepage: page(HOME, homepage) }),
    policy: page(policyUrl, STATEMENT, finalUrl),
    foundBy,
    alternatives: [],
  };
}

describe('policy-reachable', () => {
  it('is not applicable when a file is scanned', () => {
    expect(check(policyReachable, 'Personvernerklæring\n\nEksempel AS er behandlingsansvarlig.').status).toBe('na');
  });

  it('passes when the homepage links to the statement, and quotes the link in the homepage source', () => {
    const s = site(TRACKING_HOMEPAGE, 'link', 'https://www.eksempel.no/personvern/');
    const r = runOnSite(policyReachable, s);
    expect(r.status).toBe('pass');
    expect(r.message).toBe('Forsiden lenker til personvernerklæringen (https://www.eksempel.no/personvern/).');
    expect(r.evidence).toHaveLength(1);
    const e = r.evidence[0]!;
    expect(e).toMatchObject({ quote: '/personvern/', url: HOME, section: '' });
    expect(TRACKING_HOMEPAGE.slice(e.start, e.end)).toBe('/personvern/');
    expect({ line: e.line, column: e.column }).toEqual(lineColumn(TRACKING_HOMEPAGE, e.start));
  });

  it('ignores the trailing slash, the fragment, "www." and http against https when comparing addresses', () => {
    const homepage = footer('<a href="http://eksempel.no/personvern/#informasjonskapsler">Personvern og informasjonskapsler</a>');
    const r = runOnSite(policyReachable, site(homepage, 'given', 'https://www.eksempel.no/personvern'));
    expect(r.status).toBe('pass');
    expect(r.evidence[0]!.quote).toBe('http://eksempel.no/personvern/#informasjonskapsler');
    expect(comparableUrl('https://WWW.Eksempel.no/personvern/#topp')).toBe(comparableUrl('http://eksempel.no/personvern'));
    expect(comparableUrl('https://eksempel.no/personvern?lang=nn')).not.toBe(comparableUrl('https://eksempel.no/personvern'));
  });

  it('follows a link to the address that redirected to the statement', () => {
    const homepage = footer('<a href="/privacy">Personvern</a>');
    const r = runOnSite(policyReachable, site(homepage, 'link', 'https://www.eksempel.no/privacy', 'https://www.eksempel.no/om-oss/personvern'));
    expect(r.status).toBe('pass');
    expect(r.evidence[0]!.quote).toBe('/privacy');
  });

  it('warns when the statement was found only in the sitemap or by guessing its address', () => {
    const homepage = footer('<a href="/kontakt">Kontakt</a> <a href="/personvern-for-ansatte">Personvern for ansatte</a>');
    const sitemap = runOnSite(policyReachable, site(homepage, 'sitemap'));
    expect(sitemap.status).toBe('warn');
    expect(sitemap.message).toBe(
      'Forsiden lenker ikke til personvernerklæringen (https://www.eksempel.no/personvern); den ble bare funnet gjennom nettstedskartet (sitemap.xml).',
    );
    expect(sitemap.suggestion).toContain('Legg en lenke til personvernerklæringen på forsiden');
    const guessed = runOnSite(policyReachable, site(homepage, 'guess'));
    expect(guessed.status).toBe('warn');
    expect(guessed.message).toContain('en gjettet adresse');
  });

  it('warns when a given address is not linked from the homepage', () => {
    const r = runOnSite(policyReachable, site(footer('<a href="mailto:post@eksempel.no">E-post</a>'), 'given'));
    expect(r.status).toBe('warn');
    expect(r.message).toContain('adressen som ble oppgitt');
  });

  it('trusts link discovery when the link is further in than the homepage', () => {
    const r = runOnSite(policyReachable, site(footer('<a href="/om-oss">Om oss</a>'), 'link'));
    expect(r.status).toBe('pass');
    expect(r.evidence).toEqual([]);
    expect(r.message).toContain('ved å følge lenker fra forsiden');
  });

  it('cannot judge a given address without the homepage', () => {
    expect(runOnSite(policyReachable, site(undefined, 'given')).status).toBe('na');
  });
});
