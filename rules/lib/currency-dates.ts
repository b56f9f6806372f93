/**
 * Dates as Norwegian (Bokmål, Nynorsk) and English privacy statements write them,
 * and the labels that mark a statement's own update or effective date.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  /** The last moment the written date can mean (end of the day, month or year), UTC. */
  latest: Date;
  /** The first moment the written date can mean, UTC. */
  earliest: Date;
}

/** Month names and abbreviations (Bokmål, Nynorsk, English), lower case. */
export const MONTHS: Record<string, number> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2, febr: 2,
  mars: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const NOT_WORD_BEFORE = '(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])';
const NOT_WORD_AFTER = '(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])';

// "7.oktober 2019", "18. juni 2018", "1 March 2024", "1st of March, 2024", "3. mars 2024"
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}(\\d{1,2})(?:\\.|st|nd|rd|th)?[ \\t\\u00a0]*(?:of[ \\t]+)?(${MONTH_ALT})\\.?,?[ \\t\\u00a0]*(\\d{4})(?![0-9])`,
  'giu',
);
// "March 1, 2024"
const MONTH_DAY_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}(${MONTH_ALT})\\.?[ \\t\\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t\\u00a0]+(\\d{4})(?![0-9])`,
  'giu',
);
// "juni 2021", "May 2024", "okt. 2020"
const MONTH_YEAR = new RegExp(`${NOT_WORD_BEFORE}(${MONTH_ALT})\\.?,?[ \\t\\u00a0]+(\\d{4})(?![0-9])`, 'giu');
// "18.06.2018", "28.09. 2021", "01/05/2023", "1-5-2023", "18.06.18"
const NUMERIC_DMY = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9./-])(\d{1,2})[ \t]?([./-])[ \t]?(\d{1,2})\2[ \t]?(\d{4}|\d{2})(?![0-9]|[.,/-]\d)/gu;
// "2023-05-01", "2023.05.01", "2023/05/01" (not "LOV-2018-06-15-38")
const ISO = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9./-])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![0-9]|[.,/-]\d)/gu;
// A bare year, only used right after a label ("Oppdatert 2024").
const YEAR = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9./-])((?:19|20)\d{2})(?![0-9]|[./-]\d)/gu;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(start: number, text: string, year: number, month?: number, day?: number): FoundDate | undefined {
  if (year < 1990 || year > 2100) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month))) return undefined;
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const earliest = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const latest =
    precision === 'day'
      ? new Date(Date.UTC(year, month! - 1, day!, 23, 59, 59))
      : precision === 'month'
        ? new Date(Date.UTC(year, month!, 0, 23, 59, 59))
        : new Date(Date.UTC(year, 11, 31, 23, 59, 59));
  return { start, end: start + text.length, text, year, month, day, precision, latest, earliest };
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  return y.length === 4 ? n : n + 2000;
}

function collect(re: RegExp, text: string, base: number, make: (m: RegExpExecArray) => FoundDate | undefined, out: FoundDate[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const d = make(m);
    if (d) {
      d.start += base;
      d.end += base;
      out.push(d);
    }
  }
}

/**
 * Every date in `text` (offsets shifted by `base`), the most specific reading first
 * where two overlap. Two-digit years and bare years only when `loose` is set (right
 * after a label), since on their own they are mostly not dates.
 */
export function findDates(text: string, base = 0, loose = false): FoundDate[] {
  const found: FoundDate[] = [];
  collect(DAY_MONTH_YEAR, text, base, (m) => build(m.index, m[0], Number(m[3]), MONTHS[m[2]!.toLowerCase()], Number(m[1])), found);
  collect(MONTH_DAY_YEAR, text, base, (m) => build(m.index, m[0], Number(m[3]), MONTHS[m[1]!.toLowerCase()], Number(m[2])), found);
  collect(MONTH_YEAR, text, base, (m) => build(m.index, m[0], Number(m[2]), MONTHS[m[1]!.toLowerCase()]), found);
  collect(
    NUMERIC_DMY,
    text,
    base,
    (m) => {
      if (m[4]!.length === 2 && !loose) return undefined;
      let day = Number(m[1]);
      let month = Number(m[3]);
      // "05/13/2024" can only be month first.
      if (month > 12 && day <= 12) [day, month] = [month, day];
      return build(m.index, m[0], twoDigitYear(m[4]!), month, day);
    },
    found,
  );
  collect(ISO, text, base, (m) => build(m.index, m[0], Number(m[1]), Number(m[3]), Number(m[4])), found);
  if (loose) collect(YEAR, text, base, (m) => build(m.index, m[0], Number(m[1])), found);
  // Keep the longest reading where matches overlap ("18. juni 2018" over "juni 2018").
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: FoundDate[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

/**
 * Labels that introduce the statement's own date. Verbs that also occur in running
 * text ("endret", "oppdatert") are marked weak: they need "sist"/"last", a colon or
 * a short line to count.
 */
export const DATE_LABEL =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])(?:(?:sist|sidst|last)[ \t]+(?:oppdatert|oppdatera|endret|endra|revidert|redigert|justert|gjennomgått|updated|modified|revised|changed|reviewed)|sist[ \t]+oppdatering|siste[ \t]+(?:oppdatering|endring|revisjon)|oppdateringsdato|revisjonsdato|ikrafttredelse(?:sdato)?|ikraftsetting|oppdatert|oppdatering|endret|endra|revidert|revisjon|gjeldende[ \t]+(?:fra|frå|fom|f\.o\.m\.?)|gjeldande[ \t]+(?:fra|frå)|gjeld[ \t]+(?:fra|frå)|gjelder[ \t]+(?:fra|frå)|gyldig[ \t]+(?:fra|frå)|(?:i|tok)[ \t]+kraft[ \t]+(?:fra|frå)|(?:trer|trådte|tredde|trår|tok)[ \t]+i[ \t]+kraft|versjon|dato|datert|publisert|updated|modified|revised|effective(?:[ \t]+(?:date|from|as[ \t]+of))?|version|date|dated|valid[ \t]+from|in[ \t]+force[ \t]+from)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])/giu;

const WEAK_LABEL = /^(?:oppdatert|oppdatering|endret|endra|revidert|revisjon|updated|modified|revised|publisert|dato|date|dated|versjon|version)$/iu;

/** Words before a date that make it the date of a law, a ruling or a document other than the statement. */
const FOREIGN_DATE_BEFORE =
  /(?:(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:lov|loven|lova|lovens|lovas|act|forskrift[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|direktiv[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|forordning[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|regulation|directive|vedtak[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|dom|dommen|avgjørelse[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|avgjerd[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|kjennelse[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|ruling|judgment|anbefaling[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|veileder[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|rettleiar[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|LOV|FOR)(?:[ \t]+(?:om|av|frå|fra|of|datert|dated|nr\.?)[^.\n]{0,60})?[ \t,:-]*(?:av|frå|fra|of|datert|dated)?[ \t]*$)|(?:(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:utløper|utløp|utgår|varighet|varigheit|expires?|expiry|født|fødd|født den|lagres til|gyldig til|til og med|t\.o\.m\.)[ \t:]*$)/iu;
const FOREIGN_DATE_AFTER = /^[ \t]*(?:nr\.|no\.|nr[ \t]|om[ \t]+(?:behandling|elektronisk|endring)|\([A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*loven\))/iu;

/** Whether a date sits in a context that makes it some other document's date (a law, a ruling, a cookie expiry). */
export function isForeignDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 30);
  return FOREIGN_DATE_BEFORE.test(before) || FOREIGN_DATE_AFTER.test(after);
}

/**
 * Text between a label and its date that may be skipped: punctuation, version numbers, "den", "per", "the", "on".
 * Every alternative consumes a distinct kind of text, so the repetition cannot backtrack.
 */
// "[": a date left inside the template's brackets ("Sist oppdatert: [10.12.2024]")
const GAP = /^(?:[ \t\u00a0:.,;()[\-–—/]|(?:den|per|pr|the|on|of|as|ble|vart|blei|er|is|was|sist|last|fra|frå|from|nr|no|dato|date)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])|v?\d+(?:\.\d+){1,3}(?![0-9.]))*$/iu;

/** A template slot where a date should be: "[DATO]", "{updatedAt}", "dd.mm.åååå", a date written with X for digits. */
export const DATE_PLACEHOLDER = /^[ \t:]*(?:\[[^\]\n]{1,30}\]|\{\{?[^}\n]{1,40}\}\}?|<[^>\n]{1,30}>|dd\.mm\.(?:åååå|yyyy|åå|yy)|x{2}\.x{2}\.x{2,4}|_{3,}|\.{3,}|…)/iu;

export interface LabelledDate {
  date: FoundDate;
  labelStart: number;
  labelEnd: number;
  label: string;
}

export interface DatePlaceholder {
  start: number;
  end: number;
}

/**
 * A law or a provision as the subject before a label: "Ekomloven trådte i kraft …", "Den såkalte «cookie-paragrafen»
 * trådte i kraft 1. juli 2013", "§ 2-7 b gjeld frå …" — its date, not the statement's.
 */
const LAW_BEFORE_LABEL =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{0,30}-?(?:loven|lova|lovene|paragraf|paragrafen|paragrafene|bestemmelsen|bestemmelsene|føresegna|forskrift|forskriften|forskrifta|direktivet|forordningen|forordninga)|lov|lovverket|regelverket|act|law|regulation|§)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])[^.\n]{0,40}$/iu;

/** Cues that a sentence with a weak label speaks about the statement itself. */
const ABOUT_STATEMENT = /(?:erklæring|personvern|retningslin|policy|statement|notice|dokument|teksten|denne sida|denne siden|this page|vilkår)/iu;

export interface BlockText {
  start: number;
  end: number;
  text: string;
}

/**
 * Dates introduced by a label ("Sist oppdatert: 7.oktober 2019", "Dato: 18.06.2018",
 * "Versjon 2.1 – 3. mars 2024"), and label slots left as template placeholders.
 * A label at the end of a block may take its date from the start of the next block.
 */
export function findLabelledDates(blocks: BlockText[]): { dates: LabelledDate[]; placeholders: DatePlaceholder[] } {
  const dates: LabelledDate[] = [];
  const placeholders: DatePlaceholder[] = [];
  blocks.forEach((block, bi) => {
    DATE_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE_LABEL.exec(block.text)) !== null) {
      const labelStart = m.index;
      const labelEnd = m.index + m[0].length;
      const label = m[0];
      const rest = block.text.slice(labelEnd);
      const restTrim = rest.replace(/^[ \t:.\-–—]*/, '');
      let windowText = rest.slice(0, 60);
      let windowBase = block.start + labelEnd;
      if (restTrim.length === 0 && blocks[bi + 1]) {
        const next = blocks[bi + 1]!;
        windowText = next.text.slice(0, 60);
        windowBase = next.start;
      }
      const placeholder = DATE_PLACEHOLDER.exec(windowText);
      if (placeholder && !/\d{4}/.test(placeholder[0])) {
        placeholders.push({ start: block.start + labelStart, end: windowBase + placeholder[0].length });
        continue;
      }
      const candidates = findDates(windowText, windowBase, true);
      const date = candidates.find((d) => GAP.test(windowText.slice(0, d.start - windowBase)));
      if (!date) continue;
      const weak = WEAK_LABEL.test(label.replace(/\s+/g, ' ').trim());
      if (weak) {
        const colon = /^[ \t]*:/.test(rest);
        const short = block.text.length <= 120;
        if (date.precision === 'year' && !colon && block.text.length > 40) continue;
        if (!colon && !short && !ABOUT_STATEMENT.test(sentenceAround(block.text, labelStart))) continue;
      }
      // "Loven ble endret 1. mars 2024", "cookie-paragrafen trådte i kraft 1. juli 2013" date a law, not the statement.
      if ((weak || /kraft/iu.test(label)) && LAW_BEFORE_LABEL.test(block.text.slice(Math.max(0, labelStart - 50), labelStart))) continue;
      dates.push({ date, labelStart: block.start + labelStart, labelEnd: block.start + labelEnd, label });
    }
  });
  return { dates, placeholders };
}

function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const startIdx = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const after = text.slice(at);
  const endRel = after.search(/[.!?](?:\s|$)/);
  return text.slice(startIdx < 0 ? 0 : startIdx + 2, endRel < 0 ? text.length : at + endRel + 1);
}

/** The date three years before `asOf`, to the second. */
export function yearsBefore(asOf: Date, years: number): Date {
  const d = new Date(asOf.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

/** 20 July 2018: personopplysningsloven 2018 (and with it the GDPR) took effect in Norway. */
export const GDPR_IN_FORCE_NO = new Date(Date.UTC(2018, 6, 20));

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
