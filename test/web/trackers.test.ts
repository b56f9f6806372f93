import { describe, expect, it } from 'vitest';
import { detectTrackers, TRACKERS, validateTrackers, type TrackerDefinition } from '../../src/web/trackers.js';
import { page, TRACKING_HOMEPAGE } from '../helpers/site.js';

const HOME = 'https://www.eksempel.no/';

function detect(html: string, url = HOME, finalUrl = url) {
  const p = page(url, html, finalUrl);
  return detectTrackers(p).map((d) => ({ ...d, id: d.tracker.id, slice: p.html.slice(d.start, d.end) }));
}

describe('detectTrackers', () => {
  it('finds gtag.js, Tag Manager, the Meta Pixel and a YouTube embed on a typical homepage, each once', () => {
    const found = detect(TRACKING_HOMEPAGE);
    expect(found.map((f) => f.id)).toEqual(['google-analytics', 'meta-pixel', 'google-tag-manager', 'youtube']);
    const byId = Object.fromEntries(found.map((f) => [f.id, f]));
    expect(byId['google-analytics']).toMatchObject({
      source: 'script',
      url: 'https://www.googletagmanager.com/gtag/js?id=G-8XK2LQ7Z1P',
      quote: 'https://www.googletagmanager.com/gtag/js?id=G-8XK2LQ7Z1P',
    });
    // the noscript pixel is a URL; the inline fbq() snippet is only the fallback
    expect(byId['meta-pixel']).toMatchObject({ source: 'noscript', url: 'https://www.facebook.com/tr?id=412345678901234&ev=PageView&noscript=1' });
    expect(byId['google-tag-manager']).toMatchObject({ source: 'noscript', quote: 'https://www.googletagmanager.com/ns.html?id=GTM-5QW8ZRT' });
    expect(byId.youtube).toMatchObject({ source: 'iframe', quote: 'https://www.youtube.com/embed/aqz-KE-bpKQ?rel=0' });
  });

  it('gives offsets that point at the URL in the page source', () => {
    for (const f of detect(TRACKING_HOMEPAGE)) {
      expect(f.slice).toBe(f.quote);
      expect(TRACKING_HOMEPAGE.indexOf(f.quote)).toBeGreaterThan(0);
    }
    const ga = detect(TRACKING_HOMEPAGE).find((f) => f.id === 'google-analytics')!;
    expect(TRACKING_HOMEPAGE.slice(ga.start - 5, ga.start)).toBe('src="');
  });

  it('resolves protocol-relative URLs against the final URL after redirects and keeps the source text as the quote', () => {
    const html = '<html><head><script async src="//www.googletagmanager.com/gtag/js?id=G-1&amp;l=dataLayer"></script></head><body></body></html>';
    const [ga] = detect(html, 'http://eksempel.no/', 'https://www.eksempel.no/');
    expect(ga).toMatchObject({
      id: 'google-analytics',
      url: 'https://www.googletagmanager.com/gtag/js?id=G-1&l=dataLayer',
      quote: '//www.googletagmanager.com/gtag/js?id=G-1&amp;l=dataLayer',
    });
    expect(ga!.slice).toBe(ga!.quote);
  });

  it('resolves relative URLs against <base href>, and leaves the site\'s own scripts alone', () => {
    const html = [
      '<html><head><base href="https://player.vimeo.com/">',
      '</head>',
      '<body><iframe src="video/76979871?h=8272103f6e" width="640"></iframe></body></html>',
    ].join('\n');
    const found = detect(html);
    expect(found.map((f) => f.id)).toEqual(['vimeo']);
    expect(found[0]).toMatchObject({ url: 'https://player.vimeo.com/video/76979871?h=8272103f6e', quote: 'video/76979871?h=8272103f6e' });
    const own = '<script src="/js/gtag/js/app.js"></script><script src="assets/google-analytics.com.js"></script><img src="/bilder/youtube.com/embed.png">';
    expect(detect(own, 'https://www.eksempel.no/om-oss/')).toEqual([]);
  });

  it('finds an inline gtag snippet with no src and quotes the statement', () => {
    const html = `<html><head><script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('config', 'G-QRS123XYZ', { anonymize_ip: true });
</script></head><body></body></html>`;
    const [ga, ...rest] = detect(html);
    expect(rest).toEqual([]);
    expect(ga).toMatchObject({ id: 'google-analytics', source: 'inline', quote: "gtag('config', 'G-QRS123XYZ', { anonymize_ip: true })" });
    expect(ga!.url).toBeUndefined();
    expect(ga!.slice).toBe(ga!.quote);
  });

  it('quotes the whole URL when a script builds the tag from a string', () => {
    const html = `<script>var s=document.createElement('script');s.src='https://static.hotjar.com/c/hotjar-3391234.js?sv=6';document.head.appendChild(s);</script>`;
    const [hotjar] = detect(html);
    expect(hotjar).toMatchObject({ id: 'hotjar', source: 'inline', quote: 'https://static.hotjar.com/c/hotjar-3391234.js?sv=6' });
    expect(hotjar!.slice).toBe(hotjar!.quote);
  });

  it('reads a tracking pixel inside <noscript>, entities and all', () => {
    const html = `<body>
<noscript>
<img height="1" width="1" style="display:none;" alt="" src="https://px.ads.linkedin.com/collect/?pid=5123456&amp;fmt=gif" />
</noscript>
</body>`;
    const [linkedin] = detect(html);
    expect(linkedin).toMatchObject({
      id: 'linkedin-insight',
      source: 'noscript',
      url: 'https://px.ads.linkedin.com/collect/?pid=5123456&fmt=gif',
      quote: 'https://px.ads.linkedin.com/collect/?pid=5123456&amp;fmt=gif',
    });
    expect(linkedin!.slice).toBe(linkedin!.quote);
  });

  it('reports a tracker once per page, at its first URL', () => {
    const html = [
      '<iframe src="https://www.youtube-nocookie.com/embed/first"></iframe>',
      '<iframe src="https://www.youtube.com/embed/second"></iframe>',
      '<script src="https://www.youtube.com/iframe_api"></script>',
    ].join('\n');
    const found = detect(html);
    expect(found).toHaveLength(1);
    // a script outranks an iframe as the quote, whatever the order
    expect(found[0]).toMatchObject({ id: 'youtube', source: 'script', quote: 'https://www.youtube.com/iframe_api' });
    const iframesOnly = detect(html.split('\n').slice(0, 2).join('\n'));
    expect(iframesOnly.map((f) => f.quote)).toEqual(['https://www.youtube-nocookie.com/embed/first']);
  });

  it('finds embeds that a consent tool holds back until consent, and the consent tool itself', () => {
    const html = [
      '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0f5e1c2a-1111-2222-3333-444455556666"></script>',
      '<iframe data-cookieconsent="marketing" data-src="https://www.google.com/maps/embed?pb=!1m18"></iframe>',
      '<script type="text/plain" data-cookieconsent="statistics" src="https://www.clarity.ms/tag/abcd1234"></script>',
    ].join('\n');
    expect(detect(html).map((f) => [f.id, f.tracker.category])).toEqual([
      ['cookiebot', 'consent'],
      ['google-maps', 'embed'],
      ['microsoft-clarity', 'analytics'],
    ]);
  });

  it('does not count links to social profiles, thumbnails, canonical links or structured data', () => {
    const html = `<html><head>
<link rel="canonical" href="https://www.facebook.com/eksempel">
<script type="application/ld+json">{"@type":"VideoObject","embedUrl":"https://www.youtube.com/embed/abc","thumbnailUrl":"https://connect.facebook.net/x/fbevents.js"}</script>
</head><body>
<a href="https://www.youtube.com/embed/abc">Se videoen</a>
<img src="https://i.ytimg.com/vi/abc/hqdefault.jpg" alt="">
<p>Vi bruker ikke Google Analytics (gtag('config') står bare i denne teksten).</p>
</body></html>`;
    expect(detect(html)).toEqual([]);
  });

  it('counts a preconnect to a tracker host only when nothing better is there', () => {
    const html = '<link rel="preconnect" href="https://www.google-analytics.com">\n<script src="https://www.google-analytics.com/analytics.js"></script>';
    expect(detect(html)).toMatchObject([{ id: 'google-analytics', source: 'script' }]);
    expect(detect(html.split('\n')[0]!)).toMatchObject([{ id: 'google-analytics', source: 'link' }]);
  });
});

describe('the tracker list', () => {
  it('has the common trackers with unique ids, vendors, countries and words for the statement', () => {
    const ids = TRACKERS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['google-analytics', 'google-tag-manager', 'meta-pixel', 'linkedin-insight', 'hotjar', 'microsoft-clarity', 'youtube', 'vimeo', 'hubspot', 'tiktok-pixel', 'snap-pixel', 'pinterest-tag', 'matomo-cloud', 'adobe-analytics', 'google-ads', 'bing-uet', 'intercom', 'zendesk', 'google-maps', 'recaptcha', 'cookiebot', 'onetrust']) {
      expect(ids).toContain(id);
    }
    for (const t of TRACKERS) {
      expect(t.country).toMatch(/^[A-Z]{2}$/);
      expect(t.urls.length + t.inline.length).toBeGreaterThan(0);
    }
    expect(TRACKERS.find((t) => t.id === 'meta-pixel')!.mentions).toEqual(expect.arrayContaining(['Facebook', 'Meta Pixel', 'Facebook-piksel*']));
  });

  it('rejects a malformed entry and names its position', () => {
    expect(() => validateTrackers([{ id: 'x', name: 'X', vendor: 'X', country: 'NO', category: 'analytics', urls: [] }])).toThrow(/entry 1: needs at least one/);
    expect(() => validateTrackers([TRACKERS[0], { ...TRACKERS[0] }])).toThrow(/entry 2: duplicate id "google-analytics"/);
    expect(() => validateTrackers([{ ...TRACKERS[0], category: 'spying' }])).toThrow(/"category" must be one of/);
    expect(() => validateTrackers([{ ...TRACKERS[0], urls: ['https://example.com/x.js'] }])).toThrow(/not of the form host or host\/path/);
    expect(() => validateTrackers({})).toThrow(/list of trackers/);
  });

  it('can be extended with a tracker of one\'s own', () => {
    const own: TrackerDefinition = {
      id: 'kilkaya',
      name: 'Kilkaya',
      vendor: 'Kilkaya',
      country: 'NO',
      category: 'analytics',
      urls: ['cl-eu2.k5a.io'],
      inline: [],
      mentions: [],
    };
    const html = '<script async src="https://cl-eu2.k5a.io/60ae49163a9f9b0fd6b19d62.js"></script>';
    expect(detectTrackers(page(HOME, html), [...TRACKERS, ...validateTrackers([own])]).map((d) => d.tracker.id)).toEqual(['kilkaya']);
    expect(detectTrackers(page(HOME, html))).toEqual([]);
  });
});
