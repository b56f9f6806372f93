import { fail, pass, type RuleContext } from '../src/engine/context.js';
import { NEGATORS } from '../src/nlp/negation.js';
import { matchAll, test, words } from '../src/nlp/patterns.js';
import type { Rule, Sentence } from '../src/types.js';
import { DATA_CATEGORY, DATA_OBJECT } from './lib/basis-terms.js';
import { findServices, isNavigationLine, namedRecipientAfter, negatedInList, quoteList, searchedIn, underHeading } from './lib/dataflow-context.js';
import {
  ACCESS_WORDS,
  DPA_WITH,
  ON_BEHALF,
  ONLY_INTERNAL,
  ONLY_WHO,
  PUBLICATION,
  RECIPIENT_NOUN,
  SERVICE_FLOW,
  SHARE_VERB,
  SUBJECT_DELIVERY,
  VAGUE_RECIPIENT,
  WEAK_SHARE,
} from './lib/dataflow-terms.js';

/** Verbs of using a provider: "Vi benytter databehandlere som …", "We use the following processors". */
const USE_VERB = words(
  'benytter', 'benyttar', 'benyttes', 'benytte', 'bruker', 'brukar', 'brukes', 'bruke', 'nyttar', 'nytter', 'engasjerer', 'engasjere',
  'følgende', 'fylgjande', 'kategorier av', 'kategoriar av', 'use', 'uses', 'engage*', 'following', 'rely on', 'work with',
  'samarbeider med', 'samarbeidar med',
);
const RECIPIENT_HEADING = words(
  'deler', 'deling*', 'dele', 'delt', 'deles', 'utlever*', 'mottaker*', 'mottakar*', 'tredjepart*', 'databehandler*', 'databehandlar*',
  'kven får', 'hvem får', 'hvem har tilgang', 'share*', 'sharing', 'recipient*', 'third part*', 'processor*',
  // "Hvem som behandler opplysningene på våre vegne", "Våre leverandører"
  'på våre vegne', 'på vår vegne', 'på vegne av oss', 'on our behalf', 'leverandør*', 'leverandørar*', 'supplier*', 'vendor*',
);
/** A named service put to use, in the passive: "Stripe vert nytta til betaling", "Firebase is used to store …". */
const PASSIVE_USE = words(
  'vert nytta', 'blir nytta', 'vert brukt', 'blir brukt', 'vert benytta', 'blir benytta', 'blir benyttet', 'brukes', 'brukast', 'benyttes',
  'benyttast', 'nyttes', 'nyttast', 'er brukt', 'er benyttet', 'er benytta', 'is used', 'are used', 'is utilised', 'is utilized',
  'håndterer', 'handterer', 'tar hand om', 'tek hand om', 'tar seg av', 'tek seg av', 'står for', 'handles',
);
/** Tools and services that a use verb can have as object ("Vi nyttar fylgjande tenester … på vegne av oss"). */
const TOOL_NOUN = words(
  'tjenester', 'tjenestene', 'tenester', 'tenestene', 'verktøy', 'verktøya', 'verktøyene', 'systemer', 'systema', 'systemene',
  'selskaper', 'selskapa', 'selskapene', 'tools', 'services', 'companies',
);
/** Processing on behalf of someone (the controller, named or not), but not "på vegne av deg". */
const ON_BEHALF_OF = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:på\s+vegne(?:r)?\s+av|on\s+behalf\s+of)\s+(?!deg|dykk|you|your|yourself|seg\b)[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9]/iu;
const PUBLISHED_DATA = words('navn', 'namn', '*opplysning*', 'data', 'dataer', 'bilde*', 'medlemsliste*', 'name*', 'profile*', 'profil*');
const SUBJECTS = words('vi', 'me', 'we', 'opplysning*', 'personopplysning*', 'data', 'dataene', 'informasjon*', 'information');

interface Finding {
  sentence: Sentence;
  kind: 'none' | 'recipients';
}

/** "deler av" is "parts of", not "shares". */
function isNounDeler(sentence: Sentence, end: number): boolean {
  return /^\s+(?:av|opp)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu.test(sentence.text.slice(end - sentence.start));
}

/** Whether a verb of the pattern ends at most three words before `at`. */
function followsVerb(text: string, pattern: RegExp, at: number): boolean {
  return matchAll(pattern, text).some((v) => {
    if (v.end > at) return false;
    const gap = text.slice(v.end, at);
    return !/[.;:!?]/u.test(gap) && gap.trim().split(/\s+/u).filter(Boolean).length <= 3;
  });
}

/** A use verb with a recipient as its object: "Vi benytter databehandlere", "we use the following processors". */
function usesRecipient(text: string): boolean {
  const nouns = matchAll(RECIPIENT_NOUN, text).filter((m) => !test(VAGUE_RECIPIENT, m.text));
  return matchAll(USE_VERB, text).some((v) =>
    nouns.some((n) => n.start >= v.end && !/[.;:!?]/u.test(text.slice(v.end, n.start)) && text.slice(v.end, n.start).trim().split(/\s+/u).filter(Boolean).length <= 3),
  );
}

/** Whether a verb of the pattern starts at most `words` words after `at`. */
function verbAfter(text: string, pattern: RegExp, at: number, words: number): boolean {
  return matchAll(pattern, text).some((v) => {
    if (v.start < at) return false;
    const gap = text.slice(at, v.start);
    return !/[.;:!?]/u.test(gap) && gap.trim().split(/\s+/u).filter(Boolean).length <= words;
  });
}

/** "får Google … IP-adressen", "Google får tilgang til": a named service as the one getting the data. */
const GETS = words('får', 'fekk', 'fikk', 'gets', 'got');
const GOT_DATA = words('tilgang', 'access');

function receivesData(text: string, serviceStart: number, serviceEnd: number): boolean {
  const gets = followsVerb(text, GETS, serviceStart) || verbAfter(text, GETS, serviceEnd, 1);
  const object = text.slice(serviceEnd, serviceEnd + 80);
  return gets && (test(DATA_OBJECT, object) || test(DATA_CATEGORY, object) || test(GOT_DATA, object));
}

/** A use verb with a tool or service as its object: "Vi nyttar fylgjande tenester". */
function usesTool(text: string): boolean {
  const tools = matchAll(TOOL_NOUN, text);
  return matchAll(USE_VERB, text).some((v) =>
    tools.some((n) => n.start >= v.end && !/[.;:!?]/u.test(text.slice(v.end, n.start)) && text.slice(v.end, n.start).trim().split(/\s+/u).filter(Boolean).length <= 3),
  );
}

/** "personopplysninger om kunder, ansatte og leverandører": the people the data is about, not recipients. */
const DATA_SUBJECT_LIST = /(?:^|[\s(])(?:om|about|regarding)\s+(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9-]+,?\s+){0,5}(?:og\s+|and\s+|eller\s+|or\s+)?$/iu;

function strongRecipient(text: string): boolean {
  return matchAll(RECIPIENT_NOUN, text).some(
    (m) => !test(VAGUE_RECIPIENT, m.text) && !DATA_SUBJECT_LIST.test(text.slice(Math.max(0, m.start - 60), m.start)),
  );
}

export const recipients: Rule = {
  meta: {
    id: 'recipients',
    kind: 'requirement',
    category: 'recipients-transfers',
    severity: 'error',
    weight: 3,
    legalRef: 'GDPR art. 13(1)(e), art. 14(1)(e)',
    description: {
      nb: 'Erklæringen oppgir hvem som mottar personopplysningene (mottakere eller kategorier av mottakere), eller at de ikke deles.',
      en: 'The statement names who receives the personal data (recipients or categories of recipients), or says that it is not shared.',
    },
    suggestion: {
      nb: 'Skriv hvem opplysningene deles med, f.eks.: «Vi deler opplysningene dine med våre databehandlere: regnskapsfører (Eksempel Regnskap AS), leverandør av e-post og lagring (Microsoft) og betalingsleverandør (Vipps). Vi utleverer ikke opplysninger til andre, med mindre loven krever det.»',
      nn: 'Skriv kven opplysningane blir delte med, t.d.: «Vi deler opplysningane dine med databehandlarane våre: rekneskapsførar (Døme Rekneskap AS), leverandør av e-post og lagring (Microsoft) og betalingsleverandør (Vipps). Vi gjev ikkje opplysningar vidare til andre, med mindre lova krev det.»',
      en: 'Say who the data is shared with, e.g.: "We share your data with our processors: our accountant (Example Accounting AS), our e-mail and storage provider (Microsoft) and our payment provider (Vipps). We do not disclose data to anyone else unless the law requires it."',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 13 nr. 1 bokstav e krever at den registrerte får vite hvem som mottar opplysningene, eller hvilke kategorier av mottakere det er. Det omfatter databehandlere som regnskapsfører, IT-leverandør og betalingsløsning, og andre som får opplysningene utlevert. Deles opplysningene ikke med noen, bør erklæringen si det.',
      en: 'GDPR Article 13(1)(e) requires that the data subject is told who receives the data, or the categories of recipients. That includes processors such as the accountant, IT provider and payment service, and anyone else the data is disclosed to. If the data is not shared with anyone, the statement should say so.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi deler navn og adresse med Posten Norge når vi sender pakken din. Regnskapsføreren vår får tilgang til fakturaene.' },
        { lang: 'nn', text: 'Opplysningane dine blir ikkje delte med andre. Medlemsregisteret blir drifta av Styreweb, som er databehandlar for laget.' },
      ],
      fail: [
        { lang: 'nb', text: 'Vi lagrer opplysningene på servere i Norge og beskytter dem med kryptering og tilgangskontroll.' },
        { lang: 'nn', text: 'Vi lagrar opplysningane på serverar i Noreg og vernar dei med kryptering og tilgangskontroll.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'mottakere eller kategorier av mottakere er oppgitt, eller at opplysningene ikke deles', en: 'recipients or categories of recipients are given, or that the data is not shared' },
        fail: { nb: 'ikke omtalt', en: 'not addressed' },
      },
    },
  },
  check(ctx: RuleContext) {
    const findings: Finding[] = [];
    const seen = new Set<number>();
    const add = (sentence: Sentence, kind: Finding['kind']) => {
      if (seen.has(sentence.index)) return;
      seen.add(sentence.index);
      findings.push({ sentence, kind });
    };
    const services = findServices(ctx).filter((s) => !s.negated);

    for (const sentence of ctx.sentences) {
      if (ctx.isHeading(sentence) || isNavigationLine(ctx, sentence)) continue;
      const text = sentence.text;
      // Access and portability: "få utlevert", "overføre til en annen behandlingsansvarlig" is the user's own copy.
      const aboutOwnCopy = test(SUBJECT_DELIVERY, text);

      if (test(ONLY_INTERNAL, text) || (test(ONLY_WHO, text) && test(ACCESS_WORDS, text))) {
        add(sentence, 'none');
        continue;
      }

      let strong: boolean | undefined;
      const hasStrongRecipient = () => (strong ??= strongRecipient(text));
      for (const verb of matchAll(SHARE_VERB, text, sentence.start)) {
        if (/^deler$/iu.test(verb.text) && isNounDeler(sentence, verb.end)) continue;
        const weak = test(WEAK_SHARE, verb.text);
        const verbNegated = verb.text.toLowerCase().split(/[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/u).some((w) => NEGATORS.has(w)) || negatedInList(ctx, sentence, verb);
        if (verbNegated) {
          // "vi deler ikke opplysningene med andre" states that there are no recipients
          if (!weak && !aboutOwnCopy && test(SUBJECTS, text)) add(sentence, 'none');
          continue;
        }
        if (aboutOwnCopy) continue;
        const hasService = services.some((s) => s.sentence.index === sentence.index);
        const named = !/^(?:tilgang|access)/iu.test(verb.text) && namedRecipientAfter(sentence, verb.end);
        if (hasStrongRecipient() || hasService || named) {
          add(sentence, 'recipients');
          continue;
        }
        if (weak) continue;
        // "Noe deling er nødvendig. Dette vil typisk være IT-leverandører …": the recipients follow
        const next = ctx.neighbours(sentence, 0, 2).find((n) => strongRecipient(n.text));
        if (next) add(next, 'recipients');
      }

      if (aboutOwnCopy) continue;
      if (hasStrongRecipient() && (usesRecipient(text) || test(ON_BEHALF, text))) {
        add(sentence, 'recipients');
        continue;
      }
      const kind = ctx.doc.blocks[sentence.block]?.kind;
      if ((kind === 'list-item' || kind === 'table-row') && underHeading(ctx, sentence, RECIPIENT_HEADING)) {
        if (hasStrongRecipient() || services.some((s) => s.sentence.index === sentence.index)) {
          add(sentence, 'recipients');
          continue;
        }
      }
      const sentenceServices = services.filter((s) => s.sentence.index === sentence.index);
      const usedService = sentenceServices.some(
        (svc) =>
          followsVerb(text, USE_VERB, svc.start - sentence.start) ||
          followsVerb(text, DPA_WITH, svc.start - sentence.start) ||
          verbAfter(text, PASSIVE_USE, svc.end - sentence.start, 2) ||
          receivesData(text, svc.start - sentence.start, svc.end - sentence.start),
      );
      // "Vi nyttar fylgjande tenester for å behandle data på vegne av laget": the tools are processors
      if (ON_BEHALF_OF.test(text) && usesTool(text)) {
        add(sentence, 'recipients');
        continue;
      }
      if (matchAll(DPA_WITH, text).some((d) => strongRecipient(text.slice(d.end)))) {
        add(sentence, 'recipients');
        continue;
      }
      if (sentenceServices.length > 0 && (test(SERVICE_FLOW, text) || usedService)) {
        add(sentence, 'recipients');
        continue;
      }
      // Disclosure to the public: "skjult fra den offentlige medlemslisten", "navnet ditt publiseres"
      const published = matchAll(PUBLICATION, text, sentence.start).some((m) => !negatedInList(ctx, sentence, m));
      if (published && test(PUBLISHED_DATA, text)) add(sentence, 'recipients');
    }

    if (findings.length > 0) {
      const named = findings.filter((f) => f.kind === 'recipients');
      const none = findings.filter((f) => f.kind === 'none');
      // Prefer what stands under a recipients heading ("Hvem deler vi med?") as evidence.
      const headed = (f: Finding) => (underHeading(ctx, f.sentence, RECIPIENT_HEADING) ? 0 : 1);
      const ordered = [...named, ...none]
        .map((f, i) => ({ f, i }))
        .sort((a, b) => headed(a.f) - headed(b.f) || a.i - b.i)
        .map(({ f }) => f)
        .slice(0, 4)
        .sort((a, b) => a.sentence.start - b.sentence.start);
      const evidence = ordered.map((f) => f.sentence);
      const what = named.length > 0
        ? { nb: 'Mottakere eller kategorier av mottakere er oppgitt', en: 'Recipients or categories of recipients are stated' }
        : { nb: 'Erklæringen sier at opplysningene ikke deles med andre', en: 'The statement says the data is not shared with others' };
      return pass(
        {
          nb: `${what.nb}: ${quoteList(ctx, evidence, 2)}.`,
          en: `${what.en}: ${quoteList(ctx, evidence, 2)}.`,
        },
        evidence,
      );
    }

    const searched = searchedIn(ctx, 'recipients', 'transfers');
    return fail({
      nb: `Fant ingenting om hvem som mottar personopplysningene, eller at de ikke deles (søkt i ${searched || 'hele erklæringen'}). GDPR art. 13(1)(e) krever mottakere eller kategorier av mottakere.`,
      en: `Nothing on who receives the personal data, or that it is not shared (searched ${searched || 'the whole statement'}). GDPR art. 13(1)(e) requires the recipients or categories of recipients.`,
    });
  },
};

export default recipients;
