/**
 * Template leftovers and scraping debris: "[firmanavn]", runs of X, "{{company}}",
 * "[email protected]", dummy addresses, unfilled "Label: ..." slots.
 * Shared by placeholder-text (which reports them) and the contact rules (which
 * must not count a placeholder as a real e-mail, phone or name).
 */
import type { RuleContext } from '../../src/engine/context.js';
import { perDocument } from '../../src/memo.js';
import { test, words } from '../../src/nlp/patterns.js';
import { VISIBLE_TEMPLATE_SYNTAX } from '../../src/loaders/templates.js';
import { namedAsOperator } from './identity-hosting.js';
import type { Span } from '../../src/types.js';

export type PlaceholderKind =
  | 'brackets'
  | 'template-syntax'
  | 'x-run'
  | 'marker'
  | 'lorem-ipsum'
  | 'instruction'
  | 'dummy-name'
  | 'dummy-email'
  | 'obfuscated-email'
  | 'dummy-number'
  | 'blank-value'
  | 'unfilled-slot';

export interface Placeholder extends Span {
  text: string;
  kind: PlaceholderKind;
}

/** Words that make bracketed text a slot to fill in ("[Navn]", "[KONTAKT@EXAMPLE.NO]", "[Vertsleverandør]"). */
const SLOT_WORDS = words(
  '*navn*', 'namn*', 'name', 'names', 'dato*', 'date', '*firma*', 'selskap*', 'company', 'bedrift*', 'verksemd*',
  'virksomhet*', 'organisasjon*', 'organisation*', 'organization*', 'klinikk*', 'clinic*', 'adresse*', 'adressa',
  'address*', 'postnr', 'postnummer', 'poststed', 'e-post*', 'epost*', 'e-mail*', 'email*', 'mail', 'telefon*', 'phone*',
  'tlf', 'mobil*', 'nummer', 'number', 'org.nr', 'org. nr', 'orgnr', 'org', '*leverandør*', 'vendor*', 'provider*', 'url',
  'lenke*', 'link*', 'nettside*', 'nettstad*', 'website*', 'domene*', 'domain*', 'tittel', 'title', 'stilling*', 'sted',
  'city', 'by', 'beløp', 'amount', 'antall', 'periode', 'sett inn', 'fyll inn', 'legg inn', 'skriv inn', 'insert*',
  'enter', 'hvis aktuelt', 'dersom aktuelt', 'om aktuelt', 'if applicable', 'eksempel*', 'example*', 'placeholder*',
  'plassholder*', 'kontaktperson*', 'personvernombud*', 'behandlingsansvarl*', 'responsible', 'dpo', 'tekst', 'text',
);

/** Bracketed text that is not a slot: footnotes, omissions, legal citations, short acronyms. */
function isOrdinaryBracket(content: string): boolean {
  const c = content.trim();
  if (/^\d{1,3}(?:\s*[-–,]\s*\d{1,3})*$/.test(c)) return true; // [1], [2-4]
  if (/^[a-z]$/i.test(c) || /^[ivxlc]{1,6}$/i.test(c)) return true; // [a], [iv]
  if (/^(?:sic|\.{2,}|…)$/i.test(c)) return true;
  if (/(?:art(?:ikkel|icle)?\.?|§|nr\.?|no\.)\s*\d/i.test(c)) return true;
  if (/^\d{2,4}\s*\/\s*\d{2,4}$/.test(c)) return true; // [2016/679]
  return false;
}

export function isSlotContent(content: string): boolean {
  const c = content.trim();
  if (c.length === 0) return true;
  if (isOrdinaryBracket(c)) return false;
  if (c.includes('@')) return true;
  if (/^\+?\d[\d\s]{6,}$/.test(c)) return true;
  if (test(SLOT_WORDS, c)) return true;
  if (/^\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]*\s*\/\s*\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]*$/u.test(c)) return true; // [Norge/EU]
  const letters = c.match(/[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/gu) ?? [];
  const upper = letters.filter((ch) => ch !== ch.toLowerCase()).length;
  // A run of capitals ("[KLINIKKENS NAVN]") — but not a lone acronym ("[GDPR]").
  if (letters.length >= 5 && upper === letters.length && /[\s.,_-]/.test(c)) return true;
  if (letters.length >= 6 && upper === letters.length) return true;
  return false;
}

const SQUARE = /\[([^[\]\n]{0,80})\]/gu;
const ANGLE = /<([^<>\n]{2,60})>/gu;
/** A longer note to whoever fills in the template: "<link til deres egen cookieerklæring eller henvisning til …>". */
const BRACKETED_INSTRUCTION =
  /[<[](?:[Ll]ink|[Ll]enke|[Ll]enkje|[Hh]envisning|[Tt]ilvising|[Ss]ett inn|[Ff]yll inn|[Ff]yll ut|[Ss]kriv inn|[Ll]egg inn|[Ll]egg til|[Bb]eskriv|[Nn]avn på|[Nn]amn på|[Aa]ngi|[Oo]ppgi|[Hh]er skal|[Hh]er kan|[Hh]er må|[Ee]ventuelt|[Ee]vt\.|[Hh]vis aktuelt|[Dd]ersom aktuelt|[Oo]m aktuelt|[Ii]nsert|[Aa]dd|[Dd]escribe|[Nn]ame of|[Ii]f applicable|INSERT|SETT INN)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])[^<>[\]\n]{4,240}[>\]](?!\()/gu;
const TEMPLATE_SYNTAX = [
  ...VISIBLE_TEMPLATE_SYNTAX,
  /\$\{[^{}\n]{1,60}\}/gu,
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9{])\{[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f_][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9_.]{0,40}\}(?!\})/gu,
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9%])%[A-Z][A-Z0-9_]{2,30}%(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])/gu,
];
/** Three or more X in a row, or grouped runs ("xx.xx.xxxx", "XX XX XX XX") — not the X inside "XXL" or "Luxxx". */
const X_RUN = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])(?:X{3,}|x{3,}|[Xx]{2,4}(?:[.\-/ ][Xx]{2,4})+)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])/gu;
/** Editors' work markers (built from parts so that this file does not itself carry them). */
const MARKER = new RegExp(`(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])(?:${['TO' + 'DO', 'TBD', 'TBA', 'FIX' + 'ME'].join('|')})(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])`, 'gu');
const LOREM = words('lorem ipsum*', 'dolor sit amet');
const INSTRUCTION = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:(?:Sett|Set|Fyll|Legg|Skriv) inn|Insert|INSERT|SETT INN)(?:[ \u00a0][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9.@-]+){1,4}/gu;
const INSTRUCTION_TAIL = /(?:navn|namn|name|dato|date|adresse|address|e-?post|e-?mail|telefon|phone|lenke|link|url|tekst|text|her|here|firma|company|selskap|organisasjon|nummer|number|logo|beskrivelse)/iu;
const PARENTHETICAL = /\((?:[Nn]avn på|[Nn]amn på|[Nn]ame of|[Ii]nsert|[Ss]ett inn|[Ff]yll inn|[Ss]kriv inn|[Yy]our company|[Ii]ndsæt)[^()\n]{0,60}\)/gu;
const DUMMY_NAME = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:Your Company(?: Name)?|YOUR COMPANY(?: NAME)?|Company Name|COMPANY NAME|Your Business Name|Firmanavn AS|Bedriftsnavn AS|Selskapsnavn AS|Ditt [Ff]irma AS|Din [Bb]edrift AS|Navn Navnesen|Eksempel AS|Eksempelbedriften? AS|Acme (?:Inc|Corp|AS|Ltd))(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/gu;
/** A capitalised generic name mid-sentence ("Vi i Firmanavn tar personvern …"). */
const GENERIC_NAME_MID = /(?<=[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f,] )(?:Firmanavn|Bedriftsnavn|Selskapsnavn|Foretaksnavn|Virksomhetsnavn|Organisasjonsnavn|Klinikknavn|Butikknavn)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/gu;
const DUMMY_EMAIL = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9._%+@-])(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9._%+-]+@)?(?:www\.)?(?:example|eksempel|domene|dittdomene|mittdomene|domain|yourdomain|yourcompany|yoursite|yourwebsite|dittfirma|mittfirma|firmanavn|bedriftsnavn|companyname|company|epost)\.(?:com|no|org|net)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])/giu;
const OBFUSCATED_EMAIL = /\[(?:email|e-post|epost)[\s\u00a0]*(?:protected|beskyttet)\]/giu;
const BLANK_VALUE = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:org\.?\s?nr\.?|organisasjonsnummer|orgnr\.?|adresse|postadresse|e-?post(?:adresse)?|e-?mail|telefon(?:nummer)?|tlf\.?|mobil|dato|navn|namn|kontaktperson|daglig leder|sist oppdatert|oppdatert|versjon)[ \u00a0]*[:.]?[ \u00a0]*(?:\.{3,}|…|_{3,})/giu;
const LABELLED_NUMBER = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:tlf\.?|telefon(?:nummer)?|mobil|phone|org\.?\s?nr\.?|organisasjonsnummer|orgnr\.?)[ \u00a0]*[:.]?[ \u00a0]*((?:\+47[ \u00a0]?)?\d[\d \u00a0]{6,12}\d)/giu;
const DUMMY_ADDRESS = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:[Pp]ostboks|[Bb]oks|[Gg]ateveien|[Gg]atevegen|[Gg]atenavn|[Ee]ksempel(?:veien|gata|gaten|vegen))[ \u00a0]+(\d{1,5})[ \u00a0]*,?[ \u00a0]*(\d{4})[ \u00a0]+\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]+/gu;
/** Sentences that announce what follows: a colon there is not an empty slot. */
const FORWARD = words(
  'følgende', 'følgjande', 'nedenfor', 'nedanfor', 'nedenunder', 'under', 'below', 'following', 'these', 'disse', 'desse',
  'tabell*', 'table', 'list*', 'eksempel*', 'example*', 'blant annet', 'bl.a', 'f.eks', 'slik', 'such as', 'including',
);

/** Words a clause cannot end with: the thing they introduce is missing. */
const DANGLING = new Set([
  'til', 'for', 'på', 'av', 'i', 'om', 'med', 'hos', 'ved', 'fra', 'frå', 'mot', 'er', 'gjelder', 'gjeld', 'som', 'og', 'eller',
  'to', 'at', 'on', 'of', 'is', 'are', 'by', 'with', 'from', 'and', 'or', 'the', 'a', 'an', 'applies', 'apply', 'covers',
]);

/**
 * X standing for characters in a described format, not an empty slot: a run inside an identifier whose
 * start holds an underscore or a digit, as in the cookie value "GA1.2.xxxxxxxxxx.yyyyyyyyyy" or the cookie
 * name "_gat_UA-xxxxxxx-xx". "www.xxx.no", "post@xxx.no" and "UA-XXXXXXX-X" on its own stay slots.
 */
function isFormatNotation(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && from > start - 40 && !/\s/u.test(text[from - 1]!)) from--;
  const prefix = text.slice(from, start);
  return /[_0-9]/.test(prefix);
}

function isDummyDigits(digits: string): boolean {
  if (/^(\d)\1+$/.test(digits)) return true;
  if (digits.length >= 4 && ('01234567890'.includes(digits) || '98765432109'.includes(digits))) return true;
  return /^[1-9]0{5,}$/.test(digits);
}

function collect(ctx: RuleContext, pattern: RegExp, kind: PlaceholderKind, out: Placeholder[], accept?: (m: string) => boolean): void {
  for (const m of ctx.findInText(pattern)) if (!accept || accept(m.text)) out.push({ start: m.start, end: m.end, text: m.text, kind });
}

/** Every placeholder in the document, in text order, nested matches folded into the enclosing one. */
export const findPlaceholders: (ctx: RuleContext) => Placeholder[] = perDocument(computePlaceholders);

function computePlaceholders(ctx: RuleContext): Placeholder[] {
  const found: Placeholder[] = [];
  collect(ctx, OBFUSCATED_EMAIL, 'obfuscated-email', found);
  collect(ctx, SQUARE, 'brackets', found, (t) => isSlotContent(t.slice(1, -1)));
  collect(ctx, ANGLE, 'brackets', found, (t) => {
    const inner = t.slice(1, -1);
    // "<selskap>", "<Company Name>": a short field name tight against its brackets, not "< 13 år … >"
    if (/^\s|\s$/.test(inner) || inner.split(/\s+/).length > 5) return false;
    if (/^[/!?]|=|^(?:https?:|mailto:|www\.)/i.test(inner)) return false;
    return inner.length > 0 && isSlotContent(inner) && !/^\d/.test(inner);
  });
  for (const p of TEMPLATE_SYNTAX) collect(ctx, p, 'template-syntax', found);
  for (const m of ctx.findInText(X_RUN)) if (!isFormatNotation(ctx.text, m.start)) found.push({ start: m.start, end: m.end, text: m.text, kind: 'x-run' });
  collect(ctx, MARKER, 'marker', found);
  collect(ctx, LOREM, 'lorem-ipsum', found);
  collect(ctx, INSTRUCTION, 'instruction', found, (t) => INSTRUCTION_TAIL.test(t.replace(/^(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+ inn|Insert|INSERT)/u, '')));
  collect(ctx, PARENTHETICAL, 'instruction', found);
  collect(ctx, BRACKETED_INSTRUCTION, 'instruction', found, (t) => (t[0] === '<') === t.endsWith('>'));
  collect(ctx, DUMMY_NAME, 'dummy-name', found);
  collect(ctx, GENERIC_NAME_MID, 'dummy-name', found);
  // a bare domain presented as a web host is the company of that name ("driftes av Domene.no")
  for (const m of ctx.findInText(DUMMY_EMAIL)) {
    if (!/[@/]|^www\./i.test(m.text) && namedAsOperator(ctx.text, m.start)) continue;
    found.push({ start: m.start, end: m.end, text: m.text, kind: 'dummy-email' });
  }
  collect(ctx, BLANK_VALUE, 'blank-value', found);
  for (const m of ctx.findInText(LABELLED_NUMBER)) {
    const digits = m.text.replace(/^\D+/, '').replace(/^\+?47/, '').replace(/\D/g, '');
    if ((digits.length === 8 || digits.length === 9) && isDummyDigits(digits)) found.push({ start: m.start, end: m.end, text: m.text, kind: 'dummy-number' });
  }
  DUMMY_ADDRESS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DUMMY_ADDRESS.exec(ctx.text)) !== null) {
    const box = m[1]!;
    const code = m[2]!;
    const namedDummy = !/^(?:postboks|boks)$/i.test(m[0].split(/[ \u00a0]/)[0]!);
    if (namedDummy || (isDummyDigits(box) && isDummyDigits(code))) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'dummy-number' });
  }
  found.push(...unfilledSlots(ctx), ...emptyDateLabels(ctx));
  return fold(found);
}

/** Labels for a statement's date or version ("Sist oppdatert:", "Sist endra:", "Last updated:", "Versjon:"). */
const DATE_LABEL_END =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])((?:sist[ \u00a0]+(?:oppdatert|endret|endra|revidert|redigert|justert)|siste[ \u00a0]+(?:oppdatering|endring|revisjon)|oppdatert|endret|endra|revidert|dato|versjon|versjonsdato|gjelder[ \u00a0]+fra|gjeld[ \u00a0]+frå|gyldig[ \u00a0]+fra|gyldig[ \u00a0]+frå|ikrafttredelse|ikrafttreding|last[ \u00a0]+(?:updated|modified|revised|changed)|updated|revised|effective[ \u00a0]+(?:date|from)|date|version)[ \t*_]{0,4}:)[ \t*_]{0,4}$/iu;
const MONTH =
  '(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|des|dec)';
/** A date or version number opening the next block: the label's value on its own line. */
const DATE_VALUE = new RegExp(
  `^[ \\t*_]{0,4}(?:\\d{1,2}\\.?[ \\u00a0]*${MONTH}(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}(?:[-./]\\d{1,2})?(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])|${MONTH}[ \\u00a0]+\\d|v(?:ersion|ersjon)?\\.?[ \\u00a0]?\\d|\\d{1,3}(?:\\.\\d{1,3})+[ \\t]*$)`,
  'iu',
);

/**
 * A date or version label with nothing after it ("Sist oppdatert:" then the next heading): the
 * template's date was never filled in. Any other heading or line ending in a colon is left alone.
 */
function emptyDateLabels(ctx: RuleContext): Placeholder[] {
  const out: Placeholder[] = [];
  const blocks = ctx.doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = ctx.text.slice(block.start, block.end).replace(/\s+$/u, '');
    const tail = text.slice(-80);
    const m = DATE_LABEL_END.exec(tail);
    if (!m) continue;
    // a label of its own: on its own line, after a finished sentence, or capitalised where the loader joined lines
    // ("Personvernerklæring Sist endra:"); not prose that happens to end in "sist oppdatert:"
    const before = text.slice(0, text.length - tail.length + m.index).replace(/[ \t*_]+$/u, '');
    if (before !== '' && !/[\n.!?:]$/u.test(before) && !/^\p{Lu}/u.test(m[1]!)) continue;
    const next = blocks[i + 1];
    if (next && DATE_VALUE.test(ctx.text.slice(next.start, Math.min(next.end, next.start + 60)))) continue;
    const labelStart = block.start + text.length - tail.length + m.index;
    out.push({ start: labelStart, end: labelStart + m[1]!.length, text: m[1]!, kind: 'blank-value' });
  }
  return out;
}

/**
 * A paragraph that ends in a colon with nothing after it before the next heading
 * (or the end): "This privacy statement applies to:" — the generator's list was never filled in.
 */
function unfilledSlots(ctx: RuleContext): Placeholder[] {
  const out: Placeholder[] = [];
  const blocks = ctx.doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading') continue;
    const text = ctx.text.slice(block.start, block.end).trimEnd();
    if (!text.endsWith(':')) continue;
    const next = blocks[i + 1];
    if (next && next.kind !== 'heading') continue;
    if (next && ctx.text.slice(next.start, next.end).trimEnd().endsWith(':')) continue;
    // short lines read as headings one after another are the list the colon announced
    const after = blocks[i + 2];
    if (next && after && after.kind === 'heading') continue;
    if (next && ctx.doc.format === 'text' && !(after && after.end - after.start > 60)) continue;
    const sentence = ctx.sentences.filter((s) => s.block === i).pop();
    if (!sentence || test(FORWARD, sentence.text)) continue;
    // a label with its value on the next line ("E-post:") is not a slot sentence
    if (sentence.tokens.length < 3) continue;
    // only a clause broken off mid-way ("gjelder for:", "applies to:") — "… i nettleseren:" may introduce a link
    if (!DANGLING.has(sentence.tokens[sentence.tokens.length - 1]!.word)) continue;
    out.push({ start: sentence.start, end: sentence.end, text: sentence.text, kind: 'unfilled-slot' });
  }
  return out;
}

function fold(found: Placeholder[]): Placeholder[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Placeholder[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    if (last && p.start >= last.start && p.end <= last.end) continue;
    if (last && p.start < last.end) {
      if (p.end - p.start > last.end - last.start) out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
