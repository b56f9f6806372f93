import { na, pass, type Match, type RuleContext } from '../src/engine/context.js';
import { words } from '../src/nlp/patterns.js';
import type { Rule } from '../src/types.js';
import type { FetchedPage } from '../src/web/site.js';
import { detectTrackers, TRACKERS, type DetectedTracker, type TrackerDefinition } from '../src/web/trackers.js';

interface Found extends DetectedTracker {
  page: FetchedPage;
}

function withGenitive(list: string[]): string[] {
  const terms = new Set<string>();
  for (const term of list) {
    const clean = term.trim();
    terms.add(clean);
    if (!clean.endsWith('*') && !/\s/.test(clean) && /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]$/u.test(clean)) terms.add(`${clean}s`);
  }
  return [...terms];
}

const productPatterns = new WeakMap<TrackerDefinition, RegExp>();
const vendorPatterns = new WeakMap<TrackerDefinition, RegExp>();

/** The tracker's own name and the listed mentions, with the genitive of single words ("Hotjars"). */
export function productPattern(tracker: TrackerDefinition): RegExp {
  let pattern = productPatterns.get(tracker);
  if (!pattern) productPatterns.set(tracker, (pattern = words(...withGenitive([tracker.name, ...tracker.mentions]))));
  return pattern;
}

function vendorPattern(tracker: TrackerDefinition): RegExp {
  let pattern = vendorPatterns.get(tracker);
  if (!pattern) vendorPatterns.set(tracker, (pattern = words(...withGenitive([tracker.vendor]))));
  return pattern;
}

/**
 * A mention of the tracker that is not negated: its name or one of its listed
 * words, or its vendor on its own ("vi deler data med Google"). The vendor inside
 * another product's name ("Google" in "Google Analytics") does not name this one.
 */
function findMention(ctx: RuleContext, tracker: TrackerDefinition, catalogue: readonly TrackerDefinition[]): Match | undefined {
  const own = ctx.find(productPattern(tracker), { skipNegated: true })[0];
  if (own) return own;
  const vendor = tracker.vendor.toLowerCase();
  const otherProducts = catalogue
    .filter((t) => t.id !== tracker.id && t.vendor.toLowerCase() === vendor)
    .flatMap((t) => ctx.find(productPattern(t)));
  return ctx
    .find(vendorPattern(tracker), { skipNegated: true })
    .find((m) => !otherProducts.some((p) => p.start <= m.start && p.end >= m.end && p.end - p.start > m.end - m.start));
}

/** Each tracker once, from the homepage first and then the statement's own page. */
function trackersOnSite(pages: FetchedPage[]): Found[] {
  const seen = new Map<string, Found>();
  const visited = new Set<string>();
  for (const page of pages) {
    const key = page.finalUrl || page.url;
    if (visited.has(key)) continue;
    visited.add(key);
    for (const hit of detectTrackers(page)) if (!seen.has(hit.tracker.id)) seen.set(hit.tracker.id, { ...hit, page });
  }
  return [...seen.values()];
}

const describe = (f: Found) => `${f.tracker.name} (${f.tracker.vendor}, ${f.tracker.country})`;
const names = (list: Found[]) => list.map((f) => f.tracker.name).join(', ');

export const undisclosedTracker: Rule = {
  meta: {
    id: 'undisclosed-tracker',
    kind: 'requirement',
    category: 'recipients-transfers',
    severity: 'error',
    weight: 2,
    legalRef: 'GDPR art. 13(1)(e)–(f); ekomloven 2024 § 3-15',
    description: {
      nb: 'Sporings- og innbyggingstjenester fra tredjeparter som forsiden eller erklæringssiden laster (f.eks. Google Analytics, Meta Pixel, YouTube), er nevnt i erklæringen.',
      nn: 'Sporings- og innbyggingstenester frå tredjepartar som framsida eller erklæringssida lastar (t.d. Google Analytics, Meta Pixel, YouTube), er nemnde i erklæringa.',
      en: 'Third-party trackers and embeds that the homepage or the statement page loads (e.g. Google Analytics, Meta Pixel, YouTube) are named in the statement.',
    },
    suggestion: {
      nb: 'Nevn hver tredjepartstjeneste nettstedet laster, med leverandør, formål, behandlingsgrunnlag og om opplysninger overføres ut av EØS, f.eks.: «Vi bruker Google Analytics (Google Ireland Ltd.) til besøksstatistikk når du har samtykket. Opplysningene kan overføres til USA under EU–US Data Privacy Framework.» Fjern tjenester dere ikke bruker.',
      nn: 'Nemn kvar tredjepartsteneste nettstaden lastar, med leverandør, føremål, behandlingsgrunnlag og om opplysningar blir overførte ut av EØS, t.d.: «Vi bruker Google Analytics (Google Ireland Ltd.) til besøksstatistikk når du har samtykt. Opplysningane kan bli overførte til USA under EU–US Data Privacy Framework.» Fjern tenester de ikkje bruker.',
      en: 'Name every third-party service the site loads, with the provider, purpose, legal basis and whether data leaves the EEA, e.g.: "We use Google Analytics (Google Ireland Ltd.) for visitor statistics when you have consented. The data may be transferred to the USA under the EU–US Data Privacy Framework." Remove services you do not use.',
    },
    rationale: {
      nb: 'Sporings- og innbyggingstjenester fra tredjeparter (analyse, annonsepiksler, innebygde videoer) sender opplysninger om den besøkende, som IP-adresse og hvilken side som vises, til leverandøren så snart siden lastes. Leverandøren er da en mottaker som skal oppgis (personvernforordningen artikkel 13 nr. 1 bokstav e), ofte med overføring ut av EØS (bokstav f), og ekomloven § 3-15 krever klar informasjon om lagring av og tilgang til informasjon på brukerens utstyr. En tjeneste nettstedet laster, men som erklæringen ikke nevner, er derfor en mangel i erklæringen.',
      en: 'Third-party trackers and embeds (analytics, advertising pixels, embedded videos) send data about the visitor, such as the IP address and the page viewed, to the provider as soon as the page loads. The provider is then a recipient that must be named (GDPR Article 13(1)(e)), often with a transfer outside the EEA (point (f)), and the Electronic Communications Act § 3-15 requires clear information about storing and reading information on the user\'s device. A service the site loads but the statement does not name is therefore a gap in the statement.',
    },
    docs: {
      statuses: {
        pass: { nb: 'ingen kjente tredjepartstjenester på forsiden eller erklæringssiden, eller erklæringen nevner alle', en: 'no known third-party services on the homepage or the statement page, or the statement names them all' },
        fail: { nb: 'nettstedet laster tjenester som erklæringen ikke nevner, hver tjeneste oppgitt med hvor den lastes', en: 'the site loads services the statement does not name, each given with where it is loaded' },
        na: { nb: 'ikke en skanning av et nettsted', en: 'not a website scan' },
      },
    },
  },
  check(ctx: RuleContext) {
    const site = ctx.options.site;
    if (!site) {
      return na({
        nb: 'Gjelder bare når et nettsted skannes: ingen nettsider å lete etter sporingstjenester i.',
        nn: 'Gjeld berre når ein nettstad blir skanna: ingen nettsider å leite etter sporingstenester i.',
        en: 'Applies only when a website is scanned: no web pages to look for trackers in.',
      });
    }
    const found = trackersOnSite(site.homepage ? [site.homepage, site.policy] : [site.policy]);
    const consentTools = found.filter((f) => f.tracker.category === 'consent');
    const trackers = found.filter((f) => f.tracker.category !== 'consent');
    const consentNote = consentTools.length
      ? {
          nb: ` Samtykkeverktøy (ikke sporing): ${names(consentTools)}.`,
          nn: ` Samtykkeverktøy (ikkje sporing): ${names(consentTools)}.`,
          en: ` Consent tools (not trackers): ${names(consentTools)}.`,
        }
      : { nb: '', nn: '', en: '' };
    if (trackers.length === 0) {
      return pass({
        nb: `Fant ingen kjente sporings- eller innbyggingstjenester fra tredjeparter på forsiden eller erklæringssiden.${consentNote.nb}`,
        nn: `Fann ingen kjende sporings- eller innbyggingstenester frå tredjepartar på framsida eller erklæringssida.${consentNote.nn}`,
        en: `Found no known third-party trackers or embeds on the homepage or the statement page.${consentNote.en}`,
      });
    }

    const mentioned: Array<{ found: Found; match: Match }> = [];
    const missing: Found[] = [];
    for (const f of trackers) {
      const match = findMention(ctx, f.tracker, TRACKERS);
      if (match) mentioned.push({ found: f, match });
      else missing.push(f);
    }
    const matchedList = mentioned.map((m) => `${m.found.tracker.name} («${m.match.text}»)`).join(', ');

    if (missing.length === 0) {
      return pass(
        {
          nb: `Erklæringen nevner alle ${trackers.length} tredjepartstjenester nettstedet laster: ${matchedList}.${consentNote.nb}`,
          nn: `Erklæringa nemner alle ${trackers.length} tredjepartstenester nettstaden lastar: ${matchedList}.${consentNote.nn}`,
          en: `The statement names all ${trackers.length} third-party services the site loads: ${matchedList}.${consentNote.en}`,
        },
        mentioned.map((m) => m.match),
      );
    }
    const named = mentioned.length
      ? { nb: ` Nevnt: ${matchedList}.`, nn: ` Nemnde: ${matchedList}.`, en: ` Named: ${matchedList}.` }
      : { nb: '', nn: '', en: '' };
    const list = missing.map(describe).join(', ');
    return {
      status: 'fail',
      message: {
        nb: `Nettstedet laster ${missing.length} tredjepartstjeneste(r) som erklæringen ikke nevner: ${list}.${named.nb}${consentNote.nb}`,
        nn: `Nettstaden lastar ${missing.length} tredjepartsteneste(r) som erklæringa ikkje nemner: ${list}.${named.nn}${consentNote.nn}`,
        en: `The site loads ${missing.length} third-party service(s) the statement does not name: ${list}.${named.en}${consentNote.en}`,
      },
      evidence: [],
      external: missing.map((f) => ({ url: f.page.finalUrl || f.page.url, quote: f.quote, start: f.start, end: f.end })),
    };
  },
};

export default undisclosedTracker;
