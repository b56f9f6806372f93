import { na, pass, warn, type RuleContext } from '../src/engine/context.js';
import { NEGATORS } from '../src/nlp/negation.js';
import { matchAll, test, words, type TextMatch } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span } from '../src/types.js';
import { distinctQuotes, findServices, negatedInList, quoteList, uniqueNames, underHeading, type ServiceMention } from './lib/dataflow-context.js';
import {
  AMBIGUOUS_SAFEGUARD,
  CONDITIONAL,
  DATA_FLOW,
  EEA_LOCATION,
  FOREIGN_PLACE,
  GENERIC_SAFEGUARD,
  INCLUDING,
  INVALID_FRAMEWORK,
  LOCATION_VERB,
  SAFEGUARD,
  TRANSFER_OUTSIDE,
} from './lib/dataflow-terms.js';

const TRANSFER_WORDS = words('overfør*', 'transfer*', 'tredjeland*', 'third countr*', 'utenfor eu*', 'utanfor eu*', 'utenfor eøs', 'utanfor eøs', 'outside the eea', 'outside the eu*', 'usa', 'united states');
const TRANSFER_HEADING = words('overføring*', 'utlandet', 'utenfor eu*', 'utanfor eu*', 'utenfor eøs', 'utanfor eøs', 'tredjeland*', 'transfer*', 'outside the eea', 'international');

interface Found extends Span {
  sentence: Sentence;
}

/** A negator inside the match itself ("forlater ALDRI EØS"). */
function containsNegator(m: TextMatch): boolean {
  return m.text.toLowerCase().split(/[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/u).some((w) => NEGATORS.has(w));
}

function negated(ctx: RuleContext, sentence: Sentence, m: TextMatch): boolean {
  return containsNegator(m) || negatedInList(ctx, sentence, m);
}

/**
 * "Dersom personopplysninger overføres til tredjeland …", "Om opplysningane blir overførte …": a possibility, not a
 * transfer. The condition must govern the transfer's own clause ("Hvis du bruker appen, overføres data til USA" transfers).
 */
function conditional(sentence: Sentence, m: TextMatch): boolean {
  const head = sentence.text.slice(0, m.start - sentence.start);
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1);
  return test(CONDITIONAL, clause) || /^\s*om(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu.test(clause);
}

export const thirdCountryTransfer: Rule = {
  meta: {
    id: 'third-country-transfer',
    kind: 'requirement',
    category: 'recipients-transfers',
    severity: 'error',
    weight: 2,
    legalRef: 'GDPR art. 13(1)(f), art. 14(1)(f), art. 44–49',
    description: {
      nb: 'Erklæringen sier om personopplysninger overføres til land utenfor EU/EØS, og i så fall hvilket overføringsgrunnlag som brukes.',
      en: 'The statement says whether personal data is transferred outside the EU/EEA and, if so, on which transfer basis.',
    },
    suggestion: {
      nb: 'Skriv om opplysningene overføres ut av EØS og på hvilket grunnlag, f.eks.: «Vi bruker Google Analytics levert av Google LLC i USA. Overføringen skjer på grunnlag av EU–US Data Privacy Framework (EU-kommisjonens beslutning om tilstrekkelig beskyttelsesnivå 2023/1795) og EUs standard personvernbestemmelser. Kontakt oss for en kopi av garantiene.» Eller: «Opplysningene lagres i Norge/EØS og overføres ikke ut av EØS.»',
      nn: 'Skriv om opplysningane blir overførte ut av EØS og på kva grunnlag, t.d.: «Vi bruker Google Analytics levert av Google LLC i USA. Overføringa skjer på grunnlag av EU–US Data Privacy Framework (avgjerda frå EU-kommisjonen om tilstrekkeleg vernenivå 2023/1795) og standardkontraktsklausulane til EU. Kontakt oss for ein kopi av garantiane.» Eller: «Opplysningane blir lagra i Noreg/EØS og blir ikkje overførte ut av EØS.»',
      en: 'Say whether data leaves the EEA and on what basis, e.g.: "We use Google Analytics, provided by Google LLC in the USA. The transfer relies on the EU–US Data Privacy Framework (Commission adequacy decision 2023/1795) and the EU standard contractual clauses. Contact us for a copy of the safeguards." Or: "Your data is stored in Norway/the EEA and is not transferred outside the EEA."',
    },
    rationale: {
      nb: 'Overføres personopplysninger til land utenfor EU/EØS, skal erklæringen si det, og på hvilket grunnlag: en beslutning om tilstrekkelig beskyttelsesnivå (som EU-U.S. Data Privacy Framework), EUs standard personvernbestemmelser eller andre garantier, og hvor den registrerte kan få en kopi (personvernforordningen artikkel 13 nr. 1 bokstav f og kapittel V, artikkel 44–49). Mange vanlige tjenester fra Google, Microsoft, Meta og andre innebærer slik overføring.',
      en: 'Where personal data is transferred to countries outside the EU/EEA, the statement must say so and on what basis: an adequacy decision (such as the EU-U.S. Data Privacy Framework), the EU standard contractual clauses or other safeguards, and where the data subject can get a copy (GDPR Article 13(1)(f) and Chapter V, Articles 44–49). Many common services from Google, Microsoft, Meta and others involve such transfers.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi bruker Mailchimp fra The Rocket Science Group LLC i USA til å sende nyhetsbrev. Overføringen skjer på grunnlag av EUs standardkontrakter, og du kan be om en kopi ved å kontakte oss.' },
        { lang: 'nn', text: 'Opplysningane blir lagra på serverar i Noreg og blir ikkje overførte til land utanfor EØS.' },
      ],
      warn: [
        { lang: 'nb', text: 'Vi bruker Google Analytics for å se hvordan nettsiden blir brukt.' },
        { lang: 'nn', text: 'Vi nyttar Microsoft 365 til e-post og lagring av dokument.' },
      ],
      fail: [],
    },
    docs: {
      statuses: {
        pass: { nb: 'omtalt: ingen overføring, eller overføring med garanti eller beslutning om tilstrekkelig beskyttelsesnivå', en: 'addressed: no transfer, or a transfer with a safeguard or adequacy decision' },
        warn: { nb: 'tjenester fra land utenfor EØS er nevnt (Google, Meta, Microsoft, Zoom, Stripe …), eller overføring er nevnt, uten garanti', en: 'non-EEA services are named (Google, Meta, Microsoft, Zoom, Stripe …), or a transfer is mentioned, with no safeguard' },
        na: { nb: 'ingenting tyder på overføring, og ingen er nevnt', en: 'nothing suggests a transfer and none is mentioned' },
      },
    },
  },
  check(ctx: RuleContext) {
    const transfers: Found[] = [];
    const possible: Found[] = [];
    const noTransfer: Found[] = [];
    const eeaLocated = new Set<number>();

    for (const sentence of ctx.sentences) {
      if (ctx.isHeading(sentence)) continue;
      const text = sentence.text;
      for (const m of matchAll(TRANSFER_OUTSIDE, text, sentence.start)) {
        if (negated(ctx, sentence, m)) noTransfer.push({ start: sentence.start, end: sentence.end, sentence });
        else if (conditional(sentence, m)) possible.push({ start: sentence.start, end: sentence.end, sentence });
        else transfers.push({ start: sentence.start, end: sentence.end, sentence });
      }
      const kind = ctx.doc.blocks[sentence.block]?.kind;
      const flows = test(DATA_FLOW, text) || (kind === 'table-row' && underHeading(ctx, sentence, TRANSFER_HEADING));
      if (flows) {
        for (const m of matchAll(FOREIGN_PLACE, text, sentence.start)) {
          if (negated(ctx, sentence, m)) noTransfer.push({ start: sentence.start, end: sentence.end, sentence });
          else transfers.push({ start: sentence.start, end: sentence.end, sentence });
        }
      }
      // "lagres i servere i Norden", "stored in the EU" (but not "herunder land innenfor EU/EØS")
      if (test(LOCATION_VERB, text)) {
        for (const m of matchAll(EEA_LOCATION, text, sentence.start)) {
          const before = text.slice(Math.max(0, m.start - sentence.start - 30), m.start - sentence.start);
          if (test(INCLUDING, before) || negated(ctx, sentence, m)) continue;
          noTransfer.push({ start: sentence.start, end: sentence.end, sentence });
          eeaLocated.add(sentence.index);
        }
      }
    }

    // Services outside the EEA, unless negated ("ikke installert Google Analytics") or located in the EEA in the same sentence.
    const services: ServiceMention[] = findServices(ctx, (e) => e.region === 'non-eea').filter(
      (s) => !s.negated && !(eeaLocated.has(s.sentence.index) && !test(TRANSFER_WORDS, s.sentence.text)),
    );

    const hasTransferContext = (sentence: Sentence): boolean =>
      [sentence, ...ctx.neighbours(sentence, 2, 2)].some((s) => test(TRANSFER_WORDS, s.text)) ||
      underHeading(ctx, sentence, TRANSFER_HEADING) ||
      services.some((s) => s.sentence.index === sentence.index);
    const safeguards: Found[] = [];
    const invalid: Found[] = [];
    for (const sentence of ctx.sentences) {
      for (const m of matchAll(SAFEGUARD, sentence.text, sentence.start)) {
        if (negated(ctx, sentence, m)) continue;
        if (test(AMBIGUOUS_SAFEGUARD, m.text) && !hasTransferContext(sentence)) continue;
        safeguards.push({ start: m.start, end: m.end, sentence });
      }
      for (const m of matchAll(INVALID_FRAMEWORK, sentence.text, sentence.start)) invalid.push({ start: m.start, end: m.end, sentence });
    }

    if (safeguards.length > 0) {
      const transferEvidence = transfers.slice(0, 1);
      return pass(
        {
          nb: `Overføring ut av EØS er omtalt med overføringsgrunnlag: ${quoteList(ctx, safeguards)}.`,
          en: `Transfers outside the EEA are addressed with a transfer basis: ${quoteList(ctx, safeguards)}.`,
        },
        [...transferEvidence, ...safeguards.slice(0, 4)].sort((a, b) => a.start - b.start),
      );
    }

    // A transfer that may happen is addressed when it comes with safeguards in general terms, or when the statement
    // says that data is not (normally) transferred; otherwise it is a transfer mentioned without a basis.
    const possibleGuarded = distinctQuotes(ctx, possible).filter((p) => test(GENERIC_SAFEGUARD, p.sentence.text));
    if (possible.length > 0 && possibleGuarded.length === 0 && noTransfer.length === 0) transfers.push(...possible);

    const invalidNote = invalid.length > 0
      ? {
          nb: ` ${quoteList(ctx, invalid, 1)} er ikke et gyldig grunnlag (Privacy Shield ble kjent ugyldig 16. juli 2020, Safe Harbor i 2015).`,
          en: ` ${quoteList(ctx, invalid, 1)} is not a valid basis (Privacy Shield was struck down on 16 July 2020, Safe Harbor in 2015).`,
        }
      : { nb: '', en: '' };

    if (services.length > 0 || transfers.length > 0) {
      const names = uniqueNames(services);
      const parts = {
        nb: [
          names.length > 0 ? `tjenester fra land utenfor EØS er nevnt (${names.slice(0, 6).join(', ')})` : '',
          transfers.length > 0 ? `overføring ut av EØS er nevnt (${quoteList(ctx, transfers, 1)})` : '',
        ].filter(Boolean),
        en: [
          names.length > 0 ? `services from outside the EEA are named (${names.slice(0, 6).join(', ')})` : '',
          transfers.length > 0 ? `a transfer outside the EEA is mentioned (${quoteList(ctx, transfers, 1)})` : '',
        ].filter(Boolean),
      };
      const firstPerName = names.map((n) => services.find((s) => s.entry.name === n)!);
      const evidence = [...firstPerName.slice(0, 5), ...transfers.slice(0, 2), ...invalid.slice(0, 1)].sort((a, b) => a.start - b.start);
      return warn(
        {
          nb: `${parts.nb.join(', og ')}, men ingen overføringsgrunnlag (standard personvernbestemmelser, tilstrekkelig beskyttelsesnivå / Data Privacy Framework, BCR) er oppgitt.${invalidNote.nb}`.replace(/^./u, (c) => c.toUpperCase()),
          en: `${parts.en.join(', and ')}, but no transfer basis (standard contractual clauses, adequacy decision / Data Privacy Framework, BCR) is given.${invalidNote.en}`.replace(/^./u, (c) => c.toUpperCase()),
        },
        evidence,
      );
    }

    if (possibleGuarded.length > 0 || (possible.length > 0 && noTransfer.length > 0)) {
      const evidence = distinctQuotes(ctx, [...noTransfer, ...possible]).sort((a, b) => a.start - b.start).slice(0, 3);
      return pass(
        {
          nb: `Overføring ut av EØS er bare omtalt som en mulighet, ${possibleGuarded.length > 0 ? 'med garantier' : 'og erklæringen sier at opplysningene ellers ikke overføres'}: ${quoteList(ctx, evidence, 2)}.`,
          en: `A transfer outside the EEA is only mentioned as a possibility, ${possibleGuarded.length > 0 ? 'with safeguards' : 'and the statement says data is otherwise not transferred'}: ${quoteList(ctx, evidence, 2)}.`,
        },
        evidence,
      );
    }

    if (noTransfer.length > 0) {
      return pass(
        {
          nb: `Erklæringen sier at opplysningene blir i Norge/EØS: ${quoteList(ctx, noTransfer, 2)}.`,
          en: `The statement says the data stays in Norway/the EEA: ${quoteList(ctx, noTransfer, 2)}.`,
        },
        distinctQuotes(ctx, noTransfer).slice(0, 2),
      );
    }

    if (invalid.length > 0) {
      return warn(
        {
          nb: `Erklæringen viser til et ugyldig overføringsgrunnlag.${invalidNote.nb}`,
          en: `The statement refers to an invalid transfer basis.${invalidNote.en}`,
        },
        invalid.slice(0, 3),
      );
    }

    return na({
      nb: 'Ingen tjenester fra land utenfor EØS er nevnt, og erklæringen omtaler ingen overføring ut av EØS.',
      en: 'No services from outside the EEA are named and the statement mentions no transfer outside the EEA.',
    });
  },
};

export default thirdCountryTransfer;
