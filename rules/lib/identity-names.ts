/**
 * Who the statement says is responsible: legal entities ("Eksempel AS"),
 * named organisations ("Oslobygda kulturlag"), names tied to the controller
 * role ("VarmeGuiden er behandlingsansvarlig"), and — weaker — brands and
 * domains ("nettstedet eksempel.no", the page title).
 */
import type { Match, RuleContext } from '../../src/engine/context.js';
import { perDocument, rememberedByText } from '../../src/memo.js';
import { test } from '../../src/nlp/patterns.js';
import type { Sentence, Span, Token } from '../../src/types.js';
import { domainIn, findAddresses, findEmails, namesPattern, ownerOf, sentenceAt } from './identity-contact.js';
import { hostingProviderOf, namedAsOperator } from './identity-hosting.js';
import { isValidOrgNumber, organisationNumbersIn } from './org-numbers.js';
import { findPlaceholders, overlapsAny, type Placeholder } from './identity-placeholder.js';
import {
  AUTHORITY,
  CONTROLLER_ROLE,
  FREE_MAIL_DOMAINS,
  GENERIC_SUBJECTS,
  LEGAL_FORM_SOURCE,
  LEGAL_FORMS,
  NOT_A_NAME,
  PROCESSOR_CONTEXT,
  THIRD_PARTY_DOMAINS,
  isOrgTypeWord,
  isThirdPartyName,
} from './identity-terms.js';

export type NameReason = 'config' | 'role' | 'legal-form' | 'org-type' | 'org-number' | 'address' | 'we-definition';

export interface NameCandidate extends Span {
  text: string;
  reason: NameReason;
}

export interface IdentityFindings {
  /** Organisations named in a way that identifies the controller. */
  entities: NameCandidate[];
  /** Brands, domains and page titles: the site, not a responsible party. */
  brands: NameCandidate[];
  /** Organisations mentioned only in passing ("vi bruker Regnskapshuset AS"), not as the writer. */
  mentioned: NameCandidate[];
  /** A brand found only in the HTML title or site name, not in the text. */
  titleBrand?: string;
  /** Placeholders where the controller's name should be ("[KLINIKKENS NAVN]"). */
  namePlaceholders: Placeholder[];
  /**
   * Names whose other part is an unfilled template variable ("{{ branch.name }} Røde Kors"):
   * only the brand part is visible, the responsible unit is not named.
   */
  partialNames: NameCandidate[];
  /** Domains the document gives as the site's own. */
  ownDomains: string[];
}

const LEGAL_FORM_SET = new Set(LEGAL_FORMS);
/** "Norsk Folkehjelp", "Norwegian Air Shuttle ASA": a country word opening a longer name is part of it. */
const COUNTRY_LEAD = new Set(['norsk', 'norwegian']);
const CONNECTOR_GAP = /^(?:[ \u00a0]+|[ \u00a0]*[–—&-][ \u00a0]*|[ \u00a0]+(?:og|&|and|of|for|i|på)[ \u00a0]+)$/u;
const WE_DEFINITION = /(?:\(|,)[ \u00a0]*(?:heretter|hereafter|herefter)?[ \u00a0]*[«"“”']?(?:vi|we|oss|us|me)[»"“”']?/iu;
const WE_ARE = /^(?:vi|me|we)[ \u00a0]+(?:er|heiter|heter|are)[ \u00a0]+/iu;
const WE_IN = /(?:^|[ \u00a0])(?:vi|me|we)[ \u00a0]+(?:i|hos|at)[ \u00a0]+$/iu;
const ORG_NUMBER_AFTER = /^[ \u00a0]*(?:,|med|with|\()?[ \u00a0]*(?:org(?:anisasjons)?\.?[ \u00a0]*-?[ \u00a0]*n(?:umme)?r|organisasjonsnummer|orgnr|foretaksnummer|organi[sz]ation number|company (?:registration )?number)/iu;
const DOMAIN = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9@._-])(?:https?:\/\/)?(?:www\.)?((?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9](?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9-]{0,61}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])?\.){1,3}(?:no|com|net|org|as|io|app|eu|se|dk|info|biz))(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9@-])/giu;
const TITLE_NOISE = /personvern|privacy|cookie|informasjonskaps|erklæring|policy|vilkår|terms|gdpr|datapolicy|personopplysning/iu;
const NAME_SLOT = /navn|namn|name|firma|company|selskap|klinikk|clinic|bedrift|virksomhet|verksemd|organisasjon|organi[sz]ation|behandlingsansvarl/iu;

interface WordStats {
  lower: Set<string>;
  capitalMid: Set<string>;
}

/** Which words the document writes in lower case, and which it capitalises mid-sentence. */
const wordStats = perDocument((ctx): WordStats => {
  const lower = new Set<string>();
  const capitalMid = new Set<string>();
  for (const s of ctx.sentences) {
    if (isAllCaps(s.text)) continue;
    s.tokens.forEach((t, i) => {
      const raw = ctx.text.slice(t.start, t.end);
      if (raw === t.word) lower.add(t.word);
      else if (i > 0 && /^\p{Lu}/u.test(raw) && !/[:(«"“]\s*$/u.test(ctx.text.slice(s.tokens[i - 1]!.end, t.start))) capitalMid.add(t.word);
    });
  }
  return { lower, capitalMid };
});

/** Latin letters, as LETTER_RANGES: A–Z, a–z, À–ɏ without × and ÷. */
function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Whether the text is written in capitals (more than 85 % of at least four letters). */
function isAllCaps(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLatinLetter(code)) continue;
    letters++;
    if (code <= 0x5a || (code >= 0x80 && text[i] !== text[i]!.toLowerCase())) upper++;
  }
  return letters >= 4 && upper / letters > 0.85;
}

function raw(ctx: RuleContext, t: Token): string {
  return ctx.text.slice(t.start, t.end);
}

/** A token that can be part of a name: it has a capital letter or mixes letters and digits ("n4f"). */
function nameLike(ctx: RuleContext, s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  // a word written in lower case without digits (nearly every token) is never part of a name
  if (ctx.text.startsWith(t.word, t.start) && !/[0-9]/.test(t.word)) return false;
  const r = raw(ctx, t);
  // "Godlia/Trasop" is two place names; "eksempel.no/kontakt" and "post@eksempel.no" are addresses
  if (/[@/]/.test(r) && !/^\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]{1,30}\/\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]{1,30}$/u.test(r)) return false;
  // "Eksempel.no": a domain is a brand, never the legal name
  if (/\.[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,}$/u.test(r)) return false;
  if (!/\p{Lu}/u.test(r) && !(/[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/u.test(r) && /[0-9]/u.test(r))) return false;
  // "IT-infrastruktur", "IP-adresse", "EU-kommisjonen": an acronym compound, not a name
  if (/^\p{Lu}{2,5}-\p{Ll}/u.test(r)) return false;
  if (overlapsAny(findPlaceholders(ctx), t.start, t.end)) return false;
  if (i === 0 || startsAfterBreak(ctx, s, i)) {
    const next = s.tokens[i + 1];
    if (COUNTRY_LEAD.has(t.word) && next && /^[ \u00a0]+$/.test(ctx.text.slice(t.end, next.start)) && /^\p{Lu}/u.test(raw(ctx, next))) return true;
    return properAtStart(ctx, t);
  }
  return true;
}

function startsAfterBreak(ctx: RuleContext, s: Sentence, i: number): boolean {
  if (i === 0) return true;
  return /[:()«"“]\s*$/u.test(ctx.text.slice(s.tokens[i - 1]!.end, s.tokens[i]!.start));
}

/** A capitalised word at the start of a sentence is a name if it is not an ordinary word the document also writes in lower case. */
function properAtStart(ctx: RuleContext, t: Token): boolean {
  const r = raw(ctx, t);
  if (/\p{Lu}/u.test(r.slice(1)) || /[0-9]/u.test(r)) return true;
  if (NOT_A_NAME.has(t.word) || GENERIC_SUBJECTS.has(t.word)) return false;
  // "Brønnøysundregistrene": a public body's name, though it looks like a plural
  if (test(AUTHORITY, r)) return true;
  // "Kommunene", "Skulane": a definite plural is a common noun
  if (/(?:ene|ane)$/.test(t.word) && t.word.length > 5) return false;
  const stats = wordStats(ctx);
  if (stats.capitalMid.has(t.word)) return true;
  return !stats.lower.has(t.word) && t.word.length >= 3;
}

/**
 * "Arrangøren er behandlingsansvarlig": a lone noun in the definite form opening the sentence
 * is a role, not a name ("Fjellbakeriet AS", "Bergen kommune" have more words).
 */
function isLoneDefiniteNoun(ctx: RuleContext, s: Sentence, c: { first: number; last: number }): boolean {
  if (ctx.doc.language.code === 'eng') return false;
  if (c.first !== c.last || !(c.first === 0 || startsAfterBreak(ctx, s, c.first))) return false;
  const t = s.tokens[c.first]!;
  const r = raw(ctx, t);
  if (/\p{Lu}/u.test(r.slice(1)) || wordStats(ctx).capitalMid.has(t.word) || test(AUTHORITY, r)) return false;
  const definite = /(?:ene|ane|en|et)$/.exec(t.word);
  return definite !== null && t.word.length >= 6 && t.stem === t.word.slice(0, -definite[0].length);
}

/**
 * "Arbeids- og velferdsdirektoratet", "Helse- og omsorgsdepartementet": an organisation-type compound
 * whose shared tail is written once. Returns the index of the tail token, or -1.
 */
function suspendedCompoundEnd(ctx: RuleContext, s: Sentence, i: number): number {
  const toks = s.tokens;
  if (i + 2 >= toks.length || !/^-[ \u00a0]+$/.test(ctx.text.slice(toks[i]!.end, toks[i + 1]!.start))) return -1;
  if (!/^(?:og|eller)$/.test(toks[i + 1]!.word) || !/^[ \u00a0]+$/.test(ctx.text.slice(toks[i + 1]!.end, toks[i + 2]!.start))) return -1;
  const tail = toks[i + 2]!;
  return /^\p{Ll}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]{3,40}$/u.test(raw(ctx, tail)) && isOrgTypeWord(tail.word) ? i + 2 : -1;
}

/**
 * The same compound opening a sentence, where its first word's capital proves nothing: a name unless the
 * document also writes the whole compound in lower case ("arbeids- og velferdsforvaltninga" is another one).
 */
function suspendedCompoundAtStart(ctx: RuleContext, s: Sentence, i: number): number {
  if (!(i === 0 || startsAfterBreak(ctx, s, i)) || !/^\p{Lu}\p{Ll}{2,30}$/u.test(raw(ctx, s.tokens[i]!))) return -1;
  if (NOT_A_NAME.has(s.tokens[i]!.word)) return -1;
  const end = suspendedCompoundEnd(ctx, s, i);
  if (end < 0) return -1;
  const phrase = ctx.text.slice(s.tokens[i]!.start, s.tokens[end]!.end);
  const lower = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  return ctx.text.includes(lower) ? -1 : end;
}

const chunkCache = new WeakMap<Sentence, Array<{ first: number; last: number }>>();

/** Maximal runs of name-like tokens joined by spaces, dashes, "&" or "og"; leading/trailing ordinary words trimmed. */
export function nameChunks(ctx: RuleContext, s: Sentence): Array<{ first: number; last: number }> {
  const cached = chunkCache.get(s);
  if (cached) return cached;
  const out = computeChunks(ctx, s);
  chunkCache.set(s, out);
  return out;
}

function computeChunks(ctx: RuleContext, s: Sentence): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  const toks = s.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!nameLike(ctx, s, i)) {
      const end = suspendedCompoundAtStart(ctx, s, i);
      if (end > i) out.push({ first: i, last: end });
      i = Math.max(i, end) + 1;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length) {
      const gap = ctx.text.slice(toks[j]!.end, toks[j + 1]!.start);
      if (!CONNECTOR_GAP.test(gap)) break;
      if (nameLike(ctx, s, j + 1)) {
        j++;
        continue;
      }
      // "Hyperion – Norsk Forbund For …": a connector word may sit between two name words
      if (/^[ \u00a0]+$/.test(gap) && j + 2 < toks.length && /^(?:og|&|and|of|for|i|på)$/.test(toks[j + 1]!.word) && nameLike(ctx, s, j + 2)) {
        const gap2 = ctx.text.slice(toks[j + 1]!.end, toks[j + 2]!.start);
        if (/^[ \u00a0]+$/.test(gap2)) {
          j += 2;
          continue;
        }
      }
      if (suspendedCompoundEnd(ctx, s, j) > j) j += 2;
      break;
    }
    let a = i;
    let b = j;
    while (a <= b && NOT_A_NAME.has(toks[a]!.word) && !(a < b && COUNTRY_LEAD.has(toks[a]!.word))) a++;
    while (b >= a && NOT_A_NAME.has(toks[b]!.word)) b--;
    // "Forretningsadresse:", "Navn:": a label, not a name
    const label = b >= a && /^[ \u00a0]*:/.test(ctx.text.slice(toks[b]!.end, toks[b]!.end + 3));
    if (a <= b && !label) out.push({ first: a, last: b });
    i = j + 1;
  }
  return out;
}

function chunkSpan(s: Sentence, c: { first: number; last: number }): Span {
  return { start: s.tokens[c.first]!.start, end: s.tokens[c.last]!.end };
}

/** judgeExcludedName remembered: several finders judge the same candidate. The key is the two flags, then the text. */
const judgedExcluded = rememberedByText((key) => judgeExcludedName(key.slice(2), key[0] === '1', key[1] === '1'), 5000);

/**
 * Names that never identify the controller. A public body ("Brønnøysundregistrene") is one only
 * where the text gives it the controller role (`publicBodyAllowed`).
 */
function isExcludedName(text: string, publicBodyAllowed = false, thirdPartyAllowed = false): boolean {
  return judgedExcluded(`${publicBodyAllowed ? 1 : 0}${thirdPartyAllowed ? 1 : 0}${text}`);
}

function judgeExcludedName(text: string, publicBodyAllowed: boolean, thirdPartyAllowed: boolean): boolean {
  if (!thirdPartyAllowed && text.split('/').some((part) => isThirdPartyName(part.trim()))) return true;
  const single = text.trim().toLowerCase();
  if (!/\s/.test(single) && (GENERIC_SUBJECTS.has(single) || (isOrgTypeWord(single) && /(?:en|et|a|ene|ane)$/.test(single)))) return true;
  if (!publicBodyAllowed && test(AUTHORITY, text)) return true;
  if (test(CONTROLLER_ROLE, text) && text.split(/\s+/).length === 1) return true;
  const words = text.toLowerCase().split(/[\s–—/-]+/).filter((w) => w.length > 0);
  return words.every((w) => NOT_A_NAME.has(w) || LEGAL_FORM_SET.has(w.toUpperCase()));
}

/** Whether the sentence (or, for a short list item, the sentence introducing the list) is about processors and vendors. */
function inProcessorContext(ctx: RuleContext, s: Sentence): boolean {
  if (test(CONTROLLER_ROLE, s.text)) return false;
  if (test(PROCESSOR_CONTEXT, s.text)) return true;
  // under a heading such as "Databehandlere" or "Recipients and processors" ("Ansvarlig databehandler" misnames the controller)
  const heading = ctx.sectionOf(s).heading;
  if (test(PROCESSOR_CONTEXT, heading) && !test(CONTROLLER_ROLE, heading) && !/ansvarl[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*[ \u00a0]+databehandl/iu.test(heading)) return true;
  if (s.tokens.length > 6) return false;
  for (let i = s.index - 1; i >= Math.max(0, s.index - 8); i--) {
    const prev = ctx.sentences[i]!;
    if (prev.section !== s.section) return false;
    if (test(PROCESSOR_CONTEXT, prev.text)) return true;
    if (prev.tokens.length > 6) return false;
  }
  return false;
}

function legalFormEntities(ctx: RuleContext, s: Sentence): NameCandidate[] {
  const out: NameCandidate[] = [];
  const toks = s.tokens;
  if (!toks.some((t) => LEGAL_FORM_SET.has(raw(ctx, t)))) return out;
  const allCaps = isAllCaps(s.text);
  toks.forEach((t, i) => {
    const r = raw(ctx, t);
    if (i === 0 || !LEGAL_FORM_SET.has(r)) return;
    let a = i;
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      const gap = ctx.text.slice(toks[k]!.end, toks[k + 1]!.start);
      const okGap = k === i - 1 ? /^(?:[ \u00a0]+|,[ \u00a0]*)$/.test(gap) : CONNECTOR_GAP.test(gap);
      if (!okGap) break;
      const rk = raw(ctx, toks[k]!);
      if (!/[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/u.test(rk) || (!/\p{Lu}/u.test(rk) && !/[0-9]/u.test(rk))) break;
      if (NOT_A_NAME.has(toks[k]!.word) && !COUNTRY_LEAD.has(toks[k]!.word)) break;
      if ((k === 0 || startsAfterBreak(ctx, s, k)) && !properAtStart(ctx, toks[k]!) && !allCaps) break;
      a = k;
    }
    if (a === i) return;
    const span = { start: toks[a]!.start, end: t.end };
    const text = ctx.text.slice(span.start, span.end);
    if (isExcludedName(text.replace(/[ ,]+\S+$/, ''))) return;
    out.push({ ...span, text, reason: 'legal-form' });
  });
  return out;
}

/** "Godlia skoles musikkorps", "Ullern kirkes barnekor": a genitive common noun between the place name and the type word. */
function isGenitiveLink(ctx: RuleContext, t: Token): boolean {
  const r = raw(ctx, t);
  return /^\p{Ll}{3,20}s$/u.test(r) && !NOT_A_NAME.has(t.word);
}

/** "Godlia/Trasop", "Vestre Aker": words of a place name joined by spaces or a slash. */
function placeGap(ctx: RuleContext, s: Sentence, k: number): boolean {
  return /^(?:[ \u00a0]+|[ \u00a0]?\/[ \u00a0]?)$/.test(ctx.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start));
}

/**
 * "Digitaliseringsdirektoratet", "Skatteetaten": one compound word ending in an organisation type,
 * written with a capital letter mid-sentence, is the name of a body, not "the directorate".
 */
function singleWordOrgName(ctx: RuleContext, s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  const r = raw(ctx, t);
  if (t.word.length < 10 || !/^\p{Lu}\p{Ll}+$/u.test(r) || !isOrgTypeWord(t.word) || GENERIC_SUBJECTS.has(t.word)) return false;
  if (NOT_A_NAME.has(t.word) || !wordStats(ctx).capitalMid.has(t.word)) return false;
  return !isThirdPartyName(r) && !test(AUTHORITY, r);
}

function orgTypeEntities(ctx: RuleContext, s: Sentence): NameCandidate[] {
  const out: NameCandidate[] = [];
  const toks = s.tokens;
  if (isAllCaps(s.text)) return out;
  toks.forEach((t, i) => {
    if (!isOrgTypeWord(t.word)) return;
    const single = () => {
      if (singleWordOrgName(ctx, s, i)) out.push({ start: t.start, end: t.end, text: raw(ctx, t), reason: 'org-type' });
    };
    if (i === 0 || !/^[ \u00a0]+$/.test(ctx.text.slice(toks[i - 1]!.end, t.start))) return single();
    let last = i - 1;
    if (!nameLike(ctx, s, last) && last > 0 && isGenitiveLink(ctx, toks[last]!) && placeGap(ctx, s, last)) last--;
    if (!nameLike(ctx, s, last) || NOT_A_NAME.has(toks[last]!.word)) return single();
    let a = last;
    while (a > 0 && placeGap(ctx, s, a) && nameLike(ctx, s, a - 1) && (!NOT_A_NAME.has(toks[a - 1]!.word) || COUNTRY_LEAD.has(toks[a - 1]!.word))) a--;
    const span = { start: toks[a]!.start, end: t.end };
    const text = ctx.text.slice(span.start, span.end);
    if (isExcludedName(text)) return;
    out.push({ ...span, text, reason: 'org-type' });
  });
  // "Stiftelsen Kunstnerhjemmet", "Idrettslaget Sprint", "Universitetet i Bergen": the type word first
  for (const c of nameChunks(ctx, s)) {
    if (c.last === c.first || !isOrgTypeWord(toks[c.first]!.word)) continue;
    const span = chunkSpan(s, c);
    const text = ctx.text.slice(span.start, span.end);
    if (!isExcludedName(text)) out.push({ ...span, text, reason: 'org-type' });
  }
  // "Norges Musikkorps Forbund" holds "Norges Musikkorps": keep the whole name
  return out.filter((c) => !out.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
}

const NAME_THEN_ROLE = /^(?:[ \u00a0]*\([^()]{0,40}\))?(?:[ \u00a0]*,[^,.;]{0,60},)?[ \u00a0]+(?:(?:er|is|are|blir|vert|vil være|skal være|will be|acts as|opptrer|står)[ \u00a0]+(?:den[ \u00a0]+|the[ \u00a0]+|selvstendig[ \u00a0]+|sjølvstendig[ \u00a0]+|som[ \u00a0]+)?|(?:har|hev|has|bears)[ \u00a0]+(?:(?:det|the)[ \u00a0]+(?:\p{Ll}{3,20}[ \u00a0]+)?)?|(?:som|as)[ \u00a0]+)$/iu;
const ROLE_THEN_NAME = /^[^.;!?]{0,50}?(?:[ \u00a0](?:er|is|are)[ \u00a0]*:?|:)(?:[ \u00a0]+(?:daglig leder|dagleg leiar|styreleder|styreleiar|styret|leder|leiar|administrerende direktør|rektor|eier|eigar|the board|the ceo|the owner)[ \u00a0]+(?:i|for|hos|ved|of|at|av))?[ \u00a0]*$/iu;
/** "Nettstedet eies av X", "Nettsida vert styrt av X", "The site is operated by X": the owner answers for the site. */
const OWNED_BY = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:eies|eigast|eigd|er eid|eid|drives|drivast|blir drevet|vert driven|styres|styrast|styrt|forvaltes|forvaltast|forvalta|forvaltet|operated|owned|run|published|managed|utgis|utgitt)[ \u00a0]+(?:av|by)[ \u00a0]+$/iu;
/** "ansvarlig for behandlingen … i X": the role held within the named organisation. */
const ROLE_IN_NAME = /^(?:[ \u00a0]+(?:av|for|om|of)[ \u00a0]+\p{Ll}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]{0,30}){0,2}[ \u00a0]+(?:i|hos|ved|in|at)[ \u00a0]+$/iu;
/**
 * "Daglig leder i det enkelte foretaket tilknyttet X", "kvart kontor i X-kjeda": the role belongs to
 * each member of a chain or group; X is the chain's brand, not the controller.
 */
const CHAIN_MEMBER = /(?:(?:tilknyttet|tilknytt|tilknytta|affiliated with|part of)[ \u00a0]*&?|(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:det|den|dei|de|the)[ \u00a0]+enkelte[ \u00a0]+[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]{2,30}[ \u00a0]+(?:i|hos|innen|innan|under|av|in|of)[ \u00a0]+|(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:hvert|hver|kvart|kvar|each|every)[ \u00a0]+[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]{2,30}[ \u00a0]+(?:i|hos|innen|innan|under|av|in|of|within)[ \u00a0]+)$/iu;

/** The controller-role phrases of the document, by sentence. */
const roleMatchesBySentence = perDocument((ctx) => {
  const bySentence = new Map<number, Match[]>();
  for (const m of ctx.find(CONTROLLER_ROLE)) {
    const list = bySentence.get(m.sentence.index) ?? [];
    list.push(m);
    bySentence.set(m.sentence.index, list);
  }
  return bySentence;
});

/** The controller-role phrases in one sentence. */
function roleMatches(ctx: RuleContext, s: Sentence): Match[] {
  return roleMatchesBySentence(ctx).get(s.index) ?? [];
}

/**
 * Names tied to the controller role: "X er behandlingsansvarlig", "X, ved daglig leder, er …",
 * "X som behandlingsansvarlig", "Behandlingsansvarlig: X", "The data controller is X".
 */
/**
 * The end of an address given after a company's legal form: "Google Ireland Ltd, Gordon House, |Dublin| er …",
 * "Fjellvind AS, Storgata 1, 0150 |Oslo| er behandlingsansvarlig". A name here is a place, not the controller.
 */
const AFTER_COMPANY_ADDRESS = new RegExp(
  `(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:${LEGAL_FORM_SOURCE})\\.?(?:[ \u00a0]*,[^,;:()]{1,60}){1,3}$`,
  'u',
);

/** Another party's own controllership, not the statement's: "selvstendig behandlingsansvarlig", "independent controller". */
const INDEPENDENT_CONTROLLER = /(?:selvstendig|sjølvstendig|egen|eigen|eige|independent|separate|own)[ \u00a0]+(?:behandlingsansvarl|controller|data controller)|(?:for|av)[ \u00a0]+(?:sine|sin|sitt|its|their)[ \u00a0]/iu;

function roleEntities(ctx: RuleContext, s: Sentence): NameCandidate[] {
  const out: NameCandidate[] = [];
  const roles = roleMatches(ctx, s).filter((m) => !ctx.isNegated(s, m));
  if (roles.length === 0) return out;
  // "Behandlingsansvarlig er Posten Norge AS", "Vipps MobilePay AS er behandlingsansvarlig": a company on the third-party
  // list is the controller of its own statement when named as such with its legal form, unless it is another party's own
  // controllership ("Google Ireland Ltd er selvstendig behandlingsansvarlig for …")
  const ownStatement = !INDEPENDENT_CONTROLLER.test(s.text);
  for (const c of nameChunks(ctx, s)) {
    const span = chunkSpan(s, c);
    const text = ctx.text.slice(span.start, span.end);
    const withForm = LEGAL_FORM_SET.has(raw(ctx, s.tokens[c.last]!));
    if (isExcludedName(text, true, ownStatement && withForm) || isLoneDefiniteNoun(ctx, s, c)) continue;
    if (CHAIN_MEMBER.test(ctx.text.slice(Math.max(s.start, span.start - 80), span.start))) continue;
    if (AFTER_COMPANY_ADDRESS.test(ctx.text.slice(Math.max(s.start, span.start - 200), span.start))) continue;
    const tied = roles.some((r) => {
      if (r.start >= span.end) return NAME_THEN_ROLE.test(ctx.text.slice(span.end, r.start));
      if (r.end > span.start) return false;
      const between = ctx.text.slice(r.end, span.start);
      if (ROLE_THEN_NAME.test(between) || /^[ \u00a0]*:?[ \u00a0]*$/.test(between)) return true;
      // "Gruppeleiaren er ansvarleg for behandlinga av personopplysningar i Nordbygda speidargruppe"
      return ROLE_IN_NAME.test(between) && !isExcludedName(text);
    });
    if (tied) out.push(withTypeWord(ctx, s, c, 'role'));
  }
  return out;
}

/** "… i Nordbygda speidargruppe": a name chunk followed by its lower-case organisation type. */
function withTypeWord(ctx: RuleContext, s: Sentence, c: { first: number; last: number }, reason: NameReason): NameCandidate {
  const next = s.tokens[c.last + 1];
  const last = next && isOrgTypeWord(next.word) && /^[ \u00a0]+$/.test(ctx.text.slice(s.tokens[c.last]!.end, next.start)) ? c.last + 1 : c.last;
  const span = chunkSpan(s, { first: c.first, last });
  return { ...span, text: ctx.text.slice(span.start, span.end), reason };
}

/** "Dette nettstedet eies av Ola Nordmann", "The site is operated by Nordic Widgets". */
function ownerEntities(ctx: RuleContext, s: Sentence): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const c of nameChunks(ctx, s)) {
    const span = chunkSpan(s, c);
    if (!OWNED_BY.test(ctx.text.slice(Math.max(s.start, span.start - 30), span.start))) continue;
    // the site or service is what is owned; "the servers are operated by X" names a vendor
    if (!OWNED_THING.test(ctx.text.slice(s.start, span.start))) continue;
    if (ctx.isNegated(s, span) || inProcessorContext(ctx, s)) continue;
    const text = ctx.text.slice(span.start, span.end);
    if (!isExcludedName(text)) out.push({ ...span, text, reason: 'role' });
  }
  return out;
}

/** Under a "Behandlingsansvarlig" heading, a name that opens one of the first two sentences. */
function roleHeadingEntities(ctx: RuleContext, s: Sentence): NameCandidate[] {
  const chunk = nameChunks(ctx, s)[0];
  if (!chunk || chunk.first !== 0 || isLoneDefiniteNoun(ctx, s, chunk)) return [];
  const span = chunkSpan(s, chunk);
  const text = ctx.text.slice(span.start, span.end);
  return isExcludedName(text) ? [] : [{ ...span, text, reason: 'role' }];
}

/** "Vi er Trondheim Meditasjon & Yoga": the writer names itself. */
function weAreEntities(ctx: RuleContext, s: Sentence): NameCandidate[] {
  const m = WE_ARE.exec(s.text);
  if (!m) return [];
  const chunk = nameChunks(ctx, s).find((c) => s.tokens[c.first]!.start - s.start === m[0].length);
  if (!chunk) return [];
  const span = chunkSpan(s, chunk);
  const text = ctx.text.slice(span.start, span.end);
  return isExcludedName(text) ? [] : [{ ...span, text, reason: 'role' }];
}

/** "X («vi»)", "vi i X": the writer's name, a brand unless the controller role is claimed by "vi". */
function weNames(ctx: RuleContext, s: Sentence): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const c of nameChunks(ctx, s)) {
    const span = chunkSpan(s, c);
    const text = ctx.text.slice(span.start, span.end);
    if (isExcludedName(text)) continue;
    const after = ctx.text.slice(span.end, span.end + 30);
    const before = ctx.text.slice(Math.max(s.start, span.start - 12), span.start);
    if (WE_DEFINITION.test(after.slice(0, 16)) && /^[ \u00a0]*[(,]/.test(after)) out.push({ ...span, text, reason: 'we-definition' });
    else if (WE_IN.test(before)) out.push({ ...span, text, reason: 'we-definition' });
  }
  return out;
}

function orgNumberEntities(ctx: RuleContext, s: Sentence): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const c of nameChunks(ctx, s)) {
    const span = chunkSpan(s, c);
    if (!ORG_NUMBER_AFTER.test(ctx.text.slice(span.end, span.end + 40))) continue;
    const text = ctx.text.slice(span.start, span.end);
    if (!isExcludedName(text)) out.push({ ...span, text, reason: 'org-number' });
  }
  return out;
}

const COPYRIGHT = /(?:©|\(c\)|copyright)[ \u00a0]*(?:\d{4}(?:[–-]\d{2,4})?[ \u00a0]*)?/giu;
/**
 * "© Lønnstad Bygdeservice … Org.nr. 934 594 770": the copyright holder in a footer that gives a valid organisation
 * number is the legal entity the number identifies, even without a legal form in the name (a sole proprietorship).
 */
function copyrightEntities(ctx: RuleContext): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of ctx.findInText(COPYRIGHT)) {
    const s = sentenceAt(ctx, m.end);
    if (!s) continue;
    const chunk = nameChunks(ctx, s).find((c) => {
      const start = s.tokens[c.first]!.start;
      return start >= m.end && start - m.end <= 2;
    });
    if (!chunk) continue;
    const footer = ctx.doc.blocks.slice(s.block, s.block + 3);
    const footerText = ctx.text.slice(footer[0]!.start, footer[footer.length - 1]!.end);
    if (!organisationNumbersIn(footerText).some((n) => n.labelled && isValidOrgNumber(n.digits))) continue;
    const span = chunkSpan(s, chunk);
    const text = ctx.text.slice(span.start, span.end);
    if (!isExcludedName(text)) out.push({ ...span, text, reason: 'org-number' });
  }
  return out;
}

/** A name right before a postal address, or on the line before it ("Firma\nStorgata 1, 0155 Oslo"). */
function addressEntities(ctx: RuleContext): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const a of findAddresses(ctx)) {
    const s = sentenceAt(ctx, a.start);
    if (!s) continue;
    const candidates: Array<{ sentence: Sentence; chunk: { first: number; last: number } }> = [];
    for (const c of nameChunks(ctx, s)) if (s.tokens[c.last]!.end <= a.start) candidates.push({ sentence: s, chunk: c });
    const prev = ctx.sentences[s.index - 1];
    if (candidates.length === 0 && prev && prev.tokens.length <= 6 && prev.section === s.section) {
      for (const c of nameChunks(ctx, prev)) candidates.push({ sentence: prev, chunk: c });
    }
    const last = candidates[candidates.length - 1];
    if (!last) continue;
    const span = chunkSpan(last.sentence, last.chunk);
    const between = ctx.text.slice(span.end, a.start);
    if (last.sentence === s && !/^[ \u00a0]*[,:]?[ \u00a0]*(?:(?:forretnings|besøks|post)?adresse[ \u00a0]*:?[ \u00a0]*)?$/iu.test(between)) continue;
    const text = ctx.text.slice(span.start, span.end);
    if (isExcludedName(text) || inProcessorContext(ctx, last.sentence)) continue;
    out.push({ ...span, text, reason: 'address' });
  }
  return out;
}

function configEntities(ctx: RuleContext): NameCandidate[] {
  const pattern = namesPattern(ctx.options.organisationNames);
  if (!pattern) return [];
  return ctx.findInText(pattern).map((m) => ({ ...m, reason: 'config' as const }));
}

function isOwnDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  const listed = (list: readonly string[]) => list.some((x) => d === x || d.endsWith(`.${x}`));
  return !listed(THIRD_PARTY_DOMAINS) && !listed(FREE_MAIL_DOMAINS) && !hostingProviderOf(d) && !/^(?:github\.io|herokuapp\.com|netlify\.app)$/.test(d);
}

function domainBrands(ctx: RuleContext): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of ctx.findInText(DOMAIN)) {
    const host = m.text.replace(/^https?:\/\//i, '').replace(/^www\./i, '').toLowerCase();
    if (!isOwnDomain(host)) continue;
    out.push({ start: m.start, end: m.end, text: m.text, reason: 'we-definition' });
  }
  return out;
}

/** What an owner owns: the site, app or service the statement covers. */
const OWNED_THING = /nettsted|nettstad|nettside|nettsida|hjemmeside|heimeside|websid|website|web site|\bsite\b|nettbutikk|webshop|butikken|tjenesten|tenesta|\bservice\b|\bappen\b|\bapp\b|applikasjonen|portal|plattform|platform|domene|domain|\bvi\b|\bwe\b/iu;
const SITE_WORDS = /nettsted|nettstad|nettside|nettsida|hjemmeside|heimeside|websid|website|web site|\bsite\b|domene|gjelder for|gjeld for|applies to|nettbutikk|webshop|tjenesten|tenesta|vår side|våre sider/iu;
const REFERRAL_WORDS = /les mer|les meir|read more|besøk|vitja|visit|se også|mer informasjon|meir informasjon|more information|finner du|finn du|you can find/iu;

/**
 * The site's own domains: those the text presents as the site ("gjelder for nettstedet
 * fjellbakst.no"), not those it refers the reader to ("les mer på www.slettmeg.no"); and the
 * page's canonical address.
 */
function siteDomains(ctx: RuleContext, domains: NameCandidate[]): string[] {
  const host = (t: string) => t.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/.*$/, '').toLowerCase();
  const out = new Set<string>();
  for (const d of domains) {
    const s = sentenceAt(ctx, d.start);
    if (!s) continue;
    if ((SITE_WORDS.test(s.text) || ctx.isHeading(s)) && !REFERRAL_WORDS.test(s.text) && !namedAsOperator(ctx.text, d.start)) out.add(host(d.text));
  }
  if (ctx.doc.format === 'html') {
    const canonical =
      /<link[^>]{0,200}rel=["']canonical["'][^>]{0,200}href=["']([^"'<>]{4,200})["']/i.exec(ctx.doc.original) ??
      /<meta[^>]{0,200}property=["']og:url["'][^>]{0,200}content=["']([^"'<>]{4,200})["']/i.exec(ctx.doc.original);
    if (canonical && /^https?:\/\//i.test(canonical[1]!)) {
      const h = host(canonical[1]!);
      if (isOwnDomain(h)) out.add(h);
    }
  }
  return [...out];
}

/** The brand in an HTML page's title or og:site_name: "Personvern – Jobbklar" → "Jobbklar". */
function titleBrand(ctx: RuleContext): string | undefined {
  if (ctx.doc.format !== 'html') return undefined;
  const site = /<meta[^>]{0,200}property=["']og:site_name["'][^>]{0,200}content=["']([^"'<>]{2,60})["']/i.exec(ctx.doc.original);
  if (site && !TITLE_NOISE.test(site[1]!)) return site[1]!.trim();
  const title = /<title[^>]{0,100}>([^<]{2,200})<\/title>/i.exec(ctx.doc.original);
  if (!title) return undefined;
  const parts = title[1]!.split(/\s+[–—|·:-]\s+|\s*\|\s*/).map((p) => p.trim()).filter((p) => p.length > 1 && !TITLE_NOISE.test(p));
  return parts.length > 0 ? parts[parts.length - 1] : undefined;
}

/** "Personvernerklæring for MyTXS", "Personvern – Jobbklar": the name in the document's first heading. */
function headingBrands(ctx: RuleContext): NameCandidate[] {
  const first = ctx.sentences.find((s) => ctx.isHeading(s));
  if (!first || !TITLE_NOISE.test(first.text)) return [];
  return nameChunks(ctx, first)
    .map((c) => chunkSpan(first, c))
    .map((span) => ({ ...span, text: ctx.text.slice(span.start, span.end), reason: 'we-definition' as const }))
    .filter((c) => !TITLE_NOISE.test(c.text) && !isExcludedName(c.text));
}

/** Capitalised unknown names the document uses at least twice mid-sentence ("kjøpe Jobbklar"). */
function recurringNames(ctx: RuleContext): NameCandidate[] {
  const seen = new Map<string, NameCandidate[]>();
  for (const s of ctx.sentences) {
    if (isAllCaps(s.text) || ctx.isHeading(s) || ctx.doc.blocks[s.block]?.kind === 'table-row') continue;
    for (const c of nameChunks(ctx, s)) {
      if (c.first === 0 || startsAfterBreak(ctx, s, c.first)) continue;
      const span = chunkSpan(s, c);
      const text = ctx.text.slice(span.start, span.end);
      if (isExcludedName(text) || isAllCaps(text) || text.length < 3) continue;
      const key = text.toLowerCase().replace(/s$/, '');
      const list = seen.get(key) ?? [];
      list.push({ ...span, text, reason: 'we-definition' });
      seen.set(key, list);
    }
  }
  return [...seen.values()].filter((l) => l.length >= 2).map((l) => l[0]!);
}

/**
 * Where the writer names itself: the title or opening, a contact/identity section, as the
 * subject opening a sentence, or defined as "vi". A name elsewhere ("vi bruker Regnskapshuset AS
 * til bokføring") may be a vendor.
 */
function isProminent(ctx: RuleContext, s: Sentence, c: Span): boolean {
  const bodyIndex = ctx.sentences.slice(0, s.index + 1).filter((x) => !ctx.isHeading(x)).length;
  if (ctx.isHeading(s) && s.index <= 3) return true;
  if (!ctx.isHeading(s) && bodyIndex <= 4) return true;
  if (ctx.sections[s.section]!.topics.includes('identity')) return true;
  if (s.tokens[0] && s.tokens[0].start === c.start) return true;
  const before = ctx.text.slice(Math.max(s.start, c.start - 12), c.start);
  if (WE_IN.test(before)) return true;
  const after = ctx.text.slice(c.end, c.end + 30);
  return WE_DEFINITION.test(after.slice(0, 16)) && /^[ \u00a0]*[(,]/.test(after);
}

/** Who the statement names as responsible, and how (worked out once per document). */
export const identityFindings: (ctx: RuleContext) => IdentityFindings = perDocument(findIdentity);

function findIdentity(ctx: RuleContext): IdentityFindings {
  const entities: NameCandidate[] = [...configEntities(ctx)];
  const weDefined: NameCandidate[] = [];
  const roleHeadingSections = new Set(
    ctx.sections.filter((sec) => sec.heading && test(CONTROLLER_ROLE, sec.heading)).map((sec) => sec.index),
  );
  let weClaimRole = false;
  const bodySeen = new Map<number, number>();
  const mentioned: NameCandidate[] = [];
  for (const s of ctx.sentences) {
    const processor = inProcessorContext(ctx, s);
    if (!processor) {
      for (const c of [...legalFormEntities(ctx, s), ...orgTypeEntities(ctx, s)]) {
        (isProminent(ctx, s, c) ? entities : mentioned).push(c);
      }
      entities.push(...orgNumberEntities(ctx, s));
    }
    entities.push(...roleEntities(ctx, s), ...weAreEntities(ctx, s), ...ownerEntities(ctx, s));
    // the first sentences under a "Behandlingsansvarlig" heading name the controller
    if (roleHeadingSections.has(s.section) && !ctx.isHeading(s) && !processor) {
      const seen = bodySeen.get(s.section) ?? 0;
      bodySeen.set(s.section, seen + 1);
      if (seen < 2) entities.push(...roleHeadingEntities(ctx, s));
    }
    weDefined.push(...weNames(ctx, s));
    if (/(?:^|[\s,])(?:vi|me|we)(?=[\s,])/iu.test(s.text) && test(CONTROLLER_ROLE, s.text) && !roleMatches(ctx, s).some((m) => ctx.isNegated(s, m))) {
      weClaimRole = true;
    }
  }
  entities.push(...addressEntities(ctx), ...copyrightEntities(ctx));
  if (weClaimRole) entities.push(...weDefined.map((w) => ({ ...w, reason: 'role' as const })));

  const domains = domainBrands(ctx);
  const brands: NameCandidate[] = [...weDefined, ...domains, ...headingBrands(ctx), ...recurringNames(ctx)];
  const tb = titleBrand(ctx);
  let titleOnly: string | undefined;
  if (tb) {
    const escaped = tb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const inText = ctx.findInText(new RegExp(`(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])${escaped}(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])`, 'giu'));
    if (inText.length > 0) brands.push({ ...inText[0]!, reason: 'we-definition' });
    else titleOnly = tb;
  }
  const namePlaceholders = findPlaceholders(ctx).filter(
    (p) => p.kind !== 'unfilled-slot' && !p.text.includes('@') && (NAME_SLOT.test(p.text) || p.kind === 'dummy-name') && inControllerSlot(ctx, p),
  );
  const ownDomains = siteDomains(ctx, domains);
  const partialNames: NameCandidate[] = [];
  const whole = entities.filter((e) => {
    if (e.reason === 'config' || !nextToPlaceholder(ctx, e)) return true;
    partialNames.push(e);
    return false;
  });
  return {
    entities: dedupe(whole),
    partialNames: dedupe(partialNames),
    brands: dedupe(brands),
    mentioned: dedupe(mentioned),
    titleBrand: titleOnly,
    namePlaceholders,
    ownDomains,
  };
}

/** A name slot ("{{ branch.name }}", "[AVDELING NAVN]") written right before or after the name, as part of it. */
function nextToPlaceholder(ctx: RuleContext, c: Span): boolean {
  return findPlaceholders(ctx).some((p) => {
    if (p.kind === 'unfilled-slot' || p.text.includes('@') || !NAME_SLOT.test(p.text) || /nummer|number|nr\b|org\.?[ \u00a0]*n/iu.test(p.text)) return false;
    if (p.end <= c.start) return /^[ \u00a0]{0,2}$/.test(ctx.text.slice(p.end, c.start));
    if (p.start >= c.end) return /^[ \u00a0]{0,2}$/.test(ctx.text.slice(c.end, p.start));
    return false;
  });
}

/**
 * The domain part of the controller's own, working e-mail addresses ("post@eksempel.no" →
 * "eksempel.no"): where nothing else names the controller, a site name at least.
 */
export function controllerMailDomains(ctx: RuleContext): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const e of findEmails(ctx)) {
    if (e.problem || e.fromLink || !isOwnDomain(e.domain) || domainIn(e.domain, ['example.com', 'example.no', 'eksempel.no'])) continue;
    if (ownerOf(ctx, e) !== 'controller') continue;
    const s = sentenceAt(ctx, e.start);
    if (s && inProcessorContext(ctx, s)) continue;
    const at = ctx.text.indexOf('@', e.start);
    out.push({ start: at + 1, end: e.end, text: ctx.text.slice(at + 1, e.end), reason: 'we-definition' });
  }
  return dedupe(out);
}

/** A name placeholder that stands where the controller is named: role sentence, identity section, or the opening. */
function inControllerSlot(ctx: RuleContext, p: Placeholder): boolean {
  const s = sentenceAt(ctx, p.start);
  if (!s) return false;
  if (test(CONTROLLER_ROLE, s.text) || /\((?:«|"|“)?(?:vi|we)/iu.test(ctx.text.slice(p.end, p.end + 12))) return true;
  const section = ctx.sections[s.section]!;
  if (section.topics.includes('identity') && /(?:^|\s)(?:navn|namn|name)\s*:/iu.test(s.text)) return true;
  return s.index <= 4;
}

function dedupe(list: NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  const seen = new Set<string>();
  for (const c of list.sort((a, b) => a.start - b.start)) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
