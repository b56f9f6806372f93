/**
 * Sentence context for the basis-and-purposes rules: heading chains, list runs, purpose
 * statements (concrete or only general), and where a statement names a legal basis.
 */
import type { RuleContext } from '../../src/engine/context.js';
import { perDocument } from '../../src/memo.js';
import { matchAll, test, words, type TextMatch } from '../../src/nlp/patterns.js';
import { classifyHeading } from '../../src/segment/sections.js';
import type { Section, Sentence, Span } from '../../src/types.js';
import {
  ANAPHOR_ANY,
  ANAPHOR_START,
  ART6_LETTER,
  BASIS_MARKER,
  BASIS_PURPOSE_PHRASE,
  BASIS_TERMS,
  CONDITION_WORDS,
  BY_USING_SITE,
  CONSENT_EXCEPTION,
  CONSENT_GIVEN,
  CONSENT_NOT_BASIS,
  CURRENT_LAW,
  DATA_NOUN,
  DEFINITION_START,
  DEFINITIONS_HEADING,
  FIRST_PERSON,
  GENERIC_PURPOSE,
  HYPOTHETICAL,
  LAW_EXPLANATION,
  OBLIGATION_ASSERTED,
  CONTRACT_PERFORMED,
  OBJECTION_WORDS,
  OLD_ACT_BASIS,
  OLD_COOKIE_BASIS,
  PROCESSING,
  PURPOSE_ACTIVITY,
  PURPOSE_HEADING,
  PURPOSE_MARKER,
  PURPOSE_NOUN,
  WHOLE_STATEMENT,
  type BasisKind,
} from './basis-terms.js';

export const BASIS_KINDS: readonly BasisKind[] = ['consent', 'contract', 'obligation', 'vital', 'public', 'interest'];
const LETTER_KIND: Record<string, BasisKind> = { a: 'consent', b: 'contract', c: 'obligation', d: 'vital', e: 'public', f: 'interest' };

// ---------------------------------------------------------------- structure

/** The sentence's section and the sections above it (by heading level), nearest first. */
export function sectionChain(ctx: RuleContext, sentence: Sentence): Section[] {
  const own = ctx.sections[sentence.section]!;
  const chain = [own];
  let level = own.level;
  for (let i = own.index - 1; i >= 0 && level > 1; i--) {
    const s = ctx.sections[i]!;
    if (s.level > 0 && s.level < level) {
      chain.push(s);
      level = s.level;
    }
  }
  return chain;
}

export function headingChain(ctx: RuleContext, sentence: Sentence): string[] {
  return sectionChain(ctx, sentence)
    .map((s) => s.heading)
    .filter((h) => h.length > 0);
}

/** A list item, table row or short line: items of an enumeration. */
export function isListy(ctx: RuleContext, sentence: Sentence): boolean {
  const kind = ctx.doc.blocks[sentence.block]?.kind;
  return kind === 'list-item' || kind === 'table-row' || (kind !== 'heading' && sentence.tokens.length <= 12);
}

/** The contiguous run of list items / short lines a sentence sits in (with at most 12 on each side). */
export function listRun(ctx: RuleContext, sentence: Sentence): Sentence[] {
  if (!isListy(ctx, sentence)) return [sentence];
  const run = [sentence];
  for (let i = sentence.index - 1; i >= 0 && sentence.index - i <= 12; i--) {
    const s = ctx.sentences[i]!;
    if (s.section !== sentence.section || !isListy(ctx, s)) break;
    run.unshift(s);
  }
  for (let i = sentence.index + 1; i < ctx.sentences.length && i - sentence.index <= 12; i++) {
    const s = ctx.sentences[i]!;
    if (s.section !== sentence.section || !isListy(ctx, s)) break;
    run.push(s);
  }
  return run;
}

/** The sentence that introduces the list a listy sentence belongs to ("Vi bruker opplysningene til:"). */
export function leadIn(ctx: RuleContext, sentence: Sentence): Sentence | undefined {
  if (!isListy(ctx, sentence)) return undefined;
  for (let i = sentence.index - 1; i >= 0 && sentence.index - i <= 14; i--) {
    const s = ctx.sentences[i]!;
    if (s.section !== sentence.section || ctx.isHeading(s)) return undefined;
    if (/[:：]\s*$/u.test(s.text)) return s;
    if (!isListy(ctx, s)) return undefined;
  }
  return undefined;
}

/** Sentences of the same section within `before`/`after` positions. */
export function around(ctx: RuleContext, sentence: Sentence, before: number, after: number): Sentence[] {
  return ctx.neighbours(sentence, before, after).filter((s) => !ctx.isHeading(s));
}

export function trimQuote(sentence: Sentence, max = 220): Span {
  return { start: sentence.start, end: sentence.start + Math.min(sentence.text.length, max) };
}

function blank(text: string, pattern: RegExp): string {
  let out = text;
  for (const m of matchAll(pattern, text)) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

// ---------------------------------------------------------------- purposes

export type PurposeKind = 'concrete' | 'generic' | 'unclear';

export interface PurposeHit extends Span {
  sentence: Sentence;
  clause: string;
  kind: PurposeKind;
}

/** Concrete if the clause names an activity outside general "deliver the service" wording. */
export function classifyPurpose(clause: string): PurposeKind | undefined {
  const generic = test(GENERIC_PURPOSE, clause);
  const basisPhrase = test(BASIS_PURPOSE_PHRASE, clause);
  let cleaned = blank(clause, GENERIC_PURPOSE);
  cleaned = blank(cleaned, BASIS_PURPOSE_PHRASE);
  for (const kind of BASIS_KINDS) cleaned = blank(cleaned, BASIS_TERMS[kind]);
  if (test(PURPOSE_ACTIVITY, cleaned)) return 'concrete';
  if (generic || basisPhrase) return 'generic';
  return /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{3,}/u.test(cleaned) ? 'unclear' : undefined;
}

/** Verbs of using data (not of keeping it: "lagres til", "oppbevares til" are about time or place). */
const USE_VERB = words(
  'bruk', 'bruke', 'bruker', 'brukar', 'brukes', 'brukast', 'brukt', 'brukte', 'bruka', 'benytt*', 'nytt*', 'behandl*', 'samle* inn',
  'samla* inn', 'innhent*', 'henter inn', 'hente inn', 'hentes inn', 'registrer*', 'analyser*', 'use', 'uses', 'used', 'using',
  'process*', 'collect*',
);
const STRONG_MARKER = words('for å', 'til å', 'in order to', 'for the purpose*');
const USER_PRONOUNS = new Set(['du', 'dykk', 'you']);
const CONTROLLER_PRONOUNS = new Set(['vi', 'me', 'we']);
const IMPERATIVES = new Set(['bruk', 'kontakt', 'send', 'les', 'klikk', 'trykk', 'gå', 'velg', 'endre', 'use', 'contact', 'click', 'read', 'see', 'visit']);
/** Words that bind "til"/"for" to themselves ("i henhold til", "knyttet til", "på vegne av"). */
const BOUND_BEFORE = new Set(['henhold', 'knyttet', 'knytt', 'knytta', 'tilknytning', 'forhold', 'tillegg', 'inntil', 'adgang', 'tilgang', 'rett', 'retten', 'ansvarlig', 'ansvarleg', 'responsible', 'according', 'due', 'subject', 'access']);
const DETERMINERS = new Set(['din', 'ditt', 'dine', 'di', 'vår', 'vårt', 'våre', 'the', 'your', 'our', 'a', 'an', 'en', 'et', 'ei', 'ein', 'eit']);

/** "Du kan abonnere … for å motta", "Bruk innstillingene … for å": the user's purpose, not the controller's. */
function userIsSubject(sentence: Sentence, before: number): boolean {
  const tokens = sentence.tokens.filter((t) => t.end <= before);
  if (tokens.length === 0) return false;
  if (IMPERATIVES.has(tokens[0]!.word) && tokens[1]?.word !== 'av' && tokens[1]?.word !== 'of') return true;
  if (!tokens.slice(0, 3).some((t) => USER_PRONOUNS.has(t.word))) return false;
  return !tokens.some((t) => CONTROLLER_PRONOUNS.has(t.word));
}
const TEMPORAL_SUBJECT = new Set(['du', 'dykk', 'vi', 'me', 'de', 'dei', 'kunden', 'medlemmet', 'brukeren', 'you', 'we']);
const ENDING_AFTER = words('avslutt*', 'opphør*', 'slett*', 'utløp*', 'ender', 'ends', 'ended', 'trekk*', 'melder', 'går ut');

const RIGHT_TO = /(?:rett(?:en)?|retten din|right|rettane?|rettighet(?:en)?)\s+(?:til|to|på)\s*$/iu;

function inPurposeHeading(ctx: RuleContext, sentence: Sentence): boolean {
  return headingChain(ctx, sentence).some((h) => test(PURPOSE_HEADING, h));
}

/** Does the sentence talk about processing data (so a "for å" in it can be a purpose)? */
function processingContext(ctx: RuleContext, sentence: Sentence): boolean {
  if (test(PROCESSING, sentence.text) || test(DATA_NOUN, sentence.text) || test(PURPOSE_NOUN, sentence.text)) return true;
  return inPurposeHeading(ctx, sentence);
}

function clauseFrom(sentence: Sentence, offset: number, max = 240): string {
  return sentence.text.slice(offset - sentence.start, offset - sentence.start + max);
}

interface Marker extends TextMatch {
  /** Where the purpose clause starts. */
  from: number;
  /** A strong marker states a purpose even when its clause is vague; a weak one counts only with a concrete activity. */
  strong: boolean;
}

/** Markers of a purpose in one sentence: "for å …", "formålet er …", "bruker … til statistikk". */
function markersIn(sentence: Sentence): Marker[] {
  const out: Marker[] = [];
  const rel = (offset: number) => offset - sentence.start;
  const useBefore = (offset: number) => test(USE_VERB, sentence.text.slice(0, rel(offset)));
  for (const m of matchAll(PURPOSE_MARKER, sentence.text, sentence.start)) {
    if (userIsSubject(sentence, m.start)) continue;
    const strong = test(STRONG_MARKER, m.text) && useBefore(m.start);
    out.push({ ...m, from: m.end, strong });
  }
  for (const m of matchAll(PURPOSE_NOUN, sentence.text, sentence.start)) {
    const after = sentence.text.slice(rel(m.end), rel(m.end) + 60);
    const strong = /^\s*(?:[:：]|(?:med\s+\S+(?:\s+\S+){0,4}?\s+)?(?:er|var|is|are|was)\s+(?:å|at|to|[:：]))/iu.test(after);
    out.push({ ...m, from: m.start, strong });
  }
  const tokens = sentence.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.word !== 'til' && t.word !== 'for' && t.word !== 'to') continue;
    const next = tokens[i + 1]?.word;
    if (next === undefined || next === 'å' || next === 'at') continue;
    const gap = sentence.text.slice(rel(tokens[Math.max(0, i - 7)]!.start), rel(t.start));
    if (/[,;:()]/.test(gap)) continue;
    const window = tokens.slice(Math.max(0, i - 7), i).map((x) => x.word).join(' ');
    if (!test(USE_VERB, window) || BOUND_BEFORE.has(tokens[i - 1]!.word) || userIsSubject(sentence, t.start)) continue;
    // "behandler opplysningene til kundeforholdet avsluttes", "til du melder deg av": until, not a purpose
    const following = tokens.slice(i + 1, i + 6).map((x) => x.word).join(' ');
    if (t.word === 'til' && (TEMPORAL_SUBJECT.has(next) || test(ENDING_AFTER, following))) continue;
    // "for drift", "til statistikk", "to fulfil": an activity right after ("for enkelte studenter" is not a purpose)
    const head = DETERMINERS.has(next) ? tokens[i + 2]?.word : next;
    // "for gjennomføring av kontrakten", "til administrasjon av …": a purpose named by a verbal noun
    const verbalNoun = !DETERMINERS.has(next) && /(?:ing|else|sjon|tion|ment)$/u.test(next) && tokens[i + 2]?.word === 'av';
    if (t.word !== 'to' && !verbalNoun && !(head && test(PURPOSE_ACTIVITY, head))) continue;
    out.push({ start: t.start, end: t.end, text: t.word, from: t.end, strong: t.word === 'to' || verbalNoun });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Vi bruker opplysningene til følgende formål:", "Formål:", "We use your data to:" (not "Du har rett til:"). */
function purposeLeadIn(intro: Sentence): boolean {
  const tail = intro.text.replace(/[\s:：]+$/u, '').split(/\s+/).slice(-3).join(' ');
  if (RIGHT_TO.test(`${intro.text.replace(/[\s:：]+$/u, '')} `) || /(?:rett|right|rettigheit|rettighet)\S*\s+(?:til|to)\b/iu.test(intro.text)) return false;
  if (test(PURPOSE_NOUN, tail)) return true;
  return /(?:til|to|for|å)$/iu.test(tail) && (test(DATA_NOUN, intro.text) || test(PURPOSE_NOUN, intro.text));
}

/**
 * Every statement of a purpose, with its clause classified: sentences with a purpose marker about
 * data, and items of a list introduced as purposes ("Formål:", "Vi bruker opplysningene til:").
 * Worked out once per document: three rules read it.
 */
export const purposeStatements: (ctx: RuleContext) => readonly PurposeHit[] = perDocument(findPurposeStatements);

function findPurposeStatements(ctx: RuleContext): PurposeHit[] {
  const out: PurposeHit[] = [];
  const rank = { concrete: 3, generic: 2, unclear: 1 };
  for (const sentence of ctx.sentences) {
    if (ctx.isHeading(sentence)) {
      // "Hvordan vi bruker personopplysningene" › "Analyse, forretningsutvikling og forbedring av tjenester": a sub-heading names the purpose
      const parents = headingChain(ctx, sentence).slice(1);
      if (parents.some((h) => test(PURPOSE_HEADING, h)) && classifyPurpose(sentence.text) === 'concrete') {
        out.push({ start: sentence.start, end: sentence.end, sentence, clause: sentence.text, kind: 'concrete' });
      }
      continue;
    }
    if (test(HYPOTHETICAL, sentence.text)) continue;
    // a rights section by its heading (a body that merely mentions "innsyn" does not make one)
    const inRights = classifyHeading(ctx.sections[sentence.section]!.heading).some((t) => t === 'rights' || t === 'complaint');
    let best: PurposeHit | undefined;
    const consider = (hit: PurposeHit) => {
      if (!best || rank[hit.kind] > rank[best.kind]) best = hit;
    };
    if (processingContext(ctx, sentence) && !(inRights && !inPurposeHeading(ctx, sentence))) {
      for (const m of markersIn(sentence)) {
        if (ctx.isNegated(sentence, m)) continue;
        if (RIGHT_TO.test(sentence.text.slice(0, m.start - sentence.start))) continue;
        const kind = classifyPurpose(clauseFrom(sentence, m.from));
        if (!kind || (kind !== 'concrete' && !m.strong)) continue;
        consider({ start: sentence.start, end: sentence.end, sentence, clause: clauseFrom(sentence, m.from), kind });
      }
    }
    // items of a purpose list
    const intro = leadIn(ctx, sentence);
    const listed =
      (intro && purposeLeadIn(intro)) ||
      (isListy(ctx, sentence) && ctx.doc.blocks[sentence.block]?.kind !== 'paragraph' && inPurposeHeading(ctx, sentence) && !inRights);
    if (listed) {
      const kind = classifyPurpose(sentence.text);
      const activity = matchAll(PURPOSE_ACTIVITY, sentence.text, sentence.start)[0];
      if (kind && !(activity && ctx.isNegated(sentence, activity))) consider({ start: sentence.start, end: sentence.end, sentence, clause: sentence.text, kind });
    }
    if (best) out.push(best);
  }
  return out;
}

// ---------------------------------------------------------------- legal bases

export interface BasisMention extends Span {
  kind: BasisKind;
  sentence: Sentence;
}

/** Every basis word in a sentence, including article letters ("art. 6 nr. 1 bokstav f"). */
export function basisMentions(sentence: Sentence): BasisMention[] {
  const out: BasisMention[] = [];
  for (const kind of BASIS_KINDS) {
    for (const m of matchAll(BASIS_TERMS[kind], sentence.text, sentence.start)) out.push({ start: m.start, end: m.end, kind, sentence });
  }
  ART6_LETTER.lastIndex = 0;
  for (const m of test(ART6_LETTER, sentence.text) ? sentence.text.matchAll(ART6_LETTER) : []) {
    const kind = LETTER_KIND[m[1]!.toLowerCase()]!;
    out.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length, kind, sentence });
  }
  // the interest kind's "berettiget samtykke" is a mislabelled (f); drop the consent reading inside it
  const interest = out.filter((m) => m.kind === 'interest');
  return out.filter((m) => m.kind !== 'consent' || !interest.some((i) => m.start >= i.start && m.end <= i.end));
}

export function kindsIn(text: string): Set<BasisKind> {
  const kinds = new Set<BasisKind>();
  for (const kind of BASIS_KINDS) if (test(BASIS_TERMS[kind], text)) kinds.add(kind);
  ART6_LETTER.lastIndex = 0;
  if (test(ART6_LETTER, text)) for (const m of text.matchAll(ART6_LETTER)) kinds.add(LETTER_KIND[m[1]!.toLowerCase()]!);
  return kinds;
}

export interface GenericList {
  sentences: Sentence[];
  /** "Vår behandling … kan basere seg på": the controller lists the bases as its own. */
  firstPerson: boolean;
}

/**
 * Lists that enumerate (almost) all of art. 6's bases: five or more of the six in one sentence or list run.
 * Worked out once per document: two rules read it, one of them twice.
 */
export const genericLists: (ctx: RuleContext) => readonly GenericList[] = perDocument(findGenericLists);

function findGenericLists(ctx: RuleContext): GenericList[] {
  const out: GenericList[] = [];
  const seen = new Set<number>();
  for (const sentence of ctx.sentences) {
    if (seen.has(sentence.index)) continue;
    const run = kindsIn(sentence.text).size >= 5 ? [sentence] : listRun(ctx, sentence);
    const kinds = kindsIn(run.map((s) => s.text).join(' \n '));
    if (kinds.size < 5) continue;
    const intro = leadIn(ctx, run[0]!) ?? ctx.sentences[run[0]!.index - 1];
    const frame = [run[0]!.text, intro && intro.section === sentence.section ? intro.text : ''].join(' ');
    const firstPerson = test(FIRST_PERSON, frame.slice(0, Math.max(60, frame.search(/[:;]/u))));
    for (const s of run) seen.add(s.index);
    out.push({ sentences: run, firstPerson });
  }
  return out;
}

export function inGenericList(lists: readonly GenericList[], sentence: Sentence): GenericList | undefined {
  return lists.find((l) => l.sentences.some((s) => s.index === sentence.index));
}

/** "Grunnlaget er …", "the legal basis is …": a basis stated outright, even next to a right. */
const STATED_BASIS = /grunnlag(?:et)?\s+(?:er|for)|basis\s+(?:is|for)/iu;

/** A basis mentioned only as the condition of a right ("dersom vi behandler … på bakgrunn av berettiget interesse, kan du protestere"). */
export function rightsCondition(ctx: RuleContext, sentence: Sentence): boolean {
  const headings = headingChain(ctx, sentence);
  const objectionHeading = headings.slice(0, 1).some((h) => test(OBJECTION_WORDS, h));
  if (objectionHeading && !test(BASIS_MARKER, headings[0]!)) return true;
  if (!test(OBJECTION_WORDS, sentence.text)) return false;
  return test(CONDITION_WORDS, sentence.text) || isListy(ctx, sentence) || !STATED_BASIS.test(sentence.text);
}

/** A definition: a sentence that defines a term ("Personvern er eit lovpålagt vern …"), or any sentence in a glossary section. */
export function definesTerms(ctx: RuleContext, sentence: Sentence): boolean {
  if (DEFINITION_START.test(sentence.text)) return true;
  const heading = ctx.sections[sentence.section]!.heading;
  return heading.length > 0 && heading.length <= 60 && test(DEFINITIONS_HEADING, heading);
}

/** Sentences whose basis words do not state a basis at all: hypothetical, the law explained, definitions, rights conditions. */
export function notABasisStatement(ctx: RuleContext, sentence: Sentence): boolean {
  return test(HYPOTHETICAL, sentence.text) || test(LAW_EXPLANATION, sentence.text) || definesTerms(ctx, sentence) || rightsCondition(ctx, sentence);
}

const NEGATORS = new Set(['ikke', 'ikkje', 'ingen', 'inga', 'aldri', 'not', 'no', 'never', 'without', 'uten', 'utan']);

/**
 * Negation of a basis word: the core check, or a negator a few words before it in the same clause
 * ("det vil ikke bes om samtykke", where the core check stops at "om").
 */
export function negatedNear(ctx: RuleContext, sentence: Sentence, span: Span): boolean {
  if (ctx.isNegated(sentence, span)) return true;
  const before = sentence.tokens.filter((t) => t.end <= span.start).slice(-5);
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    const gap = sentence.text.slice(t.end - sentence.start, (before[i + 1]?.start ?? span.start) - sentence.start);
    if (/[,;:()]/.test(gap) || t.word === 'men' || t.word === 'but') return false;
    if (NEGATORS.has(t.word)) return true;
  }
  return false;
}

const EXCEPTION_LEAD = /(?:^|\s)(?:med mindre|dersom|hvis|viss|når|if|unless|when|where)(?:\s|$)/iu;

/**
 * Consent named only as the exception to something that otherwise does not happen: "Vi deler ikke opplysningene,
 * med mindre du samtykker", "unless we have your express consent to do so". Not when a basis is stated after the
 * exception word ("unless stated otherwise we rely on your consent").
 */
export function consentAsException(sentence: Sentence, span: Span): boolean {
  const before = sentence.text.slice(0, Math.max(0, span.start - sentence.start));
  const clause = before.slice(Math.max(...[',', ';', ':', '(', ')'].map((c) => before.lastIndexOf(c))) + 1);
  const tail = clause.split(/\s+/u).filter(Boolean).slice(-8).join(' ');
  const exception = matchAll(CONSENT_EXCEPTION, tail).pop();
  return exception !== undefined && !test(BASIS_MARKER, tail.slice(exception.end));
}

/**
 * Consent to the statement or the terms as a whole, or merely by using the site, naming no activity: "Ved å bruke
 * nettstaden samtykkjer du til personvernerklæringa", "By using this site you consent to this policy". It is tied to no purpose.
 */
export function blanketConsent(sentence: Sentence): boolean {
  const consent = matchAll(BASIS_TERMS.consent, sentence.text)[0];
  if (!consent || namesActivity(sentence.text)) return false;
  const object = sentence.text.slice(consent.end, consent.end + 120).split(/[.;:!?]/u)[0]!;
  if (test(WHOLE_STATEMENT, object)) return true;
  const lead = sentence.text.slice(0, consent.start);
  return test(BY_USING_SITE, lead) && /^[\s,]*(?:du|you|dykk)?\s*(?:(?:til|to)\s+(?:dette|det|this|that|it))?[\s,]*$/iu.test(object);
}

/** Accepting, as the data subject: "godtar du", "du aksepterer", "you agree". */
const ACCEPTANCE = words(
  'godtar du', 'godtek du', 'du godtar', 'du godtek', 'aksepterer du', 'du aksepterer', 'godkjenner du', 'du godkjenner', 'you agree',
  'you accept', 'you are agreeing', 'you are accepting',
);

/**
 * "Ved å benytte denne tjenesten godtar du at data brukes som forklart", or under "Hva godtar jeg ved å bruke denne
 * siden?" "Du godtar at vi lagrer …": acceptance by use, put forward as if it were consent. It is consent in name only
 * and tied to no purpose.
 */
export function acceptedByUse(ctx: RuleContext, sentence: Sentence): boolean {
  const accept = matchAll(ACCEPTANCE, sentence.text)[0];
  if (!accept) return false;
  return test(BY_USING_SITE, sentence.text.slice(0, accept.start)) || headingChain(ctx, sentence).some((h) => test(BY_USING_SITE, h));
}

/** Whether a basis word in a sentence is put forward as the basis (not only mentioned). */
export function assertsBasis(ctx: RuleContext, mention: BasisMention): boolean {
  const { sentence, kind } = mention;
  if (negatedNear(ctx, sentence, mention)) return false;
  const headingBasis = headingChain(ctx, sentence).some((h) => test(BASIS_MARKER, h) || (kindsIn(h).size > 0 && /\b6\b|grunnlag|basis/iu.test(h)));
  if (kind === 'consent') {
    // "trekke samtykket tilbake", "samtykkebanner": consent machinery, not consent put forward as the basis
    const rest = blank(sentence.text, CONSENT_NOT_BASIS);
    const rel = mention.start - sentence.start;
    if (rest.slice(rel, rel + 3).trim() === '' || consentAsException(sentence, mention)) return false;
    return test(BASIS_MARKER, rest) || test(CONSENT_GIVEN, rest) || headingBasis;
  }
  if (kind === 'interest' || kind === 'vital' || kind === 'public') return true;
  if (/^(?:art|gdpr|forordningen)/iu.test(ctx.text.slice(mention.start, mention.end))) return true;
  if (kind === 'obligation') {
    // "… med mindre vi er lovpålagt å gjøre det", "når det er lovpålagt": an exception, not the basis of the processing
    const before = sentence.text.slice(0, mention.start - sentence.start);
    const lead = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    if (EXCEPTION_LEAD.test(` ${lead} `)) return false;
    if (test(OBLIGATION_ASSERTED, sentence.text)) return true;
  }
  if (kind === 'contract' && test(CONTRACT_PERFORMED, sentence.text)) return true;
  const necessity = /(?:nødvendig|naudsynt|necessary)\S*\s+(?:for\s+(?:å|at)|to|in order to)\s/iu.test(sentence.text);
  return test(BASIS_MARKER, sentence.text) || necessity || headingBasis;
}

/** Does the sentence cite only a repealed rule (the 2000 act's § 8, ekomloven § 2-7 b) as its basis? */
export function repealedOnly(sentence: Sentence): boolean {
  OLD_ACT_BASIS.lastIndex = 0;
  OLD_COOKIE_BASIS.lastIndex = 0;
  const old = OLD_ACT_BASIS.test(sentence.text) || OLD_COOKIE_BASIS.test(sentence.text);
  OLD_ACT_BASIS.lastIndex = 0;
  OLD_COOKIE_BASIS.lastIndex = 0;
  if (!old) return false;
  const withoutOld = sentence.text.replace(OLD_ACT_BASIS, ' ').replace(OLD_COOKIE_BASIS, ' ');
  return !test(CURRENT_LAW, withoutOld);
}

/** An activity or purpose named in a text once basis words are blanked out ("grunnlaget for innsamling av statistikk"). */
export function namesActivity(text: string): boolean {
  let cleaned = blank(text, BASIS_PURPOSE_PHRASE);
  for (const kind of BASIS_KINDS) cleaned = blank(cleaned, BASIS_TERMS[kind]);
  cleaned = blank(cleaned, GENERIC_PURPOSE);
  return test(PURPOSE_ACTIVITY, cleaned);
}

/**
 * A sentence that states a concrete processing activity, purpose marker or not ("Vi sender nyheitsbrev berre
 * til dei som har bede om det"): an activity named and not negated, outside hypotheticals and rights sections.
 */
export function statesActivity(ctx: RuleContext, sentence: Sentence): boolean {
  if (ctx.isHeading(sentence) || test(HYPOTHETICAL, sentence.text)) return false;
  const inRights = classifyHeading(ctx.sections[sentence.section]!.heading).some((t) => t === 'rights' || t === 'complaint');
  if (inRights && !inPurposeHeading(ctx, sentence)) return false;
  let cleaned = blank(sentence.text, BASIS_PURPOSE_PHRASE);
  for (const kind of BASIS_KINDS) cleaned = blank(cleaned, BASIS_TERMS[kind]);
  cleaned = blank(cleaned, GENERIC_PURPOSE);
  return matchAll(PURPOSE_ACTIVITY, cleaned, sentence.start).some((m) => !ctx.isNegated(sentence, m));
}

export function anaphoric(sentence: Sentence): boolean {
  return ANAPHOR_START.test(sentence.text) || test(ANAPHOR_ANY, sentence.text);
}

/** Heading that names one processing activity ("Markedsføring", "Du melder deg på nyhetsbrev"), not a general one. */
export function activityHeading(heading: string): boolean {
  return heading.length > 0 && namesActivity(heading);
}
