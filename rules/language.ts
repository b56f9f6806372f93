import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import type { LanguageCode, Rule } from '../src/types.js';
import { nordicLanguage, type NordicLanguage } from './lib/currency-language.js';

const NAMES: Record<LanguageCode | Exclude<NordicLanguage, 'nor'>, { nb: string; en: string }> = {
  nob: { nb: 'bokmål', en: 'Norwegian Bokmål' },
  nno: { nb: 'nynorsk', en: 'Norwegian Nynorsk' },
  eng: { nb: 'engelsk', en: 'English' },
  und: { nb: 'ukjent språk', en: 'undetermined language' },
  dan: { nb: 'dansk', en: 'Danish' },
  swe: { nb: 'svensk', en: 'Swedish' },
};

function shares(ctx: RuleContext, lang: 'nb' | 'en'): string {
  return Object.entries(ctx.doc.language.shares)
    .filter(([, share]) => (share ?? 0) > 0)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([code, share]) => `${NAMES[code as LanguageCode][lang]} ${Math.round((share ?? 0) * 100)} %`)
    .join(', ');
}

/** A heading that labels an English version of the statement: "English version", "Privacy Policy (English summary)". */
const ENGLISH_VERSION_HEADING = /(?:^|[\s(–—:-])(?:english|engelsk)(?:[\s)–—:,-]|$)/iu;

/**
 * The heading of a labelled English part (at most 60 characters) of a statement that is mostly Norwegian (at least 60 %):
 * a Norwegian statement with an English appendix, not a mix. Half and half stays a mix.
 */
function labelledEnglishVersion(ctx: RuleContext): string | undefined {
  const shares = ctx.doc.language.shares;
  if ((shares.nob ?? 0) + (shares.nno ?? 0) < 0.6) return undefined;
  return ctx.doc.sections.map((s) => s.heading.trim()).find((h) => h.length <= 60 && ENGLISH_VERSION_HEADING.test(h));
}

export const language: Rule = {
  meta: {
    id: 'language',
    kind: 'requirement',
    category: 'quality',
    severity: 'warning',
    weight: 1,
    legalRef: 'GDPR art. 12(1) (klart og enkelt språk)',
    description: {
      nb: 'Erklæringen er skrevet på norsk (bokmål eller nynorsk) og blander ikke språk.',
      en: 'The statement is written in Norwegian (Bokmål or Nynorsk) and does not mix languages.',
    },
    suggestion: {
      nb: 'Skriv erklæringen på norsk, på bokmål eller nynorsk, slik at de registrerte forstår den. En oversettelse kan legges ved som en egen, tydelig merket versjon, f.eks. «English version».',
      nn: 'Skriv erklæringa på norsk, på nynorsk eller bokmål, slik at dei registrerte forstår ho. Ei omsetjing kan leggjast ved som ein eigen, tydeleg merkt versjon, t.d. «English version».',
      en: 'Write the statement in Norwegian (Bokmål or Nynorsk) so that the data subjects understand it. A translation can be added as a separate, clearly labelled version, e.g. "English version".',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 12 nr. 1 krever at informasjonen er forståelig og gis i et klart og enkelt språk. For registrerte i Norge betyr det i praksis norsk, på bokmål eller nynorsk. En erklæring som bare finnes på engelsk, eller som blander språk i samme tekst, er vanskeligere å forstå for mange; en oversettelse kan legges ved som en egen, tydelig merket versjon.',
      en: 'GDPR Article 12(1) requires the information to be intelligible and given in clear and plain language. For data subjects in Norway that in practice means Norwegian, in Bokmål or Nynorsk. A statement only in English, or one that mixes languages within the text, is harder for many to understand; a translation can be added as a separate, clearly labelled version.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi behandler personopplysningene dine for å levere varene du bestiller og for å svare på spørsmål til kundeservice. Opplysningene slettes når de ikke lenger trengs, og du kan når som helst be om innsyn, retting eller sletting.' },
        { lang: 'nn', text: 'Vi behandlar personopplysningane dine for å sende deg nyheitsbrev og for å halde oversikt over medlemmene i laget. Opplysningane vert sletta når du melder deg ut, og du kan når som helst be om innsyn, retting eller sletting.' },
      ],
      warn: [
        {
          lang: 'nb',
          text: 'Vi behandler personopplysningene dine for å levere varene du bestiller og for å svare på spørsmål til kundeservice. Opplysningene slettes når de ikke lenger trengs, og du kan når som helst be om innsyn, retting eller sletting. Har du spørsmål om hvordan vi behandler opplysningene dine, kan du kontakte oss på personvern@sykkelnord.no, så svarer vi så raskt vi kan og senest innen en måned etter at vi fikk henvendelsen.\n\nWe share your name and address with the carrier that delivers your parcel, and with our accountant. Payment is handled by our payment provider, which receives only the information needed to complete the purchase. We do not sell your personal data, and we never share it with anyone for their own marketing purposes without your consent.',
          note: { nb: 'Et norsk og et engelsk avsnitt i samme tekst, uten at de er merket som egne språkversjoner.', en: 'A Norwegian and an English paragraph in one text, not labelled as separate language versions.' },
        },
        {
          lang: 'nn',
          text: 'Vi behandlar personopplysningane dine for å sende deg nyheitsbrev og for å halde oversikt over medlemmene i laget. Opplysningane vert sletta når du melder deg ut, og du kan når som helst be om innsyn, retting eller sletting. Har du spørsmål om korleis vi behandlar opplysningane dine, kan du kontakte styret på post@fjordbygda-sogelag.no, så svarar vi så snart vi kan og seinast innan ein månad etter at vi fekk førespurnaden.\n\nWe share your name and address with the carrier that delivers your parcel, and with our accountant. Payment is handled by our payment provider, which receives only the information needed to complete the purchase. We do not sell your personal data, and we never share it with anyone for their own marketing purposes without your consent.',
          note: { nb: 'Et norsk og et engelsk avsnitt i samme tekst, uten at de er merket som egne språkversjoner.', en: 'A Norwegian and an English paragraph in one text, not labelled as separate language versions.' },
        },
        { lang: 'en', text: 'We process your personal data to deliver the products you order and to answer questions sent to customer service. The data is deleted when it is no longer needed, and you can ask for access, rectification or erasure at any time.' },
      ],
      fail: [],
    },
    docs: {
      statuses: {
        pass: { nb: 'bokmål eller nynorsk', en: 'Bokmål or Nynorsk' },
        warn: { nb: 'engelsk, blandet språk, eller språket kan ikke avgjøres', en: 'English, a mix of languages, or the language cannot be determined' },
        fail: { nb: 'dansk eller svensk i stedet for norsk', en: 'Danish or Swedish instead of Norwegian' },
      },
    },
  },
  check(ctx: RuleContext) {
    const info = ctx.doc.language;
    const nb = shares(ctx, 'nb');
    const en = shares(ctx, 'en');
    if (info.code === 'nob' || info.code === 'nno') {
      // src/segment/language.ts folds Danish and Swedish into Bokmål; tell them apart here.
      const nordic = nordicLanguage(ctx.text);
      if (nordic !== 'nor') {
        return fail({
          nb: `Erklæringen ser ut til å være skrevet på ${NAMES[nordic].nb}, ikke norsk (mange ${NAMES[nordic].nb}e ordformer som ${nordic === 'dan' ? '«af», «personoplysninger»' : '«och», «personuppgifter»'}).`,
          en: `The statement appears to be written in ${NAMES[nordic].en}, not Norwegian (many ${NAMES[nordic].en} word forms such as ${nordic === 'dan' ? '"af", "personoplysninger"' : '"och", "personuppgifter"'}).`,
        });
      }
      if (!info.mixed) {
        return pass({
          nb: `Erklæringen er skrevet på ${NAMES[info.code].nb} (${nb}).`,
          en: `The statement is written in ${NAMES[info.code].en} (${en}).`,
        });
      }
    }
    const version = info.mixed && (info.code === 'nob' || info.code === 'nno') ? labelledEnglishVersion(ctx) : undefined;
    if (version) {
      return pass({
        nb: `Erklæringen er skrevet på ${NAMES[info.code].nb}, med en egen, merket engelsk versjon («${version}») (${nb}).`,
        en: `The statement is written in ${NAMES[info.code].en}, with a separate, labelled English version ("${version}") (${en}).`,
      });
    }
    if (info.mixed) {
      return warn({
        nb: `Erklæringen blander språk: ${nb}. Den er ikke gjennomgående på norsk; hver språkversjon bør stå for seg, tydelig merket.`,
        en: `The statement mixes languages: ${en}. It is not in Norwegian throughout; each language version should stand on its own, clearly labelled.`,
      });
    }
    if (info.code === 'und') {
      return warn({
        nb: 'Kunne ikke avgjøre hvilket språk erklæringen er skrevet på (for lite tekst eller uklar tekst). Kontroller at den er på norsk.',
        en: 'Could not determine the language of the statement (too little or unclear text). Check that it is in Norwegian.',
      });
    }
    // English statements of Norwegian organisations are labelled warn in the annotated corpus, not fail.
    return warn({
      nb: `Erklæringen er skrevet på ${NAMES[info.code].nb}, ikke norsk (${nb}). Registrerte i Norge bør få informasjonen på norsk.`,
      en: `The statement is written in ${NAMES[info.code].en}, not Norwegian (${en}). Data subjects in Norway should get the information in Norwegian.`,
    });
  },
};

export default language;
