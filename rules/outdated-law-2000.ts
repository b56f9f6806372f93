import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { matchAll } from '../src/nlp/patterns.js';
import type { Rule, Span } from '../src/types.js';
import {
  ACT_1978,
  ACT_2000,
  BREACH,
  blockTexts,
  DATATILSYNET,
  describeOldSection,
  HISTORICAL,
  HISTORICAL_BEFORE,
  judgeSection,
  LICENCE,
  NOTIFICATION,
  OLD_REGULATION,
  OTHER_BODY,
  PERSONAL_DATA,
  sectionRefs,
  sentenceAt,
  SURVIVING_LICENCE,
  type SectionRef,
} from './lib/currency-law.js';

type Kind = 'section' | 'act-2000' | 'regulation' | 'act-1978' | 'notification' | 'licence';

interface Finding extends Span {
  kind: Kind;
  text: string;
  /** For section references: what the section was in the 2000 Act. */
  note?: { nb: string; en: string };
}

const KIND_NB: Record<Kind, string> = {
  section: 'paragraf i personopplysningsloven 2000',
  'act-2000': 'personopplysningsloven av 2000',
  regulation: 'personopplysningsforskriften (2000)',
  'act-1978': 'personregisterloven (1978)',
  notification: 'meldeplikt til Datatilsynet (avskaffet 2018)',
  licence: 'konsesjon fra Datatilsynet (avskaffet 2018)',
};
const KIND_EN: Record<Kind, string> = {
  section: 'section of the 2000 Personal Data Act',
  'act-2000': 'the 2000 Personal Data Act',
  regulation: 'the 2000 Personal Data Regulations',
  'act-1978': 'the 1978 Personal Data Registers Act',
  notification: 'notification duty to Datatilsynet (abolished 2018)',
  licence: 'licence from Datatilsynet (abolished 2018)',
};

function sentenceText(ctx: RuleContext, offset: number): string {
  return sentenceAt(ctx, offset)?.text ?? ctx.text.slice(Math.max(0, offset - 150), offset + 150);
}

function isHistorical(ctx: RuleContext, span: Span): boolean {
  return HISTORICAL.test(sentenceText(ctx, span.start)) || HISTORICAL_BEFORE.test(ctx.text.slice(Math.max(0, span.start - 40), span.start));
}

/** personopplysningsloven sections that only fit the 2000 Act, and those that may. */
function oldSections(ctx: RuleContext): { definite: Finding[]; unclear: Finding[] } {
  const refs = sectionRefs(ctx, blockTexts(ctx)).filter((r) => r.owner?.pol);
  const judged = refs.map((ref) => {
    const sentence = sentenceAt(ctx, ref.refStart);
    const section = ctx.sectionOf(ref.refStart);
    const block = ctx.doc.blocks[ref.block]!;
    const context = `${sentence?.text ?? ''} ${section.heading} ${block.kind === 'list-item' ? ctx.text.slice(block.start, block.end) : ''}`;
    return { ref, verdict: judgeSection(ref.n, ref.litra, context), historical: isHistorical(ctx, ref) };
  });
  // References cited together with one that is certainly the 2000 Act are the 2000 Act too ("§ 18, § 27 og § 28").
  const oldOwners = new Set(judged.filter((j) => j.verdict === 'old').map((j) => j.ref.owner!.start));
  const definite: Finding[] = [];
  const unclear: Finding[] = [];
  for (const { ref, verdict, historical } of judged) {
    if (historical || verdict === 'new') continue;
    const finding = toFinding(ctx, ref);
    if (verdict === 'old' || oldOwners.has(ref.owner!.start)) definite.push(finding);
    else unclear.push(finding);
  }
  return { definite, unclear };
}

function toFinding(ctx: RuleContext, ref: SectionRef): Finding {
  return { start: ref.start, end: ref.end, kind: 'section', text: ctx.text.slice(ref.start, ref.end), note: describeOldSection(ref.n) };
}

function namedOldRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const add = (pattern: RegExp, kind: Kind, keep: (sentence: string) => boolean = () => true) => {
    for (const m of matchAll(pattern, ctx.text)) {
      const sentence = sentenceText(ctx, m.start);
      if (isHistorical(ctx, m) || !keep(sentence)) continue;
      out.push({ start: m.start, end: m.end, kind, text: m.text });
    }
  };
  add(ACT_2000, 'act-2000');
  add(OLD_REGULATION, 'regulation');
  add(ACT_1978, 'act-1978');
  add(NOTIFICATION, 'notification', (s) => !BREACH.test(s) && !OTHER_BODY.test(s) && (DATATILSYNET.test(s) || PERSONAL_DATA.test(s)));
  add(LICENCE, 'licence', (s) => !SURVIVING_LICENCE.test(s) && (DATATILSYNET.test(s) || PERSONAL_DATA.test(s)));
  return out;
}

/** Drops findings that overlap an earlier, longer one ("lov 14. april 2000 nr. 31" inside "personopplysningsloven av 14. april 2000 nr. 31"). */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

function list(findings: Finding[], lang: 'nb' | 'en'): string {
  const shown = findings.slice(0, 8).map((f) => {
    const what = f.kind === 'section' ? f.note?.[lang] : lang === 'nb' ? KIND_NB[f.kind] : KIND_EN[f.kind];
    return what ? `«${f.text}» (${what})` : `«${f.text}»`;
  });
  const more = findings.length > shown.length ? ` (+${findings.length - shown.length})` : '';
  return shown.join(', ') + more;
}

export const outdatedLaw2000: Rule = {
  meta: {
    id: 'outdated-law-2000',
    kind: 'defect',
    category: 'quality',
    severity: 'warning',
    weight: 2,
    legalRef: 'personopplysningsloven 2018 (LOV-2018-06-15-38) § 1; opphevet lov 14. april 2000 nr. 31',
    description: {
      nb: 'Henvisninger til den opphevede personopplysningsloven av 14. april 2000 nr. 31 og personopplysningsforskriften: paragrafer som bare passer den gamle loven, meldeplikt og konsesjon.',
      en: 'References to the repealed Personal Data Act of 14 April 2000 No. 31 and its regulation: sections that only fit the old Act, notification duty and licences.',
    },
    suggestion: {
      nb: 'Vis til personvernforordningen og personopplysningsloven 2018, f.eks. «Du har rett til innsyn, retting og sletting etter personvernforordningen artikkel 15, 16 og 17» og «Behandlingsgrunnlaget er personvernforordningen artikkel 6 nr. 1 bokstav b». Fjern omtale av meldeplikt og konsesjon.',
      nn: 'Vis til personvernforordninga og personopplysningslova 2018, t.d. «Du har rett til innsyn, retting og sletting etter personvernforordninga artikkel 15, 16 og 17» og «Behandlingsgrunnlaget er personvernforordninga artikkel 6 nr. 1 bokstav b». Fjern omtale av meldeplikt og konsesjon.',
      en: 'Refer to the GDPR and the 2018 Personal Data Act, e.g. "You have the right of access, rectification and erasure under GDPR Articles 15, 16 and 17" and "The legal basis is GDPR Article 6(1)(b)". Remove any mention of notification or licences.',
    },
    rationale: {
      nb: 'Personopplysningsloven av 14. april 2000 nr. 31 og personopplysningsforskriften ble opphevet 20. juli 2018, da personopplysningsloven 2018 (LOV-2018-06-15-38) gjorde personvernforordningen til norsk lov (§ 1). Paragrafene i den gamle loven (som § 8 om behandlingsgrunnlag og § 18 om innsyn) finnes ikke med samme innhold i dag, og meldeplikt og konsesjon fra Datatilsynet er i hovedsak avskaffet. Slike henvisninger gir leseren feil bilde av rettighetene og av grunnlaget for behandlingen.',
      en: 'The Personal Data Act of 14 April 2000 No. 31 and its regulation were repealed on 20 July 2018, when the 2018 Personal Data Act (LOV-2018-06-15-38) made the GDPR Norwegian law (§ 1). The old Act\'s sections (such as § 8 on legal basis and § 18 on access) do not exist with the same content today, and the duty to notify Datatilsynet and its licences are largely abolished. Such references give the reader a wrong picture of their rights and of the basis for the processing.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi behandler personopplysninger i samsvar med personvernforordningen og personopplysningsloven.' },
        { lang: 'nn', text: 'Vi behandlar personopplysningar i samsvar med personvernforordninga og personopplysningslova.' },
      ],
      fail: [
        { lang: 'nb', text: 'Du har rett til innsyn i opplysningene vi har registrert om deg, jf. personopplysningsloven § 18.' },
        { lang: 'nn', text: 'Behandlinga er meld til Datatilsynet i samsvar med meldeplikta i personopplysningslova.' },
        {
          lang: 'nb',
          text: 'Vi har konsesjon fra Datatilsynet for behandlingen.',
          note: { nb: 'Konsesjonsplikten falt i hovedsak bort med loven av 2018.', en: 'The licence requirement was largely abolished by the 2018 Act.' },
        },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'ingen henvisninger til den opphevede loven', en: 'no references to the repealed Act' },
        warn: { nb: 'en henvisning som kan være til den gamle loven, men som ikke er entydig', en: 'a reference that may be to the old Act but is not clear-cut' },
        fail: { nb: 'henvisninger til personopplysningsloven 2000 (paragrafer som bare passer den gamle loven, personopplysningsforskriften, meldeplikt, konsesjon), hver forekomst sitert', en: 'references to the Personal Data Act 2000 (sections that only fit the old Act, its regulation, notification duty, licences), every occurrence quoted' },
      },
    },
  },
  check(ctx: RuleContext) {
    const { definite, unclear } = oldSections(ctx);
    const found = dedupe([...definite, ...namedOldRules(ctx)]);
    if (found.length > 0) {
      return fail(
        {
          nb: `Erklæringen viser til opphevet regelverk fra før 20. juli 2018: ${list(found, 'nb')}.`,
          en: `The statement refers to rules repealed on 20 July 2018: ${list(found, 'en')}.`,
        },
        found,
      );
    }
    const maybe = dedupe(unclear);
    if (maybe.length > 0) {
      return warn(
        {
          nb: `Paragrafen${maybe.length === 1 ? '' : 'e'} ${list(maybe, 'nb')} i personopplysningsloven kan vise til loven av 2000; personopplysningsloven 2018 har andre regler under samme nummer. Kontroller henvisningen.`,
          en: `The personopplysningsloven section${maybe.length === 1 ? '' : 's'} ${list(maybe, 'en')} may refer to the 2000 Act; the 2018 Act has other rules under the same numbers. Check the reference.`,
        },
        maybe,
      );
    }
    return pass({
      nb: 'Fant ingen henvisninger til personopplysningsloven av 2000, personopplysningsforskriften, meldeplikt eller konsesjon.',
      en: 'No references to the 2000 Personal Data Act, its regulation, notification duty or licences found.',
    });
  },
};

export default outdatedLaw2000;
