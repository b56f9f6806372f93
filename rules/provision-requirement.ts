import { fail, pass, type RuleContext } from '../src/engine/context.js';
import { matchAll, test, words } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span, Token } from '../src/types.js';
import { classifyHeading } from '../src/segment/sections.js';
import { headingChain, trimQuote } from './lib/basis-context.js';
import {
  CONDITION_START,
  CONSEQUENCE,
  COOKIE_WORDS,
  DATA_CATEGORY,
  DATA_OBJECT,
  DUTY_TO_COLLECT,
  GIVE_VERB,
  MINIMISATION,
  NECESSARY,
  NEGATOR,
  NOT_OBLIGED,
  PROCESSING,
  REFUSE_OBJECT,
  REQUIRED,
  USER_CONSEQUENCE,
  VOLUNTARY,
} from './lib/basis-terms.js';

type How = 'voluntary' | 'choice' | 'not-obliged' | 'required' | 'duty' | 'law-or-contract' | 'consequence' | 'necessary';

interface Found extends Span {
  sentence: Sentence;
  how: How;
}

/** "frivillig, skriftlig samtykke": a quality of consent, not whether data must be given. */
const VOLUNTARY_CONSENT = /(?:frivillig|friviljug|voluntar|freely)\S*(?:\s+\S+){0,3}?\s+(?:samtykk|consent|given)/iu;
const REFUSE_CONSENT = /^(?:samtykk|godt|godkjenn|aksepter|consent|accept|agree)/iu;
const COPULA = new Set(['er', 'is', 'are', 'blir', 'vert', 'være', 'be']);
const RELATIVE = new Set(['som', 'that', 'which', 'der']);

/** The data subject, as the one who must give or chooses to give data. */
const PERSON = words(
  'du', 'dere', 'dykk', 'you',
  // nouns with their inflections only, so that "kundeservice" or "medlemskap" is not a person
  ...['kunde', 'søker', 'søkjar', 'bruker', 'brukar', 'deltaker', 'deltakar', 'kjøper', 'kjøpar'].flatMap((noun) =>
    ['', 'n', 'en', 'e', 'ne', 'ar', 'arane', 'ane', 'er', 'erne', 'ene'].map((ending) => noun + ending),
  ),
  ...['kandidat', 'elev', 'pasient', 'student', 'foresatt', 'føresett'].flatMap((noun) =>
    ['', 'en', 'er', 'ene', 'ar', 'ane', 'e'].map((ending) => noun + ending),
  ),
  'medlem', 'medlemmet', 'medlemmer', 'medlemmene', 'medlemar', 'medlemane', 'forelder', 'forelderen', 'foreldre', 'foreldrene',
  'customer', 'customers', 'user', 'users', 'applicant', 'applicants', 'candidate', 'candidates', 'member', 'members',
  'participant', 'participants', 'parent', 'parents', 'patient', 'patients', 'student', 'students',
);
const WE = new Set(['vi', 'me', 'we']);
const AUXILIARY = new Set(['vil', 'skal', 'kan', 'will', 'shall', 'may', 'would']);
/** Words that make what follows an obligation: "du må", "er du nøydd til", "you are required to". */
const MUST = new Set(['må', 'måtte', 'must', 'nødt', 'nøydd', 'pliktig', 'plikter', 'pliktar', 'required', 'obliged', 'obligated']);
/** "you have to", "we need to": an obligation only with the "to" that follows. */
const MUST_WITH_TO = new Set(['have', 'has', 'need', 'needs']);
/** "Skjemaet krever at du fyller inn …", "the service requires you to …". */
const REQUIRES_THAT = new Set(['krever', 'krev', 'krevjer', 'forutsetter', 'føreset', 'føresett', 'requires', 'require']);
/** The controller needs the data outright: "trenger vi navnet ditt", "we need your address". */
const NEED = new Set(['trenger', 'treng', 'need', 'needs', 'require', 'requires']);
/** Entering data: these say by themselves that data is given. */
const ENTER_DATA = words(
  'oppgi', 'oppgir', 'oppgje', 'oppgjev', 'skrive* opp', 'skriva opp', 'skrive* inn', 'skriva inn', 'skrive* ned', 'fylle* ut',
  'fylle* inn', 'fylla* ut', 'fylla* inn', 'fyller', 'fyll ut', 'fyll inn', 'skriv inn', 'skriv opp', 'registrer*', 'legge* inn',
  'leggje* inn', 'legga inn', 'legg inn', 'legge* igjen', 'legg igjen', 'leggje* att', 'legg att', 'legitimere', 'legitimera',
  'provide', 'enter', 'fill in', 'fill out', 'submit', 'supply', 'register',
);
/** Giving: about data only with a data word as the object ("gi oss e-postadressen", not "gi oss beskjed"). */
const GIVE_OBJECT = words('gi', 'gje', 'dele', 'sende', 'senda', 'give', 'share', 'send');
/** Using one's own data: "benytte sitt fødselsnummer", "bruke e-postadressen din" (not "bruke en oppdatert nettleser"). */
const USE_VERB = words('bruke', 'bruka', 'benytte', 'nytte', 'nytta', 'use');
const OWN = new Set(['sitt', 'sin', 'sine', 'si', 'ditt', 'din', 'dine', 'di', 'dykkar', 'deres', 'your', 'their', 'his', 'her']);
/** Agreeing: a requirement to give data only when it is the condition for something ("for å kunne søke"). */
const AGREE = words('godta', 'godkjenne', 'samtykke', 'samtykkje', 'akseptere', 'aksepterer', 'consent', 'accept', 'agree');
const USER_GOAL = words(
  'for å kunne', 'for at du skal kunne', 'for at du kan', 'før du kan', 'for å bruke', 'for å delta', 'for å søke', 'for å melde',
  'for å registrere', 'for å opprette', 'in order to', 'to be able to', 'before you can', 'to use', 'to register', 'to apply',
);
/** What the controller must obtain: "må vi innhente opplysninger", "we must collect your name". */
const OBTAIN = words(
  'innhente', 'innhenta', 'hente inn', 'henta inn', 'samle inn', 'samla inn', 'få', 'ha', 'motta', 'collect', 'obtain', 'receive',
  'have',
);
/** Nynorsk "opplysingar" lacks the n that DATA_OBJECT's "*opplysning*" needs. */
const DATA_WORD = words('*opplysing*', 'personalia', 'kontaktinformasjon*', 'kontaktinfo*');
/** The data subject chooses to give data: "hvis du velger å lage en bruker", "du kan velje å leggje inn". */
const CHOOSE = new Set(['velger', 'velge', 'velg', 'velgje', 'velje', 'vel', 'valgte', 'valde', 'choose', 'chooses', 'opt', 'opts', 'elect']);
const CHOICE_FRAME = new Set(['hvis', 'dersom', 'om', 'viss', 'når', 'kan', 'if', 'when', 'can', 'may']);
/** "det du selv velger å sende oss": the choice stressed as the data subject's own. */
const SELF = new Set(['selv', 'sjølv', 'sjøl', 'yourself']);
const CHOSEN_ACT = words(
  'oppgi*', 'oppgje*', 'gi', 'gje', 'dele', 'sende', 'legge', 'legge inn', 'legge igjen', 'leggje', 'leggje inn', 'laste opp', 'lage',
  'opprette', 'registrere*', 'melde* deg på', 'melde* seg på', 'melde* deg inn', 'melde* seg inn', 'bli medlem', 'abonnere', 'fylle*',
  'provide', 'give', 'share', 'submit', 'send', 'upload', 'create', 'register', 'sign up', 'subscribe', 'enter',
);
/** "Det er frivillig", "is voluntary", "valfritt å oppgje": voluntariness said as a predicate, not "frivillige ledere". */
const VOLUNTARY_PREDICATE =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])(?:(?:er|is|are|vert|blir)\s+(?:(?:helt|heilt|completely|entirely|fully)\s+)?(?:frivillig|frivilleg|friviljug|valgfri|valfri|voluntary|optional)[a-zæøå]{0,2}(?=\s*(?:[.,;:!)]|$|(?:å|to|om|whether|og|and|men|but|unless|med mindre|except)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])))|(?:frivillig|frivilleg|friviljug|valgfri|valfri)[a-zæøå]{0,2}\s+å(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])|voluntary\s+to(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])|(?:on|a)\s+voluntary\s+basis|på\s+frivillig\s+(?:basis|grunnlag)|voluntar(?:y|ily)\s+(?:submi|provi|disclos|giv|shar)[a-z]*)/iu;
/** Data collected because a law or a contract requires it: "hentes inn … pålagt i henhold til lov og/eller avtale". */
const LAW_OR_CONTRACT = words(
  'lov og/eller avtale*', 'lov eller avtale*', 'lov og avtale*', 'lov eller kontrakt*', 'lov- eller avtale*', 'lover og/eller avtale*',
  'lover eller avtale*', 'lovfest* eller avtalefest*', 'law or contract*', 'law and/or contract*', 'law or agreement*', 'legal or contractual',
);
const COLLECTED = words(
  'innhent*', 'hente* inn', 'henta* inn', 'samle* inn', 'samla* inn', 'collect*', 'obtain*', 'oppgi*', 'oppgje*', 'provide*',
);
/** Not having to give data, beyond NOT_OBLIGED: "du trenger ikke å oppgi", "you do not have to provide". */
const NO_NEED = words(
  'trenger ikke', 'treng ikkje', 'trenger du ikke', 'treng du ikkje', 'er ikke nødt til', 'er ikkje nøydd til', 'ikke obligatorisk*',
  'ikkje obligatorisk*', 'do not have to', "don't have to", 'do not need to', "don't need to",
);
const DEMANDED = words('pålag*', 'krav', 'kreves', 'krevst', 'påkrev*', 'påkravd*', 'nødvendig*', 'naudsynt*', 'required', 'necessary');
/** Conditions before a necessity make it a condition for something else ("vi deler dersom det er nødvendig for å …"). */
const CONDITION_BEFORE = new Set(['dersom', 'hvis', 'viss', 'når', 'if', 'when', 'whenever', 'where']);

function join(tokens: Token[]): string {
  return tokens.map((t) => t.word).join(' ');
}

function dataIn(text: string): boolean {
  return test(DATA_OBJECT, text) || test(DATA_CATEGORY, text) || test(DATA_WORD, text);
}

/** The index of the first token after an obligation at `i` ("må", "nødt til å", "have to", "krever at du"), or -1. */
function afterObligation(tokens: Token[], i: number): number {
  const word = tokens[i]!.word;
  let next = i + 1;
  if (MUST_WITH_TO.has(word)) {
    if (tokens[next]?.word !== 'to') return -1;
    return next + 1;
  }
  if (REQUIRES_THAT.has(word)) {
    if (tokens[next]?.word === 'at') next++;
    return test(PERSON, tokens[next]?.word ?? '') ? next + 1 : -1;
  }
  if (!MUST.has(word)) return -1;
  // "må ikke oppgi" forbids; "er ikke nødt til" is handled as not obliged
  if (/^(?:må|must)$/u.test(word) && test(NEGATOR, tokens[next]?.word ?? '')) return -1;
  while (next < tokens.length && /^(?:til|to|å|at)$/u.test(tokens[next]!.word)) next++;
  return next;
}

/** "pålagt", "nødvendig for at vi skal kunne …" — but not "som er nødvendig", which is data minimisation. */
function demandedIn(sentence: Sentence): boolean {
  return matchAll(DEMANDED, sentence.text, sentence.start).some((m) => {
    const i = sentence.tokens.findIndex((t) => t.start === m.start);
    return i >= 0 && !sentence.tokens.slice(Math.max(0, i - 2), i).some((t) => RELATIVE.has(t.word));
  });
}

/** Prepositions that open a phrase between a subject and its verb: "medlemmer av foreningen må", "søkere til stillingen må". */
const PREPOSITION = new Set(['av', 'i', 'på', 'hos', 'til', 'ved', 'med', 'of', 'in', 'at', 'to', 'for']);

/**
 * The data subject is the subject of the obligation at `i`: "du må", "må du", "er du nøydd", "you are required",
 * "you will need", "alle medlemmer av foreningen må".
 */
function hasPersonSubject(tokens: Token[], i: number): boolean {
  const isPerson = (k: number) => k >= 0 && test(PERSON, tokens[k]?.word ?? '');
  if (isPerson(i - 1) || isPerson(i + 1)) return true;
  const link = tokens[i - 1]?.word ?? '';
  if (isPerson(i - 2) && (COPULA.has(link) || AUXILIARY.has(link))) return true;
  return isPerson(i - 3) && PREPOSITION.has(tokens[i - 2]?.word ?? '');
}

/** "Du må oppgi …", "er du nøydd til å skriva opp …", "Kandidaten må godta … for å kunne søke", "krev at du fyller inn …". */
function subjectObligationIn(sentence: Sentence): Span | undefined {
  const tokens = sentence.tokens;
  if (test(COOKIE_WORDS, sentence.text)) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const after = afterObligation(tokens, i);
    if (after < 0) continue;
    if (!REQUIRES_THAT.has(tokens[i]!.word) && !hasPersonSubject(tokens, i)) continue;
    const act = tokens.slice(after, after + 4);
    const actText = join(act);
    const objectText = join(tokens.slice(after, after + 8));
    const enters = test(ENTER_DATA, actText);
    const usesOwn = act.slice(0, 3).some((t) => test(USE_VERB, t.word)) && tokens.slice(after, after + 6).some((t) => OWN.has(t.word));
    const gives = (act.slice(0, 3).some((t) => test(GIVE_OBJECT, t.word)) || usesOwn) && dataIn(objectText);
    const agrees = act.slice(0, 2).some((t) => test(AGREE, t.word)) && test(USER_GOAL, sentence.text);
    if (enters || gives || agrees) return { start: tokens[i]!.start, end: sentence.end };
  }
  return undefined;
}

/** "I samband med kundeforhold må vi innhente opplysninger som navn …", "trenger vi e-postadressen din", "we need to collect your name". */
function controllerNeedIn(sentence: Sentence): Span | undefined {
  const tokens = sentence.tokens;
  if (test(COOKIE_WORDS, sentence.text)) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    const near = tokens.slice(Math.max(0, i - 2), i + 2);
    const weAt = near.findIndex((t) => WE.has(t.word));
    if (weAt < 0) continue;
    // "dersom vi må innhente opplysninger fra andre" describes a case, not a requirement on the data subject, and so does
    // a relative clause ("… kommunikasjon der vi trenger å lagre kontaktopplysninger")
    if (tokens.slice(Math.max(0, i - 4), i).some((t) => CONDITION_BEFORE.has(t.word))) continue;
    if (RELATIVE.has(tokens[i - 2]?.word ?? '') && WE.has(tokens[i - 1]?.word ?? '')) continue;
    if (NEED.has(word) && tokens[i + 1]?.word !== 'to' && dataIn(join(tokens.slice(i + 1, i + 5)))) {
      return { start: tokens[i]!.start, end: sentence.end };
    }
    const after = MUST.has(word) || MUST_WITH_TO.has(word) ? afterObligation(tokens, i) : -1;
    if (after < 0) continue;
    const act = tokens.slice(after, after + 3);
    const obtainAt = act.findIndex((t, k) => test(OBTAIN, t.word) || test(OBTAIN, `${t.word} ${act[k + 1]?.word ?? ''}`));
    if (obtainAt < 0) continue;
    if (dataIn(join(tokens.slice(after + obtainAt + 1, after + obtainAt + 7)))) return { start: tokens[i]!.start, end: sentence.end };
  }
  return undefined;
}

/** "Hvis du velger å lage en bruker, samler vi inn …", "kan du velgje å leggje kontaktinformasjonen din …". */
function choiceIn(sentence: Sentence): Span | undefined {
  const tokens = sentence.tokens;
  if (test(COOKIE_WORDS, sentence.text)) return undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!CHOOSE.has(tokens[i]!.word)) continue;
    const next = tokens[i + 1]?.word;
    if (next !== 'å' && next !== 'to') continue;
    // "vel" is also "well"; with "å" after it and "du" before it, it is "chooses"
    const before = tokens.slice(Math.max(0, i - 3), i);
    if (!before.some((t) => test(PERSON, t.word))) continue;
    // "hvis du velger å", "du kan velje å", "det du selv velger å sende": giving is optional; "bilete du vel å sende" only describes which data
    if (!before.some((t) => CHOICE_FRAME.has(t.word)) && !SELF.has(tokens[i - 1]!.word)) continue;
    const act = tokens.slice(i + 2, i + 5);
    if (act.length === 0 || test(NEGATOR, act[0]!.word)) continue;
    if (!test(CHOSEN_ACT, join(act.slice(0, 2)))) continue;
    if (dataIn(sentence.text) || test(COLLECTED, sentence.text) || test(ENTER_DATA, join(act))) return { start: tokens[i]!.start, end: sentence.end };
  }
  return undefined;
}

/** Doing something without giving one's identity: "anonyme innspill", "anonymt", "uten å oppgi navn". */
const ANONYMOUS = words(
  'anonym', 'anonyme', 'anonymt', 'anonymous', 'anonymously', 'uten å oppgi*', 'utan å oppgje*', 'uten å gi*', 'utan å gje*',
  'without giving', 'without providing', 'without entering',
);
/** What makes anonymity the data subject's option: "du kan", "det er mulig å", "you may". */
const CLAUSE_START = new Set(['at', 'som', 'der', 'that', 'which', 'who', 'og', 'and', 'men', 'but']);
const MAY = new Set(['kan', 'kunne', 'can', 'may', 'mulig', 'mogleg', 'mogeleg', 'possible', 'velge', 'velje', 'velgje', 'choose']);

/** "Du kan sende inn anonyme innspill", "det er mogleg å melde frå anonymt": giving identifying data is optional. */
function anonymityIn(sentence: Sentence): Span | undefined {
  const tokens = sentence.tokens;
  for (const m of matchAll(ANONYMOUS, sentence.text, sentence.start)) {
    const i = tokens.findIndex((t) => t.start === m.start);
    if (i < 0) continue;
    const before = tokens.slice(Math.max(0, i - 6), i);
    // "vi kan lagre dataene anonymt" is about the controller's processing; "du kan ikke være anonym" is no option
    if (before.some((t) => WE.has(t.word) || test(NEGATOR, t.word))) continue;
    const mayAt = before.findIndex((t) => MAY.has(t.word));
    // "du kan være trygg på at dataene er anonyme": the anonymity belongs to another clause
    if (mayAt < 0 || before.slice(mayAt + 1).some((t) => CLAUSE_START.has(t.word))) continue;
    const possible = /^(?:mulig|mogleg|mogeleg|possible)$/u.test(before[mayAt]!.word);
    if (possible || before.some((t) => test(PERSON, t.word))) return { start: before[mayAt]!.start, end: sentence.end };
  }
  return undefined;
}

/** Using or asking for data: what is withheld "until you choose to …". */
const USE_OR_ASK = words(
  // "ber ikke om", "hentar ikkje inn": the negator sits inside the verb phrase
  'brukes', 'brukast', 'bruker', 'brukar', 'etterspør*', 'spør* ~ etter', 'ber ~ om', 'bed ~ om', 'innhent*', 'hente* ~ inn',
  'henta* ~ inn', 'samle* ~ inn', 'samla* ~ inn', 'lagre*', 'lagra*', 'registrer*', 'hentes', 'hentast', 'used', 'use', 'requested', 'request', 'ask for',
  'asked for', 'collected', 'collect', 'stored', 'accessed', 'access',
);
/** "Før du velger å …": nothing happens to the data until the data subject chooses. */
const UNTIL = new Set(['før', 'inntil', 'until', 'before', 'unless']);

/**
 * "Ingen posisjonsdata brukes før du velger å starte spillet", "vi ber ikkje om posisjonen din før du vel å opne kartet":
 * the data is only used for a feature the data subject chooses to use, so giving it is their choice.
 */
function withheldUntilChoiceIn(sentence: Sentence): Span | undefined {
  const tokens = sentence.tokens;
  if (test(COOKIE_WORDS, sentence.text)) return undefined;
  for (let i = 2; i < tokens.length; i++) {
    if (!CHOOSE.has(tokens[i]!.word)) continue;
    const next = tokens[i + 1]?.word;
    if (next !== 'å' && next !== 'to') continue;
    const untilAt = tokens.slice(Math.max(0, i - 3), i).findIndex((t) => UNTIL.has(t.word));
    if (untilAt < 0 || !tokens.slice(Math.max(0, i - 3), i).some((t) => test(PERSON, t.word))) continue;
    const act = tokens[i + 2];
    if (!act || test(NEGATOR, act.word)) continue;
    const head = tokens.slice(Math.max(0, i - 16), Math.max(0, i - 3) + untilAt);
    const headText = join(head);
    if (head.some((t) => test(NEGATOR, t.word)) && test(USE_OR_ASK, headText) && dataIn(headText)) {
      return { start: head[0]!.start, end: sentence.end };
    }
  }
  return undefined;
}

/** "Hvis du ikke samtykker, lastes ikke …", "dersom vi ikke får opplysningene, kan vi ikke …", "uten disse opplysningene kan vi ikke …". */
function consequenceIn(sentence: Sentence): Span | undefined {
  const tokens = sentence.tokens;
  for (const cond of matchAll(CONDITION_START, sentence.text, sentence.start)) {
    const i = tokens.findIndex((t) => t.start === cond.start);
    if (i < 0) continue;
    const window = tokens.slice(i + 1, i + 9);
    let refuseEnd = -1;
    if (/^(?:uten|utan|without)$/iu.test(cond.text)) {
      const head = window.slice(0, 3).map((t) => t.word).join(' ');
      if (test(DATA_OBJECT, head)) refuseEnd = window[Math.min(2, window.length - 1)]!.end;
    } else {
      const negator = window.findIndex((t) => test(NEGATOR, t.word));
      if (negator < 0) continue;
      const after = window.slice(negator + 1, negator + 5);
      const verb = after.find((t) => test(REFUSE_OBJECT, t.word) || test(REFUSE_OBJECT, `${t.word} ${after[after.indexOf(t) + 1]?.word ?? ''}`));
      if (!verb) continue;
      // the controller not getting data, or the user refusing consent: both say what follows from not giving it
      const objectWindow = tokens.slice(tokens.indexOf(verb), tokens.indexOf(verb) + 5).map((t) => t.word).join(' ');
      if (!REFUSE_CONSENT.test(verb.word) && !test(DATA_OBJECT, objectWindow)) continue;
      refuseEnd = verb.end;
    }
    if (refuseEnd < 0) continue;
    const rest = sentence.text.slice(refuseEnd - sentence.start);
    if (test(CONSEQUENCE, rest)) return { start: cond.start, end: sentence.end };
  }
  return undefined;
}

/** Refusing or switching off cookies: "slå av", "blokkere", "ikke akseptere", "disable", "reject". */
const COOKIE_REFUSAL = words(
  'slå* av', 'slår av', 'skru* av', 'blokker*', 'avvis*', 'avslå*', 'deaktiver*', 'slett*', 'ikke akseptere', 'ikkje akseptere',
  'ikke godta', 'ikkje godta', 'ikke tillate', 'ikkje tillate', 'reserver* deg', 'disable*', 'block*', 'reject*', 'refuse*',
  'turn off', 'switch off', 'delete', 'not accept', 'decline',
);
/** The site working less well without them: "vil ikke fungere optimalt", "kan slutte å virke", "may not work properly". */
const SITE_IMPAIRED = words(
  'ikke fungere*', 'ikkje fungere*', 'ikke vil fungere*', 'ikkje vil fungere*', 'fungerer ikke', 'fungerer ikkje', 'ikke virke',
  'ikkje verke', 'slutte å virke', 'slutte å fungere', 'slutta å verka', 'virke optimalt', 'fungere optimalt', 'begrenset funksjonalitet',
  'avgrensa funksjonalitet', 'redusert funksjonalitet', 'not work*', 'stop working', 'may not function', 'limited functionality',
);

/**
 * "Du kan slå av informasjonskapsler i nettleseren, men da vil ikke nettsiden fungere optimalt"; also with the
 * consequence in the next sentence ("… kan da slutte å virke optimalt"): what follows from not giving cookie data.
 */
function cookieRefusalIn(sentence: Sentence, next: Sentence | undefined): Span | undefined {
  if (!test(COOKIE_WORDS, sentence.text)) return undefined;
  const refusal = matchAll(COOKIE_REFUSAL, sentence.text, sentence.start)[0];
  if (!refusal) return undefined;
  if (test(SITE_IMPAIRED, sentence.text.slice(refusal.end - sentence.start))) return { start: refusal.start, end: sentence.end };
  if (next && test(SITE_IMPAIRED, next.text)) return { start: refusal.start, end: next.end };
  return undefined;
}

/** The data subject saying no: "si nei til posisjonstilgang", "avvise analyse-cookies", "velger du «Bare nødvendige»". */
const REFUSAL_OPTION = words(
  'si nei', 'seie nei', 'sei nei', 'svare nei', 'takke nei', 'takka nei', 'avvis*', 'avslå*', 'velge bort', 'velje bort', 'velgje bort',
  'bare nødvendige', 'berre naudsynte', 'berre nødvendige', 'kun nødvendige', 'only necessary', 'reject*', 'decline*', 'say no',
  'refuse*', 'opt out',
);
/**
 * What refusing leads to: nothing is sent or loaded ("sendes ingenting til Meta", "lastes ikke"), the choice decides
 * ("Valget ditt styrer om vi laster …"), or nothing is lost ("appen virker like godt da").
 */
const REFUSAL_RESULT = words(
  'sendes ingenting', 'sendast ingenting', 'sender vi ingenting', 'deles ingenting', 'lastes ikke', 'lastast ikkje', 'lastes ingen',
  'settes ingen', 'settes ikke', 'vert ikkje sett', 'blir ikke satt', 'brukes ikke', 'brukast ikkje', 'samles ikke inn', 'samlast ikkje inn',
  'valget ditt styrer', 'valet ditt styrer', 'valget ditt avgjør', 'valet ditt avgjer', 'styrer om', 'avgjør om', 'avgjer om',
  'virker like godt', 'verkar like godt', 'fungerer like godt', 'fungerer fortsatt', 'fungerer framleis', 'virker fortsatt',
  'kan fortsatt bruke', 'kan framleis bruke', 'nothing is sent', 'is not loaded', 'are not loaded', 'still works', 'works just as well',
  'your choice determines', 'your choice decides',
);

/**
 * "Du kan når som helst si nei til posisjonstilgang … appen virker like godt da", "kan du godta eller avvise analyse-cookies.
 * Valget ditt styrer om vi laster analyseverktøy", "Velger du «Bare nødvendige», sendes ingenting til Meta": the data
 * subject may refuse, and the statement says what follows.
 */
function refusalResultIn(sentence: Sentence, next: Sentence | undefined): Span | undefined {
  const refusal = matchAll(REFUSAL_OPTION, sentence.text, sentence.start).find((m) => {
    const i = sentence.tokens.findIndex((t) => t.start === m.start);
    return i >= 0 && sentence.tokens.slice(Math.max(0, i - 5), i + 1).some((t) => test(PERSON, t.word));
  });
  if (!refusal) return undefined;
  if (test(REFUSAL_RESULT, sentence.text.slice(refusal.end - sentence.start))) return { start: refusal.start, end: sentence.end };
  if (next && test(REFUSAL_RESULT, next.text)) return { start: refusal.start, end: next.end };
  return undefined;
}

/** No account needed: "påby krever ingen registrering", "you can use the app without registering". */
const NO_ACCOUNT_NEEDED = words(
  'krever ingen registrering', 'krev inga registrering', 'krever ikke registrering', 'krev ikkje registrering', 'krever ingen innlogging',
  'krev inga innlogging', 'trenger ingen konto', 'treng ingen konto', 'trenger ikke konto', 'treng ikkje konto', 'uten å registrere deg',
  'utan å registrere deg', 'uten å logge inn', 'utan å logge inn', 'no registration', 'without registering', 'without an account',
  'no account is needed', 'no account needed',
);

/**
 * "Opplysningene er nødvendige for å inngå avtalen", "nødvendig for at … du kan legge inn sitatet":
 * data required for something the user wants. "Behandlingen er nødvendig for å oppfylle avtalen" is the
 * art. 6(1)(b) basis and "vi behandler bare det som er nødvendig" is data minimisation; neither counts.
 */
function necessityIn(sentence: Sentence): Span | undefined {
  if (test(COOKIE_WORDS, sentence.text)) return undefined;
  const tokens = sentence.tokens;
  for (const m of matchAll(NECESSARY, sentence.text, sentence.start)) {
    const i = tokens.findIndex((t) => t.start === m.start);
    if (i < 0) continue;
    const before = tokens.slice(Math.max(0, i - 4), i).map((t) => t.word).join(' ');
    if (test(MINIMISATION, before) || RELATIVE.has(tokens[i - 1]?.word ?? '') || RELATIVE.has(tokens[i - 2]?.word ?? '')) continue;
    // "vi utleverer … dersom det er nødvendig for å …, eller informasjonen er nødvendig for …": a condition for something else
    if (tokens.slice(0, i).some((t) => CONDITION_BEFORE.has(t.word))) continue;
    const rest = sentence.text.slice(m.end - sentence.start);
    if (test(USER_CONSEQUENCE, rest)) return { start: m.start, end: sentence.end };
    // data as the subject: "Disse opplysningene er nødvendige for …"
    const copula = tokens[i - 1] && COPULA.has(tokens[i - 1]!.word) ? i - 1 : tokens[i - 2] && COPULA.has(tokens[i - 2]!.word) ? i - 2 : -1;
    if (copula < 0) continue;
    const subject = tokens.slice(Math.max(0, copula - 5), copula);
    const subjectText = subject.map((t) => t.word).join(' ');
    if (subject.some((t) => RELATIVE.has(t.word)) || !test(DATA_OBJECT, subjectText) || test(PROCESSING, subjectText)) continue;
    if (/^\s*(?:for|to|in order|til)/iu.test(rest)) return { start: subject[0]!.start, end: sentence.end };
  }
  return undefined;
}

/**
 * "frivillig", "valgfritt", "optional" say that giving is voluntary; "frivillige" as a noun or before one
 * ("andre frivillige", "frivillige aktiviteter") and compounds ("frivilligsentralen") are about volunteers.
 */
function isVoluntaryGiving(sentence: Sentence, m: Span & { text: string }): boolean {
  const word = m.text.toLowerCase();
  if (!/^(?:frivil|friviljug)/u.test(word)) return true;
  if (/^(?:frivillig|frivilleg|friviljug)t?$/u.test(word)) return true;
  if (!/^(?:frivillig|frivilleg|friviljug)e$/u.test(word)) return false;
  const i = sentence.tokens.findIndex((t) => t.start === m.start);
  return i > 0 && COPULA.has(sentence.tokens[i - 1]!.word);
}

/**
 * `listedData`: the sentence is an item of a list under a heading about the data collected, so it names
 * data even without a data word ("Målernummer for strøm (valgfritt)" under "Hvilke opplysninger samler vi inn?").
 */
function isListedData(ctx: RuleContext, sentence: Sentence): boolean {
  const kind = ctx.doc.blocks[sentence.block]?.kind;
  return (kind === 'list-item' || kind === 'table-row') && headingChain(ctx, sentence).some((h) => classifyHeading(h).includes('data'));
}

function findIn(sentence: Sentence, next?: Sentence, listedData = false): Found | undefined {
  const text = sentence.text;
  const at = (how: How, span: Span): Found => ({ start: span.start, end: span.end, sentence, how });
  const givesData = listedData || test(GIVE_VERB, text) || test(DATA_OBJECT, text);
  const cookies = test(COOKIE_WORDS, text);
  if (givesData && !cookies) {
    const voluntary = matchAll(VOLUNTARY, text, sentence.start).find((m) => isVoluntaryGiving(sentence, m));
    if (voluntary && !VOLUNTARY_CONSENT.test(text.slice(voluntary.start - sentence.start))) return at('voluntary', sentence);
    if (test(NOT_OBLIGED, text) || test(NO_NEED, text) || test(NO_ACCOUNT_NEEDED, text)) return at('not-obliged', sentence);
    // "trenger vi" / "må vi ha" only with data as the object, which controllerNeedIn checks ("må vi ha et behandlingsgrunnlag" is not)
    const required = matchAll(REQUIRED, text).filter((m) => !/^(?:trenger|treng|må)\s+vi(?:\s+ha)?$/iu.test(m.text));
    if (required.length > 0 && !/samtykke påkrevd|consent required/iu.test(text)) return at('required', sentence);
  }
  if (!cookies && VOLUNTARY_PREDICATE.test(text)) return at('voluntary', sentence);
  if (test(DUTY_TO_COLLECT, text)) return at('duty', sentence);
  if (test(LAW_OR_CONTRACT, text) && test(COLLECTED, text) && demandedIn(sentence)) return at('law-or-contract', sentence);
  if (subjectObligationIn(sentence) || controllerNeedIn(sentence)) return at('required', sentence);
  if (choiceIn(sentence) || anonymityIn(sentence) || withheldUntilChoiceIn(sentence)) return at('choice', sentence);
  const consequence = consequenceIn(sentence) ?? cookieRefusalIn(sentence, next) ?? refusalResultIn(sentence, next);
  if (consequence) return at('consequence', sentence);
  const necessity = necessityIn(sentence);
  if (necessity) return at('necessary', sentence);
  return undefined;
}

const HOW: Record<How, { nb: string; en: string }> = {
  voluntary: { nb: 'at det er frivillig å gi opplysningene', en: 'that giving the data is voluntary' },
  'not-obliged': { nb: 'at den registrerte ikke har plikt til å gi opplysningene', en: 'that the data subject is not obliged to give the data' },
  required: { nb: 'hvilke opplysninger som må gis', en: 'which data must be given' },
  duty: { nb: 'at innhentingen er lovpålagt', en: 'that collection is required by law' },
  'law-or-contract': { nb: 'at opplysningene hentes inn fordi lov eller avtale krever det', en: 'that the data is collected because a law or a contract requires it' },
  choice: { nb: 'at det er den registrertes eget valg å gi opplysningene', en: 'that giving the data is the data subject\'s own choice' },
  consequence: { nb: 'hva som skjer om opplysningene ikke gis', en: 'what happens if the data is not given' },
  necessary: { nb: 'at opplysningene er nødvendige for det den registrerte vil gjøre', en: 'that the data is necessary for what the data subject wants to do' },
};

export const provisionRequirement: Rule = {
  meta: {
    id: 'provision-requirement',
    kind: 'requirement',
    category: 'basis-purposes',
    severity: 'warning',
    weight: 2,
    legalRef: 'GDPR art. 13(2)(e)',
    description: {
      nb: 'Erklæringen sier om det er et lovfestet eller avtalefestet krav å gi opplysningene, om det er frivillig, og hva som skjer om de ikke gis.',
      en: 'The statement says whether giving the data is a statutory or contractual requirement or voluntary, and what happens if it is not given.',
    },
    suggestion: {
      nb: 'Skriv f.eks.: «Det er frivillig å gi oss personopplysninger. Navn, adresse og e-postadresse er likevel nødvendige for å inngå og gjennomføre kjøpsavtalen; gir du dem ikke, kan vi ikke levere bestillingen din.»',
      nn: 'Skriv t.d.: «Det er frivillig å gje oss personopplysningar. Namn, adresse og e-postadresse er likevel naudsynte for å inngå og gjennomføre kjøpsavtalen; gjev du dei ikkje, kan vi ikkje levere bestillinga di.»',
      en: 'Write e.g.: "Giving us personal data is voluntary. Your name, address and e-mail address are, however, necessary to enter into and perform the purchase contract; if you do not provide them, we cannot deliver your order."',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 13 nr. 2 bokstav e krever at den registrerte får vite om det er et lovfestet eller avtalefestet krav å gi opplysningene, om de er nødvendige for å inngå en avtale, om den registrerte har plikt til å gi dem, og hva som skjer om de ikke gis. «Vi samler bare inn det som er nødvendig» handler om dataminimering og svarer ikke på dette.',
      en: 'GDPR Article 13(2)(e) requires that the data subject is told whether providing the data is a statutory or contractual requirement, or needed to enter into a contract, whether they are obliged to provide it, and what happens if they do not. "We only collect what is necessary" is about data minimisation and does not answer this.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Det er frivillig å oppgi telefonnummer. Navn og adresse må du oppgi for at vi skal kunne levere varene; uten dem kan vi ikke gjennomføre kjøpet.' },
        { lang: 'nn', text: 'Det er frivillig å gje oss opplysningane, men utan namn og e-postadresse kan vi ikkje registrere deg som medlem.' },
      ],
      fail: [
        {
          lang: 'nb',
          text: 'Vi samler ikke inn flere opplysninger enn det som er nødvendig for formålet.',
          note: { nb: 'Dataminimering, ikke om opplysningene er påkrevd.', en: 'Data minimisation, not whether the data is required.' },
        },
        {
          lang: 'nn',
          text: 'Vi samlar ikkje inn fleire opplysningar enn det som er naudsynt for føremålet.',
          note: { nb: 'Dataminimering, ikke om opplysningene er påkrevd.', en: 'Data minimisation, not whether the data is required.' },
        },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'sier at opplysningene er påkrevd eller frivillige, eller hva som skjer om de ikke gis', en: 'says the data is required or voluntary, or what happens if it is not given' },
        fail: { nb: 'ikke omtalt («vi samler bare inn det som er nødvendig» er dataminimering, ikke dette)', en: 'not addressed ("we only collect what is necessary" is data minimisation, not this)' },
      },
    },
  },
  check(ctx: RuleContext) {
    const found: Found[] = [];
    ctx.sentences.forEach((sentence, i) => {
      // headings and questions ("Hvilke opplysninger trenger vi?") announce a topic, they do not answer it
      if (ctx.isHeading(sentence) || /\?\s*$/u.test(sentence.text)) return;
      const next = ctx.sentences[i + 1];
      const hit = findIn(sentence, next && next.section === sentence.section ? next : undefined, isListedData(ctx, sentence));
      if (hit) found.push(hit);
    });
    if (found.length > 0) {
      const shown = found.slice(0, 3);
      const hows = [...new Set(shown.map((f) => f.how))];
      return pass(
        {
          nb: `Erklæringen sier ${hows.map((h) => HOW[h].nb).join(' og ')}: ${shown.map((f) => `«${f.sentence.text.replace(/\s+/g, ' ').slice(0, 110)}»`).join('; ')}.`,
          en: `The statement says ${hows.map((h) => HOW[h].en).join(' and ')}: ${shown.map((f) => `"${f.sentence.text.replace(/\s+/g, ' ').slice(0, 110)}"`).join('; ')}.`,
        },
        shown.map((f) => trimQuote(f.sentence, 300)),
      );
    }
    const searched = ctx.headingsFor('data', 'purposes', 'basis');
    return fail({
      nb: `Erklæringen sier ikke om det er frivillig eller påkrevd å gi opplysningene, eller hva som skjer om de ikke gis (søkte i ${searched.length > 0 ? searched.map((h) => `«${h}»`).join(', ') : 'hele teksten'}). «Vi samler bare inn det som er nødvendig» handler om dataminimering og dekker ikke kravet i art. 13 nr. 2 bokstav e.`,
      en: `The statement does not say whether giving the data is voluntary or required, or what happens if it is not given (searched ${searched.length > 0 ? searched.map((h) => `"${h}"`).join(', ') : 'the whole text'}). "We only collect what is necessary" is data minimisation and does not meet art. 13(2)(e).`,
    });
  },
};

export default provisionRequirement;
