import { fail, na, pass, warn, type RuleContext } from '../src/engine/context.js';
import { matchAll, test, words, type TextMatch } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span } from '../src/types.js';
import { clauseOf, distinctQuotes, findServices, isNavigationLine, negatedInList, quoteList, uniqueNames, underHeading } from './lib/dataflow-context.js';
import {
  BROWSER,
  BROWSER_CONTROL,
  CONSENT_MECHANISM,
  COOKIE_TERM,
  COOKIELESS,
  ESSENTIAL_PURPOSE,
  HEDGE,
  IMPLIED_CONSENT,
  NON_ESSENTIAL_PURPOSE,
  ONLY_ESSENTIAL,
} from './lib/dataflow-terms.js';

/** Mechanisms that can only be about cookies, wherever they stand. */
const COOKIE_SPECIFIC_MECHANISM = words(
  'samtykkebanner*', 'cookiebanner*', 'cookie-banner*', 'cookie banner*', 'consent banner*', 'cookiebot', 'cookieyes', 'onetrust',
  'cookie-innstilling*', 'cookieinnstilling*', 'informasjonskapselinnstilling*', 'innstillinger for informasjonskapsler',
  'innstillingar for informasjonskapslar', 'cookie settings', 'cookie preferences', 'cookie consent',
);
/** Verbs of setting or using cookies, for "vi bruker ikke informasjonskapsler". */
const USE_VERB = words(
  'bruk*', 'brukar', 'benytt*', 'nytt*', 'sett*', 'set', 'sets', 'lagr*', 'plasser*', 'installert', 'samler', 'samlar', 'use', 'uses',
  'used', 'place', 'places', 'placed', 'stores', 'stored', 'har ingen', 'har vi ingen', 'have no', 'no cookies',
);
const CLAUSE_TURN = /(?:\bmen\b|\bbut\b|;|\bderimot\b|\bhowever\b)/giu;
/**
 * Consent as the condition, after a negation: "Vi setter dem ikke med mindre du har gitt samtykke",
 * "vi set ikkje slike informasjonskapslar utan at du har samtykt", "we never set them unless you have consented".
 * At most fourteen words between the condition and the consent, within one clause.
 */
const CONSENT_CONDITION = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:med mindre|uten at|utan at|uten|utan|unless|without)(?:\s+[^\s.;:!?]+){0,14}?\s+(?:samtykk[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|samtykt|consent[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|godkjen[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|approv[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;
const NEGATION_WORD = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:ikke|ikkje|ingen|inga|aldri|not|no|never)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;
/** Verbs of setting or loading cookies and trackers, the thing a consent condition can govern. */
const SETTING_VERB = words(
  'sett*', 'satt', 'set', 'sets', 'bruk*', 'brukar', 'benytt*', 'nytt*', 'plasser*', 'lagr*', 'aktiver*', 'last*', 'samle* inn', 'samla* inn',
  'use', 'uses', 'used', 'place', 'places', 'placed', 'store', 'stores', 'stored', 'load*', 'activat*', 'collect*',
);

interface Found extends Span {
  sentence: Sentence;
}

/** The site's own commitment speaks to "du" or as "vi"; "… er ikke tillatt med mindre bruker …" only restates the law. */
const PERSONAL = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:vi|me|we|us|our|vår|vårt|våre|du|deg|dykk|din|di|ditt|dine|you|your)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** The consent condition of a sentence that negates the setting of cookies without it. */
function consentConditionIn(sentence: Sentence): TextMatch[] {
  if (!PERSONAL.test(sentence.text)) return [];
  return matchAll(CONSENT_CONDITION, sentence.text, sentence.start).filter((m) => {
    // the negation and a setting verb in the condition's own clause ("Vi gjør ikke følgende: Kobler …" is another clause)
    const head = sentence.text.slice(0, m.start - sentence.start);
    const clause = head.slice(Math.max(head.lastIndexOf(':'), head.lastIndexOf(';')) + 1);
    return matchAll(NEGATION_WORD, clause).length > 0 && test(SETTING_VERB, clause);
  });
}

/** Consent or refusal through the browser ("slå av informasjonskapsler i nettleseren"), or implied by using the site. */
function badConsentIn(sentence: Sentence): TextMatch[] {
  const implied = matchAll(IMPLIED_CONSENT, sentence.text, sentence.start);
  const browser = test(BROWSER_CONTROL, sentence.text) ? matchAll(BROWSER, sentence.text, sentence.start) : [];
  return [...implied, ...browser].sort((a, b) => a.start - b.start);
}

export const cookies: Rule = {
  meta: {
    id: 'cookies',
    kind: 'requirement',
    category: 'basis-purposes',
    severity: 'warning',
    weight: 2,
    legalRef: 'ekomloven 2024 § 3-15 (LOV-2024-12-13-76); GDPR art. 4(11), art. 7',
    description: {
      nb: 'Informasjonskapsler og sporing er forklart, og informasjonskapsler til analyse og markedsføring settes bare etter samtykke (eller bare nødvendige informasjonskapsler brukes).',
      en: 'Cookies and tracking are explained, and analytics and marketing cookies are set only with consent (or only necessary cookies are used).',
    },
    suggestion: {
      nb: 'Forklar hvilke informasjonskapsler som brukes og hvorfor, og be om samtykke før andre enn nødvendige settes, f.eks.: «Vi bruker nødvendige informasjonskapsler for innlogging. Informasjonskapsler til statistikk (Google Analytics) og markedsføring settes bare hvis du samtykker i samtykkebanneret. Du kan når som helst endre valget under «Innstillinger for informasjonskapsler» nederst på siden.» Innstillinger i nettleseren er ikke gyldig samtykke etter ekomloven § 3-15.',
      nn: 'Forklar kva informasjonskapslar som blir brukte og kvifor, og be om samtykke før andre enn naudsynte blir sette, t.d.: «Vi bruker naudsynte informasjonskapslar for innlogging. Informasjonskapslar til statistikk (Google Analytics) og marknadsføring blir berre sette viss du samtykkjer i samtykkebanneret. Du kan når som helst endre valet under «Innstillingar for informasjonskapslar» nedst på sida.» Innstillingar i nettlesaren er ikkje gyldig samtykke etter ekomlova § 3-15.',
      en: 'Explain which cookies are used and why, and ask for consent before setting anything but necessary cookies, e.g.: "We use necessary cookies for login. Statistics (Google Analytics) and marketing cookies are set only if you consent in the cookie banner. You can change your choice at any time under "Cookie settings" at the bottom of the page." Browser settings are not valid consent under the Electronic Communications Act section 3-15.',
    },
    rationale: {
      nb: 'Etter ekomloven (LOV-2024-12-13-76) § 3-15, i kraft fra 1. januar 2025, kan informasjonskapsler som ikke er nødvendige for tjenesten, bare settes når brukeren har fått klar informasjon og samtykket. Samtykket må oppfylle kravene i personvernforordningen artikkel 4 nr. 11 og artikkel 7: frivillig, spesifikt, informert og aktivt. Innstillinger i nettleseren eller «ved å bruke siden samtykker du» er ikke lenger gyldig samtykke.',
      en: 'Under the Electronic Communications Act (LOV-2024-12-13-76) § 3-15, in force from 1 January 2025, cookies that are not necessary for the service may only be set once the user has been clearly informed and has consented. Consent must meet GDPR Articles 4(11) and 7: freely given, specific, informed and active. Browser settings or "by using the site you consent" no longer count as valid consent.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi bruker nødvendige informasjonskapsler for at handlekurven skal fungere. Informasjonskapsler til statistikk (Google Analytics) setter vi bare hvis du samtykker i samtykkebanneret.' },
        { lang: 'nn', text: 'Vi brukar berre naudsynte informasjonskapslar som skal til for at innlogginga fungerer.' },
      ],
      warn: [
        {
          lang: 'nb',
          text: 'Vi bruker informasjonskapsler fra Google Analytics for å lage statistikk. Ønsker du ikke dette, kan du slå av informasjonskapsler i nettleseren din.',
          note: { nb: 'Analyse uten samtykke; nettleseren er ikke gyldig samtykke.', en: 'Analytics without consent; the browser is not valid consent.' },
        },
        {
          lang: 'nn',
          text: 'Nettstaden brukar informasjonskapslar til statistikk og marknadsføring. Ved å bruke nettstaden samtykkjer du i dette.',
          note: { nb: '«Ved å bruke nettstedet samtykker du» er ikke gyldig samtykke.', en: '"By using the site you consent" is not valid consent.' },
        },
      ],
      fail: [
        {
          lang: 'nb',
          text: 'Nettstedet bruker Google Analytics og Facebook Pixel.',
          note: { nb: 'Sporingsverktøy navngitt, ingenting forklart.', en: 'Trackers named, nothing explained.' },
        },
        {
          lang: 'nn',
          text: 'Nettstaden nyttar Google Analytics og Meta Pixel.',
          note: { nb: 'Sporingsverktøy navngitt, ingenting forklart.', en: 'Trackers named, nothing explained.' },
        },
      ],
    },
    docs: {
      fix: {
        nb: 'Rettelsen ligger like mye i nettstedet som i teksten: bruk en samtykkeløsning som ikke setter informasjonskapsler til analyse eller markedsføring før brukeren har sagt ja, der det er like enkelt å avslå som å godta, og der valget kan endres senere. Beskriv deretter løsningen i erklæringen.',
        en: 'The fix is as much in the website as in the text: use a consent solution that sets no analytics or marketing cookies before the user has said yes, where refusing is as easy as accepting, and where the choice can be changed later. Then describe that solution in the statement.',
      },
      statuses: {
        pass: { nb: 'forklart, og informasjonskapsler til analyse og markedsføring settes bare etter samtykke – eller bare nødvendige informasjonskapsler brukes', en: 'explained, and analytics and marketing cookies are set only with consent – or only necessary cookies are used' },
        warn: { nb: 'informasjonskapsler er nevnt, men analyse eller markedsføring brukes uten samtykke (å avslå bare gjennom nettleseren er ikke gyldig samtykke etter ekomloven 2025)', en: 'cookies are mentioned, but analytics or marketing cookies are used without consent (refusal only through browser settings is not valid consent under the 2025 Act)' },
        fail: { nb: 'sporingsverktøy er navngitt, uten forklaring', en: 'trackers are named, with no explanation' },
        na: { nb: 'informasjonskapsler er ikke nevnt', en: 'cookies are never mentioned' },
      },
    },
  },
  check(ctx: RuleContext) {
    const statements = ctx.sentences.filter((s) => !isNavigationLine(ctx, s));
    const trackers = findServices(ctx, (e) => e.tracker !== undefined);
    const inTracker = (m: Span) => trackers.some((t) => m.start >= t.start && m.end <= t.end);

    // Analytics without cookies ("SiteImprove med cookieless tracking"): that tool sets none, wherever it is named.
    const cookieless: Found[] = [];
    const cookielessTools = new Set<string>();
    for (const sentence of statements) {
      for (const m of matchAll(COOKIELESS, sentence.text, sentence.start)) {
        if (negatedInList(ctx, sentence, m)) continue;
        cookieless.push({ start: sentence.start, end: sentence.end, sentence });
        const nearest = trackers
          .filter((t) => t.sentence.index === sentence.index)
          .map((t) => ({ t, distance: t.end <= m.start ? m.start - t.end : t.start - m.end }))
          .filter((x) => x.distance >= 0 && x.distance <= 80)
          .sort((a, b) => a.distance - b.distance)[0];
        if (nearest) cookielessTools.add(nearest.t.entry.name);
      }
    }
    const cookielessClause = (m: Span, sentence: Sentence) =>
      matchAll(COOKIELESS, sentence.text, sentence.start).some((c) => {
        const clause = clauseOf(sentence, c);
        return m.start >= clause.start && m.end <= clause.end;
      });
    const activeTrackers = trackers.filter((t) => !t.negated && !cookielessTools.has(t.entry.name));

    const cookieHeading = (s: Sentence) => underHeading(ctx, s, COOKIE_TERM);
    const cookieTerms: Found[] = [];
    const cookieSentences = new Set<number>();
    for (const sentence of statements) {
      for (const m of matchAll(COOKIE_TERM, sentence.text, sentence.start)) {
        if (inTracker(m)) continue; // "Facebook Pixel" names a tracker; it explains nothing
        if (test(COOKIELESS, m.text)) continue; // "cookieless" says there are none
        cookieTerms.push({ start: m.start, end: m.end, sentence });
        cookieSentences.add(sentence.index);
      }
    }
    const inCookieContext = (s: Sentence) =>
      cookieSentences.has(s.index) || cookieHeading(s) || activeTrackers.some((t) => t.sentence.index === s.index);

    const withoutCookies = distinctQuotes(ctx, cookieless).slice(0, 1);
    const noCookiesFromTool = () =>
      pass(
        {
          nb: `Analyseverktøyet som er nevnt, setter ingen informasjonskapsler: ${quoteList(ctx, withoutCookies, 1)}.`,
          en: `The analytics tool named sets no cookies: ${quoteList(ctx, withoutCookies, 1)}.`,
        },
        withoutCookies,
      );
    if (cookieTerms.length === 0 && activeTrackers.length === 0 && withoutCookies.length > 0) return noCookiesFromTool();
    if (cookieTerms.length === 0 && activeTrackers.length === 0) {
      return na({
        nb: 'Erklæringen nevner ikke informasjonskapsler eller sporingsverktøy.',
        en: 'The statement does not mention cookies or tracking tools.',
      });
    }
    if (cookieTerms.length === 0) {
      return fail(
        {
          nb: `Sporingsverktøy er nevnt (${uniqueNames(activeTrackers).join(', ')}), men erklæringen forklarer ikke informasjonskapsler, formålet med dem eller hvordan du samtykker og kan avslå.`,
          en: `Tracking tools are named (${uniqueNames(activeTrackers).join(', ')}), but the statement does not explain cookies, their purpose or how to consent and refuse.`,
        },
        activeTrackers.slice(0, 5),
      );
    }

    // Analytics and marketing purposes in cookie sentences; a negation carries on until "men"/"but".
    const nonEssential: Found[] = [];
    const negatedPurpose: Found[] = [];
    for (const sentence of statements) {
      if (!inCookieContext(sentence) || ctx.isHeading(sentence)) continue;
      const hits: TextMatch[] = [...matchAll(NON_ESSENTIAL_PURPOSE, sentence.text, sentence.start), ...matchAll(COOKIE_TERM, sentence.text, sentence.start)]
        .sort((a, b) => a.start - b.start);
      const turns = matchAll(CLAUSE_TURN, sentence.text, sentence.start);
      let negatedFrom = -1;
      for (const m of hits) {
        const purpose = test(NON_ESSENTIAL_PURPOSE, m.text) && !inTracker(m);
        const turned = negatedFrom >= 0 && turns.some((t) => t.start >= negatedFrom && t.end <= m.start);
        if (turned) negatedFrom = -1;
        const neg = negatedInList(ctx, sentence, m) || negatedFrom >= 0;
        if (neg && negatedFrom < 0) negatedFrom = m.end;
        if (!purpose) continue;
        if (cookielessClause(m, sentence)) continue;
        (neg ? negatedPurpose : nonEssential).push({ start: m.start, end: m.end, sentence });
      }
    }
    for (const t of activeTrackers) nonEssential.push({ start: t.start, end: t.end, sentence: t.sentence });
    nonEssential.sort((a, b) => a.start - b.start);

    const mechanisms: Found[] = [];
    const badConsent: Found[] = [];
    for (const sentence of statements) {
      const cookieRelated = inCookieContext(sentence) || ctx.neighbours(sentence, 1, 1).some((n) => cookieSentences.has(n.index));
      // "Du kan endre valget i nettleseren" is browser control, not a consent mechanism on the site.
      const bad = badConsentIn(sentence);
      const throughBrowser = bad.length > 0;
      for (const m of matchAll(CONSENT_MECHANISM, sentence.text, sentence.start)) {
        if (negatedInList(ctx, sentence, m) || (throughBrowser && !test(COOKIE_SPECIFIC_MECHANISM, m.text))) continue;
        if (!cookieRelated && !test(COOKIE_SPECIFIC_MECHANISM, m.text)) continue;
        mechanisms.push({ start: m.start, end: m.end, sentence });
      }
      if (!cookieRelated) continue;
      for (const m of consentConditionIn(sentence)) mechanisms.push({ start: m.start, end: m.end, sentence });
      for (const m of bad) badConsent.push({ start: m.start, end: m.end, sentence });
    }

    const trackerNames = uniqueNames(activeTrackers);
    if (nonEssential.length > 0) {
      const found = trackerNames.length > 0 ? trackerNames.join(', ') : quoteList(ctx, nonEssential, 2);
      if (mechanisms.length > 0) {
        return pass(
          {
            nb: `Informasjonskapsler til analyse/markedsføring (${found}) settes etter samtykke: ${quoteList(ctx, mechanisms, 2)}.`,
            en: `Analytics/marketing cookies (${found}) are set with consent: ${quoteList(ctx, mechanisms, 2)}.`,
          },
          [...distinctQuotes(ctx, nonEssential).slice(0, 2), ...distinctQuotes(ctx, mechanisms).slice(0, 3)].sort((a, b) => a.start - b.start),
        );
      }
      const refusal = badConsent.length > 0
        ? {
            nb: ` Samtykke eller reservasjon skjer bare gjennom nettleseren eller ved bruk av siden (${quoteList(ctx, badConsent, 2)}), som ikke er gyldig samtykke etter ekomloven § 3-15 (fra 1. januar 2025).`,
            en: ` Consent or refusal is only through the browser or by using the site (${quoteList(ctx, badConsent, 2)}), which is not valid consent under the Electronic Communications Act § 3-15 (from 1 January 2025).`,
          }
        : { nb: ' Erklæringen sier ikke at de settes først etter samtykke.', en: ' The statement does not say they are set only after consent.' };
      return warn(
        {
          nb: `Informasjonskapsler til analyse eller markedsføring brukes (${found}) uten en samtykkeløsning.${refusal.nb}`,
          en: `Analytics or marketing cookies are used (${found}) without a consent mechanism.${refusal.en}`,
        },
        [...distinctQuotes(ctx, nonEssential).slice(0, 4), ...distinctQuotes(ctx, badConsent).slice(0, 2)].sort((a, b) => a.start - b.start),
      );
    }

    // No analytics or marketing cookies found: is it said that only necessary cookies (or none) are used?
    const noCookies = cookieTerms.filter((c) => negatedInList(ctx, c.sentence, c) && test(USE_VERB, c.sentence.text));
    const onlyEssential: Found[] = [];
    for (const sentence of statements) {
      if (!inCookieContext(sentence)) continue;
      for (const m of matchAll(ONLY_ESSENTIAL, sentence.text, sentence.start)) {
        if (!negatedInList(ctx, sentence, m)) onlyEssential.push({ ...clauseOf(sentence, m), sentence });
      }
    }
    const clear: Found[] = [
      ...onlyEssential,
      ...noCookies.map((c) => ({ start: c.sentence.start, end: c.sentence.end, sentence: c.sentence })),
      ...negatedPurpose.map((c) => ({ start: c.sentence.start, end: c.sentence.end, sentence: c.sentence })),
    ];
    if (clear.length > 0) {
      const unique = [...new Map(clear.map((f) => [f.sentence.index, f])).values()].sort((a, b) => a.start - b.start).slice(0, 3);
      return pass(
        {
          nb: `Erklæringen sier at bare nødvendige informasjonskapsler (eller ingen) brukes: ${quoteList(ctx, unique, 2)}.`,
          en: `The statement says only necessary cookies (or none) are used: ${quoteList(ctx, unique, 2)}.`,
        },
        unique,
      );
    }
    if (mechanisms.length > 0) {
      return pass(
        {
          nb: `Informasjonskapsler er forklart, og samtykke innhentes: ${quoteList(ctx, mechanisms, 2)}.`,
          en: `Cookies are explained and consent is collected: ${quoteList(ctx, mechanisms, 2)}.`,
        },
        mechanisms.slice(0, 3),
      );
    }
    if (badConsent.length > 0) {
      return warn(
        {
          nb: `Informasjonskapsler er nevnt, men samtykket skal gis gjennom nettleseren eller ved bruk av siden (${quoteList(ctx, badConsent, 2)}), som ikke er gyldig samtykke etter ekomloven § 3-15 (fra 1. januar 2025), og det er ikke sagt at bare nødvendige informasjonskapsler brukes.`,
          en: `Cookies are mentioned, but consent is to be given through the browser or by using the site (${quoteList(ctx, badConsent, 2)}), which is not valid consent under the Electronic Communications Act § 3-15 (from 1 January 2025), and it is not said that only necessary cookies are used.`,
        },
        [...cookieTerms.slice(0, 1), ...badConsent.slice(0, 2)].sort((a, b) => a.start - b.start),
      );
    }
    const essential: Found[] = [];
    for (const sentence of statements) {
      if (!cookieSentences.has(sentence.index) || test(HEDGE, sentence.text)) continue;
      for (const m of matchAll(ESSENTIAL_PURPOSE, sentence.text, sentence.start)) essential.push({ start: sentence.start, end: sentence.end, sentence });
    }
    const cookielessNote = withoutCookies.length > 0
      ? {
          nb: ` Analysen skjer uten informasjonskapsler: ${quoteList(ctx, withoutCookies, 1)}.`,
          en: ` Analytics runs without cookies: ${quoteList(ctx, withoutCookies, 1)}.`,
        }
      : { nb: '', en: '' };
    if (essential.length > 0) {
      const unique = [...new Map(essential.map((f) => [f.sentence.index, f])).values()].slice(0, 2);
      return pass(
        {
          nb: `Informasjonskapslene som er beskrevet, er nødvendige for at siden skal fungere: ${quoteList(ctx, unique, 2)}.${cookielessNote.nb}`,
          en: `The cookies described are needed for the site to work: ${quoteList(ctx, unique, 2)}.${cookielessNote.en}`,
        },
        [...unique, ...withoutCookies].sort((a, b) => a.start - b.start),
      );
    }
    // only when every mention of cookies is in a sentence about the cookieless tool
    if (withoutCookies.length > 0 && cookieTerms.every((c) => cookieless.some((w) => w.sentence.index === c.sentence.index))) {
      return noCookiesFromTool();
    }
    return warn(
      {
        nb: `Informasjonskapsler er nevnt (${quoteList(ctx, cookieTerms, 1)}), men det er ikke forklart hvilke som brukes, til hva, eller hvordan du samtykker og kan avslå.`,
        en: `Cookies are mentioned (${quoteList(ctx, cookieTerms, 1)}), but it is not explained which are used, for what, or how to consent and refuse.`,
      },
      cookieTerms.slice(0, 2),
    );
  },
};

export default cookies;
