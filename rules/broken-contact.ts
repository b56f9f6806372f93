import { distance } from 'fastest-levenshtein';
import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { test } from '../src/nlp/patterns.js';
import type { Rule, Span } from '../src/types.js';
import { domainIn, findEmails, ownerOf, registrable, sentenceAt, type EmailCandidate } from './lib/identity-contact.js';
import { hostingProviderOf, isHostingInternal } from './lib/identity-hosting.js';
import { identityFindings } from './lib/identity-names.js';
import { findPlaceholders, overlapsAny } from './lib/identity-placeholder.js';
import { FREE_MAIL_DOMAINS, LEGAL_FORMS, PROCESSOR_CONTEXT, THIRD_PARTY_DOMAINS } from './lib/identity-terms.js';

type Problem = 'malformed' | 'hosting' | 'unrelated';

interface Finding extends Span {
  text: string;
  problem: Problem;
  detail: { nb: string; en: string };
}

const MALFORMED: Record<NonNullable<EmailCandidate['problem']>, { nb: string; en: string }> = {
  'double-at': { nb: 'to @-tegn', en: 'two @ signs' },
  space: { nb: 'mellomrom i adressen', en: 'a space in the address' },
  comma: { nb: 'komma i stedet for punktum', en: 'a comma instead of a dot' },
  'no-domain': { nb: 'mangler domene', en: 'no domain' },
  'no-tld': { nb: 'mangler toppdomene (.no, .com)', en: 'no top-level domain (.no, .com)' },
  'bad-tld': { nb: 'ugyldig toppdomene', en: 'an invalid top-level domain' },
  'empty-label': { nb: 'tomt ledd i domenet', en: 'an empty part in the domain' },
  'bad-local': { nb: 'ugyldig del før @', en: 'an invalid part before the @' },
};

const URL = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9@.-])(?:https?:\/\/)?((?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9-]+\.){2,6}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,24})(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9@-])/giu;
const LEGAL_FORM_WORDS = new Set(LEGAL_FORMS.map((f) => f.toLowerCase()));

function normalise(name: string): string {
  return name
    .toLowerCase()
    .split(/[\s–—&,()-]+/)
    .filter((w) => w.length > 0 && !LEGAL_FORM_WORDS.has(w))
    .join('')
    .replace(/[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9]/gu, '');
}

function acronym(name: string): string {
  return name
    .split(/[\s–—-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !LEGAL_FORM_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

/** Whether an e-mail domain belongs to the organisation: its site's domain or a label matching its name. */
function related(domain: string, ownDomains: string[], names: string[]): boolean {
  const reg = registrable(domain);
  const label = reg.split('.')[0]!.replace(/-/g, '');
  for (const own of ownDomains) {
    const ownReg = registrable(own);
    if (ownReg === reg) return true;
    const ownLabel = ownReg.split('.')[0]!.replace(/-/g, '');
    if (ownLabel.length >= 4 && label.length >= 4 && (ownLabel.includes(label) || label.includes(ownLabel) || distance(ownLabel, label) <= 1)) return true;
  }
  for (const name of names) {
    const n = normalise(name);
    if (n.length >= 3 && (label.includes(n) || n.includes(label) || distance(n, label) <= 1)) return true;
    const a = acronym(name);
    if (a.length >= 2 && label === a) return true;
  }
  return false;
}

export const brokenContact: Rule = {
  meta: {
    id: 'broken-contact',
    kind: 'defect',
    category: 'identity',
    severity: 'warning',
    weight: 2,
    legalRef: 'GDPR art. 12(1)–(2), art. 13(1)(a)',
    description: {
      nb: 'Kontaktkanaler som ikke kan virke: feilskrevne e-postadresser, interne domener hos webhotellet, e-postdomener som ikke hører til virksomheten.',
      en: "Contact channels that cannot work: malformed e-mail addresses, web host's internal domains, e-mail domains unrelated to the organisation.",
    },
    suggestion: {
      nb: 'Bruk en fungerende adresse på virksomhetens eget domene, f.eks. «personvern@eksempel.no», og test at den tar imot e-post.',
      nn: 'Bruk ei adresse som verkar, på verksemda sitt eige domene, t.d. «personvern@dome.no», og test at ho tek imot e-post.',
      en: 'Use a working address on the organisation\'s own domain, e.g. "privacy@eksempel.no", and test that it receives mail.',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 13 nr. 1 bokstav a krever kontaktopplysninger til den behandlingsansvarlige, og artikkel 12 nr. 2 krever at det er lett å bruke rettighetene. En e-postadresse med skrivefeil, et internt vertsnavn hos webhotellet eller et domene som ikke hører til virksomheten, gjør at henvendelser om innsyn og sletting ikke kommer fram.',
      en: 'GDPR Article 13(1)(a) requires the controller\'s contact details, and Article 12(2) requires that exercising the rights be made easy. An e-mail address with a typing error, the web host\'s internal host name or a domain unrelated to the organisation means requests for access and erasure never arrive.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Spørsmål om personvern kan sendes til personvern@sykkelnord.no.' },
        { lang: 'nn', text: 'Spørsmål om personvern kan du sende til post@fjordbygda-sogelag.no.' },
      ],
      fail: [
        {
          lang: 'nb',
          text: 'Spørsmål om personvern kan sendes til personvern@sykkelnord,no.',
          note: { nb: 'Komma i stedet for punktum i domenet.', en: 'A comma instead of a dot in the domain.' },
        },
        {
          lang: 'nn',
          text: 'Spørsmål om personvern kan du sende til post@fjordbygda-sogelag.',
          note: { nb: 'Domenet mangler toppnivå (.no).', en: 'The domain lacks a top-level domain (.no).' },
        },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'ingen kontaktadresser som ikke kan virke', en: 'no contact addresses that cannot work' },
        warn: {
          nb: 'adresser en bør se på: e-postdomener som ikke hører til virksomheten eller nettstedet (en gratis e-posttjeneste som gmail.com eller outlook.com regnes som virksomhetens egen adresse)',
          en: "addresses to review: e-mail domains unrelated to the organisation or its site (a free-mail service such as gmail.com or outlook.com counts as the organisation's own address)",
        },
        fail: { nb: 'feilskrevne e-postadresser eller interne vertsnavn hos webhotellet, hver forekomst sitert', en: 'malformed e-mail addresses or the web host\'s internal host names, every occurrence quoted' },
      },
    },
  },
  check(ctx: RuleContext) {
    const placeholders = findPlaceholders(ctx);
    const identity = identityFindings(ctx);
    const ownDomains = [...identity.ownDomains, ...(ctx.options.domains ?? []).map((d) => d.toLowerCase().replace(/^www\./, ''))];
    const names = [...identity.entities, ...identity.brands].map((c) => c.text).concat(ctx.options.organisationNames ?? []);
    const findings: Finding[] = [];
    for (const e of findEmails(ctx, placeholders)) {
      if (e.problem) {
        const d = MALFORMED[e.problem];
        findings.push({ ...e, problem: 'malformed', detail: { nb: `feilskrevet (${d.nb})`, en: `malformed (${d.en})` } });
        continue;
      }
      if (isHostingInternal(e.domain)) {
        const provider = hostingProviderOf(e.domain) ?? registrable(e.domain);
        findings.push({ ...e, problem: 'hosting', detail: { nb: `internt vertsnavn hos webhotellet (${provider})`, en: `the web host's internal host name (${provider})` } });
        continue;
      }
      if (domainIn(e.domain, THIRD_PARTY_DOMAINS)) continue;
      const owner = ownerOf(ctx, e);
      if (owner !== 'controller') continue;
      // a free-mail box (gmail.com, outlook.com, online.no) is the small organisation's own working address
      if (domainIn(e.domain, FREE_MAIL_DOMAINS)) continue;
      const sentence = sentenceAt(ctx, e.start);
      if (sentence && test(PROCESSOR_CONTEXT, sentence.text)) continue;
      if (ownDomains.length > 0 && !related(e.domain, ownDomains, names)) {
        findings.push({ ...e, problem: 'unrelated', detail: { nb: `domenet hører ikke til nettstedet (${ownDomains.slice(0, 2).join(', ')})`, en: `the domain is unrelated to the site (${ownDomains.slice(0, 2).join(', ')})` } });
      }
    }
    // Web addresses on a hosting provider's machine-named host ("web123.servetheworld.net").
    for (const m of ctx.findInText(URL)) {
      const host = m.text.replace(/^https?:\/\//i, '').toLowerCase();
      if (overlapsAny(findings, m.start, m.end) || overlapsAny(placeholders, m.start, m.end)) continue;
      if (ctx.text[m.start - 1] === '@') continue;
      if (hostingProviderOf(host) && isHostingInternal(host) && host.split('.').slice(0, -2).some((l) => /\d/.test(l))) {
        findings.push({ ...m, problem: 'hosting', detail: { nb: 'internt vertsnavn hos webhotellet', en: "the web host's internal host name" } });
      }
    }
    if (findings.length === 0) {
      return pass({
        nb: 'Fant ingen feilskrevne eller ubrukelige kontaktadresser.',
        en: 'No malformed or unusable contact addresses found.',
      });
    }
    findings.sort((a, b) => a.start - b.start);
    const list = (lang: 'nb' | 'en') => findings.map((f) => (lang === 'nb' ? `«${f.text}»: ${f.detail.nb}` : `"${f.text}": ${f.detail.en}`)).join('; ');
    const broken = findings.some((f) => f.problem === 'malformed' || f.problem === 'hosting');
    const make = broken ? fail : warn;
    return make(
      {
        nb: `${broken ? 'Kontaktadresser som ikke kan virke' : 'Kontaktadresser en bør se på'}: ${list('nb')}.`,
        en: `${broken ? 'Contact addresses that cannot work' : 'Contact addresses to review'}: ${list('en')}.`,
      },
      findings,
    );
  },
};

export default brokenContact;
