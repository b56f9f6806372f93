import { na, pass, warn, type RuleContext } from '../src/engine/context.js';
import { matchAll, test } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span } from '../src/types.js';
import {
  activityHeading,
  anaphoric,
  around,
  basisMentions,
  genericLists,
  inGenericList,
  namesActivity,
  negatedNear,
  notABasisStatement,
  purposeStatements,
  type PurposeHit,
} from './lib/basis-context.js';
import {
  INTEREST_DESCRIBED,
  INTEREST_REASON_LEAD,
  OLD_ACT_LETTER_F,
  PURPOSE_ACTIVITY,
  PURPOSE_MARKER,
  REASON_EMPTY,
} from './lib/basis-terms.js';

interface Reliance extends Span {
  sentence: Sentence;
  /** Where the interest is described, if it is. */
  described?: Span;
}

/** Wishes and aims in a neighbouring sentence: "Vi ønsker å kunne vite …", "for å forebygge svindel". */
const AIM = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:ønsker å|ønskjer å|vil gjerne|we want to|we wish to|we aim to|målet er|målet vårt er)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** A quote of at most `max` characters, cut at a word boundary. */
function excerpt(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/** Legitimate-interest mentions: the words, art. 6(1)(f) and the 2000 act's § 8 f. */
function mentionsIn(sentence: Sentence): Span[] {
  const out: Span[] = basisMentions(sentence).filter((m) => m.kind === 'interest');
  for (const m of matchAll(OLD_ACT_LETTER_F, sentence.text, sentence.start)) out.push(m);
  return out;
}

/** A purpose clause that names an activity, not a basis in disguise ("for å oppfylle en avtale"). */
function describesActivity(sentence: Sentence, hits: Map<number, PurposeHit>): boolean {
  const hit = hits.get(sentence.index);
  if (hit && hit.kind === 'concrete') return true;
  if (!test(PURPOSE_MARKER, sentence.text) && !AIM.test(sentence.text)) return false;
  return namesActivity(sentence.text);
}

/**
 * (f) as one of several alternatives for the same processing: "§ 8 a), b) eller f)", "samtykke eller berettiget interesse".
 * Which purpose rests on (f) is then not said, so a purpose nearby does not describe the interest.
 */
function amongAlternatives(sentence: Sentence, mention: Span): boolean {
  const text = sentence.text.slice(mention.start - sentence.start, mention.end - sentence.start);
  if (/§\s*8\s*(?:første ledd\s*)?(?:bokstav\s*)?[a-e]\)?\s*(?:,|og|eller)/iu.test(text)) return true;
  const others = basisMentions(sentence).filter((m) => m.kind !== 'interest' && (m.end <= mention.start || m.start >= mention.end));
  return others.length > 0 && /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:eller|or)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu.test(sentence.text);
}

/** A reason given right after the basis: "… en interesseavveining, hvor arbeidet vi gjør kommer medlemmene til gode". */
function reasonAfter(sentence: Sentence, mention: Span): Span | undefined {
  const rel = mention.end - sentence.start;
  const m = INTEREST_REASON_LEAD.exec(sentence.text.slice(rel));
  if (!m) return undefined;
  const clause = m[1]!;
  if (clause.trim().split(/\s+/u).length < 6 || test(REASON_EMPTY, clause)) return undefined;
  return sentence;
}

function describedBy(ctx: RuleContext, sentence: Sentence, mention: Span, hits: Map<number, PurposeHit>): Span | undefined {
  // in the sentence: "der de berettigede interessene er å …", "vår berettigede interesse i å …", "for markedsføringsformål"
  if (test(INTEREST_DESCRIBED, sentence.text)) return sentence;
  const reason = reasonAfter(sentence, mention);
  if (reason) return reason;
  const rest = sentence.text.slice(0, mention.start - sentence.start) + ' ' + sentence.text.slice(mention.end - sentence.start);
  if (namesActivity(rest.replace(/^[^:]{0,40}:/u, ''))) return sentence;
  if (amongAlternatives(sentence, mention)) {
    // a purpose nearby may rest on any of the alternatives: only the interest itself spelled out next to it counts
    return around(ctx, sentence, 2, 2).find((s) => test(INTEREST_DESCRIBED, s.text));
  }
  // a heading that names the basis over a list of purposes ("C. Berettiget interesse" … "Formål: …")
  const section = ctx.sections[sentence.section]!;
  const body = ctx.sentencesIn(section).filter((s) => !ctx.isHeading(s));
  if (ctx.isHeading(sentence)) {
    const listed = body.find((s) => hits.get(s.index)?.kind === 'concrete') ?? body.find((s) => hits.get(s.index)?.kind === 'generic');
    if (listed) return listed;
  }
  // "Dette er definert som berettiget interesse": the activity in the sentence before
  const previous = ctx.sentences[sentence.index - 1];
  if (anaphoric(sentence) && previous && previous.section === sentence.section && !ctx.isHeading(previous) && test(PURPOSE_ACTIVITY, previous.text)) {
    return previous;
  }
  // the interest spelled out next to it ("Vi ønsker å kunne vite …, for å kunne forholde oss til gamle medlemmer")
  const near = around(ctx, sentence, 2, 2).find((s) => test(INTEREST_DESCRIBED, s.text) || describesActivity(s, hits));
  if (near) return near;
  // a section about one activity ("Markedsføring", "Kommunikasjon gjennom e-post")
  if (activityHeading(section.heading)) return { start: section.headingStart, end: section.headingEnd };
  return undefined;
}

export const legitimateInterest: Rule = {
  meta: {
    id: 'legitimate-interest',
    kind: 'requirement',
    category: 'basis-purposes',
    severity: 'warning',
    weight: 2,
    legalRef: 'GDPR art. 13(1)(d), art. 14(2)(b), art. 6(1)(f)',
    description: {
      nb: 'Der behandlingen bygger på berettiget interesse (art. 6 nr. 1 bokstav f), sier erklæringen hvilken interesse som forfølges.',
      en: 'Where processing relies on legitimate interests (art. 6(1)(f)), the statement says which interest is pursued.',
    },
    suggestion: {
      nb: 'Beskriv interessen for hvert formål, f.eks.: «Vi behandler IP-adressen din for å oppdage og hindre svindel. Behandlingsgrunnlaget er vår berettigede interesse i å beskytte nettbutikken og kundene våre mot misbruk, jf. personvernforordningen artikkel 6 nr. 1 bokstav f.»',
      nn: 'Skildre interessa for kvart føremål, t.d.: «Vi behandlar IP-adressa di for å oppdage og hindre svindel. Behandlingsgrunnlaget er den berettiga interessa vår i å verne nettbutikken og kundane våre mot misbruk, jf. personvernforordninga artikkel 6 nr. 1 bokstav f.»',
      en: 'Describe the interest for each purpose, e.g.: "We process your IP address to detect and prevent fraud. The legal basis is our legitimate interest in protecting our shop and our customers from abuse (GDPR art. 6(1)(f))."',
    },
    rationale: {
      nb: 'Bygger behandlingen på berettiget interesse (personvernforordningen artikkel 6 nr. 1 bokstav f), skal erklæringen si hvilken interesse det er (artikkel 13 nr. 1 bokstav d, artikkel 14 nr. 2 bokstav b). Grunnlaget forutsetter en interesseavveining, og den registrerte kan bare vurdere den – og bruke retten til å protestere etter artikkel 21 – når interessen er beskrevet.',
      en: 'Where processing relies on legitimate interests (GDPR Article 6(1)(f)), the statement must say what the interest is (Article 13(1)(d), Article 14(2)(b)). The basis rests on a balancing of interests, and the data subject can only judge it – and use the right to object under Article 21 – when the interest is described.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi lagrer IP-adressen din i 30 dager for å oppdage og stanse innbruddsforsøk. Grunnlaget er vår berettigede interesse i å holde nettbutikken og kundedataene sikre, jf. artikkel 6 nr. 1 bokstav f.' },
        { lang: 'nn', text: 'Kameraovervakinga ved inngangen byggjer på berettiga interesse. Interessa vår er å førebyggje innbrot og hærverk i butikken.' },
        { lang: 'nn', text: 'Grunnlaget er den berettiga interessa laget har i å nå ut til folk som har vist interesse for arbeidet vårt, jf. personvernforordninga artikkel 6 nr. 1 bokstav f.' },
        { lang: 'nb', text: 'Grunnlaget er den berettigede interessen laget har i å nå ut til folk som har vist interesse for arbeidet vårt, jf. personvernforordningen artikkel 6 nr. 1 bokstav f.' },
      ],
      warn: [
        { lang: 'nb', text: 'Enkelte opplysninger behandles på grunnlag av berettiget interesse, jf. personvernforordningen artikkel 6 nr. 1 bokstav f.' },
        { lang: 'nn', text: 'Nokre opplysningar vert behandla på grunnlag av berettiga interesse, jf. personvernforordninga artikkel 6 nr. 1 bokstav f.' },
      ],
      fail: [],
    },
    docs: {
      statuses: {
        pass: { nb: 'interessen er beskrevet', en: 'the interest is described' },
        warn: { nb: 'berettiget interesse er oppgitt som grunnlag, men interessen er ikke beskrevet', en: 'legitimate interests are given as the basis, but the interest is not described' },
        na: { nb: 'berettiget interesse brukes ikke som grunnlag', en: 'legitimate interests are not relied on' },
      },
    },
  },
  check(ctx: RuleContext) {
    const lists = genericLists(ctx);
    const hits = new Map(purposeStatements(ctx).map((h) => [h.sentence.index, h]));
    const relied: Reliance[] = [];
    const listed: Span[] = [];
    let excluded = 0;
    for (const sentence of ctx.sentences) {
      const mentions = mentionsIn(sentence);
      if (mentions.length === 0) continue;
      const list = inGenericList(lists, sentence);
      if (list) {
        // "Vår behandling … kan basere seg på … vi) berettiget interesse" names (f) as the controller's possible basis
        if (list.firstPerson) listed.push(mentions[0]!);
        else excluded++;
        continue;
      }
      if (notABasisStatement(ctx, sentence)) {
        excluded++;
        continue;
      }
      for (const m of mentions) {
        if (negatedNear(ctx, sentence, m)) {
          excluded++;
          continue;
        }
        relied.push({ start: m.start, end: m.end, sentence, described: describedBy(ctx, sentence, m, hits) });
        break;
      }
    }

    const described = relied.filter((r) => r.described);
    if (described.length > 0) {
      const shown = described.slice(0, 3);
      return pass(
        {
          nb: `Berettiget interesse er brukt som grunnlag, og interessen er beskrevet: ${shown.map((r) => `«${excerpt(ctx.text.slice(r.described!.start, r.described!.end))}»`).join('; ')}.`,
          en: `Legitimate interest is relied on and the interest is described: ${shown.map((r) => `"${excerpt(ctx.text.slice(r.described!.start, r.described!.end))}"`).join('; ')}.`,
        },
        shown.flatMap((r) => (r.described!.start === r.sentence.start ? [r.sentence] : [r, r.described!])),
      );
    }
    if (relied.length > 0) {
      return warn(
        {
          nb: `Berettiget interesse er oppgitt som grunnlag (${relied.slice(0, 3).map((r) => `«${ctx.text.slice(r.start, r.end)}»`).join(', ')}), men erklæringen sier ikke hvilken interesse som forfølges.`,
          en: `Legitimate interest is given as a basis (${relied.slice(0, 3).map((r) => `"${ctx.text.slice(r.start, r.end)}"`).join(', ')}), but the statement does not say which interest is pursued.`,
        },
        relied.slice(0, 3).map((r) => r.sentence),
      );
    }
    if (listed.length > 0) {
      return warn(
        {
          nb: `Berettiget interesse er nevnt som et mulig grunnlag i en generell liste («${ctx.text.slice(listed[0]!.start, listed[0]!.end)}»), uten at det står hvilken interesse det gjelder eller for hvilket formål.`,
          en: `Legitimate interest is listed as a possible basis in a generic list ("${ctx.text.slice(listed[0]!.start, listed[0]!.end)}"), without saying which interest or for which purpose.`,
        },
        listed.slice(0, 1),
      );
    }
    return na({
      nb:
        excluded > 0
          ? 'Erklæringen bygger ikke på berettiget interesse: begrepet står bare i en nektende setning, i en generell forklaring av regelverket eller som vilkår for retten til å protestere.'
          : 'Erklæringen bygger ikke på berettiget interesse (personvernforordningen art. 6 nr. 1 bokstav f nevnes ikke).',
      en:
        excluded > 0
          ? 'The statement does not rely on legitimate interests: the term only appears negated, in a general explanation of the law, or as the condition of the right to object.'
          : 'The statement does not rely on legitimate interests (GDPR art. 6(1)(f) is not mentioned).',
    });
  },
};

export default legitimateInterest;
