/**
 * One factory for the six data-subject rights (GDPR art. 15–18, 20, 21). Each right is a term list
 * (rights-terms.ts); what decides whether a match states the RIGHT is shared here:
 *  - negated matches ("vi sletter ikke") never count;
 *  - self-contained phrases ("rett til innsyn", "dataportabilitet") count as they stand;
 *  - nouns ("sletting") count with a rights marker in their part of the sentence ("du kan be om …"),
 *    in a list introduced by one ("Du har rett til:"), or as a short line under a rights heading;
 *  - verbs ("slette") count only when the data subject acts or asks: "vi sletter opplysningene etter
 *    3 år" is the controller's practice, "be om at vi sletter" is the right;
 *  - "rettigheter etter art. 15–22" counts for the rights whose article it covers.
 */
import { fail, pass, type RuleContext } from '../../src/engine/context.js';
import { rememberedByText } from '../../src/memo.js';
import { matchAll, test, type TextMatch } from '../../src/nlp/patterns.js';
import type { Localized, Rule, RuleDocs, RuleExamples, RuleMeta, Sentence, Span } from '../../src/types.js';
import {
  actorBefore,
  citedArticles,
  clauseAround,
  clauseBefore,
  contrastPart,
  distinctSpans,
  headingChain,
  isRightsHeading,
  listLeadIn,
  negatedHere,
  quoteList,
  quoteSpan,
  searched,
} from './rights-context.js';
import {
  ACCESS_TERMS,
  BROWSER_OBJECT,
  BY_DOING,
  ERASURE_PASSIVE,
  ERASURE_TERMS,
  OBJECTION_TERMS,
  OWN_ACCOUNT,
  PORTABILITY_TERMS,
  RECTIFICATION_TERMS,
  CONTROLLER_CLAIM,
  CONTROLLER_SUBJECT,
  REQUEST_MARKER,
  RESTRICTION_TERMS,
  RIGHTS_MARKER,
  type RightTerms,
  SELF_DELETE_VERB,
  SELF_SERVICE,
  OWN_OBJECT,
  THIRD_PARTY,
  USER_SUBJECT,
  USER_TERMINATION,
} from './rights-terms.js';

export type FoundHow = 'phrase' | 'context' | 'list' | 'section' | 'article' | 'self-service';

export interface Found extends Span {
  sentence: Sentence;
  how: FoundHow;
}

interface Rejected extends Span {
  sentence: Sentence;
  /** user-act: the data subject acts ("Sletter du kontoen din"), but nothing says it is a right. */
  why: 'negated' | 'controller' | 'no-context' | 'user-act';
}

export interface RightSpec {
  id: string;
  article: number;
  legalRef: string;
  /** "retten til innsyn" — used in messages. */
  name: { nb: string; nn: string; en: string };
  terms: RightTerms;
  /** Drop a match by the text around it ("rettet mot deg", "slette informasjonskapsler"). */
  reject?: (before: string, match: string, after: string) => boolean;
  /** Extra evidence a right may have (erasure: deletion when the user ends the membership). */
  extra?: (ctx: RuleContext) => Found[];
  suggestion: Localized & { nn: string };
  weight?: number;
  rationale?: Localized;
  examples?: RuleExamples;
}

/** The same for every right (the rule catalogue). */
const RIGHT_STATUSES: RuleDocs['statuses'] = {
  pass: { nb: 'retten er oppgitt, eller en selvbetjeningsfunksjon som gir den', en: 'the right is stated, or a self-service feature that gives it' },
  fail: { nb: 'retten er ikke nevnt', en: 'the right is not mentioned' },
};

const ALL_TERMS: RightTerms[] = [ACCESS_TERMS, RECTIFICATION_TERMS, ERASURE_TERMS, RESTRICTION_TERMS, OBJECTION_TERMS, PORTABILITY_TERMS];

/** How many different rights a heading names ("Innsyn og retting" → 2). Asked of a heading for each sentence under it. */
export const rightNounsIn: (heading: string) => number = rememberedByText(
  (heading) => ALL_TERMS.filter((t) => test(t.strong, heading) || test(t.nouns, heading)).length,
);

export function inRightsSection(ctx: RuleContext, sentence: Sentence): boolean {
  return headingChain(ctx, sentence).some((h) => isRightsHeading(h, rightNounsIn));
}

/**
 * A noun stated as a right: a marker before it in its clause ("Du kan be om innsyn, retting eller sletting"),
 * in its own comma-clause ("Sletting kan du be om"), or after the label it heads ("Sletting: du kan …").
 */
function nounInRightsClause(sentence: Sentence, m: Span): boolean {
  if (test(RIGHTS_MARKER, clauseBefore(sentence, m).text)) return true;
  const around = clauseAround(sentence, m);
  if (test(RIGHTS_MARKER, sentence.text.slice(around.start - sentence.start, around.end - sentence.start))) return true;
  const colon = sentence.text.indexOf(':');
  return colon > 0 && m.end - sentence.start <= colon && test(RIGHTS_MARKER, sentence.text.slice(colon));
}

/** Someone else than the data subject acts: "Datatilsynet kan kreve innsyn", "databehandlerne kan få innsyn". */
function byOthers(sentence: Sentence, m: Span): boolean {
  return actorBefore(sentence, m) === 'none' && test(THIRD_PARTY, clauseBefore(sentence, m).text);
}

function leadInMarked(ctx: RuleContext, sentence: Sentence): boolean {
  const lead = listLeadIn(ctx, sentence);
  return lead !== undefined && test(RIGHTS_MARKER, lead.text);
}

/** A heading, list item, table row, very short line, or the label of "Sletting: du kan …". */
function isShortLine(ctx: RuleContext, sentence: Sentence, span: Span): boolean {
  const kind = ctx.doc.blocks[sentence.block]?.kind;
  if (kind === 'heading' || kind === 'list-item' || kind === 'table-row') return true;
  if (sentence.tokens.length <= 8) return true;
  const colon = sentence.text.indexOf(':');
  return colon > 0 && colon <= 80 && span.end - sentence.start <= colon;
}

/**
 * Self-service: "Speidere kan selv logge inn og se og endre sin medlemsprofil", "log in to view your data". The data subject's
 * own data must follow the verb in its clause, so "kan selv logge inn og se kalenderen" does not count.
 */
function selfService(sentence: Sentence, m: Span): boolean {
  // "Hvis du ikke har logget inn på to år, sletter vi kontoen din": the controller acts
  if (invertedController(sentence, m)) return false;
  const part = contrastPart(sentence, m);
  const marker = matchAll(SELF_SERVICE, part.text, part.start).find((s) => s.start < m.start && !negatedHere(sentence, s));
  if (!marker) return false;
  // "Når du har logget inn, retter vi …" / "… vil vi rette …": the controller acts after the data subject logs in
  if (sentence.tokens.some((t) => t.start >= marker.end && t.end <= m.start && CONTROLLER_SUBJECT.has(t.word))) return false;
  const rel = m.start - sentence.start;
  const object = sentence.text.slice(rel, m.end - sentence.start + 50).split(/[,;:.!?()]/u)[0]!;
  return test(OWN_OBJECT, object);
}

/** "…, sletter vi …": the controller as the inverted subject right after the verb. */
function invertedController(sentence: Sentence, m: Span): boolean {
  const next = sentence.tokens.find((t) => t.start >= m.end);
  return next !== undefined && CONTROLLER_SUBJECT.has(next.word);
}

function defaultReject(terms: RightTerms, before: string, match: string, after: string): boolean {
  if (terms.notFollowedBy && terms.notFollowedBy.test(after)) return true;
  if (terms.wordNotFollowedBy && !/\s/u.test(match) && terms.wordNotFollowedBy.test(after)) return true;
  if (terms.notPrecededBy && terms.notPrecededBy.test(before) && /^(?:rette|correct)$/iu.test(match)) return true;
  return false;
}

/**
 * "Du har rett til innsyn i det som finst om deg, og til å få det retta eller sletta": the data subject's right
 * carried on after a comma to a second "til", which governs the act that follows.
 */
const RIGHT_CONTINUED = /(?:rett|retten|rettar|rettane|rettighet|rettigheter|right|rights)\s+(?:til|to)\s[^.;:!?]{0,160},\s*(?:og|eller|samt|and|or)\s+(?:til|to)\s[^.;:!?,]{0,80}$/iu;

/** "Vi har rett til å lagre …": the right is the controller's. */
const CONTROLLER_HOLDS = /(?:^|[\s,])(?:vi|me|we)\s+(?:har|hev|have|has)\s+(?:\S+\s+){0,2}$/iu;

function rightContinued(sentence: Sentence, m: TextMatch): boolean {
  const before = sentence.text.slice(Math.max(0, m.start - sentence.start - 260), m.start - sentence.start);
  const right = RIGHT_CONTINUED.exec(before);
  return right !== null && !CONTROLLER_HOLDS.test(before.slice(Math.max(0, right.index - 40), right.index));
}

/** Every place where the document states the right, and the near-misses (negated, the controller's practice). */
export function findRight(ctx: RuleContext, spec: RightSpec): { found: Found[]; rejected: Rejected[] } {
  const found: Found[] = [];
  const rejected: Rejected[] = [];
  const { terms } = spec;
  const drop = (sentence: Sentence, m: TextMatch) => {
    const rel = m.start - sentence.start;
    const before = sentence.text.slice(Math.max(0, rel - 30), rel);
    const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 60);
    return defaultReject(terms, before, m.text, after) || (spec.reject?.(before, m.text, after) ?? false);
  };

  for (const sentence of ctx.sentences) {
    const sectionOk = () => inRightsSection(ctx, sentence);
    const covered: Span[] = [];
    const take = (m: TextMatch, how: FoundHow) => {
      found.push({ start: m.start, end: m.end, sentence, how });
      covered.push(m);
    };
    const overlaps = (m: Span) => covered.some((c) => m.start < c.end && m.end > c.start);
    // "Vi har rett til å slette kontoen din": a right of the controller, not of the data subject
    const claimed = (m: TextMatch) => CONTROLLER_CLAIM.test(clauseBefore(sentence, m).text + ' ' + m.text) && !test(REQUEST_MARKER, contrastPart(sentence, m).text);

    for (const m of matchAll(terms.strong, sentence.text, sentence.start)) {
      if (drop(sentence, m)) continue;
      if (negatedHere(sentence, m)) rejected.push({ ...m, sentence, why: 'negated' });
      else if (claimed(m)) rejected.push({ ...m, sentence, why: 'controller' });
      else if (byOthers(sentence, m)) rejected.push({ ...m, sentence, why: 'no-context' });
      else take(m, 'phrase');
    }
    for (const m of matchAll(terms.nouns, sentence.text, sentence.start)) {
      if (overlaps(m) || drop(sentence, m)) continue;
      if (negatedHere(sentence, m)) rejected.push({ ...m, sentence, why: 'negated' });
      else if (claimed(m)) rejected.push({ ...m, sentence, why: 'controller' });
      else if (byOthers(sentence, m)) rejected.push({ ...m, sentence, why: 'no-context' });
      else if (nounInRightsClause(sentence, m) || rightContinued(sentence, m)) take(m, 'context');
      else if (leadInMarked(ctx, sentence)) take(m, 'list');
      else if (isShortLine(ctx, sentence, m) && sectionOk()) take(m, 'section');
      else rejected.push({ ...m, sentence, why: 'no-context' });
    }
    for (const m of matchAll(terms.verbs, sentence.text, sentence.start)) {
      if (overlaps(m) || drop(sentence, m)) continue;
      if (negatedHere(sentence, m)) {
        rejected.push({ ...m, sentence, why: 'negated' });
        continue;
      }
      if (claimed(m)) {
        rejected.push({ ...m, sentence, why: 'controller' });
        continue;
      }
      if (rightContinued(sentence, m)) {
        take(m, 'context');
        continue;
      }
      const part = contrastPart(sentence, m).text;
      const lead = listLeadIn(ctx, sentence);
      const leadMarked = leadInMarked(ctx, sentence);
      const actor = actorBefore(sentence, m);
      if (actor === 'none' && byOthers(sentence, m)) {
        rejected.push({ ...m, sentence, why: 'no-context' });
      } else if (actor === 'controller') {
        // "vi sletter …" is the right only when the data subject asks for it ("be om at vi sletter")
        if (test(REQUEST_MARKER, part) || (lead !== undefined && test(REQUEST_MARKER, lead.text))) take(m, 'context');
        else rejected.push({ ...m, sentence, why: 'controller' });
      } else if (actor === 'user') {
        if (test(RIGHTS_MARKER, part) || leadMarked || isShortLine(ctx, sentence, m) || selfService(sentence, m)) take(m, 'context');
        // "Hvis du ikke har logget inn på to år, sletter vi kontoen din": the inverted subject after the verb acts
        else rejected.push({ ...m, sentence, why: invertedController(sentence, m) ? 'controller' : 'user-act' });
      } else if (test(RIGHTS_MARKER, clauseBefore(sentence, m).text) || test(REQUEST_MARKER, part) || selfService(sentence, m)) take(m, 'context');
      else if (leadMarked) take(m, 'list');
      else if (ctx.doc.blocks[sentence.block]?.kind === 'list-item' && sectionOk()) take(m, 'section');
      else rejected.push({ ...m, sentence, why: 'no-context' });
    }
    // "rettigheter etter personvernforordningen art. 15–22"
    if (citedArticles(sentence.text).has(spec.article) && (test(RIGHTS_MARKER, sentence.text) || sectionOk())) {
      const at = /(?:artikkel|artiklene|artiklane|artikler|artiklar|articles?|art)\.?\s*\d/iu.exec(sentence.text);
      const start = sentence.start + (at?.index ?? 0);
      if (!negatedHere(sentence, { start, end: start + 1 })) found.push({ start: sentence.start, end: sentence.end, sentence, how: 'article' });
    }
  }
  if (spec.extra) found.push(...spec.extra(ctx));
  return { found, rejected };
}

/**
 * Deletion the data subject can trigger: "Etter at medlemskapet har blitt sagt opp vil all din data bli
 * slettet", "Personopplysningene dine slettes når du avmelder abonnementet". A self-service way to erasure.
 */
const FOLLOWS_ON = /^\s*(?:da|deretter|etter dette|etterpå|i så fall|når dette skjer|then|after that|thereafter|in that case)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

export function deletionOnTermination(ctx: RuleContext): Found[] {
  const out: Found[] = [];
  for (const sentence of ctx.sentences) {
    if (test(BROWSER_OBJECT, sentence.text)) continue;
    // the termination in the same sentence, or in the one before when this one follows on from it ("Da slettes …")
    const previous = ctx.neighbours(sentence, 1, 0)[0];
    const terminated = test(USER_TERMINATION, sentence.text) || (previous !== undefined && FOLLOWS_ON.test(sentence.text) && test(USER_TERMINATION, previous.text));
    if (!terminated) continue;
    for (const m of matchAll(ERASURE_PASSIVE, sentence.text, sentence.start)) {
      if (!negatedHere(sentence, m)) out.push({ start: m.start, end: m.end, sentence, how: 'self-service' });
    }
  }
  return out;
}

/** An imperative opening a sentence or clause: "Slett kontoen din under Innstillinger", "Delete your account". */
const IMPERATIVE_DELETE = /^(?:slett|fjern|delete|erase|remove)$/iu;

/**
 * Whether the data subject is the one deleting: the subject right after the verb ("Sletter du …", but not
 * "…, sletter vi …"), else the first subject in the verb's own comma-clause ("Når du slettar …"), "ved å slette",
 * or an imperative ("Slett kontoen din").
 */
function selfActor(sentence: Sentence, m: TextMatch): boolean {
  if (invertedController(sentence, m)) return false;
  const next = sentence.tokens.find((t) => t.start >= m.end);
  if (next && USER_SUBJECT.has(next.word)) return true;
  const head = sentence.text.slice(0, m.start - sentence.start);
  const from = sentence.start + Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const own = sentence.tokens.filter((t) => t.start >= from && t.end <= m.start);
  const subject = own.find((t) => USER_SUBJECT.has(t.word) || CONTROLLER_SUBJECT.has(t.word));
  if (subject) return USER_SUBJECT.has(subject.word);
  return BY_DOING.test(sentence.text.slice(from - sentence.start, m.start - sentence.start)) || (own.length === 0 && IMPERATIVE_DELETE.test(m.text));
}

/**
 * Deletion the data subject does themselves: "Sletter du brukerkontoen din, slettes også opplysningene",
 * "Når du slettar brukaren din …", "Ved å slette kontoen …", "You can delete your account". Their own account,
 * profile or data must be the object, within five words in the same clause.
 */
export function selfServiceDeletion(ctx: RuleContext): Found[] {
  const out: Found[] = [];
  for (const sentence of ctx.sentences) {
    for (const m of matchAll(SELF_DELETE_VERB, sentence.text, sentence.start)) {
      const rel = m.end - sentence.start;
      const clause = sentence.text.slice(rel).split(/[,;:.!?()]/u)[0]!;
      const object = clause.trim().split(/\s+/u).filter(Boolean).slice(0, 5).join(' ');
      if (!test(OWN_ACCOUNT, object) || test(BROWSER_OBJECT, clause)) continue;
      if (negatedHere(sentence, m) || CONTROLLER_CLAIM.test(clauseBefore(sentence, m).text + ' ' + m.text)) continue;
      if (selfActor(sentence, m)) out.push({ start: m.start, end: m.end, sentence, how: 'self-service' });
    }
  }
  return out;
}

const HOW_RANK: Record<FoundHow, number> = { phrase: 0, context: 1, list: 2, section: 3, article: 4, 'self-service': 5 };

/** Builds the rule for one right. */
export function makeRightRule(spec: RightSpec): Rule {
  const meta: RuleMeta = {
    id: spec.id,
    kind: 'requirement',
    category: 'rights',
    severity: 'error',
    weight: spec.weight ?? 2,
    legalRef: spec.legalRef,
    description: {
      nb: `Erklæringen opplyser om ${spec.name.nb} (GDPR art. ${spec.article}), som noe den registrerte kan kreve.`,
      en: `The statement tells the data subject about ${spec.name.en} (GDPR art. ${spec.article}) as something they can ask for.`,
    },
    suggestion: spec.suggestion,
    rationale: spec.rationale,
    examples: spec.examples,
    docs: { statuses: RIGHT_STATUSES },
  };
  return {
    meta,
    check(ctx: RuleContext) {
      const { found, rejected } = findRight(ctx, spec);
      if (found.length > 0) {
        const best = [...found].sort((a, b) => HOW_RANK[a.how] - HOW_RANK[b.how] || a.start - b.start);
        const evidence = distinctSpans(best.slice(0, 6).map((f) => quoteSpan(f.sentence, f))).slice(0, 3);
        const top = best[0]!;
        const via: Record<FoundHow, { nb: string; en: string }> = {
          phrase: { nb: '', en: '' },
          context: { nb: '', en: '' },
          list: { nb: ' (i en liste over rettigheter)', en: ' (in a list of rights)' },
          section: { nb: ' (under en overskrift om rettigheter)', en: ' (under a heading about rights)' },
          article: { nb: ` (gjennom en henvisning som dekker art. ${spec.article})`, en: ` (through a reference that covers art. ${spec.article})` },
          'self-service': { nb: ' (den registrerte kan selv få opplysningene slettet)', en: ' (the data subject can have the data deleted themselves)' },
        };
        return pass(
          {
            nb: `${capital(spec.name.nb)} er oppgitt${via[top.how].nb}: ${quoteList(ctx, [clauseAround(top.sentence, top)])}.`,
            en: `${capital(spec.name.en)} is stated${via[top.how].en}: ${quoteList(ctx, [clauseAround(top.sentence, top)])}.`,
          },
          evidence,
        );
      }
      const where = searched(ctx, 'rights');
      const practice = [...rejected.filter((r) => r.why === 'controller'), ...rejected.filter((r) => r.why === 'no-context' && !ctx.isHeading(r.sentence))];
      const negated = rejected.filter((r) => r.why === 'negated');
      let nearNb = '';
      let nearEn = '';
      if (practice.length > 0) {
        const q = quoteList(ctx, practice.map((r) => clauseAround(r.sentence, r)), 1);
        nearNb = ` ${q} beskriver virksomhetens egen praksis, ikke en rett den registrerte kan kreve.`;
        nearEn = ` ${q} describes the organisation's own practice, not a right the data subject can exercise.`;
      } else if (negated.length > 0) {
        const q = quoteList(ctx, negated.map((r) => clauseAround(r.sentence, r)), 1);
        nearNb = ` ${q} er nektet, og teller ikke.`;
        nearEn = ` ${q} is negated and does not count.`;
      }
      return fail({
        nb: `Fant ikke ${spec.name.nb} (GDPR art. ${spec.article}, art. 13(2)(b)).${nearNb} ${where.nb}`,
        en: `${capital(spec.name.en)} (GDPR art. ${spec.article}, art. 13(2)(b)) is not stated.${nearEn} ${where.en}`,
      });
    },
  };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
