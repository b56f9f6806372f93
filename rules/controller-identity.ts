import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import type { Rule, Span } from '../src/types.js';
import { controllerMailDomains, identityFindings, type NameCandidate, type NameReason } from './lib/identity-names.js';

const PRIORITY: NameReason[] = ['config', 'role', 'legal-form', 'org-number', 'org-type', 'address', 'we-definition'];

const REASON_TEXT: Record<NameReason, { nb: string; en: string }> = {
  config: { nb: 'konfigurert navn', en: 'configured name' },
  role: { nb: 'oppgitt som behandlingsansvarlig', en: 'given as the controller' },
  'legal-form': { nb: 'juridisk enhet', en: 'legal entity' },
  'org-number': { nb: 'navngitt med organisasjonsnummer', en: 'named with its organisation number' },
  'org-type': { nb: 'navngitt organisasjon', en: 'named organisation' },
  address: { nb: 'navngitt med adresse', en: 'named with its address' },
  'we-definition': { nb: 'navnet på avsenderen', en: "the writer's name" },
};

/** One occurrence per distinct name, strongest reason first. */
function distinct(list: NameCandidate[], max: number): NameCandidate[] {
  const shouting = (t: string) => (t === t.toUpperCase() && /\p{Ll}/u.test(t.toLowerCase()) ? 1 : 0);
  // a name says more than a web address, so names come first
  const domain = (t: string) => (/^[^\s]+\.[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,}(?:\/[^\s]*)?$/u.test(t) ? 1 : 0);
  const sorted = [...list].sort(
    (a, b) =>
      PRIORITY.indexOf(a.reason) - PRIORITY.indexOf(b.reason) ||
      shouting(a.text) - shouting(b.text) ||
      domain(a.text) - domain(b.text) ||
      a.start - b.start,
  );
  const keyOf = (c: NameCandidate) => c.text.toLowerCase().replace(/\s+/g, ' ');
  const out: NameCandidate[] = [];
  for (const c of sorted) {
    const key = keyOf(c);
    if (out.some((o) => keyOf(o).includes(key))) continue;
    // "Nadderud" then "Nadderud speidergruppe": the fuller name of the same kind replaces the part
    const part = out.findIndex((o) => key.includes(keyOf(o)) && o.reason === c.reason && domain(o.text) === domain(c.text));
    if (part >= 0) out[part] = c;
    else if (!out.some((o) => key.includes(keyOf(o)))) out.push(c);
  }
  return out.slice(0, max);
}

function quoteList(list: Array<{ text: string }>): string {
  return list.map((c) => `«${c.text}»`).join(', ');
}

export const controllerIdentity: Rule = {
  meta: {
    id: 'controller-identity',
    kind: 'requirement',
    category: 'identity',
    severity: 'error',
    weight: 3,
    legalRef: 'GDPR art. 13(1)(a), art. 14(1)(a)',
    description: {
      nb: 'Den behandlingsansvarlige er navngitt som en juridisk enhet eller organisasjon.',
      en: 'The controller is named as a legal entity or organisation.',
    },
    suggestion: {
      nb: 'Skriv hvem som er ansvarlig, med fullt navn og organisasjonsform, f.eks. «Eksempel AS (org.nr. 974 761 467) er behandlingsansvarlig for personopplysningene som beskrives i denne erklæringen.»',
      nn: 'Skriv kven som er ansvarleg, med fullt namn og organisasjonsform, t.d. «Døme AS (org.nr. 974 761 467) er behandlingsansvarleg for personopplysningane som blir omtalte i denne erklæringa.»',
      en: 'State who is responsible, with full name and legal form, e.g. "Eksempel AS (org. no. 974 761 467) is the controller for the personal data described in this statement."',
    },
    rationale: {
      nb: 'Den registrerte skal vite hvem som har ansvaret for behandlingen, og hvem de kan rette krav mot. Personvernforordningen artikkel 13 nr. 1 bokstav a (og artikkel 14 nr. 1 bokstav a når opplysningene ikke er samlet inn fra den registrerte) krever at identiteten til den behandlingsansvarlige oppgis. «Vi», et domenenavn eller et varemerke alene sier ikke hvem som har det rettslige ansvaret.',
      en: 'The data subject must know who is responsible for the processing and against whom they can claim their rights. GDPR Article 13(1)(a) (and Article 14(1)(a) where the data was not collected from the data subject) requires the identity of the controller. "We", a domain name or a brand alone does not say who carries the legal responsibility.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Sykkelverkstedet Nord AS er behandlingsansvarlig for personopplysningene som samles inn gjennom nettbutikken.' },
        { lang: 'nn', text: 'Fjordbygda sogelag er behandlingsansvarleg for personopplysningane vi samlar inn om medlemmene våre.' },
      ],
      warn: [
        {
          lang: 'nb',
          text: 'Denne personvernerklæringen gjelder for nettstedet sykkelnord.no og beskriver hvordan personopplysninger behandles.',
          note: { nb: 'Bare et domenenavn, ingen juridisk enhet.', en: 'Only a domain name, no legal entity.' },
        },
        {
          lang: 'nn',
          text: 'Denne personvernerklæringa gjeld for nettstaden fjordbygda.no og skildrar korleis vi behandlar personopplysningar.',
          note: { nb: 'Bare et domenenavn, ingen juridisk enhet.', en: 'Only a domain name, no legal entity.' },
        },
      ],
      fail: [
        { lang: 'nb', text: 'Vi tar personvernet ditt på alvor. Her kan du lese hvordan vi behandler personopplysninger om deg.' },
        { lang: 'nn', text: 'Vi tek personvernet ditt på alvor. Her kan du lese korleis vi behandlar personopplysningar om deg.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'en organisasjon eller juridisk enhet er navngitt som ansvarlig', en: 'an organisation or legal entity is named as responsible' },
        warn: {
          nb: 'bare et varemerke eller domenenavn (også domenet i en e-postadresse), eller et navn der resten er en malvariabel; ingen juridisk enhet',
          en: "only a brand or domain name (also an e-mail address's domain), or a name whose other part is a template variable; no legal entity",
        },
        fail: { nb: 'ingenting sier hvem som er ansvarlig («vi», «barnehagen»)', en: 'nothing names who is responsible ("we", "the kindergarten")' },
      },
    },
  },
  check(ctx: RuleContext) {
    const found = identityFindings(ctx);
    if (found.entities.length > 0) {
      const best = distinct(found.entities, 3);
      const first = best[0]!;
      return pass(
        {
          nb: `Behandlingsansvarlig er navngitt: ${quoteList(best)} (${REASON_TEXT[first.reason].nb}).`,
          en: `The controller is named: ${quoteList(best)} (${REASON_TEXT[first.reason].en}).`,
        },
        best,
      );
    }
    if (found.partialNames.length > 0) {
      const partial = distinct(found.partialNames, 3);
      return warn(
        {
          nb: `Bare en del av navnet er fylt ut (${quoteList(partial)}); resten er en malvariabel som ikke er erstattet, så den ansvarlige enheten er ikke navngitt.`,
          en: `Only part of the name is filled in (${quoteList(partial)}); the rest is a template variable that was never replaced, so the responsible unit is not named.`,
        },
        partial,
      );
    }
    if (found.namePlaceholders.length > 0) {
      return fail(
        {
          nb: `Navnet på den behandlingsansvarlige er bare en plassholder fra malen (${quoteList(found.namePlaceholders.slice(0, 3))}); ingen er navngitt som ansvarlig.`,
          en: `The controller's name is only a template placeholder (${quoteList(found.namePlaceholders.slice(0, 3))}); no one is named as responsible.`,
        },
        found.namePlaceholders,
      );
    }
    if (found.mentioned.length > 0) {
      const orgs = distinct(found.mentioned, 3);
      return warn(
        {
          nb: `Organisasjoner er nevnt (${quoteList(orgs)}), men ingen er oppgitt som behandlingsansvarlig; det kan være leverandører.`,
          en: `Organisations are mentioned (${quoteList(orgs)}), but none is given as the controller; they may be vendors.`,
        },
        orgs,
      );
    }
    const mailDomains = found.brands.length > 0 || found.titleBrand ? [] : controllerMailDomains(ctx);
    if (found.brands.length > 0 || found.titleBrand || mailDomains.length > 0) {
      const brands = distinct(found.brands.length > 0 ? found.brands : mailDomains, 3);
      const names = [...brands.map((b) => `«${b.text}»`), ...(found.titleBrand ? [`«${found.titleBrand}» (sidetittel)`] : [])].join(', ');
      const evidence: Span[] = brands;
      return warn(
        {
          nb: `Bare et merkenavn eller domene er nevnt (${names}); ingen juridisk enhet er oppgitt som behandlingsansvarlig.`,
          en: `Only a brand or domain is mentioned (${names.replace(' (sidetittel)', ' (page title)')}); no legal entity is given as the controller.`,
        },
        evidence,
      );
    }
    const searched = ctx.headingsFor('identity');
    const where = searched.length > 0 ? searched.map((h) => `«${h}»`).join(', ') : 'hele dokumentet';
    const whereEn = searched.length > 0 ? searched.map((h) => `"${h}"`).join(', ') : 'the whole document';
    return fail({
      nb: `Fant ingen navngitt behandlingsansvarlig (søkt i ${where}): verken juridisk enhet, organisasjonsnavn eller merkenavn, bare «vi» eller generelle ord. Art. 13(1)(a) krever identiteten til den behandlingsansvarlige.`,
      en: `No named controller found (searched ${whereEn}): no legal entity, organisation name or brand, only "we" or generic words. Art. 13(1)(a) requires the controller's identity.`,
    });
  },
};

export default controllerIdentity;
