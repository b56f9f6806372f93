import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { test } from '../src/nlp/patterns.js';
import type { Rule, Sentence } from '../src/types.js';
import {
  activityHeading,
  anaphoric,
  assertsBasis,
  basisMentions,
  acceptedByUse,
  blanketConsent,
  genericLists,
  inGenericList,
  namesActivity,
  notABasisStatement,
  purposeStatements,
  repealedOnly,
  statesActivity,
  trimQuote,
  type PurposeHit,
} from './lib/basis-context.js';
import { ART6_LETTER, BASIS_MARKER, OLD_ACT_BASIS, OLD_COOKIE_BASIS, type BasisKind } from './lib/basis-terms.js';

type Tie = 'sentence' | 'paragraph' | 'section' | 'document' | 'none';

export interface BasisAssertion {
  sentence: Sentence;
  kinds: Set<BasisKind>;
  /** Only a repealed rule is cited (the 2000 act's § 8, ekomloven § 2-7 b). */
  repealed: boolean;
  tie: Tie;
}

const KIND_NAMES: Record<BasisKind, { nb: string; en: string }> = {
  consent: { nb: 'samtykke', en: 'consent' },
  contract: { nb: 'avtale', en: 'contract' },
  obligation: { nb: 'rettslig forpliktelse', en: 'legal obligation' },
  vital: { nb: 'vitale interesser', en: 'vital interests' },
  public: { nb: 'allmennhetens interesse / offentlig myndighet', en: 'public interest / official authority' },
  interest: { nb: 'berettiget interesse', en: 'legitimate interest' },
};

function tieOf(ctx: RuleContext, sentence: Sentence, purposes: readonly PurposeHit[]): Tie {
  // in the basis sentence itself a vague clause usually restates the basis ("for å utføre en oppgave i allmennhetens interesse")
  const own = purposes.some((p) => p.sentence.index === sentence.index && p.kind !== 'unclear');
  if (own || namesActivity(sentence.text.replace(/^[^:]{0,40}:/u, ''))) return 'sentence';
  // "Vi sender nyhetsbrev bare til dem som har bedt om det. Det rettslige grunnlaget er samtykket ditt.": the activity
  // in the sentences before, in the same paragraph; across paragraphs only when the basis points back ("grunnlaget for dette")
  const before = ctx.sentences.slice(Math.max(0, sentence.index - 3), sentence.index).filter((s) => s.block === sentence.block);
  if (before.some((s) => statesActivity(ctx, s))) return 'paragraph';
  const previous = ctx.sentences[sentence.index - 1];
  if (anaphoric(sentence) && previous && previous.section === sentence.section && statesActivity(ctx, previous)) return 'paragraph';
  const others = purposes.filter((p) => p.sentence.index !== sentence.index);
  // purposes in the same section (also under a basis heading such as "B. Samtykke (GDPR art. 6(1)(a))"), or a section about one activity
  const section = ctx.sections[sentence.section]!;
  if (others.some((p) => p.sentence.section === section.index) || activityHeading(section.heading)) return 'section';
  return others.length > 0 ? 'document' : 'none';
}

/** Every sentence that puts forward a legal basis, outside generic lists of all bases. */
export function basisAssertions(ctx: RuleContext): BasisAssertion[] {
  const purposes = purposeStatements(ctx);
  const lists = genericLists(ctx);
  const out: BasisAssertion[] = [];
  for (const sentence of ctx.sentences) {
    if (notABasisStatement(ctx, sentence) || inGenericList(lists, sentence)) continue;
    const kinds = new Set(basisMentions(sentence).filter((m) => assertsBasis(ctx, m)).map((m) => m.kind));
    const oldAct = test(OLD_ACT_BASIS, sentence.text) || (test(OLD_COOKIE_BASIS, sentence.text) && kinds.size > 0);
    if (kinds.size === 0 && !oldAct && acceptedByUse(ctx, sentence)) {
      out.push({ sentence, kinds: new Set(['consent']), repealed: false, tie: 'none' });
      continue;
    }
    if (kinds.size === 0 && !oldAct) continue;
    // "Ved å bruke nettstaden samtykkjer du til personvernerklæringa": consent to everything is consent to no purpose
    const blanket = kinds.size === 1 && kinds.has('consent') && blanketConsent(sentence);
    out.push({ sentence, kinds, repealed: oldAct && repealedOnly(sentence), tie: blanket ? 'none' : tieOf(ctx, sentence, purposes) });
  }
  return out;
}

function kindList(kinds: Iterable<BasisKind>, lang: 'nb' | 'en'): string {
  return [...new Set(kinds)].map((k) => KIND_NAMES[k][lang]).join(', ');
}

function quote(sentence: Sentence): string {
  const t = sentence.text.replace(/\s+/g, ' ').trim();
  return t.length > 110 ? `${t.slice(0, 107)}…` : t;
}

export const legalBasis: Rule = {
  meta: {
    id: 'legal-basis',
    kind: 'requirement',
    category: 'basis-purposes',
    severity: 'error',
    weight: 3,
    legalRef: 'GDPR art. 13(1)(c), art. 6(1)',
    description: {
      nb: 'Erklæringen oppgir behandlingsgrunnlaget (personvernforordningen art. 6) for minst ett navngitt formål.',
      en: 'The statement gives the legal basis (GDPR art. 6) for at least one named purpose.',
    },
    suggestion: {
      nb: 'Knytt hvert formål til sitt grunnlag, f.eks.: «Vi behandler navn og adresse for å levere bestillingen din. Behandlingsgrunnlaget er avtale, jf. personvernforordningen artikkel 6 nr. 1 bokstav b. Nyhetsbrev sender vi bare med ditt samtykke (artikkel 6 nr. 1 bokstav a).»',
      nn: 'Knyt kvart føremål til sitt grunnlag, t.d.: «Vi behandlar namn og adresse for å levere bestillinga di. Behandlingsgrunnlaget er avtale, jf. personvernforordninga artikkel 6 nr. 1 bokstav b. Nyheitsbrev sender vi berre med samtykket ditt (artikkel 6 nr. 1 bokstav a).»',
      en: 'Tie each purpose to its basis, e.g.: "We process your name and address to deliver your order. The legal basis is the contract with you (GDPR art. 6(1)(b)). We send newsletters only with your consent (art. 6(1)(a))."',
    },
    rationale: {
      nb: 'All behandling av personopplysninger må ha et rettslig grunnlag i personvernforordningen artikkel 6 nr. 1 (samtykke, avtale, rettslig forpliktelse, vitale interesser, allmennhetens interesse eller berettiget interesse). Artikkel 13 nr. 1 bokstav c krever at den registrerte får vite grunnlaget, og det må knyttes til formålet det gjelder. En liste over alle seks grunnlagene, eller en henvisning til den opphevede personopplysningsloven av 2000, sier ikke hvilket grunnlag som faktisk brukes.',
      en: 'All processing of personal data needs a legal basis under GDPR Article 6(1) (consent, contract, legal obligation, vital interests, public interest or legitimate interests). Article 13(1)(c) requires that the data subject is told the basis, tied to the purpose it covers. A list of all six bases, or a reference to the repealed Personal Data Act of 2000, does not say which basis is actually used.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi behandler navn og adresse for å levere bestillingen din. Behandlingsgrunnlaget er avtalen med deg, jf. personvernforordningen artikkel 6 nr. 1 bokstav b.' },
        { lang: 'nn', text: 'Vi brukar e-postadressa di til å sende deg nyheitsbrev. Behandlinga byggjer på samtykket ditt, jf. personvernforordninga artikkel 6 nr. 1 bokstav a.' },
        {
          lang: 'nn',
          text: 'Vi sender nyheitsbrev berre til dei som har bede om det. Det rettslege grunnlaget er samtykket ditt, jf. personvernforordninga artikkel 6 nr. 1 bokstav a.',
          note: { nb: 'Grunnlaget viser tilbake til aktiviteten i setningen før, i samme avsnitt.', en: 'The basis refers back to the activity in the sentence before, in the same paragraph.' },
        },
        {
          lang: 'nb',
          text: 'Vi sender nyhetsbrev bare til dem som har bedt om det. Det rettslige grunnlaget er samtykket ditt, jf. personvernforordningen artikkel 6 nr. 1 bokstav a.',
          note: { nb: 'Grunnlaget viser tilbake til aktiviteten i setningen før, i samme avsnitt.', en: 'The basis refers back to the activity in the sentence before, in the same paragraph.' },
        },
      ],
      warn: [
        {
          lang: 'nb',
          text: 'Vi behandler personopplysninger når vi har et rettslig grunnlag for det: samtykke, avtale, rettslig forpliktelse, vitale interesser, oppgave i allmennhetens interesse eller berettiget interesse.',
          note: { nb: 'Alle seks grunnlagene ramset opp, uten å si hvilket som brukes til hva.', en: 'All six bases listed without saying which is used for what.' },
        },
        {
          lang: 'nn',
          text: 'Behandlinga av opplysningane har heimel i personopplysningslova § 8.',
          note: { nb: 'Grunnlag bare etter den opphevede loven av 2000.', en: 'A basis only under the repealed 2000 Act.' },
        },
      ],
      fail: [
        { lang: 'nb', text: 'Vi bruker opplysningene til å sende deg nyhetsbrev og til å forbedre nettsiden.' },
        { lang: 'nn', text: 'Vi brukar opplysningane til å sende deg nyheitsbrev og til å gjere nettsida betre.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'et grunnlag knyttet til minst ett formål', en: 'a basis tied to at least one purpose' },
        warn: { nb: 'bare en generell liste over alle seks grunnlagene, eller bare et grunnlag etter opphevet lov', en: 'only a generic list of all six bases, or only a basis under a repealed act' },
        fail: { nb: 'ikke noe grunnlag', en: 'no basis' },
      },
    },
  },
  check(ctx: RuleContext) {
    const assertions = basisAssertions(ctx);
    const current = assertions.filter((a) => !a.repealed && a.kinds.size > 0);
    const tied = current.filter((a) => a.tie === 'sentence' || a.tie === 'paragraph' || a.tie === 'section');
    const allKinds = new Set(current.flatMap((a) => [...a.kinds]));
    // one basis for everything (e.g. "Behandlingsgrunnlaget er samtykke") applies to every stated purpose
    const single = current.filter((a) => a.tie === 'document' && allKinds.size === 1);
    // show the clearest statements first: an explicit basis ("grunnlaget er", "art. 6", a basis heading) tied in the sentence
    const score = (a: BasisAssertion) =>
      (a.tie === 'sentence' ? 2 : 1) + (ctx.isHeading(a.sentence) || test(BASIS_MARKER, a.sentence.text) || test(ART6_LETTER, a.sentence.text) ? 2 : 0);
    const chosen = (tied.length > 0 ? tied : single).map((a, i) => ({ a, i })).sort((x, y) => score(y.a) - score(x.a) || x.i - y.i).map((x) => x.a);
    if (chosen.length > 0) {
      const shown = chosen.slice(0, 3).sort((a, b) => a.sentence.index - b.sentence.index);
      const kinds = shown.flatMap((a) => [...a.kinds]);
      return pass(
        {
          nb: `Behandlingsgrunnlag (${kindList(kinds, 'nb')}) er knyttet til formål: ${shown.map((a) => `«${quote(a.sentence)}»`).join('; ')}.`,
          en: `A legal basis (${kindList(kinds, 'en')}) is tied to a purpose: ${shown.map((a) => `"${quote(a.sentence)}"`).join('; ')}.`,
        },
        shown.map((a) => trimQuote(a.sentence, 300)),
      );
    }
    const repealed = assertions.filter((a) => a.repealed);
    if (repealed.length > 0 && current.length === 0) {
      return warn(
        {
          nb: `Behandlingsgrunnlaget er bare oppgitt etter opphevet regelverk (${repealed.map((a) => `«${quote(a.sentence)}»`).join('; ')}). Personopplysningsloven 2000 og ekomloven § 2-7 b gjelder ikke lenger; vis til personvernforordningen artikkel 6.`,
          en: `The legal basis is only given under repealed rules (${repealed.map((a) => `"${quote(a.sentence)}"`).join('; ')}). The 2000 Personal Data Act and ekomloven § 2-7 b no longer apply; cite GDPR art. 6.`,
        },
        repealed.slice(0, 3).map((a) => trimQuote(a.sentence, 300)),
      );
    }
    const lists = genericLists(ctx);
    if (lists.length > 0 && current.length === 0) {
      const first = lists[0]!.sentences;
      return warn(
        {
          nb: `Erklæringen gjengir bare en generell liste over de mulige behandlingsgrunnlagene («${quote(first[0]!)}») uten å si hvilket grunnlag som gjelder for hvilket formål.`,
          en: `The statement only lists the possible legal bases in general ("${quote(first[0]!)}") without saying which basis applies to which purpose.`,
        },
        [{ start: first[0]!.start, end: first[first.length - 1]!.end }],
      );
    }
    if (current.length > 0) {
      return warn(
        {
          nb: `Behandlingsgrunnlag er nevnt (${kindList(allKinds, 'nb')}), men ikke knyttet til noe formål: ${current.slice(0, 2).map((a) => `«${quote(a.sentence)}»`).join('; ')}.`,
          en: `Legal bases are mentioned (${kindList(allKinds, 'en')}) but not tied to any purpose: ${current.slice(0, 2).map((a) => `"${quote(a.sentence)}"`).join('; ')}.`,
        },
        current.slice(0, 3).map((a) => trimQuote(a.sentence, 300)),
      );
    }
    const searched = ctx.headingsFor('basis', 'purposes');
    return fail({
      nb: `Fant ikke noe behandlingsgrunnlag (søkte i ${searched.length > 0 ? searched.map((h) => `«${h}»`).join(', ') : 'hele teksten'}). Personvernforordningen art. 13 nr. 1 bokstav c krever at det rettslige grunnlaget oppgis for hvert formål.`,
      en: `No legal basis found (searched ${searched.length > 0 ? searched.map((h) => `"${h}"`).join(', ') : 'the whole text'}). GDPR art. 13(1)(c) requires the legal basis to be given for each purpose.`,
    });
  },
};

export default legalBasis;
