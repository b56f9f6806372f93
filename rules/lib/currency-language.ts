/**
 * Danish and Swedish look like Bokmål to trigram detection, and src/segment/language.ts
 * folds them into 'nob'. These marker words tell them apart on a whole statement.
 */
import type { RuleContext } from '../../src/engine/context.js';

export type NordicLanguage = 'nor' | 'dan' | 'swe';

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

/** Words that are Danish and not Norwegian (Bokmål or Nynorsk). */
const DANISH =
  /(?<![\p{L}])(?:af|efter|gennem|vores|jeres|bliver|blev|noget|nogle|dig|mig|sig|hvad|sådan|således|personoplysning\p{L}*|oplysning\p{L}*|virksomhed\p{L}*|rettighed\p{L}*|indsigt|sletning|berigtigelse|begrænsning|dataansvarlig\p{L}*|hjemmeside\p{L}*|ud|udlever\p{L}*|anden|behandle[ts]|nødvendigt|øvrigt)(?![\p{L}])/giu;
/** Words that are Swedish and not Norwegian. */
const SWEDISH =
  /(?<![\p{L}])(?:och|att|inte|är|för|hur|vad|också|rätt|rättighet\p{L}*|personuppgift\p{L}*|uppgift\p{L}*|behandlar|våra|från|enligt|samtycke\p{L}*|radering|begränsning|sker|dina|integritetsskydd\p{L}*|någon|något)(?![\p{L}])/giu;
/** Words that are Norwegian and neither Danish nor Swedish. */
const NORWEGIAN =
  /(?<![\p{L}])(?:etter|gjennom|våre|blir|ble|noe|noen|deg|meg|seg|hva|slik|opplysning\p{L}*|personopplysning\p{L}*|virksomhet\p{L}*|rettighet\p{L}*|rettar|innsyn|sletting|begrensning|avgrensing|behandlingsansvarl\p{L}*|å|ikkje|eg|kva|frå|vert|dykk|korleis|nettside\p{L}*|ikke|hvordan)(?![\p{L}])/giu;

/**
 * For a statement detected as Norwegian: whether it is really Danish or Swedish.
 * Needs clearly more marker words of the other language than Norwegian ones.
 */
export function nordicLanguage(text: string): NordicLanguage {
  const nor = count(NORWEGIAN, text);
  const dan = count(DANISH, text);
  const swe = count(SWEDISH, text);
  if (dan >= 5 && dan > 2 * nor && dan >= swe) return 'dan';
  if (swe >= 5 && swe > 2 * nor) return 'swe';
  return 'nor';
}

export function isNorwegianDocument(ctx: RuleContext): boolean {
  const code = ctx.doc.language.code;
  return (code === 'nob' || code === 'nno') && nordicLanguage(ctx.text) === 'nor';
}
