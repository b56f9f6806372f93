import { fail, pass, type RuleContext } from '../src/engine/context.js';
import { matchAll } from '../src/nlp/patterns.js';
import type { Rule, Span } from '../src/types.js';
import {
  COOKIE_CONTEXT,
  COOKIE_SECTION_2_7B,
  COOKIE_SECTION_NEW,
  EKOM_2003,
  EKOM_NAME,
  HISTORICAL,
  HISTORICAL_BEFORE,
  lawNames,
  sentenceAt,
} from './lib/currency-law.js';

interface Finding extends Span {
  text: string;
}

/** Separators allowed between the act's name and the section ("ekomloven § 2-7b", "Lov om elektronisk kommunikasjon - § 2-7 b"). */
const NAME_TO_SECTION = /^[ \t\u00a0]*(?:\((?:ekomloven|ekomlova)\)[ \t\u00a0]*)?[-–,:]?[ \t\u00a0]*$/iu;

function sentenceText(ctx: RuleContext, offset: number): string {
  return sentenceAt(ctx, offset)?.text ?? ctx.text.slice(Math.max(0, offset - 150), offset + 150);
}

function isTransitionNote(ctx: RuleContext, span: Span): boolean {
  const sentence = sentenceText(ctx, span.start);
  return HISTORICAL.test(sentence) || COOKIE_SECTION_NEW.test(sentence) || HISTORICAL_BEFORE.test(ctx.text.slice(Math.max(0, span.start - 40), span.start));
}

/** "§ 2-7 b" citations that belong to the Electronic Communications Act, widened to the act's name right before them. */
function oldCookieSections(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const m of matchAll(COOKIE_SECTION_2_7B, ctx.text)) {
    const hasSign = /^(?:§|paragraf|section|sec\.)/iu.test(m.text);
    const before = ctx.text.slice(Math.max(0, m.start - 80), m.start);
    const names = matchAll(EKOM_NAME, before, m.start - before.length);
    const ekom = names.find((n) => NAME_TO_SECTION.test(ctx.text.slice(n.end, m.start)));
    // Without "§", only "ekomloven 2-7b" counts; a bare "2-7 b" is just a number.
    if (!hasSign && !ekom) continue;
    if (!ekom) {
      // Another act named right before the section owns it ("arbeidsmiljøloven § 2-7 b").
      const other = lawNames(before, m.start - before.length).filter((n) => !/ekom|elektronisk|electronic/iu.test(n.text));
      const last = other[other.length - 1];
      if (last && /^[ \t\u00a0]*$/u.test(ctx.text.slice(last.end, m.start))) continue;
      const sentence = sentenceAt(ctx, m.start);
      const section = ctx.sectionOf(m.start);
      if (!COOKIE_CONTEXT.test(sentence?.text ?? '') && !COOKIE_CONTEXT.test(section.heading) && !section.topics.includes('cookies')) continue;
    }
    const span = { start: ekom ? ekom.start : m.start, end: m.end };
    if (isTransitionNote(ctx, span)) continue;
    out.push({ ...span, text: ctx.text.slice(span.start, span.end) });
  }
  for (const m of matchAll(EKOM_2003, ctx.text)) {
    if (out.some((f) => m.start < f.end && f.start < m.end) || isTransitionNote(ctx, m)) continue;
    out.push({ start: m.start, end: m.end, text: m.text });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const outdatedCookieLaw: Rule = {
  meta: {
    id: 'outdated-cookie-law',
    kind: 'defect',
    category: 'quality',
    severity: 'warning',
    weight: 2,
    legalRef: 'ekomloven (LOV-2024-12-13-76) § 3-15; opphevet ekomloven 2003 § 2-7 b',
    description: {
      nb: 'Regelen om informasjonskapsler vises til som ekomloven § 2-7 b (lov om elektronisk kommunikasjon av 2003). Den nye ekomloven gjelder fra 1. januar 2025 og har regelen i § 3-15, med samtykke etter personvernforordningens krav.',
      en: 'The cookie rule is cited as ekomloven § 2-7 b (Electronic Communications Act of 2003). The new Act applies from 1 January 2025 and has the rule in § 3-15, with consent to the GDPR standard.',
    },
    suggestion: {
      nb: 'Vis til den nye ekomloven, f.eks. «Vi bruker bare informasjonskapsler som ikke er nødvendige, dersom du samtykker, jf. ekomloven § 3-15 og personvernforordningen artikkel 4 nr. 11 og artikkel 7». Innstillinger i nettleseren er ikke lenger et gyldig samtykke.',
      nn: 'Vis til den nye ekomlova, t.d. «Vi bruker berre informasjonskapslar som ikkje er naudsynte, dersom du samtykkjer, jf. ekomlova § 3-15 og personvernforordninga artikkel 4 nr. 11 og artikkel 7». Innstillingar i nettlesaren er ikkje lenger eit gyldig samtykke.',
      en: 'Refer to the new Electronic Communications Act, e.g. "We only use cookies that are not strictly necessary if you consent, cf. the Electronic Communications Act § 3-15 and GDPR Articles 4(11) and 7". Browser settings no longer count as consent.',
    },
    rationale: {
      nb: 'Regelen om informasjonskapsler sto i ekomloven 2003 § 2-7 b. Den loven ble erstattet av en ny ekomlov (LOV-2024-12-13-76) fra 1. januar 2025, som har regelen i § 3-15 og krever samtykke etter personvernforordningens standard. Etter den gamle regelen kunne innstillinger i nettleseren regnes som samtykke; det kan de ikke lenger. En henvisning til § 2-7 b tyder derfor på at løsningen for samtykke heller ikke er oppdatert.',
      en: 'The cookie rule was in section 2-7 b of the 2003 Electronic Communications Act. That Act was replaced by a new one (LOV-2024-12-13-76) from 1 January 2025, which has the rule in § 3-15 and requires consent to the GDPR standard. Under the old rule browser settings could count as consent; they no longer can. A reference to § 2-7 b therefore suggests the consent solution has not been updated either.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi setter bare informasjonskapsler som ikke er nødvendige, dersom du samtykker, jf. ekomloven § 3-15.' },
        { lang: 'nn', text: 'Vi set berre informasjonskapslar som ikkje er naudsynte, dersom du samtykkjer, jf. ekomlova § 3-15.' },
      ],
      fail: [
        { lang: 'nb', text: 'Etter ekomloven § 2-7 b skal alle som besøker nettstedet, få vite hvilke informasjonskapsler som brukes.' },
        { lang: 'nn', text: 'Etter ekomlova § 2-7 b skal alle som besøkjer nettstaden, få vite kva informasjonskapslar som vert brukte.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'ingen henvisning til ekomloven § 2-7 b', en: 'no reference to ekomloven § 2-7 b' },
        fail: { nb: 'informasjonskapselregelen vist til som ekomloven § 2-7 b, hver forekomst sitert', en: 'the cookie rule cited as ekomloven § 2-7 b, every occurrence quoted' },
      },
    },
  },
  check(ctx: RuleContext) {
    const found = oldCookieSections(ctx);
    if (found.length === 0) {
      return pass({
        nb: 'Fant ingen henvisning til ekomloven § 2-7 b eller ekomloven av 2003.',
        en: 'No reference to ekomloven § 2-7 b or the 2003 Electronic Communications Act found.',
      });
    }
    const quoted = found.map((f) => `«${f.text}»`).join(', ');
    return fail(
      {
        nb: `Erklæringen viser til den opphevede ekomloven av 2003: ${quoted}. Fra 1. januar 2025 står regelen om informasjonskapsler i ny ekomlov § 3-15, og samtykke må oppfylle kravene i personvernforordningen.`,
        en: `The statement cites the repealed Electronic Communications Act of 2003: ${quoted}. Since 1 January 2025 the cookie rule is in § 3-15 of the new Act, and consent must meet the GDPR standard.`,
      },
      found,
    );
  },
};

export default outdatedCookieLaw;
