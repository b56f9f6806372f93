import { na, pass, warn, type RuleContext } from '../src/engine/context.js';
import type { Rule, RuleOutcome } from '../src/types.js';
import { cheerio } from '../src/loaders/cheerio.js';
import { attributeRange, documentBase, resolveHttpUrl, type SourceRange } from '../src/web/html-source.js';
import type { FetchedPage } from '../src/web/site.js';

/** A URL compared the way a visitor sees it: no scheme, no "www.", no fragment, no trailing slash. */
export function comparableUrl(raw: string, base?: string): string | undefined {
  const url = resolveHttpUrl(raw, base ?? raw);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  return `${host}${port}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** The first `<a href>` (or image-map `<area href>`) on the homepage that leads to one of the targets. */
export function findLinkTo(homepage: FetchedPage, targets: ReadonlySet<string>): (SourceRange & { href: string }) | undefined {
  const html = homepage.html;
  const $ = cheerio().load(html, { sourceCodeLocationInfo: true });
  const base = documentBase($, homepage.finalUrl || homepage.url);
  for (const el of $('a[href], area[href]').toArray()) {
    const href = el.attribs.href ?? '';
    const target = comparableUrl(href, base);
    if (!target || !targets.has(target)) continue;
    const range = attributeRange(html, el, 'href');
    if (range) return { ...range, href: html.slice(range.start, range.end) };
  }
  return undefined;
}

const HOW_FOUND = {
  sitemap: { nb: 'nettstedskartet (sitemap.xml)', nn: 'nettstadkartet (sitemap.xml)', en: 'the sitemap (sitemap.xml)' },
  guess: { nb: 'en gjettet adresse', nn: 'ei gjetta adresse', en: 'a guessed address' },
  given: { nb: 'adressen som ble oppgitt', nn: 'adressa som vart oppgitt', en: 'the address given' },
};

export const policyReachable: Rule = {
  meta: {
    id: 'policy-reachable',
    kind: 'requirement',
    category: 'identity',
    severity: 'warning',
    weight: 1,
    legalRef: 'GDPR art. 12(1)',
    description: {
      nb: 'Personvernerklæringen er lett tilgjengelig: forsiden lenker til den.',
      nn: 'Personvernerklæringa er lett tilgjengeleg: framsida lenkjer til ho.',
      en: 'The privacy statement is easily accessible: the homepage links to it.',
    },
    suggestion: {
      nb: 'Legg en lenke til personvernerklæringen på forsiden, f.eks. i bunnteksten: «Personvern».',
      nn: 'Legg ei lenkje til personvernerklæringa på framsida, t.d. i botnteksten: «Personvern».',
      en: 'Link the privacy statement from the homepage, e.g. in the footer: "Personvern" (Privacy).',
    },
    rationale: {
      nb: 'Informasjonen etter personvernforordningen artikkel 13 og 14 skal gis i en lett tilgjengelig form (artikkel 12 nr. 1). En erklæring som bare kan finnes gjennom nettstedskartet eller ved å gjette adressen, er i praksis skjult for dem den gjelder. En lenke fra forsiden, gjerne i bunnteksten, er der besøkende leter.',
      en: 'The information under GDPR Articles 13 and 14 must be given in an easily accessible form (Article 12(1)). A statement that can only be found through the sitemap or by guessing its address is in practice hidden from the people it concerns. A link from the homepage, typically in the footer, is where visitors look.',
    },
    docs: {
      statuses: {
        pass: { nb: 'forsiden lenker til erklæringen, eller den ble funnet ved å følge lenker fra forsiden', en: 'the homepage links to the statement, or it was found by following links from the homepage' },
        warn: { nb: 'erklæringen ble bare funnet gjennom nettstedskartet, en gjettet adresse eller adressen som ble oppgitt', en: 'the statement was found only through the sitemap, a guessed address or the address given' },
        na: { nb: 'ikke en skanning av et nettsted, eller forsiden ble ikke hentet', en: 'not a website scan, or the homepage was not fetched' },
      },
    },
  },
  check(ctx: RuleContext): RuleOutcome {
    const site = ctx.options.site;
    if (!site) {
      return na({
        nb: 'Gjelder bare når et nettsted skannes: ingen forside å se etter lenken på.',
        nn: 'Gjeld berre når ein nettstad blir skanna: inga framside å sjå etter lenkja på.',
        en: 'Applies only when a website is scanned: no homepage to look for the link on.',
      });
    }
    const policyUrl = site.policy.finalUrl || site.policy.url;
    const targets = new Set([site.policy.url, site.policy.finalUrl].map((u) => u && comparableUrl(u)).filter((u): u is string => !!u));
    const link = site.homepage ? findLinkTo(site.homepage, targets) : undefined;
    if (link && site.homepage) {
      return {
        ...pass({
          nb: `Forsiden lenker til personvernerklæringen (${policyUrl}).`,
          nn: `Framsida lenkjer til personvernerklæringa (${policyUrl}).`,
          en: `The homepage links to the privacy statement (${policyUrl}).`,
        }),
        external: [{ url: site.homepage.finalUrl || site.homepage.url, quote: link.href, start: link.start, end: link.end }],
      };
    }
    if (site.foundBy === 'link') {
      return pass({
        nb: `Personvernerklæringen (${policyUrl}) ble funnet ved å følge lenker fra forsiden.`,
        nn: `Personvernerklæringa (${policyUrl}) vart funnen ved å følgje lenkjer frå framsida.`,
        en: `The privacy statement (${policyUrl}) was found by following links from the homepage.`,
      });
    }
    if (!site.homepage) {
      return na({
        nb: 'Forsiden ble ikke hentet, så det kan ikke sjekkes om den lenker til erklæringen.',
        nn: 'Framsida vart ikkje henta, så det kan ikkje sjekkast om ho lenkjer til erklæringa.',
        en: 'The homepage was not fetched, so whether it links to the statement cannot be checked.',
      });
    }
    const how = HOW_FOUND[site.foundBy];
    return warn({
      nb: `Forsiden lenker ikke til personvernerklæringen (${policyUrl}); den ble bare funnet gjennom ${how.nb}.`,
      nn: `Framsida lenkjer ikkje til personvernerklæringa (${policyUrl}); ho vart berre funnen gjennom ${how.nn}.`,
      en: `The homepage does not link to the privacy statement (${policyUrl}); it was found only through ${how.en}.`,
    });
  },
};

export default policyReachable;
