/**
 * Danish and Swedish look like Bokmål to trigram detection, and src/segment/language.ts
 * folds them into 'nob'. These marker words tell them apart on a whole statement.
 */

export type NordicLanguage = 'nor' | 'dan' | 'swe';

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

/** Words that are Danish and not Norwegian (Bokmål or Nynorsk). */
const DANISH =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:af|efter|gennem|vores|jeres|bliver|blev|noget|nogle|dig|mig|sig|hvad|sådan|således|personoplysning[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|oplysning[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|virksomhed[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|rettighed[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|indsigt|sletning|berigtigelse|begrænsning|dataansvarlig[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|hjemmeside[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|ud|udlever[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|anden|behandle[ts]|nødvendigt|øvrigt)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;
/** Words that are Swedish and not Norwegian. */
const SWEDISH =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:och|att|inte|är|för|hur|vad|också|rätt|rättighet[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|personuppgift[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|uppgift[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|behandlar|våra|från|enligt|samtycke[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|radering|begränsning|sker|dina|integritetsskydd[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|någon|något)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;
/** Words that are Norwegian and neither Danish nor Swedish. */
const NORWEGIAN =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:etter|gjennom|våre|blir|ble|noe|noen|deg|meg|seg|hva|slik|opplysning[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|personopplysning[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|virksomhet[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|rettighet[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|rettar|innsyn|sletting|begrensning|avgrensing|behandlingsansvarl[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|å|ikkje|eg|kva|frå|vert|dykk|korleis|nettside[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|ikke|hvordan)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;

/**
 * For a statement detected as Norwegian: whether it is really Danish or Swedish.
 * Needs clearly more marker words of the other language than Norwegian ones.
 */
let last: { text: string; language: NordicLanguage } | undefined;

export function nordicLanguage(text: string): NordicLanguage {
  // two rules ask this of the same statement
  if (last?.text !== text) last = { text, language: judgeNordic(text) };
  return last.language;
}

function judgeNordic(text: string): NordicLanguage {
  const nor = count(NORWEGIAN, text);
  const dan = count(DANISH, text);
  const swe = count(SWEDISH, text);
  if (dan >= 5 && dan > 2 * nor && dan >= swe) return 'dan';
  if (swe >= 5 && swe > 2 * nor) return 'swe';
  return 'nor';
}
