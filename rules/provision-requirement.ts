import { fail, pass, type RuleContext } from '../src/engine/context.js';
import { matchAll, test } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span } from '../src/types.js';
import { trimQuote } from './lib/basis-context.js';
import {
  CONDITION_START,
  CONSEQUENCE,
  COOKIE_WORDS,
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

type How = 'voluntary' | 'not-obliged' | 'required' | 'duty' | 'consequence' | 'necessary';

interface Found extends Span {
  sentence: Sentence;
  how: How;
}

/** "frivillig, skriftlig samtykke": a quality of consent, not whether data must be given. */
const VOLUNTARY_CONSENT = /(?:frivillig|friviljug|voluntar|freely)\S*(?:\s+\S+){0,3}?\s+(?:samtykk|consent|given)/iu;
const REFUSE_CONSENT = /^(?:samtykk|godt|godkjenn|aksepter|consent|accept|agree)/iu;
const COPULA = new Set(['er', 'is', 'are', 'blir', 'vert', 'være', 'be']);
const RELATIVE = new Set(['som', 'that', 'which', 'der']);

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

function findIn(sentence: Sentence): Found | undefined {
  const text = sentence.text;
  const at = (how: How, span: Span): Found => ({ start: span.start, end: span.end, sentence, how });
  const givesData = test(GIVE_VERB, text) || test(DATA_OBJECT, text);
  if (givesData && !test(COOKIE_WORDS, text)) {
    const voluntary = matchAll(VOLUNTARY, text, sentence.start)[0];
    if (voluntary && !VOLUNTARY_CONSENT.test(text.slice(voluntary.start - sentence.start))) return at('voluntary', sentence);
    if (test(NOT_OBLIGED, text)) return at('not-obliged', sentence);
    if (test(REQUIRED, text) && !/samtykke påkrevd|consent required/iu.test(text)) return at('required', sentence);
  }
  if (test(DUTY_TO_COLLECT, text)) return at('duty', sentence);
  const consequence = consequenceIn(sentence);
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
    for (const sentence of ctx.sentences) {
      // headings and questions ("Hvilke opplysninger trenger vi?") announce a topic, they do not answer it
      if (ctx.isHeading(sentence) || /\?\s*$/u.test(sentence.text)) continue;
      const hit = findIn(sentence);
      if (hit) found.push(hit);
    }
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
