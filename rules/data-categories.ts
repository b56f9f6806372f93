import { fail, pass, type RuleContext } from '../src/engine/context.js';
import { anyWords, matchAll, test, words, type TextMatch } from '../src/nlp/patterns.js';
import type { Rule, Sentence } from '../src/types.js';
import { headingChain, isListy, leadIn, negatedNear, trimQuote } from './lib/basis-context.js';
import { CHANNEL_BEFORE, CHANNEL_LIST_BEFORE, COLLECT_CONTEXT, COLLECT_VERB, OWN_AFTER, OWN_BEFORE, DATA_CATEGORY, DATA_HEADING, LABEL_VALUE, NEGATOR, WEAK_CATEGORY } from './lib/basis-terms.js';

const WEAK_EXACT = new RegExp(`^${WEAK_CATEGORY.source}$`, 'iu');

/** What a web server and a service log or hold: referrer, pages visited, visit times, uploads, user identities. */
const SERVICE_CATEGORY = words(
  'referrer', 'referer', 'referrer-adresse*', 'henvisende side*', 'henvisende nettside*', 'henvisningsside*', 'tilvisande side*',
  'sider du besøker', 'sidene du besøker', 'sider du har besøkt', 'sidene du har besøkt', 'sider du besøkjer', 'sidene du besøkjer',
  'sidene du har vitja', 'sidene du vitjar', 'pages you visit*', 'pages that you visit*', 'pages you access*', 'pages that you access*',
  'pages visited', 'dates of your visit*', 'date of your visit*', 'time of your visit*', 'times of your visit*', 'tidspunkt for besøk*',
  'tidspunktet for besøket', 'tidspunkt for vitjing*', 'datasett', 'datasettet', 'datasettene', 'datasetta', 'dataset', 'datasets',
  'uploaded data', 'uploaded files', 'files you upload', 'opplastede filer', 'opplasta filer', 'filer du laster opp', 'filer du lastar opp',
  'user-agent', 'user agent', 'brukeridentitet*', 'brukaridentitet*', 'user identit*', 'søkehistorikk*', 'search history',
  'browsing history', 'besøkshistorikk*', 'bruker-id', 'brukar-id', 'user id', 'kundenummer*', 'ordrenummer*', 'order number*',
);
const CATEGORY = anyWords(DATA_CATEGORY, SERVICE_CATEGORY);

/**
 * Collecting in inverted word order, after a fronted clause or adverb ("Når du fyller ut skjemaet, samler vi inn …",
 * "Då samlar me inn …"), and with the Nynorsk pronoun "me" ("me får", "mottek me").
 */
const INVERTED_COLLECT = words(
  'samle* vi inn', 'samla* vi inn', 'samle* me inn', 'samla* me inn', 'samle* vi også inn', 'samla* vi også inn', 'samla* me òg inn',
  'samla* me også inn', 'samla* vi òg inn', 'henter vi inn', 'hentar vi inn', 'hentar me inn', 'henta me inn', 'hentes det inn',
  'får me', 'me får', 'mottek me', 'me mottek', 'mottar me', 'me mottar', 'me tek vare på', 'tek me vare på', 'tar vi vare på',
);
const COLLECT_ANY = anyWords(COLLECT_CONTEXT, INVERTED_COLLECT);
const COLLECT_VERB_ANY = anyWords(COLLECT_VERB, INVERTED_COLLECT);

interface Category extends TextMatch {
  sentence: Sentence;
}

const COLLECT_STEMS = /^(?:saml|lagr|registrer|behandl|hent|innhent|logg|oppbevar|collect|stor|process|record|sav|keep|kept|retain)/iu;
const CONTRAST = new Set(['men', 'but', 'mens', 'while', 'unntatt', 'except']);

/** "Vi samler ikke inn navn, e-postadresse …": a negated collection verb negates the whole enumeration after it. */
function collectionNegated(ctx: RuleContext, sentence: Sentence, m: TextMatch): boolean {
  if (negatedNear(ctx, sentence, m)) return true;
  const tokens = sentence.tokens.filter((t) => t.end <= m.start);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (CONTRAST.has(t.word)) return false;
    const gap = sentence.text.slice(t.end - sentence.start, (tokens[i + 1]?.start ?? m.start) - sentence.start);
    if (/[.;:]/.test(gap)) return false;
    if (!test(NEGATOR, t.word)) continue;
    const around = tokens.slice(Math.max(0, i - 2), i + 3);
    if (around.some((x) => COLLECT_STEMS.test(x.word))) return true;
  }
  return false;
}

/** Is the category word in a statement about what is processed (not a contact line or a channel)? */
function inDataContext(ctx: RuleContext, sentence: Sentence, m: TextMatch): boolean {
  const rel = m.start - sentence.start;
  if (LABEL_VALUE.test(sentence.text.slice(rel + m.text.length))) return false;
  const weak = WEAK_EXACT.test(m.text);
  const before = sentence.text.slice(Math.max(0, rel - 60), rel);
  // "[KLINIKKENS NAVN]": a template slot; "kontaktinformasjonen vår": the controller's own details
  if (/\[[^\]]*$/u.test(before) || OWN_BEFORE.test(before) || OWN_AFTER.test(sentence.text.slice(rel + m.text.length))) return false;
  if (weak && (CHANNEL_BEFORE.test(before.slice(-40)) || CHANNEL_LIST_BEFORE.test(before))) return false;
  if (test(weak ? COLLECT_VERB_ANY : COLLECT_ANY, sentence.text)) return true;
  const intro = leadIn(ctx, sentence);
  const introducesData = intro !== undefined && (test(COLLECT_CONTEXT, intro.text) || test(DATA_HEADING, intro.text));
  // the section's own heading, or its parent's when the section has no topic of its own ("#### Økonomiske opplysninger:")
  const own = ctx.sections[sentence.section]!;
  const headings = own.topics.includes('other') ? headingChain(ctx, sentence).slice(0, 2) : [own.heading];
  const dataHeading = headings.some((h) => test(DATA_HEADING, h));
  if (weak) return introducesData || (isListy(ctx, sentence) && dataHeading);
  if (introducesData) return true;
  if (ctx.isHeading(sentence)) return false;
  return dataHeading || own.topics.includes('data');
}

export function dataCategoriesIn(ctx: RuleContext): Category[] {
  const out: Category[] = [];
  for (const sentence of ctx.sentences) {
    if (/\?\s*$/u.test(sentence.text) && !test(COLLECT_CONTEXT, sentence.text.replace(/^[^?]*\?/u, ''))) continue;
    for (const m of matchAll(CATEGORY, sentence.text, sentence.start)) {
      if (!inDataContext(ctx, sentence, m) || collectionNegated(ctx, sentence, m)) continue;
      // "ingen sensitive opplysninger", "ikke navn": a category named only to be ruled out
      const prev = sentence.tokens.filter((t) => t.end <= m.start).slice(-1)[0];
      if (prev && test(NEGATOR, prev.word)) continue;
      out.push({ ...m, sentence });
    }
  }
  return out;
}

export const dataCategories: Rule = {
  meta: {
    id: 'data-categories',
    kind: 'requirement',
    category: 'basis-purposes',
    severity: 'warning',
    weight: 2,
    legalRef: 'GDPR art. 14(1)(d); art. 13 (good practice), art. 30(1)(c)',
    description: {
      nb: 'Erklæringen sier hvilke kategorier personopplysninger som behandles (f.eks. navn, kontaktinformasjon, IP-adresse, kjøpshistorikk).',
      en: 'The statement says which categories of personal data are processed (e.g. name, contact details, IP address, purchase history).',
    },
    suggestion: {
      nb: 'List opp opplysningene per formål, f.eks.: «Når du handler hos oss, behandler vi navn, leveringsadresse, e-postadresse, telefonnummer, kjøpshistorikk og betalingsopplysninger. Når du besøker nettsiden, registreres IP-adresse og nettlesertype.»',
      nn: 'List opp opplysningane per føremål, t.d.: «Når du handlar hos oss, behandlar vi namn, leveringsadresse, e-postadresse, telefonnummer, kjøpshistorikk og betalingsopplysningar. Når du besøkjer nettsida, blir IP-adresse og nettlesartype registrerte.»',
      en: 'List the data for each purpose, e.g.: "When you shop with us, we process your name, delivery address, e-mail address, phone number, purchase history and payment details. When you visit the website, your IP address and browser type are logged."',
    },
    rationale: {
      nb: 'Når opplysningene ikke er samlet inn fra den registrerte, krever personvernforordningen artikkel 14 nr. 1 bokstav d at erklæringen sier hvilke kategorier personopplysninger det gjelder. Også når opplysningene samles inn direkte, er det god praksis å liste dem opp: uten å vite hvilke opplysninger som behandles, kan ikke den registrerte forstå formål, lagringstid eller deling (artikkel 12 nr. 1 og artikkel 5 nr. 1 bokstav a).',
      en: 'Where the data was not obtained from the data subject, GDPR Article 14(1)(d) requires the statement to give the categories of personal data concerned. Even when data is collected directly, listing it is good practice: without knowing which data is processed, the data subject cannot make sense of purposes, storage periods or sharing (Article 12(1) and Article 5(1)(a)).',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Når du handler hos oss, behandler vi navn, leveringsadresse, e-postadresse, telefonnummer og kjøpshistorikk.' },
        { lang: 'nn', text: 'Vi registrerer namn, adresse, fødselsdato og e-postadresse for medlemmene i laget.' },
      ],
      fail: [
        { lang: 'nb', text: 'Vi behandler personopplysninger om deg for å kunne gi deg en god kundeopplevelse.' },
        { lang: 'nn', text: 'Vi behandlar personopplysningar om deg for å kunne gje deg god service.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'kategoriene av opplysninger er oppgitt', en: 'the categories of data are stated' },
        fail: { nb: 'mangler', en: 'missing' },
      },
    },
  },
  check(ctx: RuleContext) {
    const found = dataCategoriesIn(ctx);
    if (found.length > 0) {
      const names = [...new Set(found.map((f) => f.text.toLowerCase().replace(/\s+/g, ' ')))];
      const sentences: Sentence[] = [];
      for (const f of found) if (!sentences.includes(f.sentence)) sentences.push(f.sentence);
      return pass(
        {
          nb: `Kategorier av personopplysninger er oppgitt: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ' …' : ''}.`,
          en: `Categories of personal data are stated: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ' …' : ''}.`,
        },
        sentences.slice(0, 3).map((s) => trimQuote(s, 300)),
      );
    }
    const searched = ctx.headingsFor('data', 'purposes');
    return fail({
      nb: `Erklæringen sier ikke hvilke personopplysninger som behandles (søkte i ${searched.length > 0 ? searched.map((h) => `«${h}»`).join(', ') : 'hele teksten'}). Oppgi kategoriene, f.eks. navn, kontaktinformasjon og IP-adresse.`,
      en: `The statement does not say which personal data is processed (searched ${searched.length > 0 ? searched.map((h) => `"${h}"`).join(', ') : 'the whole text'}). State the categories, e.g. name, contact details and IP address.`,
    });
  },
};

export default dataCategories;
