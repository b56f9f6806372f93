import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import type { Rule, Span } from '../src/types.js';
import {
  findDates,
  findLabelledDates,
  GDPR_IN_FORCE_NO,
  isForeignDate,
  isoDay,
  yearsBefore,
  type BlockText,
  type FoundDate,
} from './lib/currency-dates.js';

/** A date line on its own ("Oslo, 3. mars 2024") is at most this long. */
const DATE_LINE_MAX = 80;
const MAX_AGE_YEARS = 3;
const MAX_CAPTION_WORDS = 4;

interface Candidate {
  date: FoundDate;
  labelled: boolean;
  label?: string;
}

/** Unlabelled dates that stand alone on a short line in the first or the last section. */
function standaloneDates(ctx: RuleContext, blocks: BlockText[]): FoundDate[] {
  if (ctx.sections.length === 0) return [];
  const first = ctx.sections[0]!;
  const last = ctx.sections[ctx.sections.length - 1]!;
  const out: FoundDate[] = [];
  for (const block of blocks) {
    const inEdge = (block.start >= first.start && block.end <= first.end) || (block.start >= last.start && block.end <= last.end);
    if (!inEdge || block.text.trim().length > DATE_LINE_MAX) continue;
    for (const d of findDates(block.text, block.start)) {
      if (d.precision === 'year') continue;
      if (isForeignDate(block.text, d.start - block.start, d.end - block.start)) continue;
      // Alone: besides the date, at most a place name or a short caption ("Oslo, 3. mars 2024").
      const rest = (block.text.slice(0, d.start - block.start) + ' ' + block.text.slice(d.end - block.start)).trim();
      if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > MAX_CAPTION_WORDS) continue;
      out.push(d);
    }
  }
  return out;
}

function describe(date: FoundDate): string {
  return `«${date.text}»`;
}

export const policyDate: Rule = {
  meta: {
    id: 'policy-date',
    kind: 'requirement',
    category: 'quality',
    severity: 'warning',
    weight: 1,
    legalRef: 'GDPR art. 12(1), art. 13(3); personopplysningsloven 2018',
    description: {
      nb: 'Erklæringen oppgir når den sist ble oppdatert, og datoen er ikke eldre enn tre år og ikke fra før personopplysningsloven 2018 (20. juli 2018).',
      en: 'The statement says when it was last updated; the date is not older than three years and not from before the 2018 Personal Data Act (20 July 2018).',
    },
    suggestion: {
      nb: 'Gå gjennom erklæringen mot dagens regelverk og skriv datoen øverst eller nederst, f.eks. «Sist oppdatert: 1. mars 2026». Oppdater datoen hver gang innholdet endres.',
      nn: 'Gå gjennom erklæringa mot dagens regelverk og skriv datoen øvst eller nedst, t.d. «Sist oppdatert: 1. mars 2026». Oppdater datoen kvar gong innhaldet vert endra.',
      en: 'Review the statement against current law and put the date at the top or bottom, e.g. "Last updated: 1 March 2026". Update the date whenever the content changes.',
    },
  },
  check(ctx: RuleContext) {
    const blocks: BlockText[] = ctx.doc.blocks.map((b) => ({ start: b.start, end: b.end, text: ctx.text.slice(b.start, b.end) }));
    const { dates: labelled, placeholders } = findLabelledDates(blocks);
    let candidates: Candidate[] = labelled.map((l) => ({ date: l.date, labelled: true, label: l.label.replace(/\s+/g, ' ').trim() }));
    if (candidates.length === 0) candidates = standaloneDates(ctx, blocks).map((date) => ({ date, labelled: false }));

    if (candidates.length === 0) {
      if (placeholders.length > 0) {
        const spans: Span[] = placeholders;
        const quoted = [...new Set(placeholders.map((p) => `«${ctx.text.slice(p.start, p.end)}»`))].join(', ');
        return warn(
          {
            nb: `Datofeltet er ikke fylt ut (${quoted}); erklæringen sier ikke når den sist ble oppdatert.`,
            en: `The date field is not filled in (${quoted}); the statement does not say when it was last updated.`,
          },
          spans,
        );
      }
      return warn({
        nb: 'Fant ingen dato for når erklæringen sist ble oppdatert (søkte etter «sist oppdatert», «endret», «gjeldende fra», «versjon», «dato» og datolinjer i første og siste avsnitt).',
        en: 'No date of the last update found (searched for "last updated", "changed", "effective from", "version", "date" and date lines in the first and last sections).',
      });
    }

    // The statement's date is the most recent one it gives (a later "sist oppdatert" beats an earlier "gjeldende fra").
    const chosen = candidates.reduce((best, c) => (c.date.latest.getTime() > best.date.latest.getTime() ? c : best));
    const date = chosen.date;
    const how = chosen.labelled ? `(${chosen.label})` : '(datolinje uten etikett)';
    const howEn = chosen.labelled ? `(${chosen.label})` : '(date line without a label)';
    const asOf = isoDay(ctx.asOf);

    if (date.latest.getTime() < GDPR_IN_FORCE_NO.getTime()) {
      return fail(
        {
          nb: `Erklæringen er datert ${describe(date)} ${how}, før personopplysningsloven 2018 og personvernforordningen tok til å gjelde i Norge 20. juli 2018. Den bygger på opphevet regelverk og må gjennomgås.`,
          en: `The statement is dated ${describe(date)} ${howEn}, before the 2018 Personal Data Act and the GDPR took effect in Norway on 20 July 2018. It rests on repealed law and must be reviewed.`,
        },
        [date],
      );
    }
    const cutoff = yearsBefore(ctx.asOf, MAX_AGE_YEARS);
    if (date.latest.getTime() < cutoff.getTime()) {
      return warn(
        {
          nb: `Erklæringen er sist datert ${describe(date)} ${how}, mer enn tre år før skannedatoen ${asOf}. Den bør gjennomgås mot dagens regelverk (f.eks. ny ekomlov fra 1. januar 2025).`,
          en: `The statement was last dated ${describe(date)} ${howEn}, more than three years before the scan date ${asOf}. It should be reviewed against current law (e.g. the new Electronic Communications Act of 1 January 2025).`,
        },
        [date],
      );
    }
    return pass(
      {
        nb: `Erklæringen er datert ${describe(date)} ${how}, innenfor tre år før skannedatoen ${asOf}.`,
        en: `The statement is dated ${describe(date)} ${howEn}, within three years of the scan date ${asOf}.`,
      },
      [date],
    );
  },
};

export default policyDate;
