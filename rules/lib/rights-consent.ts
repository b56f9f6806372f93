/**
 * Consent for the withdraw-consent rule: where the statement relies on consent, and where it
 * tells the data subject how to withdraw it.
 */
import type { RuleContext } from '../../src/engine/context.js';
import { matchAll, test, words } from '../../src/nlp/patterns.js';
import type { Sentence, Span } from '../../src/types.js';
import { consentAsException } from './basis-context.js';
import { headingChain, negatedHere } from './rights-context.js';
import {
  ACCEPT_WORD,
  ACCEPTED_TERMS,
  ASKED_TO_ACCEPT,
  BROWSER_CONTROL,
  IMPLIED_CONSENT_START,
  CONSENT_MECHANISM_ONLY,
  CONSENT_WORD,
  PUBLIC_INTEREST,
  UNSUBSCRIBE,
  USER_TERMINATION,
  VITAL_INTEREST,
  WITHDRAWAL,
  WITHDRAWAL_MEANS,
} from './rights-terms.js';

export interface ConsentHit extends Span {
  sentence: Sentence;
}

/** "samtykkeløsning må vurderes før scriptet aktiveres": consent that may come later is not relied on now. */
const HYPOTHETICAL = words('legges til senere', 'blir lagt til seinare', 'i fremtiden', 'i framtida', 'in the future', 'må vurderes', 'må vurderast', 'vil bli vurdert');
/** Any consent word, compounds included, for deciding whether a withdrawal phrase is about consent ("trekke tilbake tillatelsen"). */
const CONSENT_ANY = words('samtykk*', 'consent*', 'tillatelse*', 'tillating*', 'løyve*', 'permission*');

/** The contiguous list or run of short lines a sentence sits in, with its lead-in. */
function listRun(ctx: RuleContext, sentence: Sentence): Sentence[] {
  const listy = (s: Sentence) => {
    const kind = ctx.doc.blocks[s.block]?.kind;
    return kind === 'list-item' || kind === 'table-row' || s.tokens.length <= 10;
  };
  if (!listy(sentence)) return [sentence];
  const run = [sentence];
  for (let i = sentence.index - 1; i >= 0 && sentence.index - i <= 12; i--) {
    const s = ctx.sentences[i]!;
    if (s.section !== sentence.section) break;
    run.unshift(s);
    if (!listy(s)) break;
  }
  for (let i = sentence.index + 1; i < ctx.sentences.length && i - sentence.index <= 12; i++) {
    const s = ctx.sentences[i]!;
    if (s.section !== sentence.section || !listy(s)) break;
    run.push(s);
  }
  return run;
}

/** Consent named only as one of all six art. 6 bases ("i) ditt samtykke; … iv) vitale interesser; v) allmennhetens interesse"). */
export function inGenericBasisList(ctx: RuleContext, sentence: Sentence): boolean {
  const text = listRun(ctx, sentence).map((s) => s.text).join(' ');
  return test(VITAL_INTEREST, text) && test(PUBLIC_INTEREST, text);
}

export interface ConsentUse {
  relied: ConsentHit[];
  /** Mentions that do not count: negated, only an exception, a generic list of bases, machinery only, a hypothetical. */
  ignored: Array<ConsentHit & { why: 'negated' | 'exception' | 'generic' | 'mechanism' | 'hypothetical' }>;
}

/** Where consent is relied on as a basis (cookie consent included). */
export function consentUse(ctx: RuleContext): ConsentUse {
  const relied: ConsentHit[] = [];
  const ignored: ConsentUse['ignored'] = [];
  for (const sentence of ctx.sentences) {
    const mechanisms = matchAll(CONSENT_MECHANISM_ONLY, sentence.text, sentence.start);
    for (const m of matchAll(CONSENT_WORD, sentence.text, sentence.start)) {
      const hit = { start: m.start, end: m.end, sentence };
      if (mechanisms.some((x) => m.start < x.end && m.end > x.start)) ignored.push({ ...hit, why: 'mechanism' });
      else if (negatedHere(sentence, m)) ignored.push({ ...hit, why: 'negated' });
      // "deler ikke … med mindre du samtykker": the condition of a disclosure that otherwise does not happen
      else if (consentAsException(sentence, m)) ignored.push({ ...hit, why: 'exception' });
      else if (test(HYPOTHETICAL, sentence.text)) ignored.push({ ...hit, why: 'hypothetical' });
      else if (inGenericBasisList(ctx, sentence)) ignored.push({ ...hit, why: 'generic' });
      else relied.push(hit);
    }
    if (IMPLIED_CONSENT_START.test(sentence.text) && !test(CONSENT_WORD, sentence.text)) {
      const accept = matchAll(ACCEPT_WORD, sentence.text, sentence.start).find((m) => !negatedHere(sentence, m));
      if (accept) relied.push({ start: accept.start, end: accept.end, sentence });
    }
    if (!test(CONSENT_WORD, sentence.text) && !test(HYPOTHETICAL, sentence.text)) {
      const asked = matchAll(ASKED_TO_ACCEPT, sentence.text, sentence.start).find((m) => {
        // what is accepted: the next few words ("godta vilkårene" is the contract)
        const object = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 40).split(/[,;:.!?()]/u)[0]!;
        return !test(ACCEPTED_TERMS, object) && !negatedHere(sentence, m);
      });
      if (asked) relied.push({ start: asked.start, end: asked.end, sentence });
    }
  }
  return { relied, ignored };
}

export type WithdrawalHow = 'stated' | 'settings' | 'unsubscribe' | 'newsletter' | 'termination';

export interface WithdrawalHit extends ConsentHit {
  how: WithdrawalHow;
}

/** Whether a sentence is about consent: a consent word in it, or under a heading about consent. */
function aboutConsent(ctx: RuleContext, sentence: Sentence): boolean {
  return test(CONSENT_ANY, sentence.text) || headingChain(ctx, sentence).some((h) => test(CONSENT_ANY, h));
}

/**
 * Statements that consent can be withdrawn: outright ("trekke samtykket tilbake", "withdraw your consent"),
 * through consent settings ("administrere samtykker"), by unsubscribing where the newsletter rests on consent,
 * or by ending the membership the consent lasts for ("samtykket varer til medlemskapet blir sagt opp").
 */
/** A newsletter or mailing list the data subject signs up to. */
const MAILING_LIST = words(
  'nyhetsbrev*', 'nyheitsbrev*', 'e-postliste*', 'epostliste*', 'e-postlister', 'utsendingsliste*', 'mailing list*', 'mailinglist*',
  'newsletter*', 'abonnent*', 'abonner*', 'subscriber*', 'subscribe*',
);

/** A pronoun between the verb and its particle: "trekke det tilbake", "trekkje han attende". */
const PRONOUN_OBJECT = /\s(?:det|den|dette|denne|dei|de|dem|han|ho|it|them)\s/iu;

export function withdrawals(ctx: RuleContext, relied: ConsentHit[]): WithdrawalHit[] {
  const out: WithdrawalHit[] = [];
  const reliedSections = new Set(relied.map((r) => r.sentence.section));
  for (const sentence of ctx.sentences) {
    for (const m of matchAll(WITHDRAWAL, sentence.text, sentence.start)) {
      if (negatedHere(sentence, m)) continue;
      // "Vi ber om samtykke til statistikk. Du kan trekke det tilbake.": the pronoun stands for the consent just named
      const consentBefore = PRONOUN_OBJECT.test(m.text) && ctx.neighbours(sentence, 1, 0).some((s) => test(CONSENT_ANY, s.text));
      if (!aboutConsent(ctx, sentence) && !consentBefore) continue;
      out.push({ start: m.start, end: m.end, sentence, how: 'stated' });
    }
    // settings on the site count; the browser's own settings do not (ekomloven 2024)
    if (!test(BROWSER_CONTROL, sentence.text)) {
      for (const m of matchAll(WITHDRAWAL_MEANS, sentence.text, sentence.start)) {
        if (!negatedHere(sentence, m)) out.push({ start: m.start, end: m.end, sentence, how: 'settings' });
      }
    }
    for (const m of matchAll(UNSUBSCRIBE, sentence.text, sentence.start)) {
      if (negatedHere(sentence, m)) continue;
      const around = [sentence, ...ctx.neighbours(sentence, 2, 2)];
      if (around.some((s) => test(CONSENT_ANY, s.text)) || reliedSections.has(sentence.section)) {
        out.push({ start: m.start, end: m.end, sentence, how: 'unsubscribe' });
      } else if (around.some((s) => test(MAILING_LIST, s.text)) || headingChain(ctx, sentence).some((h) => test(MAILING_LIST, h))) {
        // leaving a newsletter or mailing list one signed up to: the withdrawal of a consent the statement does not name
        out.push({ start: m.start, end: m.end, sentence, how: 'newsletter' });
      }
    }
    if (test(CONSENT_WORD, sentence.text)) {
      for (const m of matchAll(USER_TERMINATION, sentence.text, sentence.start)) {
        if (!negatedHere(sentence, m)) out.push({ start: m.start, end: m.end, sentence, how: 'termination' });
      }
    }
  }
  return out;
}
