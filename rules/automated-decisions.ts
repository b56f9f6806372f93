import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { matchAll, matchAllOf, test, testAny, words, type TextMatch } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span } from '../src/types.js';
import { clauseAround, contrastPart, distinctSpans, listLeadIn, negatedHere, quoteList, quoteSpan, searched } from './lib/rights-context.js';
import {
  AD_EXPLANATION,
  AD_RIGHT,
  AD_USE_VERB,
  AUTOMATED_DECISION,
  CONDITIONAL_START,
  ORG_PROFILING,
  PERSON_TARGETING,
  PROMOTION,
} from './lib/rights-terms.js';

/** none: "vi bruker ikke …"; use: how it is used; bare-use: used, nothing on how; mention: only named (a right, a definition, a heading). */
type Kind = 'none' | 'use' | 'bare-use' | 'mention';

interface Hit extends Span {
  sentence: Sentence;
  kind: Kind;
}

/** The controller speaking of itself: "vi", "we", "our". */
const CONTROLLER = words('vi', 'we', 'oss', 'us', 'our', 'vår', 'vårt', 'våre', 'vår*');

function classify(ctx: RuleContext, sentence: Sentence, m: Span): Kind {
  const part = contrastPart(sentence, m);
  const lead = listLeadIn(ctx, sentence);
  const rights = test(AD_RIGHT, part.text) || (lead !== undefined && test(AD_RIGHT, lead.text));
  const uses = matchAll(AD_USE_VERB, part.text, part.start);
  if (rights) {
    // "du kan protestere mot profilering, men vi bruker ikke profilering" is split by the contrast; within one part
    // only a negated verb of use by the controller ("vi bruker ikke") says none are made.
    const negatedUse = uses.some((u) => negatedHere(sentence, u) && test(CONTROLLER, ctx.text.slice(part.start, u.start)));
    return negatedUse ? 'none' : 'mention';
  }
  if (negatedHere(sentence, m)) return 'none';
  if (uses.some((u) => negatedHere(sentence, u))) return 'none';
  const before = ctx.text.slice(part.start, m.start);
  if (test(CONDITIONAL_START, before)) return 'mention';
  if (uses.length > 0 && test(CONTROLLER, part.text)) {
    const following = ctx.neighbours(sentence, 0, 2).map((s) => s.text).join(' ');
    return test(AD_EXPLANATION, ctx.text.slice(m.end, part.end)) || test(AD_EXPLANATION, following) ? 'use' : 'bare-use';
  }
  return 'mention';
}

/**
 * "Profilering" meaning promotion of an organisation, not profiling of persons: "profilering av korpset", "egen profilering",
 * or the word as a label or with a place ("Profilering: bruk av bilder på nettsidene", "profilering i sosiale medier") about
 * pictures, web pages or advertising and nothing aimed at the person.
 */
function promotionalProfiling(sentence: Sentence, m: TextMatch): boolean {
  if (!/^profiler/iu.test(m.text)) return false;
  if (matchAll(ORG_PROFILING, sentence.text, sentence.start).some((o) => o.start <= m.start && o.end >= m.end - 1)) return true;
  const after = sentence.text.slice(m.end - sentence.start);
  if (!/^\s*(?:[:–—]|-\s|(?:på|i|via|gjennom)\s)/iu.test(after)) return false;
  return test(PROMOTION, after) && !test(PERSON_TARGETING, after);
}

const SAYS_NONE = words(
  'gjør*', 'gjer', 'bruk*', 'brukar', 'benytt*', 'nytt*', 'nyttar', 'foreta*', 'forekomm*', 'skjer', 'finnes', 'finst', 'treff*', 'fatt*',
  'tar', 'tas', 'tek', 'takast', 'do', 'does', 'use*', 'make*', 'take', 'takes', 'carry out', 'perform*', 'take place',
);

/**
 * Under a heading about automated decisions, a short negated answer with no term of its own
 * ("Automatiserte avgjørelser" – "Dette gjør vi ikke.") says that none are made.
 */
function noneUnderHeading(ctx: RuleContext, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    if (!ctx.isHeading(h.sentence)) continue;
    const body = ctx.sentences.filter((s) => s.section === h.sentence.section && s.index > h.sentence.index).slice(0, 3);
    for (const s of body) {
      if (testAny(AUTOMATED_DECISION, s.text) || test(AD_RIGHT, s.text)) continue;
      const verb = matchAll(SAYS_NONE, s.text, s.start).find((v) => negatedHere(s, v));
      if (verb) out.push({ start: s.start, end: s.end, sentence: s, kind: 'none' });
    }
  }
  return out;
}

export const automatedDecisions: Rule = {
  meta: {
    id: 'automated-decisions',
    kind: 'requirement',
    category: 'rights',
    severity: 'error',
    weight: 2,
    legalRef: 'GDPR art. 13(2)(f), art. 14(2)(g), art. 22',
    description: {
      nb: 'Erklæringen sier om det treffes automatiserte avgjørelser, herunder profilering, og i så fall hvilken logikk som brukes og hvilke konsekvenser det har.',
      en: 'The statement says whether automated decisions, including profiling, are made, and if so the logic involved and the consequences.',
    },
    suggestion: {
      nb: 'Vi bruker ikke automatiserte avgjørelser eller profilering som har rettsvirkning for deg eller påvirker deg i betydelig grad. (Hvis dere gjør det: beskriv hva som avgjøres automatisk, logikken bak og hvilke konsekvenser det kan få for den registrerte, og at den registrerte kan be om menneskelig behandling.)',
      nn: 'Vi bruker ikkje automatiserte avgjerder eller profilering som har rettsverknad for deg eller påverkar deg i stor grad. (Dersom de gjer det: skildre kva som blir avgjort automatisk, logikken bak og kva konsekvensar det kan få for den registrerte, og at den registrerte kan be om menneskeleg behandling.)',
      en: 'We do not use automated decision-making or profiling that has legal or similarly significant effects on you. (If you do: describe what is decided automatically, the logic involved and the consequences for the data subject, and that they can ask for human review.)',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 13 nr. 2 bokstav f krever at den registrerte får vite om det treffes automatiserte avgjørelser, herunder profilering, og i så fall den underliggende logikken og hvilke konsekvenser det kan få. Artikkel 22 gir rett til ikke å bli underlagt avgjørelser med rettsvirkning som bare bygger på automatisert behandling. Bruker virksomheten ikke slike avgjørelser, er det nok å si det.',
      en: 'GDPR Article 13(2)(f) requires that the data subject is told whether automated decisions, including profiling, are made and, if so, the logic involved and the possible consequences. Article 22 gives the right not to be subject to decisions with legal effects based solely on automated processing. If the organisation makes no such decisions, saying so is enough.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi bruker ikke automatiserte avgjørelser eller profilering.' },
        { lang: 'nn', text: 'Vi nyttar ikkje automatiserte avgjerder eller profilering.' },
        { lang: 'nb', text: 'Vi treffer ikke beslutninger om deg som utelukkende er basert på automatisert behandling.' },
        { lang: 'nn', text: 'Vi tek ikkje avgjerder om deg som berre byggjer på automatisk handsaming.' },
      ],
      warn: [
        {
          lang: 'nb',
          text: 'Opplysningene kan også brukes til profilering.',
          note: { nb: 'Profilering nevnt, uten å si hvordan den brukes.', en: 'Profiling mentioned without saying how it is used.' },
        },
        {
          lang: 'nn',
          text: 'Opplysningane kan òg bli brukte til profilering.',
          note: { nb: 'Profilering nevnt, uten å si hvordan den brukes.', en: 'Profiling mentioned without saying how it is used.' },
        },
      ],
      fail: [
        { lang: 'nb', text: 'Vi bruker opplysningene til å behandle bestillingen din og til å svare på henvendelser.' },
        { lang: 'nn', text: 'Vi brukar opplysningane til å handsame bestillinga di og til å svare på førespurnader.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'omtalt, også «vi bruker ikke automatiserte avgjørelser»', en: 'addressed, including "we do not use automated decisions"' },
        warn: { nb: 'ordet profilering står uten at det sies om eller hvordan det brukes', en: 'the word profiling appears without saying whether or how it is used' },
        fail: { nb: 'ikke omtalt', en: 'not addressed' },
      },
    },
  },
  check(ctx: RuleContext) {
    const hits: Hit[] = [];
    for (const sentence of ctx.sentences) {
      for (const m of matchAllOf(AUTOMATED_DECISION, sentence.text, sentence.start)) {
        if (promotionalProfiling(sentence, m)) continue;
        hits.push({ start: m.start, end: m.end, sentence, kind: classify(ctx, sentence, m) });
      }
    }
    hits.push(...noneUnderHeading(ctx, hits));
    const addressed = hits.filter((h) => h.kind === 'none' || h.kind === 'use');
    if (addressed.length > 0) {
      const top = addressed[0]!;
      const what =
        top.kind === 'none'
          ? { nb: 'Erklæringen sier at automatiserte avgjørelser/profilering ikke brukes', en: 'The statement says automated decisions/profiling are not used' }
          : { nb: 'Erklæringen forklarer hvordan automatiserte avgjørelser/profilering brukes', en: 'The statement explains how automated decisions/profiling are used' };
      return pass(
        { nb: `${what.nb}: ${quoteList(ctx, [clauseAround(top.sentence, top)], 1)}.`, en: `${what.en}: ${quoteList(ctx, [clauseAround(top.sentence, top)], 1)}.` },
        distinctSpans(addressed.slice(0, 3).map((h) => quoteSpan(h.sentence, h))),
      );
    }
    if (hits.length > 0) {
      const bare = hits.filter((h) => h.kind === 'bare-use');
      const quoted = quoteList(ctx, (bare.length > 0 ? bare : hits).map((h) => clauseAround(h.sentence, h)), 1);
      const message =
        bare.length > 0
          ? {
              nb: `Erklæringen sier at automatiserte avgjørelser eller profilering brukes (${quoted}), men ikke hvordan: logikken og konsekvensene for den registrerte mangler.`,
              en: `The statement says automated decisions or profiling are used (${quoted}) but not how: the logic and the consequences for the data subject are missing.`,
            }
          : {
              nb: `Automatiserte avgjørelser eller profilering er nevnt (${quoted}), men erklæringen sier ikke om eller hvordan det brukes.`,
              en: `Automated decisions or profiling are mentioned (${quoted}), but the statement does not say whether or how they are used.`,
            };
      return warn(message, distinctSpans(hits.map((h) => quoteSpan(h.sentence, h))).slice(0, 3));
    }
    const where = searched(ctx, 'rights', 'purposes');
    return fail({
      nb: `Erklæringen sier ikke om det treffes automatiserte avgjørelser, herunder profilering (art. 13(2)(f)). ${where.nb}`,
      en: `The statement does not say whether automated decisions, including profiling, are made (art. 13(2)(f)). ${where.en}`,
    });
  },
};

export default automatedDecisions;
