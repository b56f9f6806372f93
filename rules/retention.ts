import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { matchAll, test, words, type TextMatch } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span } from '../src/types.js';
import { quoteList, searchedIn, underHeading } from './lib/dataflow-context.js';
import { contrastPart } from './lib/rights-context.js';
import {
  AGE_AFTER,
  AGE_BEFORE,
  AGE_COMPARE_BEFORE,
  AGO_AFTER,
  BROWSER_STORAGE,
  CHILD_WORDS,
  CONTRACT_PARTIES,
  CONTRACT_WORDS,
  COOKIE_TERM,
  DEADLINE_BEFORE,
  DELETION_REQUEST,
  DUTY_WORDS,
  ENDING_WORDS,
  ERASURE_EXCEPTION,
  EVENT_TRIGGER_END,
  EVENT_TRIGGER_WHILE,
  EXCEPTION_WORDS,
  FIRST_PERSON_KEEP,
  FREQUENCY_BEFORE,
  NOT_DELETED,
  NOTICE_NEAR,
  PERIOD,
  PRONOUN_START,
  PROCESSOR_WORDS,
  RELATION_WORDS,
  RESPONSE_WORDS,
  RETENTION_HEADING,
  RETENTION_VERB,
  RETENTION_VERB_EN,
  RETENTION_VERB_EN_AMBIGUOUS,
  RIGHTS_REQUEST,
  SUPPLY_RELATION,
  USER_REQUEST,
  VAGUE_BETWEEN,
  VAGUE_RETENTION,
} from './lib/dataflow-terms.js';

const RIGHTS_HEADING = words('rett til', 'retten til', 'rett på', 'right to', 'rettigheter', 'rettar', 'your rights');
const PERSONAL_DATA = words('*opplysning*', 'data', 'dataene', 'dataa', 'statistikk*', 'ip-adresse*', 'information', 'personal');
const AFFIRMING_SUBJECT = words('du', 'dykk', 'you', 'kunden', 'brukeren', 'brukaren', 'medlemmet', 'eleven', 'pasienten', 'customer', 'user');
const ENGLISH_SENTENCE = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:the|your|we|our|is|are|will|with)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
const THEN = /^(?:deretter|etter dette|etterpå|så|then|thereafter|after that|after this)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
const YEAR_UNIT = /^(?:år|års|året|årene|åra|years?|yrs?)$/iu;

interface Found extends Span {
  sentence: Sentence;
}

interface EventFound extends Found {
  kind: 'end' | 'while';
  /** The relationship the event belongs to ("kundeforhold"), lower-cased. */
  relation?: string;
  /** "Etter endt kundeforhold … så lenge vi ser det hensiktsmessig": the event starts a period that has no end. */
  openEnded?: boolean;
}

/** Triggers after which a period begins ("etter endt kundeforhold", "after your membership ends"). */
const AFTER_TRIGGER = /^(?:etter|etter at|after|following|upon|once|ved)$/iu;
/** Verbs of deleting: an event followed by deletion closes the period. */
const DELETE_VERB = words(
  'slett*', 'anonymiser*', 'anonymis*', 'avidentifiser*', 'makuler*', 'fjerne', 'fjernes', 'fjerner', 'fjerna', 'fjernet', 'fjernast',
  'kasser*', 'destruer*', 'delete*', 'erase*', 'anonymi*', 'destroy*', 'purge*', 'dispose*',
);

/** A law behind the period ("i henhold til bokføringsloven"): it can be worked out, so it does not leave the end open. */
const LAW_WORDS = words('*lov', '*loven', '*lova', '*lovens', '*lovas', 'lov*', 'law*', '*act', 'regelverk*', 'forskrift*', 'regulation*');

/** Whether two relationship words name the same relationship ("kundeforhold", "kundeforholdet"). */
function sameRelation(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 10);
  return n >= 4 && a.slice(0, n) === b.slice(0, n);
}

/** Does the sentence speak about keeping or deleting data? */
function inRetentionContext(ctx: RuleContext, sentence: Sentence, english: boolean): boolean {
  if (test(RETENTION_VERB, sentence.text)) return true;
  if (test(RETENTION_VERB_EN, sentence.text)) return true;
  if ((english || ENGLISH_SENTENCE.test(sentence.text)) && test(RETENTION_VERB_EN_AMBIGUOUS, sentence.text)) return true;
  // "… blir logget i 60 dager. Deretter slettes loggen."
  const next = ctx.sentences[sentence.index + 1];
  if (next && next.section === sentence.section && THEN.test(next.text) && test(RETENTION_VERB, next.text)) return true;
  if (!underHeading(ctx, sentence, RETENTION_HEADING, RIGHTS_HEADING)) return false;
  // Under a retention heading, table rows, list items and short lines ("Fakturaer | 5 år") state periods without a verb.
  const kind = ctx.doc.blocks[sentence.block]?.kind;
  return kind === 'table-row' || kind === 'list-item' || sentence.tokens.length <= 14 || /behandl|process/iu.test(sentence.text);
}


/**
 * Why a period or criterion is not about how long the controller keeps the user's data: a cookie or
 * browser-storage lifetime (judged on the part of a contrast, "vi lagrer IP-adresser i 2 år, mens informasjonskapsler …"),
 * or a processor's contract.
 */
function outOfScope(ctx: RuleContext, sentence: Sentence, span: Span): string | undefined {
  const part = contrastPart(sentence, span).text;
  const browser = matchAll(BROWSER_STORAGE, part)[0];
  // "Data knyttet til informasjonskapsler slettes etter 14 måneder" is about the data, not the cookie's lifetime
  if (browser && !test(PERSONAL_DATA, part.slice(0, browser.start))) return 'cookie';
  if (PRONOUN_START.test(sentence.text)) {
    const previous = ctx.sentences[sentence.index - 1];
    if (previous && previous.section === sentence.section && test(BROWSER_STORAGE, previous.text)) return 'cookie';
  }
  if (underHeading(ctx, sentence, COOKIE_TERM) && !test(PERSONAL_DATA, sentence.text)) return 'cookie';
  if (test(PROCESSOR_WORDS, sentence.text) && test(CONTRACT_WORDS, sentence.text) && !test(FIRST_PERSON_KEEP, sentence.text)) return 'processor';
  // "Med mindre partene blir enige om noe annet, sletter leverandøren dataene 6 måneder etter opphør av leveranseforholdet"
  if (test(SUPPLY_RELATION, sentence.text) && test(CONTRACT_PARTIES, sentence.text) && !test(FIRST_PERSON_KEEP, sentence.text)) return 'processor';
  return undefined;
}

/** Why a number + unit is not a storage period: frequency, age, notice period, deadline for an answer, past time. */
function periodExcluded(sentence: Sentence, m: TextMatch): boolean {
  const tokens = sentence.tokens;
  let first = tokens.findIndex((t) => t.end > m.start);
  if (first < 0) return true;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < m.end) last++;
  const before = tokens.slice(Math.max(0, first - 3), first).map((t) => t.word);
  const prev = before[before.length - 1];
  const after = tokens.slice(last, last + 2).map((t) => t.word);
  const unit = tokens[last - 1]?.word ?? '';
  if (prev && FREQUENCY_BEFORE.has(prev)) return true;
  if (after[0] && AGO_AFTER.has(after[0])) return true;
  if (YEAR_UNIT.test(unit)) {
    if (prev && AGE_BEFORE.has(prev)) return true;
    if (after[0] && AGE_AFTER.has(after[0])) return true;
    if (prev && AGE_COMPARE_BEFORE.has(prev) && test(CHILD_WORDS, sentence.text)) return true;
  }
  // "med varsel 6 måneder før", "3 måneders oppsigelsestid" (but not "etter 30 dager (angrefristen din)")
  const adjacentAfter = tokens[last] && /^\s*$/u.test(sentence.text.slice(tokens[last - 1]!.end - sentence.start, tokens[last]!.start - sentence.start));
  const near = [...before, ...(adjacentAfter ? after.slice(0, 1) : [])].join(' ');
  if (test(NOTICE_NEAR, near)) return true;
  if (before.some((w) => DEADLINE_BEFORE.has(w)) && test(RESPONSE_WORDS, sentence.text)) return true;
  return false;
}

/** The text after a trigger up to the end of its clause, at most eight tokens. */
function clauseAfter(sentence: Sentence, from: number): { text: string; end: number } {
  const rel = from - sentence.start;
  const rest = sentence.text.slice(rel);
  const stop = rest.search(/[,;:.()!?]/u);
  let text = stop >= 0 ? rest.slice(0, stop) : rest;
  const tokens = [...text.matchAll(/[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9]+(?:['’\-./][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9]+)*/gu)];
  if (tokens.length > 8) text = text.slice(0, tokens[8]!.index);
  return { text, end: from + text.trimEnd().length };
}

/** Conditions on an event: "dersom du avslutter medlemskapet", "if you delete your account". */
const CONDITION = words('dersom', 'hvis', 'viss', 'if');
/** The subject after a verb that opens a condition by word order alone: "Sletter du appen, …", "Avslutter dere avtalen, …". */
const INVERTED_SUBJECT = new Set(['du', 'dere', 'dykk']);
/** What the data does when the event comes: deleted, or gone. */
const GONE = words('forsvinn*', 'forsvinner', 'disappear*', 'is gone', 'er borte', 'er vekk');

/**
 * "Dersom du avslutter medlemskapet, slettes opplysningene", "Sletter du appen, slettes alt", "If you close your account,
 * we delete your data": the data subject's event, with deletion (or the data disappearing) in the main clause.
 */
function conditionalDeletion(sentence: Sentence): EventFound | undefined {
  const opening = sentence.tokens[0];
  const inverted = opening !== undefined && INVERTED_SUBJECT.has(sentence.tokens[1]?.word ?? '') && test(ENDING_WORDS, opening.word);
  const conditions = matchAll(CONDITION, sentence.text, sentence.start).map((m) => ({ start: m.start, from: m.end }));
  if (inverted) conditions.push({ start: opening.start, from: opening.start });
  for (const { start, from } of conditions) {
    const clause = clauseAfter(sentence, from);
    const ending = matchAll(ENDING_WORDS, clause.text)[0];
    if (!ending || test(VAGUE_BETWEEN, clause.text.slice(0, ending.start))) continue;
    if (!(inverted && from === opening.start) && !test(AFFIRMING_SUBJECT, clause.text.slice(0, ending.start))) continue;
    const main = sentence.text.slice(clause.end - sentence.start);
    if (!test(DELETE_VERB, main) && !test(GONE, main)) continue;
    const relation = matchAll(RELATION_WORDS, clause.text)[0];
    return { start, end: clause.end, sentence, kind: 'end', relation: relation?.text.toLowerCase(), openEnded: false };
  }
  return undefined;
}

/** Event-tied criteria: "til kundeforholdet avsluttes", "så lenge du er medlem", "until you unsubscribe". */
function eventsIn(sentence: Sentence): EventFound[] {
  const out: EventFound[] = [];
  for (const trigger of matchAll(EVENT_TRIGGER_END, sentence.text, sentence.start)) {
    const clause = clauseAfter(sentence, trigger.end);
    const ending = matchAll(ENDING_WORDS, clause.text)[0];
    if (!ending || test(VAGUE_BETWEEN, clause.text.slice(0, ending.start))) continue;
    // "slettes til …" / "etter … sletter" alone is circular; deletion counts as the event only when the user does it
    if (/^(?:slett|delete)/iu.test(ending.text) && !test(AFFIRMING_SUBJECT, clause.text.slice(0, ending.start))) continue;
    // "etter avslutning av kundeforholdet": quote up to the relationship that ends
    const relation = matchAll(RELATION_WORDS, clause.text).find((r) => r.start >= ending.end && r.start - ending.end <= 12);
    const related = relation ?? matchAll(RELATION_WORDS, clause.text)[0];
    // the period runs from the event, and the sentence ends it only vaguely and never deletes
    const openEnded =
      AFTER_TRIGGER.test(trigger.text.replace(/\s+/gu, ' ')) &&
      !test(DELETE_VERB, sentence.text) &&
      matchAll(VAGUE_RETENTION, sentence.text, sentence.start).some((v) => v.start >= trigger.end && !test(LAW_WORDS, v.text));
    out.push({
      start: trigger.start,
      end: trigger.end + (relation ?? ending).end,
      sentence,
      kind: 'end',
      relation: related?.text.toLowerCase(),
      openEnded,
    });
  }
  const conditional = conditionalDeletion(sentence);
  if (conditional) out.push(conditional);
  for (const trigger of matchAll(EVENT_TRIGGER_WHILE, sentence.text, sentence.start)) {
    const clause = clauseAfter(sentence, trigger.end);
    const relation = matchAll(RELATION_WORDS, clause.text)[0];
    if (!relation || test(VAGUE_BETWEEN, clause.text.slice(0, relation.start))) continue;
    // quote to the relationship and what is said about it ("så lenge kontoen din er aktiv")
    const tail = /^(?:\s+(?:din|di|ditt|dine|er|is|was|remains|består|eksisterer|finnes|aktiv|active|hos oss|with us)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]))*/iu.exec(clause.text.slice(relation.end))![0];
    out.push({ start: trigger.start, end: trigger.end + relation.end + tail.length, sentence, kind: 'while', relation: relation.text.toLowerCase() });
  }
  return out;
}

/**
 * "Som hovedregel blir e-postene ikke slettet. Du kan be om at alle e-poster fra deg blir slettet.": data kept until the
 * user asks, which decides the period. The statement must be the controller's own practice, not a legal exception to
 * erasure, and the request (by the user, to delete) must follow in the same or one of the next two sentences.
 */
function keptUntilRequest(ctx: RuleContext, sentence: Sentence): EventFound | undefined {
  const kept = matchAll(NOT_DELETED, sentence.text, sentence.start)[0];
  if (!kept) return undefined;
  if (test(EXCEPTION_WORDS, sentence.text) || test(DUTY_WORDS, sentence.text) || test(LAW_WORDS, sentence.text)) return undefined;
  const following = [sentence, ...ctx.sentences.slice(sentence.index + 1, sentence.index + 3)].filter((s) => s.section === sentence.section);
  for (const s of following) {
    const from = s === sentence ? kept.end - s.start : 0;
    const rest = s.text.slice(from);
    if (!test(AFFIRMING_SUBJECT, rest)) continue;
    for (const request of matchAll(USER_REQUEST, rest, s.start + from)) {
      const deletion = matchAll(DELETE_VERB, s.text.slice(request.end - s.start), request.end)[0];
      if (deletion && deletion.start - request.end <= 80) return { start: request.start, end: deletion.end, sentence: s, kind: 'end' };
    }
  }
  return undefined;
}

export const retention: Rule = {
  meta: {
    id: 'retention',
    kind: 'requirement',
    category: 'retention',
    severity: 'error',
    weight: 3,
    legalRef: 'GDPR art. 13(2)(a), art. 14(2)(a), art. 5(1)(e)',
    description: {
      nb: 'Erklæringen sier hvor lenge personopplysningene lagres, eller hvilke kriterier som avgjør lagringstiden.',
      en: 'The statement says how long personal data is stored, or the criteria that decide the storage period.',
    },
    suggestion: {
      nb: 'Oppgi lagringstid for hvert formål, f.eks.: «Kundeopplysninger slettes tre år etter at kundeforholdet er avsluttet. Regnskapsbilag oppbevares i fem år etter regnskapsårets slutt, jf. bokføringsloven § 13. Nyhetsbrevadressen slettes når du melder deg av.»',
      nn: 'Oppgje lagringstid for kvart føremål, t.d.: «Kundeopplysningar blir sletta tre år etter at kundeforholdet er avslutta. Rekneskapsbilag blir oppbevarte i fem år etter at rekneskapsåret er slutt, jf. bokføringslova § 13. Adressa for nyheitsbrevet blir sletta når du melder deg av.»',
      en: 'State the storage period for each purpose, e.g.: "Customer data is deleted three years after the customer relationship ends. Accounting records are kept for five years after the end of the financial year (Bookkeeping Act section 13). Your newsletter address is deleted when you unsubscribe."',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 13 nr. 2 bokstav a krever at den registrerte får vite hvor lenge opplysningene lagres, eller hvilke kriterier som avgjør det. Artikkel 5 nr. 1 bokstav e sier at opplysninger ikke skal lagres lenger enn nødvendig. «Så lenge det er nødvendig» gjentar bare prinsippet; den registrerte må kunne regne ut lagringstiden, som «tre år etter siste kjøp» eller «til du sletter kontoen».',
      en: 'GDPR Article 13(2)(a) requires that the data subject is told how long the data is stored, or the criteria that decide it. Article 5(1)(e) says data must not be kept longer than necessary. "As long as necessary" only repeats the principle; the data subject must be able to work out the period, such as "three years after your last purchase" or "until you delete your account".',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi sletter kundeopplysningene tre år etter siste kjøp. Fakturaer oppbevarer vi i fem år etter regnskapsårets slutt, jf. bokføringsloven § 13.' },
        { lang: 'nn', text: 'Opplysningane om deg blir sletta når du melder deg ut av laget.' },
        {
          lang: 'nb',
          text: 'Vi lagrer opplysningene så lenge du er medlem.',
          note: { nb: 'Et kriterium knyttet til en hendelse holder.', en: 'A criterion tied to an event is enough.' },
        },
      ],
      warn: [
        { lang: 'nb', text: 'Vi lagrer opplysningene så lenge det er nødvendig for å oppfylle formålet med behandlingen.' },
        { lang: 'nn', text: 'Vi lagrar opplysningane så lenge det er naudsynt for føremålet med behandlinga.' },
      ],
      fail: [
        { lang: 'nb', text: 'Opplysningene brukes bare til å behandle bestillingen din og til å svare på henvendelser.' },
        { lang: 'nn', text: 'Opplysningane blir berre brukte til å handsame bestillinga di og til å svare på førespurnader.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'en konkret periode («10 år», «90 dager») eller et kriterium knyttet til en hendelse («til kundeforholdet avsluttes»)', en: 'a concrete period ("10 years", "90 days") or an event-tied criterion ("until the customer relationship ends")' },
        warn: { nb: 'bare vage formuleringer («så lenge det er nødvendig»)', en: 'only vague wording ("as long as necessary")' },
        fail: { nb: 'ingenting om lagringstid', en: 'nothing on storage time' },
      },
    },
  },
  check(ctx: RuleContext) {
    const english = ctx.language === 'eng' || (ctx.doc.language.shares.eng ?? 0) > 0.2;
    const periods: Found[] = [];
    const events: EventFound[] = [];
    const vague: Found[] = [];
    let excludedScope = 0;

    for (const sentence of ctx.sentences) {
      if (!inRetentionContext(ctx, sentence, english)) continue;
      const candidates = matchAll(PERIOD, sentence.text, sentence.start).filter((m) => !periodExcluded(sentence, m));
      const sentenceEvents = eventsIn(sentence);
      const untilRequest = keptUntilRequest(ctx, sentence);
      if (untilRequest) sentenceEvents.push(untilRequest);
      const sentenceVague = matchAll(VAGUE_RETENTION, sentence.text, sentence.start);
      if (candidates.length + sentenceEvents.length + sentenceVague.length === 0) continue;
      const inScope = (m: Span) => {
        if (!outOfScope(ctx, sentence, m)) return true;
        excludedScope++;
        return false;
      };
      for (const m of candidates) if (inScope(m)) periods.push({ start: m.start, end: m.end, sentence });
      events.push(...sentenceEvents.filter(inScope));
      // A caveat to the right to erasure ("… will not be deleted", "kreve sletting … med unntak av …") is not a storage rule.
      if (test(ERASURE_EXCEPTION, sentence.text)) continue;
      if (test(EXCEPTION_WORDS, sentence.text) && test(DELETION_REQUEST, sentence.text)) continue;
      if (test(RIGHTS_REQUEST, sentence.text) && !underHeading(ctx, sentence, RETENTION_HEADING, RIGHTS_HEADING)) continue;
      for (const m of sentenceVague) if (!outOfScope(ctx, sentence, m)) vague.push({ start: m.start, end: m.end, sentence });
    }

    // "så lenge vi har et kundeforhold … Etter endt kundeforhold … så lenge vi ser det hensiktsmessig": the relationship
    // decides nothing when what follows its end is vague, so neither the event nor the relationship counts.
    const openEnded = events.filter((e) => e.openEnded);
    const undetermined = events.filter(
      (e) => e.openEnded || (e.kind === 'while' && openEnded.some((o) => o.relation && e.relation && sameRelation(o.relation, e.relation))),
    );
    if (undetermined.length > 0) {
      const dropped = new Set(undetermined);
      events.splice(0, events.length, ...events.filter((e) => !dropped.has(e)));
    }

    if (periods.length > 0 || events.length > 0) {
      const evidence = [...periods.slice(0, 5), ...events.slice(0, 3)];
      const found = [
        periods.length > 0 ? `periods ${quoteList(ctx, periods, 4)}` : '',
        events.length > 0 ? `criteria ${quoteList(ctx, events, 2)}` : '',
      ].filter(Boolean);
      const fundet = [
        periods.length > 0 ? `perioder ${quoteList(ctx, periods, 4)}` : '',
        events.length > 0 ? `kriterier ${quoteList(ctx, events, 2)}` : '',
      ].filter(Boolean);
      return pass(
        {
          nb: `Lagringstiden er oppgitt: ${fundet.join('; ')}.`,
          en: `The storage period is stated: ${found.join('; ')}.`,
        },
        evidence,
      );
    }

    if (vague.length > 0 && undetermined.length > 0) {
      const tied = undetermined.filter((e) => !e.openEnded);
      const after = vague.filter((v) => openEnded.some((o) => o.sentence.index === v.sentence.index));
      const shownAfter = after.length > 0 ? after : vague;
      return warn(
        {
          nb: `Lagringstiden er knyttet til ${quoteList(ctx, tied.length > 0 ? tied : openEnded, 2)}, men hva som skjer etterpå, er bare beskrevet vagt (${quoteList(ctx, shownAfter, 2)}); det går ikke fram når opplysningene slettes.`,
          en: `The storage period is tied to ${quoteList(ctx, tied.length > 0 ? tied : openEnded, 2)}, but what happens afterwards is only described vaguely (${quoteList(ctx, shownAfter, 2)}); it does not say when the data is deleted.`,
        },
        [...(tied.length > 0 ? tied : openEnded).slice(0, 2), ...shownAfter.slice(0, 2)].sort((a, b) => a.start - b.start),
      );
    }

    if (vague.length > 0) {
      return warn(
        {
          nb: `Lagringstiden er bare beskrevet vagt (${quoteList(ctx, vague)}), uten en konkret periode eller en hendelse som avgjør når opplysningene slettes.`,
          en: `The storage period is only described vaguely (${quoteList(ctx, vague)}), with no concrete period or event that decides when the data is deleted.`,
        },
        vague.slice(0, 6),
      );
    }

    const searched = searchedIn(ctx, 'retention');
    const scopeNote = excludedScope > 0
      ? { nb: ' Perioder for informasjonskapsler eller databehandleres avtaler gjelder ikke lagring av dine opplysninger.', en: " Periods for cookies or processors' contracts are not the storage of the user's data." }
      : { nb: '', en: '' };
    return fail({
      nb: `Fant ingenting om hvor lenge personopplysningene lagres (søkt i ${searched || 'hele erklæringen'}). GDPR art. 13(2)(a) krever lagringstiden eller kriteriene for den.${scopeNote.nb}`,
      en: `Nothing on how long personal data is stored (searched ${searched || 'the whole statement'}). GDPR art. 13(2)(a) requires the storage period or the criteria for it.${scopeNote.en}`,
    });
  },
};

export default retention;
