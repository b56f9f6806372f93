import { analyseDocument } from '../../src/scan.js';
import type { Rule, RuleResult } from '../../src/types.js';
import type { FetchedPage, SiteData } from '../../src/web/site.js';
import { AS_OF } from './doc.js';

export function page(url: string, html: string, finalUrl = url): FetchedPage {
  return { url, finalUrl, status: 200, html };
}

/** A statement page wrapped in a minimal HTML document. */
export function policyHtml(body: string, lang = 'nb'): string {
  return `<!doctype html>\n<html lang="${lang}">\n<head><title>Personvern</title></head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
}

/** Runs one rule on the statement page of a website scan, as the website scan does. */
export function runOnSite(rule: Rule, site: SiteData): RuleResult {
  const report = analyseDocument(site.policy.html, { rules: [rule], format: 'html', site, asOf: AS_OF, source: site.policy.finalUrl });
  return report.results[0]!;
}

/** 1-based line and column of an offset in a page's HTML. */
export function lineColumn(html: string, offset: number): { line: number; column: number } {
  const before = html.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * A homepage as many Norwegian sites serve it: gtag.js for Google Analytics 4,
 * the Google Tag Manager snippet, the Meta Pixel and an embedded YouTube video.
 */
export const TRACKING_HOMEPAGE = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Eksempel AS – forsiden</title>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XK2LQ7Z1P"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8XK2LQ7Z1P');
</script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5QW8ZRT');</script>
<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '412345678901234');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=412345678901234&ev=PageView&noscript=1"
/></noscript>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5QW8ZRT"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<header><a href="/">Eksempel</a></header>
<main>
<h1>Velkommen til Eksempel AS</h1>
<iframe width="560" height="315" src="https://www.youtube.com/embed/aqz-KE-bpKQ?rel=0" title="YouTube video player" allowfullscreen></iframe>
<p>Følg oss på <a href="https://www.facebook.com/eksempelas">Facebook</a> og <a href="https://www.youtube.com/@eksempelas">YouTube</a>.</p>
</main>
<footer>
<a href="/kontakt">Kontakt</a> · <a href="/personvern/">Personvern</a>
</footer>
</body>
</html>
`;
