/**
 * Term lists for the rights rules (Bokmål, Nynorsk, English). Kept as data so the
 * rule modules stay small and the lists can be read and extended in one place.
 */
import { LETTER_RANGES, words, withFixedText, wordsSource } from '../../src/nlp/patterns.js';

/** Words that make a sentence speak of the data subject's rights or of what they can ask for. */
export const RIGHTS_MARKER = words(
  'rett til', 'retten til', 'rett på', 'har rett', 'har man rett', 'rettighet*', 'rettigheit*', 'rettar', 'rettane', 'rettene',
  'krav på', 'har krav', 'kan be', 'be om', 'ber om', 'bede om', 'be oss', 'ber oss', 'kan kreve', 'kreve', 'krev', 'krever du',
  'krevje', 'kan krevje', 'krav om', 'ønsker du', 'ønskjer du', 'du ønsker', 'du ønskjer', 'vil du', 'du kan', 'kan du', 'kan de',
  'de kan', 'dykk kan', 'kan dykk', 'kunden kan', 'kan kunden', 'brukeren kan', 'brukaren kan', 'medlemmet kan', 'anmode*', 'anmodning*',
  'kunder kan', 'kundene kan', 'kundane kan', 'brukere kan', 'brukerne kan', 'brukarar kan', 'brukarane kan', 'medlemmer kan',
  'medlemmene kan', 'medlemane kan', 'right', 'rights', 'entitled', 'request*', 'you can', 'you may', 'can you', 'ask us', 'ask for',
  'customers can', 'customers may', 'users can', 'users may', 'members can', 'members may',
);

/**
 * Self-service: the data subject logs in or acts on their own ("Medlemmene kan selv logge inn og se og endre profilen sin",
 * "log in to view your data"). Counts for a right's verb only with the data subject's own data as the object (OWN_OBJECT).
 */
export const SELF_SERVICE = words(
  'kan selv', 'kan sjølv', 'selv kan', 'sjølv kan', 'logg* inn', 'logge* seg inn', 'logga* inn', 'innlogg*', 'pålogg*', 'min side',
  'mi side', 'mine sider', 'log in', 'logs in', 'logged in', 'logging in', 'sign in', 'signed in', 'yourself', 'themselves',
);
/** The data subject's own data right after a self-service verb ("endre sin medlemsprofil", "see your data"). */
export const OWN_OBJECT = words(
  'sin', 'sine', 'sitt', 'si', 'din', 'di', 'ditt', 'dine', 'dykkar', 'egen', 'eget', 'egne', 'eigen', 'eige', 'eigne', 'om deg', 'om dykk',
  'om seg', 'your', 'their own', 'about you', 'about them',
);

/** Words that ask the controller to act: these turn "vi sletter" into the data subject's right ("be om at vi sletter"). */
export const REQUEST_MARKER = words(
  'be om', 'ber om', 'bede om', 'be oss', 'ber oss', 'kreve', 'krev', 'krever', 'krevje', 'krevjar', 'ønsker at', 'ønskjer at',
  'ønsker du', 'ønskjer du', 'du ønsker', 'du ønskjer', 'dersom du ber', 'hvis du ber', 'viss du ber', 'anmode*', 'krav på', 'krav om',
  'ask us', 'ask for', 'request*', 'if you ask', 'you ask',
);

/** The controller claiming a right for itself: "Vi har rett til å slette kontoen din", "we reserve the right to". */
export const CONTROLLER_CLAIM =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:vi|me|we)\s+(?:har|have|has|kan|can|may|forbeholder|reserve|reserverer)(?:\s+(?:også|og|òg|also|oss|alltid|always|the|all|full)){0,2}\s+(?:retten|rett|right|rights)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** Section headings about the data subject's rights. */
export const RIGHTS_HEADING = words(
  '*rettighet*', '*rettigheit*', 'rettar', 'rettane', 'rettene', 'rett til', 'retten til', 'rett på', 'rights', 'right to', 'right of',
);

/** Retention words: a heading like "Oppbevaring og sletting" is about storage, not about rights. */
export const RETENTION_HEADING_WORDS = words(
  'oppbevar*', 'lagring*', 'lagringstid*', 'lagres', 'lagrar', 'lagrer', 'hvor lenge', 'kor lenge', 'retention', 'storage', 'how long',
);

/** Who is acting in a clause: the data subject, or the controller itself. */
export const USER_SUBJECT = new Set([
  'du', 'dykk', 'you', 'kunden', 'kunder', 'kundene', 'brukeren', 'brukaren', 'medlemmet', 'medlemmer', 'registrerte', 'man', 'eleven',
  'pasienten', 'søkeren', 'søkaren', 'customer', 'customers', 'user', 'users',
]);
export const CONTROLLER_SUBJECT = new Set(['vi', 'me', 'we']);

/**
 * Phrases whose negator does not negate the sentence ("slettet uten ugrunnet opphold",
 * "free of charge"): their tokens are left out before the negation check.
 */
export const NEGATION_EXEMPT = words(
  'uten ugrunnet opphold', 'utan ugrunna opphald', 'utan unødig opphald', 'uten unødig opphold', 'uten opphold', 'utan opphald',
  'uten unødvendig opphold', 'uten kostnad*', 'utan kostnad*', 'uten vederlag', 'utan vederlag', 'uten å oppgi grunn', 'utan å oppgje grunn',
  'uten at det påvirker', 'utan at det påverkar', 'without undue delay', 'without delay', 'without charge', 'free of charge',
  'without affecting', 'ikke lenger', 'ikkje lenger', 'no longer', 'not limited to', 'ikke begrenset til', 'ikkje avgrensa til',
);

/** Where a new contrasting clause starts ("…, men du kan …"). */
export const CONTRAST = /;|,?\s(?:men|mens|but|while|whereas|derimot|however)\s/giu;

/** Cookie and browser objects: "slette informasjonskapsler" is not the right to erasure. */
export const BROWSER_OBJECT = words(
  'informasjonskaps*', 'informasjonskapsl*', 'kjeks', 'cookie*', 'nettleser*', 'nettlesar*', 'nettstedsdata', 'browser*', 'lokal lagring',
  'nettleserhistorikk*', 'historikk', 'samtykkevalg*', 'local storage',
);

/** What erasure is about: the data subject's data, account or profile ("slette opplysningene", "delete your account"). */
export const DATA_OBJECT = words(
  '*opplysning*', '*informasjon', '*informasjonen', 'data', 'dataene', 'dataa', 'personinformasjon*', 'konto*', 'brukarkonto*',
  'brukerkonto*', 'profil*', '*profilen', 'deg', 'dem', 'dei', 'de', 'det', 'disse', 'desse', 'alt', 'alle', 'all', 'meg', 'your', 'my',
  'it', 'them', 'information', 'account', 'profile', 'personal', 'e-postadresse*', 'epostadresse*', 'navn*', 'namn*', 'registrer*',
);
/** Active erasure verbs, whose object says what is deleted. */
export const ERASURE_ACTIVE = /^(?:slette|sletter|slett|slettar|delete|erase)$/iu;

/** A user-initiated end of a membership, account or subscription ("medlemskapet blir sagt opp"). */
export const USER_TERMINATION = words(
  'si opp', 'sie opp', 'seie opp', 'sagt opp', 'sier opp', 'seier opp', 'oppsigelse*', 'utmelding*', 'meld* deg ut', 'meld* deg av',
  'meld* seg ut', 'meld* seg av', 'avmeld*', 'avslutt* ~ medlemskap*', 'avslutt* ~ konto*', 'avslutt* ~ abonnement*',
  'avslutt* ~ brukarkonto*', 'avslutt* ~ brukerkonto*', 'slett* ~ konto*', 'slett* ~ profil*', 'unsubscrib*', 'cancel* ~ membership',
  'cancel* ~ account', 'cancel* ~ subscription', 'close ~ account', 'delete ~ account',
);

/** Passive or future erasure ("vil bli slettet", "slettes", "will be deleted"). */
export const ERASURE_PASSIVE = words(
  'slettes', 'slettet', 'sletta', 'slettast', 'blir sletta', 'vert sletta', 'bli slettet', 'bli sletta', 'fjernes', 'deleted', 'erased',
  'removed',
);

/** Deleting verbs, for deletion the data subject does themselves ("sletter du kontoen din", "delete your account"). */
export const SELF_DELETE_VERB = words(
  'slette', 'sletter', 'slettar', 'slett', 'fjerne', 'fjerner', 'fjernar', 'delete', 'deletes', 'deleting', 'erase', 'erases', 'erasing',
  'remove', 'removes', 'removing',
);
/** What the data subject can delete themselves: their account, profile or user, or their data. */
export const OWN_ACCOUNT = words(
  '*konto', '*kontoen', '*kontoer', '*kontoene', '*kontoar', '*kontoane', '*profil', '*profilen', '*profiler', '*profilane',
  'brukeren din', 'brukaren din', 'brukeren sin', 'brukaren sin', 'din bruker', 'din brukar', 'brukeren', 'brukaren', '*opplysning*',
  '*opplysningar*', 'data', 'dataene', 'dataa', 'personinformasjon*', 'informasjonen din', 'informasjonen om deg', 'account', 'accounts',
  'profile', 'profiles', 'your user', 'your data', 'your information', 'your personal',
);
/** "Ved å slette kontoen", "by deleting your account": the data subject acts, unnamed. */
export const BY_DOING = /(?:^|[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:ved\s+å|gjennom\s+å|by)\s*$/iu;

export interface RightTerms {
  /** Phrases that are themselves the right ("rett til innsyn", "dataportabilitet"): count unless negated. */
  strong: RegExp;
  /** Nouns ("innsyn", "sletting"): count with a rights marker, in a rights list or under a rights heading. */
  nouns: RegExp;
  /** Verbs and verb phrases ("slette", "be om en kopi av opplysningene"): count only with a rights marker, not as the controller's own practice. */
  verbs: RegExp;
  /** Matches to drop when the text right after the match fits ("slette informasjonskapsler"). */
  notFollowedBy?: RegExp;
  /** The same for one-word matches only ("rettet mot deg", "rette sine spørsmål til"; not "endre opplysningene sine"). */
  wordNotFollowedBy?: RegExp;
  /** Matches to drop when the text right before the match fits ("den rette"). */
  notPrecededBy?: RegExp;
}

export const ACCESS_TERMS: RightTerms = {
  strong: words(
    'rett til innsyn', 'retten til innsyn', 'rett på innsyn', 'rett til å få innsyn', 'rett til å be om innsyn', 'innsynsrett*',
    'krav på innsyn', 'be om innsyn', 'ber om innsyn', 'kreve innsyn', 'krevje innsyn', 'innsynsforespørsel*', 'innsynsførespurnad*',
    'innsynsbegjæring*', 'innsynskrav*', 'rett til å få vite', 'rett til å få informasjon om', 'rett til å få opplysning* om',
    'rett til å få ei oversikt', 'rett til å få en oversikt', 'rett til å få se', 'right of access', 'right to access',
    'subject access request*', 'access request*', 'right to be informed about what', 'right to be informed about which',
    'right to be informed of what', 'right to be informed of which', 'right to be told what', 'right to know what', 'right to know which',
    'right to know whether', 'right to find out what', 'right to find out which', 'right to obtain access', 'right to get access',
  ),
  nouns: words('innsyn', 'innsynet', 'access request*', 'request access', 'request* ~ access to'),
  verbs: words(
    'få vite', 'vite hvilke', 'vite kva', 'få informasjon om hvilke', 'få informasjon om kva', 'få opplysning* om hvilke',
    'få opplysning* om kva', 'informasjon om hvilke *opplysning*', 'informasjon om kva *opplysning*', 'innsikt i ~ *opplysning*',
    'oversikt over ~ *opplysning*', 'oversikt over ~ informasjon*', 'oversyn over ~ *opplysning*',
    'kopi av ~ *opplysning*', 'kopi av ~ informasjon', 'kopi av ~ informasjonen', 'kopi av ~ data', 'kopi av ~ dataene',
    'kopi av ~ dataa', 'se hvilke *opplysning*', 'sjå kva *opplysning*', 'se og endre', 'sjå og endre', 'se og rette', 'sjå og rette',
    'se ~ *opplysning* vi', 'se ~ *opplysning* om deg', 'se ~ *opplysning* dine', 'se ~ informasjonen vi', 'se ~ informasjonen om deg',
    'se ~ informasjonen din', 'se ~ dataene vi', 'se ~ dataene om deg', 'se ~ dataene dine', 'sjå ~ *opplysning* vi', 'sjå ~ *opplysning* me',
    'sjå ~ *opplysning* om deg', 'sjå ~ *opplysning* dine', 'sjå ~ *opplysning* di', 'sjå ~ informasjonen vi', 'sjå ~ informasjonen me',
    'sjå ~ informasjonen om deg', 'sjå ~ informasjonen din', 'sjå ~ dataa vi', 'sjå ~ dataa me', 'sjå ~ dataa om deg',
    'see ~ information we', 'see ~ data we', 'see ~ information about you', 'see ~ data about you', 'see ~ your personal',
    'see ~ your data', 'see ~ your information', 'view ~ information we', 'view ~ data we', 'view ~ information about you',
    'view ~ your personal', 'view ~ your data', 'view ~ your information', 'informed about what ~ data', 'informed about which ~ data',
    'informed of what ~ data', 'access to ~ this information', 'access to ~ the information', 'access to ~ that information',
    'access to ~ this data', 'access to ~ the data', 'access to ~ the personal',
    'copy of ~ information', 'copy of ~ personal', 'copy of ~ data', 'access ~ your personal', 'access ~ your data',
    'access ~ your information', 'access to ~ personal', 'access to ~ your data', 'access to ~ your information',
    'what personal data we', 'what data we', 'what information we', 'which personal data we', 'confirmation ~ whether',
  ),
};

export const RECTIFICATION_TERMS: RightTerms = {
  strong: words(
    'rett til retting', 'retten til retting', 'rett til å få rettet', 'rett til å få retta', 'rett til å rette', 'rett til korrigering',
    'rett til å korrigere', 'rett til å få korrigert', 'rettingsrett*', 'right to rectification', 'right to rectify', 'right to correct*',
    'right to have ~ corrected', 'right to have ~ rectified',
  ),
  nouns: words('retting', 'rettinga', 'rettingen', 'rettelse*', 'korrigering*', 'rectification', 'correction', 'corrections'),
  verbs: words(
    'rette', 'rettes', 'rettet', 'retta', 'rettast', 'rette opp', 'retter opp', 'rettar opp', 'retter feil*', 'rettar feil*',
    'retter *opplysning*', 'rettar *opplysning*', 'retter uriktige', 'rettar uriktige', 'retter feilaktige', 'rettar feilaktige',
    'retter disse', 'retter dem', 'rettar desse', 'rettar dei', 'korrigere', 'korrigeres', 'korrigert', 'korrigerer', 'korrigera',
    'korrigerast', 'oppdater* ~ *opplysning*', 'oppdater* ~ *profil*', 'oppdater* ~ informasjon', 'oppdater* ~ informasjonen',
    'endre ~ *opplysning*', 'endre ~ *profil*', 'endre ~ informasjonen', 'endre ~ informasjon', 'endra ~ *opplysning*',
    'supplere ~ *opplysning*', 'correct', 'corrected', 'rectify', 'rectified', 'update ~ your', 'amend ~ your',
  ),
  wordNotFollowedBy: /^\s*(?:mot|seg|sine|against|to\s+be\s+sure)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu,
  notPrecededBy: /(?:^|[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:den|det|de|dei|på|i|the|is|are|be|been|was|were|not|that|remains?|stays?|is\s+kept)\s*$/iu,
};

export const ERASURE_TERMS: RightTerms = {
  strong: words(
    'rett til sletting', 'retten til sletting', 'rett til å få slettet', 'rett til å få sletta', 'rett til å få ~ slettet',
    'rett til å få ~ sletta', 'rett til å slette', 'sletterett*', 'slettingsrett*', 'bli glemt', 'bli gløymd', 'bli gleymd',
    'right to erasure', 'right to be forgotten', 'right to deletion', 'right to have ~ deleted', 'right to have ~ erased',
  ),
  nouns: words('sletting', 'slettinga', 'slettingen', 'erasure', 'deletion'),
  verbs: words(
    'slette', 'sletter', 'slettes', 'slettet', 'sletta', 'slettast', 'slettar', 'fjerne ~ *opplysning*', 'fjerne ~ informasjon*',
    'fjerne ~ data*', 'fjernes', 'fjernet', 'fjerna', 'erase', 'erased', 'delete', 'deleted', 'remove ~ your', 'removed',
  ),
  notFollowedBy: /^\s*(?:\S+\s+){0,3}?(?:informasjonskaps|informasjonskapsl|kjeks|cookie|nettleser|nettlesar|nettstedsdata|browser|lokal lagring|local storage|samtykkevalg|nettleserhistorikk)/iu,
};

export const RESTRICTION_TERMS: RightTerms = {
  strong: words(
    'rett til begrensning', 'retten til begrensning', 'rett til begrensing', 'rett til avgrensing', 'rett til avgrensning',
    'retten til avgrensing', 'rett til å begrense', 'rett til å avgrense', 'right to restriction', 'right to restrict*',
  ),
  nouns: words(
    'begrensning av ~ behandling*', 'begrensing av ~ behandling*', 'avgrensing av ~ behandling*', 'avgrensning av ~ behandling*',
    'avgrensing av ~ handsaming*', 'begrenset behandling', 'avgrensa behandling', 'restriction of ~ processing', 'restricted processing',
    'begrensning', 'begrensing', 'avgrensing', 'avgrensning', 'restriction',
  ),
  verbs: words(
    'begrens* ~ behandling*', 'avgrens* ~ behandling*', 'avgrens* ~ handsaming*', 'behandling* ~ begrens*', 'behandling* ~ avgrens*',
    'begrens* ~ bruk*', 'bruk* ~ begrens*', 'avgrens* ~ bruk*', 'bruk* ~ avgrens*', 'restrict* ~ processing', 'restrict* ~ use',
    'processing ~ restricted', 'limit* ~ processing', 'processing ~ limited',
    // "Protestere mot behandlingen, eller be om at den begrenses": the pronoun stands for the processing
    'om at den begrenses', 'om at den blir begrenset', 'om at ho vert avgrensa', 'om at ho blir avgrensa', 'om at den vert avgrensa',
  ),
};

export const OBJECTION_TERMS: RightTerms = {
  strong: words(
    'rett til å protestere', 'retten til å protestere', 'protestrett*', 'rett til å motsette', 'rett til å motsetje', 'rett til motsegn',
    'rett til å komme med innsigelse*', 'innsigelsesrett*', 'rett til å fremme innsigelse*', 'right to object', 'right to objection',
  ),
  nouns: words('protest', 'motsegn', 'innsigelse* mot', 'objection', 'objections'),
  verbs: words(
    'protester*', 'motsett* deg', 'motsett* seg', 'motsetj* deg', 'motsetj* seg', 'motsetter deg', 'motset deg', 'motset seg',
    'fremme* innsigelse*', 'komme med innsigelse*', 'object to', 'object',
  ),
  notFollowedBy: /^\s*(?:\S+\s+){0,5}?(?:\S*automatiser|automated)/iu,
};

export const PORTABILITY_TERMS: RightTerms = {
  strong: words(
    '*dataportabilitet*', 'portabilitet*', 'data portability', 'portability', 'maskinlesbar*', 'maskinlesba*', 'machine-readable',
    'machine readable', 'rett til å flytte', 'rett til å få flytta', 'rett til å få flyttet',
  ),
  nouns: words('flytting av ~ *opplysning*', 'flytting av ~ informasjon*', 'flytting av ~ data*', 'flytting', 'dataeksport*', 'eksport'),
  verbs: words(
    // "rett til å få dataene dine utlevert" (art. 20's own Norwegian wording), "eksportere dataene dine"
    'få ~ data* ~ utlever*', 'få ~ *opplysning* ~ utlever*', 'få ~ *opplysing* ~ utlever*', 'eksporter* ~ data*', 'eksporter* ~ *opplysning*',
    'eksporter* ~ *opplysing*', 'export* ~ data', 'export* ~ your',
    'overfør* ~ til en annen', 'overfør* ~ til annen', 'overfør* ~ til ein annan', 'overfør* ~ til anna', 'til en annen behandlingsansvarl*',
    'til annen behandlingsansvarl*', 'til ein annan behandlingsansvarl*', 'flytte ~ *opplysning*', 'flytte ~ data*', 'flytta ~ *opplysning*',
    'transmit* ~ to another', 'transfer* ~ to another', 'port ~ your data', 'to another controller',
  ),
};

/** Consent as a word (not compounds like "samtykkeløsning" that name machinery). */
export const CONSENT_WORD = words(
  'samtykke', 'samtykket', 'samtykker', 'samtykka', 'samtykkene', 'samtykkje', 'samtykkjet', 'samtykkjer', 'samtykkja', 'samtykkane',
  'samtykt', 'samtykkebasert*', 'samtykkjebasert*', 'samtykkeerklæring*', 'samtykkjeerklæring*', 'consent', 'consents', 'consented',
  'consenting',
);

/** Consent implied by use ("Ved å bruke nettstedet godtar du …"): still consent relied on, and one that can be withdrawn. */
export const IMPLIED_CONSENT_START = /^\s*(?:ved\s+å|ved\s+(?:vidare\s+|videre\s+)?bruk|gjennom\s+å|når\s+du\s+(?:bruker|brukar|besøker|besøkjer)|by\s+(?:using|continuing|visiting|providing|accessing|submitting))(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
export const ACCEPT_WORD = words('godta*', 'godtek', 'aksepter*', 'godkjenn*', 'agree*', 'accept*');

/**
 * Consent asked for without the word: "blir du bedt om å godta at samtalen tas opp", "they are asked to accept that the call
 * is recorded", "vi ber om løyve til". Accepting terms or an agreement (ACCEPTED_TERMS) is the contract, not consent.
 */
export const ASKED_TO_ACCEPT = words(
  'bedt om å godta', 'bedt om å akseptere', 'bedt om å godkjenne', 'bedne om å godta', 'beden om å godta', 'bede om å godta',
  'bedne om å akseptere', 'beden om å akseptere', 'bede om å akseptere', 'ber deg ~ godta', 'ber deg ~ akseptere', 'ber deg ~ godkjenne',
  'ber om at du godtar', 'ber om at du godtek', 'ber om at du aksepterer', 'ber om ~ tillatelse', 'ber om ~ løyve', 'bedt om ~ tillatelse',
  'bede om ~ løyve', 'ber vi ~ godta', 'ber vi ~ akseptere', 'ber vi om ~ tillatelse', 'ber vi om ~ løyve', 'spør om ~ tillatelse',
  'spør om ~ løyve', 'spør vi om ~ tillatelse', 'spør vi om ~ løyve', 'asked to accept', 'asked to agree', 'ask you to accept', 'ask you to agree', 'asks you to accept',
  'asks you to agree', 'asked for ~ permission', 'ask for ~ permission', 'ask ~ your permission', 'asks for ~ permission',
);
export const ACCEPTED_TERMS = words(
  'vilkår*', 'vilkåra', 'betingelse*', 'avtale*', 'avtala', 'kontrakt*', 'brukervilkår*', 'kjøpsvilkår*', 'terms', 'conditions',
  'agreement*', 'contract*', 'policy', 'erklæring*', 'erklæringa',
);

/** Consent machinery named without relying on it ("managing consents", "samtykkeløsning må vurderes"). */
export const CONSENT_MECHANISM_ONLY = words('administrer* samtykk*', 'manag* consents', 'manag* your consents');

/** Withdrawal of consent, stated outright. */
export const WITHDRAWAL = words(
  'trekk* ~ samtykk*', 'samtykk* ~ trekk*', 'trekk* ~ tilbake', 'trekkj* ~ attende', 'trekk* ~ attende', 'tilbaketrekk*', 'tilbaketrekning*',
  'tilbakekall*', 'kalle tilbake ~ samtykk*',
  'ta tilbake ~ samtykk*', 'samtykk* ~ tilbakekall*', 'samtykk* ~ tas tilbake', 'withdraw*', 'revok*', 'retract ~ consent',
  'consent ~ withdrawn',
);

/** Ways to withdraw that name no withdrawal: consent settings, unsubscribing, ending the membership the consent rests on. */
export const WITHDRAWAL_MEANS = words(
  'administrer* ~ samtykk*', 'endre ~ samtykk*', 'samtykkeinnstilling*', 'samtykkjeinnstilling*', 'manag* ~ consent*', 'consent settings',
  'change ~ consent', 'endre ~ cookie-innstilling*', 'endre ~ cookieinnstilling*', 'endre ~ valget ~ samtykkebanner*', 'cookie settings',
  'cookie preferences', 'innstilling* for informasjonskaps*', 'innstilling* for informasjonskapsl*', 'innstillingar for informasjonskapslar',
);

/** Others than the data subject: "Datatilsynet kan kreve innsyn", "databehandlerne kan få innsyn". */
export const THIRD_PARTY = words(
  'datatilsynet', '*myndighet*', '*myndigheit*', 'politiet', 'tilsynet', 'andre', 'others', 'authorit*', 'databehandler*', 'databehandlar*',
  'leverandør*', 'leverandørar*', 'underleverandør*', 'foreldre', 'foresatte', 'ansatte', 'tilsette', 'staff', 'employees', 'tredjepart*',
  'third part*', 'processor*', 'supplier*',
);
/** Browser controls: refusing cookies in the browser is not withdrawing consent given to the site. */
export const BROWSER_CONTROL = words('nettleser*', 'nettlesar*', 'browser*');
export const UNSUBSCRIBE = words(
  'meld* deg av', 'meld* seg av', 'meld* deg ut', 'avmeld*', 'avregistrer*', 'avslutt* ~ abonnement*', 'avbestill*', 'takke nei', 'reserver* deg',
  'unsubscrib*', 'opt out', 'opt-out',
);

/** The legal bases of art. 6(1) other than consent, to spot a generic list of all six. */
export const VITAL_INTEREST = words('vitale interesse*', 'vitale interesser', 'vital interest*', 'livsviktige interesse*');
export const PUBLIC_INTEREST = words(
  'allmennhetens interesse*', 'allmenn interesse', 'allmenne interesser', 'allmenta*', 'offentlig myndighet', 'offentleg mynde',
  'offentlig myndighetsutøvelse', 'public interest', 'official authority',
);

/**
 * A decision "som utelukkende er basert på automatisert behandling", "based solely on automated processing":
 * art. 22's own wording, with the decision noun up to ten words before the automated processing.
 */
// bounded, so that a long run of letters and hyphens is not scanned again from every hyphen in it
const DECISION_NOUN = `[${LETTER_RANGES}-]{0,40}(?:beslutning|avgjørelse|avgjerd|avgjersle|vedtak)[${LETTER_RANGES}]{0,40}|decisions?`;
const AUTOMATED_PROCESSING =
  '(?:automatisert|automatiserte|automatisk|automatiske|automated|automatic)\\s+' +
  '(?:behandling|behandlingen|behandlinga|handsaming|handsaminga|prosessering|prosesseringa|databehandling|processing|means)';
const DECISION_ON_AUTOMATED = `(?<![0-9${LETTER_RANGES}])(?:${DECISION_NOUN})(?:\\s+[^\\s.;:!?]+){0,10}?\\s+${AUTOMATED_PROCESSING}(?![0-9${LETTER_RANGES}])`;

/**
 * Automated decisions and profiling: the terms, and art. 22's wording. Two patterns, matched together with
 * `matchAllOf()`: as one expression they took some 10 ms to compile on the first statement a run scans.
 */
export const AUTOMATED_DECISION: readonly RegExp[] = [
  words(
    '*automatiser* ~ avgjørelse*', '*automatiser* ~ avgjerd*', '*automatiser* ~ avgjersle*', '*automatiser* ~ beslutning*',
    '*automatiser* ~ vedtak*', '*automatiser* beslutningstaking', '*automatisk* ~ avgjørelse*', '*automatisk* ~ avgjerd*',
    '*automatisk* ~ beslutning*', '*automatisk* ~ vedtak*', '*beslutning* ~ automatisk*', '*avgjørelse* ~ automatisk*',
    '*avgjerd* ~ automatisk*', '*vedtak* ~ automatisk*', '*beslutning* ~ automatiser*', '*avgjørelse* ~ automatiser*',
    '*avgjerd* ~ automatiser*', '*vedtak* ~ automatiser*', 'automatiser* saksbehandling', 'automatisk saksbehandling',
    'automatiser* sakshandsaming', 'automatisk sakshandsaming', 'decision* ~ automated', 'decision* ~ automatic*',
    'automated ~ decision*', 'automatic ~ decision*', 'automated ~ decision-making',
    'profilering*', 'profiling', 'profilere', 'profilerer', 'profileres', 'profilert*',
  ),
  withFixedText(new RegExp(DECISION_ON_AUTOMATED, 'giu'), ['automat']),
];

/**
 * "Profilering" in its marketing sense, promoting an organisation or brand (not art. 4(4) profiling of persons):
 * "profilering av korpset", "klubbens egen profilering", "profileringsartikler".
 */
export const ORG_PROFILING = withFixedText(
  new RegExp(
    `${wordsSource('profilering*')}\\s+av(?:\\s+[^\\s]+){0,3}?\\s+${wordsSource(
      'korps*', 'klubb*', 'laget', 'lagets', 'idrettslag*', 'forening*', 'foreining*', 'organisasjon*', 'bedrift*', 'selskap*', 'firma*',
      'virksomhet*', 'verksemd*', 'merkevare*', 'kommune*', 'skole*', 'skule*', 'barnehage*', 'arrangement*', 'festival*', 'prosjekt*',
      'produkt*', 'tjenest*', 'tenest*', 'koret', 'korets', 'band*', 'menighet*', 'kyrkjelyd*', 'stiftelse*', 'institusjon*', 'region*',
      'destinasjon*', 'aktivitet*', 'tilbud*', 'tilbod*', 'oss', 'seg selv', 'seg sjølv',
    )}|${wordsSource(
      'sin egen profilering*', 'sitt eget profilering*', 'si eiga profilering*', 'sin eigen profilering*', 'egen profilering*',
      'eiga profilering*', 'eigen profilering*', 'profileringsartikl*', 'profileringsmateriell*', 'profileringsprodukt*', 'profileringsklær',
      'profileringstøy', 'profileringsgåve*', 'profileringsgave*', 'profileringseffekt*', 'profileringsarbeid*', 'profileringstiltak*',
      'profileringskampanje*', 'profileringsbilde*', 'profileringsbilete*',
    )}`,
    'giu',
  ),
  ['profilering'],
);
/** What promoting an organisation is done with: pictures, web pages, social media, advertising. */
export const PROMOTION = words(
  'bilde*', 'bilete*', 'foto*', 'video*', 'nettside*', 'nettstad*', 'hjemmeside*', 'heimeside*', 'sosiale medier', 'sosiale medium',
  'facebook', 'instagram', 'reklam*', 'markedsfør*', 'marknadsfør*', 'rekrutter*', 'omdømme*', 'synliggjør*', 'promot*', 'avis*',
  'plakat*', 'brosjyre*',
);
/** Profiling aimed at the person: targeting, preferences, behaviour. */
export const PERSON_TARGETING = words(
  'deg', 'dykk', 'din', 'di', 'ditt', 'dine', 'personlig*', 'personleg*', 'tilpass*', 'målrett*', 'interesse*', 'adferd*', 'atferd*',
  'åtferd*', 'preferanse*', 'segment*', 'kjøpshistorikk*', 'analys*', 'automatis*', 'you', 'your', 'individual*', 'behaviour*',
  'behavior*', 'personalis*', 'personaliz*', 'target*',
);

/** Saying automated decisions are made: a controller or passive subject with a verb of use. */
export const AD_USE_VERB = words(
  'bruk*', 'brukar', 'benytt*', 'nytt*', 'nyttar', 'foreta*', 'føretek', 'utfør*', 'gjennomfør*', 'treff*', 'fatt*', 'tar', 'tas', 'tek',
  'takast', 'skjer', 'skjer', 'forekomm*', 'finn* sted', 'involver*', 'use', 'uses', 'used', 'make', 'makes', 'made', 'carry out',
  'carries out', 'perform*', 'engage*', 'employ*', 'apply', 'applies', 'involve*', 'rely on', 'relies on', 'take place',
);
/** What the logic and consequences are: how it is used. */
export const AD_EXPLANATION = words(
  'logikk*', 'logikken', 'logic', 'konsekvens*', 'consequence*', 'basert på', 'based on', 'for å', 'in order to', 'slik at', 'so that',
  'innebærer', 'inneber', 'means that', 'kriteri*', 'criteria', 'betydning*', 'significance', 'formålet', 'føremålet', 'purpose',
);
/** A rights clause about automated decisions ("rett til ikke å være gjenstand for …"): neither "none" nor "how". */
export const AD_RIGHT = words(
  'rett til', 'retten til', 'rettighet*', 'rettigheit*', 'rettar', 'right', 'rights', 'motsett*', 'motsetj*', 'protester*', 'bestride',
  'gjenstand for', 'underlagt', 'subject to', 'object', 'contest', 'vite om', 'krav på', 'kan be', 'be om', 'request*',
);
/** "Hvis vi tar i bruk …", "if we use …": a hypothetical, not a statement of use. */
export const CONDITIONAL_START = words('dersom', 'hvis', 'viss', 'om', 'if', 'should', 'skulle', 'ved eventuell', 'eventuell', 'eventuelle', 'eventuelt', 'any');

/** Complaints and the supervisory authority. */
export const COMPLAINT = words('klage*', 'klaga', 'klagar', 'klagerett*', 'complain*', 'complaint*', 'lodge*', 'appeal to', 'appeal with');
export const DATATILSYNET = words(
  'datatilsynet', 'datatilsynets', 'datatilsynet.no', 'www.datatilsynet.no', 'data inspectorate', 'norwegian data protection authority',
  'norwegian data protection authority (datatilsynet)', 'norwegian dpa', 'the norwegian data protection agency',
);
export const DANISH_AUTHORITY = words('datatilsynet.dk', 'www.datatilsynet.dk', 'carl jacobsens vej');
export const GENERIC_AUTHORITY = words(
  'tilsynsmyndighet*', 'tilsynsmynde*', 'tilsynsorgan*', 'personvernmyndighet*', 'personvernmynde*', 'supervisory authorit*',
  'data protection authorit*', 'myndighet*', 'myndigheit*', 'mynde', 'authority', 'authorities', 'tilsynet',
);
/** Datatilsynet in another role: breach notices, audits, reading tips. */
export const AUTHORITY_OTHER_ROLE = words(
  'varsle*', 'varsla*', 'varsler', 'avvik*', 'avviksmelding*', 'brudd*', 'melde*', 'meld*', 'breach*', 'notify*', 'notification*',
  'tilgjengelig for', 'available to', 'les mer', 'read more', 'veileder*', 'guidance', 'anbefal*', 'konsesjon*', 'tilsyn med',
);
/** "kontakte Datatilsynet dersom du mener vi bryter regelverket": Datatilsynet as the route without the word "klage". */
export const CONTACT_AUTHORITY = words('kontakt*', 'henvend*', 'henvende deg', 'vende deg', 'contact', 'turn to', 'report*', 'melde inn', 'sende inn');
export const GRIEVANCE = words(
  'i strid med', 'mener', 'meiner', 'ulovlig*', 'uenig*', 'misfornøyd', 'ikke fornøyd', 'ikkje nøgd', 'ikkje fornøgd', 'bryter', 'bryt',
  'brudd på regelverket', 'believe', 'unlawful*', 'infring*', 'not satisfied', 'dissatisfied', 'breach of',
);

/** A complaint right that is about personal data, without naming where to complain. */
export const COMPLAINT_RIGHT = words(
  'rett til å klage', 'retten til å klage', 'rett til å klaga', 'klagerett*', 'klage på ~ behandling*', 'klage over ~ behandling*',
  'klage på ~ handsaming*', 'right to complain', 'right to lodge', 'complain about ~ processing', 'lodge a complaint', 'kan klage',
  'kan du klage', 'you can ~ complain', 'right to appeal to',
);
