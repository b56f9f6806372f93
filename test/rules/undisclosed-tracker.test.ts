import { describe, expect, it } from 'vitest';
import undisclosedTracker from '../../rules/undisclosed-tracker.js';
import { formatJson } from '../../src/formatters/json.js';
import { analyseDocument } from '../../src/scan.js';
import type { SiteData } from '../../src/web/site.js';
import { AS_OF, check } from '../helpers/doc.js';
import { lineColumn, page, policyHtml, runOnSite, TRACKING_HOMEPAGE } from '../helpers/site.js';

const HOME = 'https://www.eksempel.no/';
const POLICY = 'https://www.eksempel.no/personvern/';

function site(policyBody: string, homepage = TRACKING_HOMEPAGE, lang = 'nb'): SiteData {
  return {
    homepage: page('https://eksempel.no', homepage, HOME),
    policy: page(POLICY, policyHtml(policyBody, lang)),
    foundBy: 'link',
    alternatives: [],
  };
}

const ONLY_ANALYTICS_NB = `<h1>Personvernerklæring for Eksempel AS</h1>
<h2>Informasjonskapsler og analyse</h2>
<p>Vi bruker Google Analytics for å lage anonym statistikk over hvordan nettsiden brukes. Analyseverktøyet settes bare når du har samtykket.</p>`;

describe('undisclosed-tracker', () => {
  it('is not applicable when a file is scanned', () => {
    const r = check(undisclosedTracker, 'Personvernerklæring\n\nVi bruker Google Analytics.');
    expect(r.status).toBe('na');
    const report = analyseDocument('Personvernerklæring\n\nVi bruker ikke informasjonskapsler.', { rules: [undisclosedTracker], asOf: AS_OF });
    expect(report.results[0]).toMatchObject({ status: 'na', evidence: [] });
  });

  it('fails for each tracker on the homepage that a Bokmål statement naming only Google Analytics leaves out', () => {
    const s = site(ONLY_ANALYTICS_NB);
    const r = runOnSite(undisclosedTracker, s);
    expect(r.status).toBe('fail');
    expect(r.message).toContain('Google Tag Manager (Google, US)');
    expect(r.message).toContain('Meta Pixel (Meta, US)');
    expect(r.message).toContain('YouTube (Google, US)');
    expect(r.message).toContain('Nevnt: Google Analytics («Google Analytics»)');
    expect(r.evidence.map((e) => e.quote)).toEqual([
      'https://www.facebook.com/tr?id=412345678901234&ev=PageView&noscript=1',
      'https://www.googletagmanager.com/ns.html?id=GTM-5QW8ZRT',
      'https://www.youtube.com/embed/aqz-KE-bpKQ?rel=0',
    ]);
    for (const e of r.evidence) {
      expect(e.url).toBe(HOME);
      expect(e.section).toBe('');
      expect(TRACKING_HOMEPAGE.slice(e.start, e.end)).toBe(e.quote);
      expect({ line: e.line, column: e.column }).toEqual(lineColumn(TRACKING_HOMEPAGE, e.start));
    }
    const youtube = r.evidence[2]!;
    expect(TRACKING_HOMEPAGE.split('\n')[youtube.line - 1]!.slice(youtube.column - 1)).toMatch(/^https:\/\/www\.youtube\.com\/embed\//);
  });

  it('passes a Nynorsk statement that names every service, and quotes where it does', () => {
    const body = `<h1>Personvernerklæring</h1>
<h2>Informasjonskapslar og sporing</h2>
<p>Vi nyttar Google Analytics til besøksstatistikk og Google Tag Manager til å styre skripta på nettstaden.</p>
<p>Når du samtykkjer, bruker vi Facebook-pikselen frå Meta til å måle annonsane våre.</p>
<p>Videoane på framsida er innebygde frå YouTube.</p>`;
    const r = runOnSite(undisclosedTracker, site(body, TRACKING_HOMEPAGE, 'nn'));
    expect(r.status).toBe('pass');
    expect(r.message).toContain('Erklæringa nemner alle 4 tredjepartstenester');
    expect(r.evidence.map((e) => e.quote)).toEqual(['Google Analytics', 'Google Tag Manager', 'Facebook', 'YouTube']);
    expect(r.evidence.every((e) => e.url === undefined)).toBe(true);
  });

  it('does not count "Vi bruker ikkje Facebook-pikselen" as telling about the Meta Pixel', () => {
    const body = `<h1>Personvernerklæring</h1>
<p>Vi nyttar Google Analytics og Google Tag Manager. Vi bruker ikkje Facebook-pikselen. Videoar er innebygde frå YouTube.</p>`;
    const r = runOnSite(undisclosedTracker, site(body, TRACKING_HOMEPAGE, 'nn'));
    expect(r.status).toBe('fail');
    expect(r.evidence.map((e) => e.quote)).toEqual(['https://www.facebook.com/tr?id=412345678901234&ev=PageView&noscript=1']);
    expect(r.message).toMatch(/^Nettstaden lastar 1 tredjepartsteneste\(r\) som erklæringa ikkje nemner: Meta Pixel/);
  });

  it('recognises the services named in an English statement', () => {
    const body = `<h1>Privacy policy</h1>
<h2>Cookies and third parties</h2>
<p>With your consent we use Google Analytics 4 and Google Tag Manager to understand how the site is used.</p>
<p>We use the Meta Pixel to measure our advertising on Facebook and Instagram.</p>
<p>Videos on our homepage are embedded from YouTube.</p>`;
    const r = runOnSite(undisclosedTracker, site(body, TRACKING_HOMEPAGE, 'en'));
    expect(r.status).toBe('pass');
    expect(r.message).toContain('Meta Pixel («Meta Pixel»)');
  });

  it('takes the vendor named on its own as naming its services, but not inside another product\'s name', () => {
    const homepage = '<html><body><iframe src="https://www.youtube.com/embed/x1"></iframe></body></html>';
    const alone = runOnSite(undisclosedTracker, site('<h1>Personvern</h1><p>Vi deler opplysninger om bruken av nettsiden med Google.</p>', homepage));
    expect(alone.status).toBe('pass');
    expect(alone.evidence.map((e) => e.quote)).toEqual(['Google']);
    const product = runOnSite(undisclosedTracker, site(ONLY_ANALYTICS_NB, homepage));
    expect(product.status).toBe('fail');
    const negated = runOnSite(undisclosedTracker, site('<h1>Personvern</h1><p>Vi deler ikke opplysninger med Google.</p>', homepage));
    expect(negated.status).toBe('fail');
  });

  it('passes a site without trackers, and notes a consent tool without counting it', () => {
    const plain = runOnSite(undisclosedTracker, site(ONLY_ANALYTICS_NB, '<html><body><p>Velkommen</p><a href="/personvern/">Personvern</a></body></html>'));
    expect(plain.status).toBe('pass');
    expect(plain.message).toContain('Fant ingen kjente sporings- eller innbyggingstjenester');
    const cookiebot = runOnSite(
      undisclosedTracker,
      site(ONLY_ANALYTICS_NB, '<html><head><script id="Cookiebot" src="https://consent.cookiebot.com/uc.js"></script></head><body></body></html>'),
    );
    expect(cookiebot.status).toBe('pass');
    expect(cookiebot.message).toContain('Samtykkeverktøy (ikke sporing): Cookiebot.');
  });

  it('looks at the statement page too, and quotes trackers there with that page\'s address', () => {
    const s: SiteData = {
      policy: page(
        POLICY,
        policyHtml(`<h1>Personvernerklæring</h1>
<p>Vi bruker Google Analytics til statistikk.</p>
<script async src="https://static.hotjar.com/c/hotjar-3391234.js?sv=6"></script>`),
      ),
      foundBy: 'given',
      alternatives: [],
    };
    const r = runOnSite(undisclosedTracker, s);
    expect(r.status).toBe('fail');
    expect(r.evidence).toHaveLength(1);
    expect(r.evidence[0]).toMatchObject({ url: POLICY, quote: 'https://static.hotjar.com/c/hotjar-3391234.js?sv=6' });
    expect({ line: r.evidence[0]!.line, column: r.evidence[0]!.column }).toEqual(lineColumn(s.policy.html, r.evidence[0]!.start));
  });

  it('keeps the page address of each quote in the JSON report', () => {
    const s = site(ONLY_ANALYTICS_NB);
    const report = analyseDocument(s.policy.html, { rules: [undisclosedTracker], format: 'html', site: s, asOf: AS_OF, source: POLICY });
    const json = JSON.parse(formatJson({ tool: { name: 'personvernsjekk', version: 'test' }, asOf: '2026-11-22', documents: [report], errors: [] }));
    const evidence = json.documents[0].results[0].evidence;
    expect(evidence).toHaveLength(3);
    expect(Object.keys(evidence[0]).sort()).toEqual(['column', 'end', 'line', 'quote', 'section', 'start', 'url']);
    expect(evidence[0].url).toBe(HOME);
  });
});
