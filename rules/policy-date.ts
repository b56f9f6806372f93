import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { frontMatterOf } from '../src/loaders/templates.js';
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
  labelEn?: string;
  /** Read from the front matter, which is not part of the text: nothing to quote. */
  outsideText?: boolean;
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
      if (rest.split(/\s+/).filter((w) => /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/u.test(w)).length > MAX_CAPTION_WORDS) continue;
      out.push(d);
    }
  }
  return out;
}

/**
 * Date fields of a site generator's front matter ("lastmod: 2017-09-26", "date: 2020-03-22T11:04:00Z"):
 * the page's own record of when it was written or last changed. Not shown as text, so they have no span.
 */
const FRONT_MATTER_DATE = /^[ \t]*["']?(lastmod|last_?modified(?:_at)?|modified|updated(?:_at)?|last_?updated|date|dato|sist_?oppdatert)["']?[ \t]*[:=][ \t]*["']?([^\n"']{4,40})/gimu;

function frontMatterDate(original: string): { date: FoundDate; field: string } | undefined {
  const front = frontMatterOf(original);
  if (!front) return undefined;
  let best: { date: FoundDate; field: string } | undefined;
  for (const m of front.text.matchAll(FRONT_MATTER_DATE)) {
    const date = findDates(m[2]!)[0];
    if (date && date.start === 0 && date.precision === 'day' && (!best || date.latest.getTime() > best.date.latest.getTime())) {
      best = { date, field: m[1]! };
    }
  }
  return best;
}

/**
 * "archived on 2017-03-16", "arkivert 16. mars 2017": a copy's archive note. The statement existed on that
 * date, so it is at least that old; it only settles the case where that date is before 20 July 2018.
 */
const ARCHIVE_NOTE = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:archived|captured|arkivert|arkivkopi|snapshot)(?:[ \t]+(?:on|at|from|of|den|på|frå|fra|taken on))?[ \t:]*$/iu;

function archiveDate(blocks: BlockText[]): FoundDate | undefined {
  for (const block of blocks) {
    for (const d of findDates(block.text, block.start)) {
      if (d.precision === 'day' && ARCHIVE_NOTE.test(block.text.slice(Math.max(0, d.start - block.start - 40), d.start - block.start))) return d;
    }
  }
  return undefined;
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
    rationale: {
      nb: 'Personvernforordningen krever ikke uttrykkelig en dato, men informasjonen etter artikkel 12 og 13 skal være korrekt og oppdatert, og endringer i formål må opplyses om (artikkel 13 nr. 3). En dato viser leseren om teksten er gjennomgått mot dagens regelverk. En erklæring datert før 20. juli 2018, da personopplysningsloven 2018 og forordningen tok til å gjelde i Norge, bygger på et regelverk som er opphevet.',
      en: 'The GDPR does not expressly require a date, but the information under Articles 12 and 13 must be correct and current, and changes of purpose must be notified (Article 13(3)). A date tells the reader whether the text has been reviewed against current law. A statement dated before 20 July 2018, when the 2018 Personal Data Act and the GDPR took effect in Norway, rests on repealed law.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Sist oppdatert: 12. mars 2026.' },
        { lang: 'nn', text: 'Personvernerklæringa vart sist oppdatert 3. februar 2025.' },
      ],
      warn: [
        {
          lang: 'nb',
          text: 'Denne erklæringen ble sist oppdatert 15. januar 2021.',
          note: { nb: 'Mer enn tre år gammel (ved skanning 22. november 2026).', en: 'More than three years old (scanned on 22 November 2026).' },
        },
        {
          lang: 'nn',
          text: 'Vi kan endre denne personvernerklæringa. Den til kvar tid gjeldande versjonen ligg på nettsida vår.',
          note: { nb: 'Ingen dato.', en: 'No date.' },
        },
      ],
      fail: [
        {
          lang: 'nb',
          text: 'Sist oppdatert: 25. mai 2018.',
          note: { nb: 'Før personopplysningsloven 2018 tok til å gjelde 20. juli 2018.', en: 'Before the 2018 Personal Data Act took effect on 20 July 2018.' },
        },
        {
          lang: 'nn',
          text: 'Personvernerklæringa vart sist endra 1. mars 2017.',
          note: { nb: 'Før personopplysningsloven 2018 tok til å gjelde 20. juli 2018.', en: 'Before the 2018 Personal Data Act took effect on 20 July 2018.' },
        },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'en dato innenfor tre år før skannedatoen', en: 'a date within three years of the scan date' },
        warn: { nb: 'ingen dato, eller eldre enn tre år', en: 'no date, or older than three years' },
        fail: { nb: 'datert før 20. juli 2018 (norsk lov før personvernforordningen)', en: 'dated before 20 July 2018 (pre-GDPR Norwegian law)' },
      },
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
      const front = frontMatterDate(ctx.doc.original);
      if (front) {
        const label = `«${front.field}» i front matter`;
        candidates = [{ date: front.date, labelled: true, label, labelEn: `"${front.field}" in the front matter`, outsideText: true }];
      }
      const archived = front ? undefined : archiveDate(blocks);
      if (archived && archived.latest.getTime() < GDPR_IN_FORCE_NO.getTime()) {
        return fail(
          {
            nb: `Erklæringen har ingen egen dato, men teksten ble arkivert ${describe(archived)} og er dermed fra før personopplysningsloven 2018 og personvernforordningen tok til å gjelde i Norge 20. juli 2018. Den bygger på opphevet regelverk og må gjennomgås.`,
            en: `The statement carries no date of its own, but the text was archived on ${describe(archived)} and so predates the 2018 Personal Data Act and the GDPR, which took effect in Norway on 20 July 2018. It rests on repealed law and must be reviewed.`,
          },
          [archived],
        );
      }
    }
    if (candidates.length === 0) {
      return warn({
        nb: 'Fant ingen dato for når erklæringen sist ble oppdatert (søkte etter «sist oppdatert», «endret», «gjeldende fra», «versjon», «dato», datolinjer i første og siste avsnitt og datofelt i front matter).',
        en: 'No date of the last update found (searched for "last updated", "changed", "effective from", "version", "date", date lines in the first and last sections and date fields in the front matter).',
      });
    }

    // The statement's date is the most recent one it gives (a later "sist oppdatert" beats an earlier "gjeldende fra").
    const chosen = candidates.reduce((best, c) => (c.date.latest.getTime() > best.date.latest.getTime() ? c : best));
    const date = chosen.date;
    const how = chosen.labelled ? `(${chosen.label})` : '(datolinje uten etikett)';
    const howEn = chosen.labelled ? `(${chosen.labelEn ?? chosen.label})` : '(date line without a label)';
    const evidence = chosen.outsideText ? [] : [date];
    const asOf = isoDay(ctx.asOf);

    if (date.latest.getTime() < GDPR_IN_FORCE_NO.getTime()) {
      return fail(
        {
          nb: `Erklæringen er datert ${describe(date)} ${how}, før personopplysningsloven 2018 og personvernforordningen tok til å gjelde i Norge 20. juli 2018. Den bygger på opphevet regelverk og må gjennomgås.`,
          en: `The statement is dated ${describe(date)} ${howEn}, before the 2018 Personal Data Act and the GDPR took effect in Norway on 20 July 2018. It rests on repealed law and must be reviewed.`,
        },
        evidence,
      );
    }
    const cutoff = yearsBefore(ctx.asOf, MAX_AGE_YEARS);
    if (date.latest.getTime() < cutoff.getTime()) {
      return warn(
        {
          nb: `Erklæringen er sist datert ${describe(date)} ${how}, mer enn tre år før skannedatoen ${asOf}. Den bør gjennomgås mot dagens regelverk (f.eks. ny ekomlov fra 1. januar 2025).`,
          en: `The statement was last dated ${describe(date)} ${howEn}, more than three years before the scan date ${asOf}. It should be reviewed against current law (e.g. the new Electronic Communications Act of 1 January 2025).`,
        },
        evidence,
      );
    }
    return pass(
      {
        nb: `Erklæringen er datert ${describe(date)} ${how}, innenfor tre år før skannedatoen ${asOf}.`,
        en: `The statement is dated ${describe(date)} ${howEn}, within three years of the scan date ${asOf}.`,
      },
      evidence,
    );
  },
};

export default policyDate;
