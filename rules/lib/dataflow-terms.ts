/**
 * Term lists for the data-flow rules (retention, recipients, third-country-transfer, cookies):
 * Bokmål, Nynorsk and English, as `words()` patterns.
 */
import { words } from '../../src/nlp/patterns.js';

// ---------------------------------------------------------------- retention

/** Verbs and nouns that say data is kept or deleted (Bokmål and Nynorsk). */
export const RETENTION_VERB = words(
  'lagr*', 'lagring*', 'oppbevar*', 'bevar*', 'slett*', 'beholde*', 'beholder', 'beholdt', 'behalde*', 'beheld', 'halde på',
  'ta vare på', 'tar vare på', 'tas vare på', 'tek vare på', 'takast vare på', 'tar ~ vare på', 'tek ~ vare på', 'ta ~ vare på', 'anonymiser*', 'anonymis*', 'avidentifiser*',
  'makuler*', 'arkiver*', 'fjerne', 'fjernes', 'fjerner', 'fjerna', 'fjernet', 'fjernast', 'kasser*', 'destruer*',
  'lagringstid*', 'oppbevaringstid*', 'lagringsperiode*', 'slettefrist*', 'sletterutine*', 'retensjon*', 'logges', 'logget', 'logga',
  'loggast', 'loggføres', 'loggført', 'loggførast',
);
/** English retention verbs that are not Norwegian words. */
export const RETENTION_VERB_EN = words(
  'retain*', 'retention', 'stored', 'storing', 'storage', 'keep', 'keeps', 'kept', 'delete*', 'erase*', 'erasing', 'anonymi*', 'purge*',
  'destroy*', 'dispose*', 'logged',
);
/** English retention verbs that are also Norwegian words ("store" = big, Nynorsk "held" = holds): English text only. */
export const RETENTION_VERB_EN_AMBIGUOUS = words('store', 'stores', 'held', 'hold', 'holds');

/** Headings that announce a retention section. */
export const RETENTION_HEADING = words(
  'lagr*', 'oppbevar*', 'sletting', 'sletterutine*', 'slettefrist*', 'hvor lenge', 'kor lenge', 'kor lengje', 'how long',
  'retention', 'storage', 'lagringstid', 'lagringsperiode*', 'oppbevaringstid',
);

/** Written numbers that can count time units ("to år", "eitt år", "twelve months"). */
export const NUMBER_WORDS = [
  'en', 'ett', 'et', 'ein', 'eitt', 'ei', 'én', 'èn', 'éin', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti',
  'elleve', 'tolv', 'tretten', 'fjorten', 'femten', 'seksten', 'sytten', 'atten', 'nitten', 'tjue', 'tjuefire', 'tjugefire',
  'tretti', 'tredve', 'trettiseks', 'førti', 'femti', 'seksti', 'sytti', 'åtti', 'nitti', 'hundre', 'halvannet', 'halvanna',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'eighteen', 'twenty', 'twenty-four', 'thirty', 'thirty-six', 'sixty', 'ninety',
  'a', 'an',
];

/** "1 time" is an appointment ("bestille en time"), not an hour: hours need a number above one. */
const SINGULAR_ARTICLES = ['en', 'ei', 'ein', 'et', 'ett', 'eitt', 'én', 'èn', 'éin', 'a', 'an', 'one'];

const UNIT_SOURCE = [
  'år', 'års', 'året', 'årene', 'åra', 'kalenderår', 'regnskapsår', 'rekneskapsår', 'years?', 'yrs?',
  'måned(?:er|ers|s|en|ene)?', 'månad(?:er|ar|ers|s|en|ane|ene)?', 'mnd\\.?', 'mnds', 'months?',
  'uke(?:r|rs|n|ne)?', 'uka', 'veke(?:r|rs|ne)?', 'veka', 'weeks?',
  'dag(?:er|ers|ar|ars|en|ene|ane|s)?', 'døgn', 'days?', 'virkedag(?:er|ar)?', 'arbeidsdag(?:er|ar)?',
  'halvår(?:et)?',
].join('|');
const HOUR_SOURCE = 'timer|timar|hours?';
const ADJECTIVE_SOURCE = '(?:hele|heile|fulle|påfølgende|full|calendar|kalender)';

function numberSource(words: string[]): string {
  return words.map((w) => w.replace(/[-]/g, '[-\\s]')).join('|');
}

const NUMBER_SOURCE = `\\d{1,4}(?:[.,]\\d{1,2})?|${numberSource(NUMBER_WORDS)}`;
const PLURAL_NUMBER_SOURCE = `\\d{1,4}(?:[.,]\\d{1,2})?|${numberSource(NUMBER_WORDS.filter((w) => !SINGULAR_ARTICLES.includes(w)))}`;
const SEP = '(?:[\\s\\u00a0]+|[-\\u2011])';
const NB = '(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])';
const NA = '(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])';

/** A number and a time unit: "10 år", "to år", "90 dager", "seks månader", "24 months", "10-års", "et halvt år". */
export const PERIOD = new RegExp(
  `${NB}(?:(?:(?:${NUMBER_SOURCE})${SEP}(?:og${SEP}(?:et|eit|ett|eitt)${SEP})?(?:halvt?${SEP})?(?:${ADJECTIVE_SOURCE}${SEP})?(?:${UNIT_SOURCE}))` +
    `|(?:(?:${PLURAL_NUMBER_SOURCE})${SEP}(?:${HOUR_SOURCE}))` +
    `|(?:(?:et|eit|ett|eitt|an?)${SEP})?(?:halvt|half)${SEP}(?:år|year)` +
    `|halvår(?:et)?)${NA}`,
  'giu',
);

/** Tokens just before a number that make it a frequency ("hvert 2 år", "once a year"), not a period. */
export const FREQUENCY_BEFORE = new Set(['hver', 'hvert', 'kvar', 'kvart', 'per', 'pr', 'every', 'each', 'once', 'twice', 'gang', 'ganger', 'gong', 'gonger', 'times', 'annenhver', 'annethvert', 'annakvart']);
/** Tokens just before a number that make it an age ("barn under 13 år", "fylt 16 år"). */
export const AGE_BEFORE = new Set(['fylt', 'fyller', 'fylle', 'fyllt', 'aged', 'age', 'ages', 'alder', 'alderen']);
export const AGE_COMPARE_BEFORE = new Set(['under', 'over', 'mellom', 'between', 'younger', 'older', 'yngre', 'eldre', 'minst', 'least']);
export const AGE_AFTER = new Set(['gammel', 'gamle', 'gamal', 'gamla', 'old', 'alder', 'age', 'årsgrense', 'aldersgrense']);
export const CHILD_WORDS = words('barn*', 'born', 'borna', 'unge', 'ungdom*', 'mindreårig*', 'child*', 'minor*', 'foresatt*', 'foreldre*', 'parent*', 'alder*', 'aldersgrense*', 'age');
/** Words around a number that make it a notice period, a deadline or a warranty, not a storage period. */
export const NOTICE_NEAR = words(
  'varsel', 'varsling', 'varsle*', 'notice', 'oppsigelse*', 'oppseiing*', 'oppsigelsestid*', 'binding*', 'angre*', 'prøvetid*',
  'prøveperiode*', 'garanti*', 'warranty', 'frist', 'fristen', 'deadline', 'leveringstid*',
);
/** A period directly after a deadline word ("innen 30 dager"), in a sentence about answering. */
export const DEADLINE_BEFORE = new Set(['innen', 'innan', 'within', 'senest', 'seinast']);
export const RESPONSE_WORDS = words(
  'svar*', 'besvar*', 'respons*', 'respond*', 'reply', 'replies', 'tilbakemelding*', 'leverer', 'levere', 'varsler', 'varslar',
  'varsle', 'notify', 'behandle din*', 'behandle di', 'handle your',
);
/** Look-back words after a period ("for 10 år siden"). */
export const AGO_AFTER = new Set(['siden', 'sidan', 'ago']);

/** Processors and their contracts: a period there binds the processor, not the controller's storage of the user's data. */
export const PROCESSOR_WORDS = words(
  'databehandler*', 'databehandlar*', 'underleverandør*', 'underdatabehandler*', 'leverandør*', 'processor*', 'sub-processor*',
  'subprocessor*', 'vendor*', 'supplier*',
);
/** A supply relationship between the controller and a supplier ("opphør av leveranseforholdet"). */
export const SUPPLY_RELATION = words(
  'leveranseforhold*', 'leverandørforhold*', 'leveranse av tjenester*', 'leveranse av tenester*', 'leveransen av tjenester*',
  'tjenesteleveranse*', 'tenesteleveranse*', 'supply relationship', 'service agreement*', 'supply agreement*',
);
/** The parties to a contract: with a supply relationship, the wording of a contract between controller and supplier. */
export const CONTRACT_PARTIES = words('partene', 'partane', 'begge parter', 'begge partar', 'avtalepartene', 'avtalepartane', 'the parties', 'both parties');
export const CONTRACT_WORDS = words('*avtale*', '*avtala', 'kontrakt*', 'agreement*', 'contract*');
export const FIRST_PERSON_KEEP = words(
  'vi lagrer', 'vi lagrar', 'vi oppbevarer', 'vi sletter', 'vi slettar', 'vi beholder', 'vi beheld', 'vi tar vare', 'vi tek vare',
  'we keep', 'we store', 'we retain', 'we delete',
);

/** Storage in the visitor's browser or device: a cookie's lifetime, not retention of the user's data by the controller. */
export const BROWSER_STORAGE = words(
  'informasjonskaps*', 'informasjonskapsl*', 'cookie*', 'kjeks', 'kjeksen', 'sporingskaps*', 'samtykkevalg*', 'samtykkeval*',
  'lokal lagring', 'local storage', 'localstorage', 'sessionstorage', 'i nettleseren', 'i nettlesaren', 'nettleseren din',
  'din nettleser', 'in your browser', 'on your device', 'på din enhet', 'på eininga di', 'på enheten din', 'på din datamaskin',
  'på datamaskinen din',
);
export const PRONOUN_START = /^(?:den|denne|det|dette|disse|desse|dei|de|it|this|they|these)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** Vague storage-time wording. */
export const VAGUE_RETENTION = words(
  'så lenge ~ nødvendig*', 'så lenge ~ naudsynt*', 'så lengje ~ naudsynt*', 'så lengje ~ nødvendig*', 'så lenge ~ påkrevd*',
  'så lenge ~ behov*', 'så lengje ~ behov*', 'så lenge ~ trengs', 'så lenge ~ trengst', 'så lengje ~ trengst', 'så lenge vi trenger',
  'så lenge vi treng', 'så lengje vi treng', 'så lenge ~ relevant*', 'så lenge ~ aktuel*', 'så lenge vi er pålagt*', 'så lenge loven krever',
  'så lenge ~ formål*', 'så lengje ~ føremål*', 'så lenge ~ hensiktsmessig*', 'så lengje ~ hensiktsmessig*',
  'så lenge ~ føremålstenleg*', 'så lengje ~ føremålstenleg*', 'så lenge ~ formålstjenlig*', 'så lenge vi ønsker',
  'så lengje vi ønskjer', 'as long as ~ appropriate', 'as long as we see fit', 'as long as we deem*',
  'lenger enn ~ nødvendig*', 'lengre enn ~ nødvendig*', 'lenger enn ~ naudsynt*', 'lengre enn ~ naudsynt*', 'lenger enn ~ påkrevd*',
  'lenger enn ~ behov*', 'lenger enn ~ formål*', 'lengre enn ~ føremål*', 'lenger enn ~ føremål*', 'lenger enn vi trenger',
  'lenger enn vi treng', 'lengre enn vi treng',
  'ikke lenger er nødvendig*', 'ikke lenger nødvendig*', 'ikkje lenger er naudsynt*', 'ikkje lenger naudsynt*', 'ikkje lenger er nødvendig*',
  'ikke lenger har behov', 'ikkje lenger har behov', 'ikke lenger er behov', 'ikke lenger trenger', 'ikkje lenger treng',
  'ikke lenger er relevant*', 'ikkje lenger er relevant*', 'ikke lenger relevant*', 'ikkje lenger relevant*', 'ikke lenger er aktuel*',
  'ikkje lenger er aktuel*', 'no longer relevant',
  // "vi lagrer ikke opplysninger utover det som er nødvendig": a limit that only repeats the principle
  'utover ~ nødvendig*', 'utover ~ naudsynt*', 'ut over ~ nødvendig*', 'ut over ~ naudsynt*', 'beyond ~ necessary',
  'til formålet er *', 'inntil formålet er *', 'til føremålet er *', 'inntil føremålet er *', 'når formålet er *', 'når føremålet er *',
  'as long as ~ necessary', 'as long as ~ needed', 'as long as ~ required', 'no longer than ~ necessary', 'no longer than ~ needed',
  'no longer necessary', 'no longer needed', 'no longer required', 'for as long as we need',
  'en begrenset periode', 'en begrenset tid', 'ei avgrensa tid', 'ein avgrensa periode', 'a limited period', 'a limited time',
  'en viss tid', 'ei viss tid', 'a certain period', 'rimelig tid', 'i tråd med tjenestens innstillinger',
  'etter kort tid', 'innen kort tid', 'innan kort tid', 'etter en kort periode', 'etter ein kort periode', 'etter noe tid', 'etter ei tid',
  'after a short time', 'after a short period', 'within a short time',
  'i henhold til ~ lov*', 'i henhold til ~ regelverk*', 'i samsvar med ~ lov*', 'i samsvar med ~ regelverk*', 'i tråd med ~ lov*',
  'i tråd med ~ regelverk*', 'etter gjeldende ~ lov*', 'in accordance with ~ law*', 'according to ~ law*', 'as required by law',
  'bokføringslov*', 'bokføringslova', 'regnskapslov*', 'rekneskapslov*', 'arkivlov*', 'arkivlova', 'pasientjournallov*',
  'accounting law*', 'bookkeeping act',
);

/** An exception to the right to erasure ("… ikke vil bli slettet"): not a statement of storage time. */
export const ERASURE_EXCEPTION = words(
  'ikke vil bli slettet', 'ikkje vil bli sletta', 'ikke bli slettet', 'ikke slettes', 'ikkje slettast', 'ikkje bli sletta',
  'will not be deleted', 'kan ikke slette', 'kan ikkje slette', 'cannot delete', 'can not delete',
);
/** Data that is not deleted of its own accord ("som hovedregel blir e-postene ikke slettet"). */
export const NOT_DELETED = words(
  'ikke slettet', 'ikke bli slettet', 'ikke blir slettet', 'ikke slettes', 'slettes ikke', 'slettes aldri', 'aldri slettet', 'ikkje sletta',
  'ikkje bli sletta', 'ikkje blir sletta', 'ikkje vert sletta', 'ikkje verte sletta', 'ikkje slettast', 'slettast ikkje', 'aldri sletta', 'is not deleted', 'are not deleted', 'not be deleted', 'never deleted',
  'lagres permanent', 'lagra permanent', 'på ubestemt tid', 'uten tidsbegrensning', 'utan tidsavgrensing', 'indefinitely',
);
/** A request by the user ("be om at …", "ask us to …"); a deletion verb must follow it. */
export const USER_REQUEST = words('be om', 'ber om', 'bede om', 'bed om', 'be oss', 'ber oss', 'krev*', 'ask*', 'request*');
/** Duties that make "not deleted" a legal exception rather than the controller's own practice. */
export const DUTY_WORDS = words('pålagt*', 'plikt*', 'lovpålagt*', 'required', 'obliged', 'obligat*');
/** "med unntak av …", "med mindre …": an erasure exception when the sentence is about a request to delete. */
export const EXCEPTION_WORDS = words('med unntak av', 'med mindre', 'unntatt', 'unntak', 'except', 'unless');
export const DELETION_REQUEST = words('kan kreve', 'kan krevje', 'kreve at', 'krevje at', 'be om', 'be oss', 'bed om', 'request*', 'ask*', 'sletting', 'deletion', 'erasure');
/** A sentence that describes what the user can ask for (the right to erasure), not what the controller does. */
export const RIGHTS_REQUEST = words(
  'rett til', 'retten til', 'rett på', 'krav på', 'du kan be*', 'du kan krev*', 'du kan bede', 'kan du be', 'kan du krev*', 'be oss',
  'be om sletting', 'kreve sletting', 'krevje sletting', 'right to', 'you can ask', 'you may ask', 'you can request', 'request us',
);

/** Triggers followed by an ending event ("til kundeforholdet avsluttes", "når du avslutter kontoen"). */
export const EVENT_TRIGGER_END = words(
  'til', 'inntil', 'fram til', 'frem til', 'helt til', 'heilt til', 'når', 'etter at', 'etter', 'ved', 'until', 'till', 'when', 'after',
  'upon', 'once', 'following',
);
/** Triggers followed by an ongoing relationship ("så lenge du er medlem", "as long as your account is active"). */
export const EVENT_TRIGGER_WHILE = words('så lenge', 'så lengje', 'as long as', 'for as long as', 'while', 'mens', 'for the duration of', 'i hele', 'under hele', 'gjennom hele');
/** What ends: verbs and nouns of an ending event. */
export const ENDING_WORDS = words(
  'avslutt*', 'avslutning*', 'endt', 'endte', 'opphør*', 'opphøyr*', 'sagt opp', 'sies opp', 'seier opp', 'sei opp', 'si opp', 'sier opp', 'sa opp',
  'oppsigelse*', 'oppseiing*', 'utmeld*', 'melder deg ut', 'melder deg av', 'meld deg av', 'melde deg av', 'meldar deg av', 'melder seg av',
  'avmeld*', 'utløp*', 'slutter', 'sluttar', 'slutt', 'fratre*', 'terminat*', 'ends', 'ended', 'end', 'expire*', 'close', 'closes',
  'closed', 'cancel*', 'delete*', 'slett*', 'nullstill*', 'tilbakestill*', 'trekk* tilbake', 'trekk* ~ tilbake', 'trukket', 'trekt', 'withdraw*', 'unsubscribe*',
  'opt out', 'opts out', 'avregistrer*', 'besatt', 'valgt til', 'tilsett i', 'ber om at', 'ber om sletting', 'bed om at', 'request deletion',
  'ask us to', 'er ferdig*', 'ferdigbehandl*', 'avgjort', 'fullført*', 'completed', 'concluded', 'forlater', 'leave', 'leaves', 'går ut',
  'siste kontakt', 'siste kjøp', 'siste behandling', 'siste leveranse', 'siste innlogging', 'last contact', 'last purchase', 'last login',
  'gjennomført', 'gjennomførd', 'gjennomførde', 'gjennomføres', 'gjennomførast', 'avholdt', 'avhalde', 'avvikla', 'avviklet', 'er over',
  'is over', 'has taken place', 'have taken place', 'took place', 'har funnet sted', 'har funne stad', 'passert',
);
/** Relationships that can last ("så lenge du er medlem", "as long as your account is active"). */
export const RELATION_WORDS = words(
  'kundeforhold*', 'kunderelasjon*', 'kundeavtale*', 'medlemskap*', 'medlem', 'medlemmer', 'abonnement*', 'abonnent*', 'avtaleforhold*',
  'avtalen', 'avtala', 'kontrakt*', '*konto', '*kontoen', '*kontoer', '*kontoar', '*kontoene', '*kontoane', 'profil*', 'arbeidsforhold*', 'ansettelse*', 'tilsetting*', 'tilsetjing*',
  'arbeidstilhøve*', 'engasjement*', 'oppdrag*', 'saken', 'saka', 'behandlingsforløp*', 'studie*', 'studietid*', 'elev', 'kunde', 'kunder',
  'medlemsperiode*', 'kundeperiode*', 'avtaleperiode*', 'abonnementsperiode*', 'ansettelsesperiode*',
  'bruker', 'brukar', 'student', 'pasient', 'relationship', 'account*', 'membership*', 'member', 'subscription*', 'subscriber',
  'contract*', 'employment', 'customer',
);
/** Words that make a "until"/"so long as" phrase vague, whatever follows it. */
export const VAGUE_BETWEEN = words(
  'nødvendig*', 'naudsynt*', 'behov*', 'trengs', 'trengst', 'trenger', 'treng', 'necessary', 'needed', 'need', 'required',
  'formål*', 'føremål*', 'purpose*', 'lov*', 'law*', 'pålagt*', 'som helst', 'any time', 'anytime',
);

// ---------------------------------------------------------------- recipients

/** Disclosure verbs. "deler av" (parts of) is filtered separately. */
export const SHARE_VERB = words(
  'dele', 'deler', 'deles', 'delt', 'delte', 'delast', 'deling*', 'utlever*', 'utlevering*', 'gi* videre', 'gis videre', 'gjev* vidare',
  'gje* vidare', 'gjeve vidare', 'gitt videre', 'gi ~ videre', 'gir ~ videre', 'gis ~ videre', 'gitt ~ videre', 'gje ~ vidare',
  'gjev ~ vidare', 'gjevast ~ vidare', 'gjeve ~ vidare', 'videreformidl*', 'vidareformidl*', 'overlate*', 'overlat',
  'share*', 'sharing', 'disclos*', 'pass on', 'passed on', 'pass ~ on', 'passes ~ on', 'passing ~ on', 'given to', 'forwarded to',
  'forward* ~ to', 'made available to', 'exchanged with', 'sell', 'sells', 'sold', 'selge*', 'selg', 'sel', 'selj*',
  'overfør*', 'transfer*', 'sendes videre', 'send* videre', 'send* vidare', 'sendes til', 'sender ~ til', 'sent to', 'send ~ to', 'tilgang til', 'tilgjengelig* for',
  'tilgjengeleg* for', 'access to', 'fremlegge*', 'framlegge*', 'legge fram', 'legge frem', 'rapporter* til', 'rapportering til',
  'report* to',
);
/** Verbs that are not disclosure on their own (selling, access, transfer): they need a recipient noun to count. */
export const WEAK_SHARE = words(
  'sell', 'sells', 'sold', 'selge*', 'selg', 'sel', 'selj*', 'overfør*', 'transfer*', 'tilgang til', 'tilgjengelig* for', 'tilgjengeleg* for',
  'access to', 'sendes til', 'sender ~ til', 'sent to', 'send ~ to',
);
/** Recipients and categories of recipients. */
export const RECIPIENT_NOUN = words(
  // '*leverandør*': providers named by what they provide ("e-postleverandører", "skyleverandør", "tjenesteleverandør")
  'databehandler*', 'databehandlar*', 'underdatabehandler*', '*leverandør*', 'samarbeidspartner*', 'samarbeidspartnar*',
  'partner*', 'partnar*', 'tredjepart*', 'tredje part*', '3. part*', 'regnskapsfører*', 'rekneskapsførar*', 'regnskapsbyrå*',
  'rekneskapsbyrå*', 'revisor*', 'advokat*', 'rådgiver*', 'rådgjevar*', 'konsulent*', 'myndighet*', 'myndigheit*', 'styresmakt*',
  'skatteetaten', 'skattemyndighet*', 'nav', 'politi*', 'helsetilsynet', 'inkasso*', 'bank*', 'forsikringsselskap*', 'konsern*',
  'morselskap*', 'datterselskap*', 'betalingsleverandør*', 'betalingsløysing*', 'betalingsløsning*', 'betalingstjeneste*',
  'it-leverandør*', 'it leverandør*', 'it-tjeneste*', 'it-konsulent*', 'driftsleverandør*', 'hosting*', 'webhotell*', 'skytjeneste*',
  'fraktselskap*', 'transportør*', 'speditør*', 'autorisert personell', 'ansatte', 'tilsette', 'medarbeidere', 'medarbeidarar',
  'processor*', 'sub-processor*', 'service provider*', 'supplier*', 'vendor*', 'third part*', 'partners', 'authorit*', 'accountant*',
  'auditor*', 'lawyer*', 'payment provider*', 'affiliate*', 'andre', 'anyone', 'others', 'noen', 'nokon', 'utenforstående',
  'uvedkommende',
);
/** Recipients words that only count with a disclosure verb (not alone). */
export const VAGUE_RECIPIENT = words('andre', 'anyone', 'others', 'noen', 'nokon', 'utenforstående', 'uvedkommende', 'ansatte', 'tilsette', 'medarbeidere', 'medarbeidarar');
/** Processing on the controller's behalf, hosting, delivery by a provider. */
export const ON_BEHALF = words(
  'på våre vegne', 'på vegne av oss', 'på vår vegne', 'på vegner av oss', 'on our behalf', 'levert av', 'levert frå', 'levert fra',
  'hostet av', 'hosta av', 'hostes av', 'driftes av', 'driftast av', 'drifta av', 'hosted by', 'provided by', 'operated by',
  'behandles av', 'behandlast av', 'processed by', 'databehandlingstjeneste*',
);
/** Data flowing to a named service: hosting, storage, processing, delivery. */
export const SERVICE_FLOW = words(
  'på våre vegne', 'på vegne av oss', 'on our behalf', 'levert av', 'levert frå', 'levert fra', 'hostet av', 'hosta av', 'hostes av',
  'driftes av', 'behandles av', 'behandlast av', 'processed by', 'hosted by', 'provided by', 'lagres hos', 'lagrast hos', 'lagrer ~ hos',
  'lagrar ~ hos', 'lagres på', 'lagrast på', 'lagret hos', 'stored with', 'stored by', 'stored on', 'skjer hos', 'skjer via', 'behandler',
  'behandlar', 'mottar', 'mottek', 'receives', 'sendes', 'sendast', 'sent to', 'overføres', 'overførast', 'deles', 'delast', 'delt',
  'databehandlingstjeneste*', 'databehandler*', 'databehandlar*', 'leverandør*', 'processor*', 'provider*', 'hostet', 'hosted',
);
/** Sentences about the data subject's own copy (access, portability), where "utlevert" and "overføre" do not mean disclosure to others. */
export const SUBJECT_DELIVERY = words(
  'dataportabilitet', 'portabilit*', 'annen behandlingsansvarlig', 'anna behandlingsansvarleg', 'annen virksomhet', 'another controller',
  'få utlevert', 'utlevert til deg', 'utlevere til deg', 'overføre ~ til deg', 'til deg eller', 'receive your', 'få en kopi', 'kopi av',
  'copy of', 'innsyn', 'access to your', 'hvem vi deler', 'kven vi deler', 'who we share', 'hvem vi utleverer',
);
/** "Only we have access" / internal access: states there are no external recipients. */
export const ONLY_INTERNAL = words(
  'kun ~ har tilgang', 'bare ~ har tilgang', 'berre ~ har tilgang', 'only ~ have access', 'only ~ has access', 'ingen andre ~ tilgang',
  'ingen utenforstående', 'ingen uvedkomande',
);
/** Who alone has access ("ingen andre enn styret har tilgang"): with an access word, no external recipients. */
export const ONLY_WHO = words(
  'ingen andre enn', 'ingen utenom', 'ingen utanom', 'ingen andre', 'nobody else', 'no one else', 'no-one else', 'kun vi', 'bare vi',
  'berre vi', 'only we', 'kun ansatte', 'bare ansatte', 'berre tilsette', 'kun autorisert*', 'bare autorisert*', 'berre autorisert*',
  'only authori*', 'kun de ansatte', 'kun styret', 'bare styret', 'berre styret',
);
export const ACCESS_WORDS = words('tilgang*', 'access', 'innsyn');
/** A data processing agreement with someone: names processors as recipients. */
export const DPA_WITH = words('databehandleravtale* med', 'databehandlaravtale* med', 'data processing agreement* with', 'dpa with');
/** Disclosure to the public (member lists, published names). */
export const PUBLICATION = words(
  'publiser*', 'offentlig* medlemsliste*', 'offentleg* medlemsliste*', 'offentlig tilgjengelig* på', 'synlig for andre', 'synleg for andre',
  'synlig for alle', 'synleg for alle', 'visible to other*', 'publicly visible', 'publish*',
);

// ---------------------------------------------------------------- transfers

/** A transfer outside the EU/EEA, or to a third country, mentioned. */
export const TRANSFER_OUTSIDE = words(
  'utenfor eu*', 'utanfor eu*', 'utenfor eøs', 'utanfor eøs', 'utenfor europa', 'utanfor europa', 'utenfor det europeiske *',
  'utanfor det europeiske *', 'ut av eøs', 'ut av eu', 'ut av europa', 'forlater ~ eøs', 'forlèt ~ eøs', 'forlater ~ eu', 'tredjeland*',
  'tredjestat*', 'outside the eu*', 'outside the eea', 'outside the european *', 'outside europe', 'third countr*', 'leave ~ the eea',
);
/** Places outside the EEA without adequacy, and "abroad": a transfer only where data moves there. */
export const FOREIGN_PLACE = words(
  'i utlandet', 'til utlandet', 'abroad', 'usa', 'u.s.a', 'united states', 'amerika*', 'amerikansk*', 'us-based', 'india', 'kina', 'china',
);
/** Data moving or being kept somewhere. */
export const DATA_FLOW = words(
  'overfør*', 'transfer*', 'lagr*', 'oppbevar*', 'server*', 'serverar', 'datasent*', 'hosting*', 'hostet', 'hosted', 'stored', 'processed',
  'behandles', 'behandlast', 'sendes', 'sendast', 'leverandør*', 'underleverandør*', 'databehandler*', 'databehandlar*', 'processor*',
  'provider*', 'tjeneste*', 'teneste*', 'plassering*', 'lokalisert*', 'located',
);
/** Storage location inside Norway/EEA ("lagres i Norge", "servere i Norden", "stored in the EU"). */
export const EEA_LOCATION = words(
  'i norge', 'i noreg', 'i norden', 'i eu', 'i eøs', 'i eu/eøs', 'i europa', 'innenfor eu*', 'innanfor eu*', 'innenfor eøs', 'innanfor eøs',
  'innenfor europa', 'in norway', 'in the eu', 'in the eea', 'in europe', 'within the eu*', 'within the eea', 'within europe',
  'norske servere', 'norske serverar', 'norwegian servers', 'european servers', 'europeiske servere', 'datasenter i norge', 'datasentre i norge',
  // EEA countries, and the cities where providers' European data centres are
  'i sverige', 'i danmark', 'i finland', 'i island', 'i irland', 'i tyskland', 'i nederland', 'i belgia', 'i frankrike', 'i luxembourg',
  'i østerrike', 'i polen', 'i spania', 'i italia', 'in sweden', 'in denmark', 'in finland', 'in iceland', 'in ireland', 'in germany',
  'in the netherlands', 'in belgium', 'in france', 'in luxembourg', 'in austria', 'in poland', 'in spain', 'in italy',
  'i frankfurt', 'i dublin', 'i amsterdam', 'i stockholm', 'i helsingfors', 'i helsinki', 'i københavn', 'in frankfurt', 'in dublin',
  'in amsterdam', 'in stockholm', 'in helsinki', 'in copenhagen',
);
export const LOCATION_VERB = words(
  'lagr*', 'oppbevar*', 'behandles', 'behandlast', 'behandlet', 'behandla', 'server*', 'serverar', 'datasent*', 'driftes', 'driftast',
  'driftet', 'drifta', 'hostes', 'hostast', 'hostet', 'hosta', 'stored', 'hosted', 'processed', 'kept',
  // a processor placed somewhere ("databehandler innenfor EU/EØS")
  'databehandler*', 'databehandlar*', 'processor*',
);
/** "herunder land innenfor EU/EØS", "including": an EEA location that does not exclude others. */
export const INCLUDING = words('herunder', 'inkludert', 'blant annet', 'også', 'including', 'also', 'bl.a', 'mellom anna');
/** Transfer safeguards and adequacy (GDPR ch. V). */
export const SAFEGUARD = words(
  'standard kontraktsklausul*', 'standardkontraktsklausul*', 'standard kontraktklausul*', 'standardkontraktklausul*',
  'standardkontrakt*', 'standardklausul*', 'standard personvernbestemmelse*', 'standard personvernføresegn*', "eu's standard*",
  'eus standard*', 'eu-kommisjonens standard*', 'standard contractual clause*', 'standard data protection clause*', 'model clauses',
  'scc', 'sccs', 'scc-er', 'tilstrekkelig beskyttelsesnivå', 'tilstrekkeleg vernenivå', 'tilstrekkeleg beskyttelsesnivå',
  // standard agreements only as the Commission's ("EU-kommisjonen sine standardavtalar"), not a processor template
  'eu-kommisjonen sine standard*', 'kommisjonen sine standard*', 'eu sine standard*', 'kommisjonens standard*', 'standardavtal* frå eu*',
  'standardavtal* fra eu*', 'standardavtal* ~ eu-kommisjon*',
  'beslutning om tilstrekkelig *', 'beslutning om tilstrekkelig*', 'avgjerd om tilstrekkeleg *', 'avgjerd om tilstrekkeleg*',
  'avgjersle om tilstrekkeleg *', 'avgjersle om tilstrekkeleg*', 'tilstrekkelig vern', 'tilstrekkeleg vern',
  'tilstrekkelig beskyttelse', 'tilstrekkeleg beskytting', 'adequate protection',
  'tilfredsstillende beskyttelsesnivå', 'adekvat beskyttelsesnivå', 'adekvansbeslutning*', 'adekvansavgjerd*', 'adequacy decision*',
  'adequate level of protection', 'adequacy', 'data privacy framework', 'dpf', 'privacy framework', 'bindende virksomhetsregler',
  'bindande verksemdsreglar', 'binding corporate rules', 'bcr', 'eu-kommisjonen har godkjent', 'godkjent av eu-kommisjonen',
  'godkjent av kommisjonen', 'approved by the european commission', 'artikkel 45', 'artikkel 46', 'artikkel 47', 'art. 45', 'art. 46',
  'art. 47', 'article 45', 'article 46', 'article 47',
);
/** Standard agreements that may be a processor template rather than transfer clauses; need a transfer context. */
export const AMBIGUOUS_SAFEGUARD = words(
  'standardkontrakt*', 'standardavtal*', 'standardklausul*', 'scc', 'sccs', 'dpf', 'bcr', 'adequacy', 'tilstrekkelig vern',
  'tilstrekkeleg vern', 'tilstrekkelig beskyttelse', 'tilstrekkeleg beskytting', 'adequate protection',
);
/** "Dersom opplysningar blir overførte …", "if data is transferred …": a transfer only as a possibility. */
export const CONDITIONAL = words(
  'dersom', 'hvis', 'viss', 'if', 'skulle', 'i tilfelle', 'in case', 'in the event', 'i den grad', 'to the extent',
);
/** What a conditional transfer is made safe by, in general terms ("så er det inngått avtaler som sikrer …"). */
export const GENERIC_SAFEGUARD = words(
  'avtale*', 'avtalar', 'avtalane', 'garanti*', 'sikre', 'sikrer', 'sikra', 'sikrar', 'sørge* for', 'sørgje* for', 'ivaretatt', 'ivaretas',
  'ivareteke', 'gyldig grunnlag', 'lovlig grunnlag', 'lovleg grunnlag', 'gyldig overføringsgrunnlag', 'overføringsgrunnlag*',
  'safeguard*', 'ensure*', 'agreement*', 'valid basis', 'lawful basis', 'transfer mechanism*',
);
/** Frameworks struck down by the CJEU: not a valid safeguard (flagged by outdated-transfer-framework). */
export const INVALID_FRAMEWORK = words('privacy shield', 'safe harbor', 'safe harbour', 'trygg havn');

// ---------------------------------------------------------------- cookies

/** Cookie and tracker vocabulary. */
export const COOKIE_TERM = words(
  'informasjonskaps*', 'informasjonskapsl*', 'cookie*', '*-cookie*', 'kjeks', 'kjeksen', 'sporingskaps*', 'sporingsteknolog*',
  'sporingsverktøy*', 'sporingspiksel*', 'pikseltag*', 'piksel*', 'pixel*', 'web beacon*', 'tracking technolog*', 'local storage',
  'lokal lagring', 'localstorage', '*informasjonskapsler', '*informasjonskapslar',
);
/** Analytics and marketing purposes (non-essential cookies). */
export const NON_ESSENTIAL_PURPOSE = words(
  'statistikk*', '*statistikk*', 'analyse*', '*analyse', 'analytisk*', 'analytic*', 'analytics', 'markedsføring*', '*markedsføring*',
  'marknadsføring*', 'annonse*', 'annonsar', 'annonsering*', 'reklame*', 'retargeting', 'remarketing', 'sporing*', 'tracking', 'målrett*',
  'målretta', 'tilpassede annonser', 'advertis*', 'marketing', 'promotere*', 'profilering', 'tredjeparts informasjonskaps*',
  'tredjeparts cookie*', 'tredjepartscookie*', 'third-party cookie*', 'third party cookie*', 'sporingskaps*', 'bruksmønster*',
  'besøksstatistikk*',
);
/** Only strictly necessary / functional cookies. */
export const ONLY_ESSENTIAL = words(
  'kun ~ nødvendige', 'bare ~ nødvendige', 'berre ~ naudsynte', 'berre ~ nødvendige', 'kun ~ naudsynte', 'only ~ necessary',
  'only ~ essential', 'only ~ strictly', 'kun ~ tekniske', 'bare ~ tekniske', 'berre ~ tekniske', 'kun ~ funksjonelle', 'bare ~ funksjonelle',
  'kun informasjonskapsler for å', 'bare informasjonskapsler for å', 'berre informasjonskapslar for å', 'berre kjeks for å',
  'kun cookies for å', 'only use cookies to', 'only uses cookies to', 'only cookies that', 'kun ~ informasjonskapsler ~ nødvendig*',
  'bare ~ informasjonskapsler ~ nødvendig*', 'berre ~ informasjonskapslar ~ naudsynt*', 'only ~ cookies ~ necessary', 'only ~ cookies ~ essential',
  'strengt nødvendig*', 'strengt naudsynt*', 'strictly necessary',
  // the limit after the noun: "nyttar informasjonskapslar kun til å verifisera brukarkontoen"
  'informasjonskapsler kun til å', 'informasjonskapsler kun for å', 'informasjonskapsler bare til å', 'informasjonskapsler bare for å',
  'informasjonskapslar kun til å', 'informasjonskapslar kun for å', 'informasjonskapslar berre til å', 'informasjonskapslar berre for å',
  'cookies kun til å', 'cookies kun for å', 'cookies bare til å', 'cookies bare for å', 'cookies berre til å', 'cookies only to',
);
/** Purposes that make a cookie strictly necessary or functional. */
export const ESSENTIAL_PURPOSE = words(
  'innlogging*', 'pålogging*', 'innlogga', 'logget inn', 'logga inn', 'login', 'log in', 'session*', 'sesjon*', 'handlekurv*',
  'handlevogn*', 'skjema*', 'språk*', 'sikkerhet*', 'tryggleik*', 'security', 'csrf', 'autentisering*', 'autentiser*', 'authentication',
  'fungere', 'fungerer', 'virke', 'function*', 'nødvendig*', 'naudsynt*', 'necessary', 'essential', 'samtykkeval*', 'samtykkevalg*',
  'slipper å fylle', 'fylle inn felt', 'preferanse*', 'økt', 'økta', 'økten', 'økter', 'øktene', 'øktbasert*', 'brukerøkt*', 'brukarøkt*',
  'nettleserøkt*', 'nettlesarøkt*', 'innloggingsøkt*',
);
/** Analytics that sets no cookies ("SiteImprove med cookieless tracking", "uten informasjonskapsler"). */
export const COOKIELESS = words(
  'cookieless', 'cookie-less', 'cookiefri*', 'cookie-fri*', 'informasjonskapselfri*', 'uten informasjonskapsler', 'uten cookies',
  'uten bruk av informasjonskapsler', 'uten å bruke informasjonskapsler', 'utan informasjonskapslar', 'utan cookies',
  'utan bruk av informasjonskapslar', 'utan å bruke informasjonskapslar', 'without cookies', 'without using cookies',
  'without setting cookies', 'sets no cookies', 'setter ingen informasjonskapsler', 'set ingen informasjonskapslar',
);
/** Hedges that leave other uses open ("blant annet til å huske innlogginga"). */
export const HEDGE = words('blant annet', 'bl.a', 'mellom anna', 'm.a', 'among other things', 'for example', 'for eksempel', 'f.eks', 't.d', 'til dømes', 'e.g', 'such as');
/** A real consent mechanism on the site (banner, choices, consent before setting). */
export const CONSENT_MECHANISM = words(
  'samtykkebanner*', 'samtykkebanner', 'cookiebanner*', 'cookie-banner*', 'cookie banner*', 'consent banner*', 'samtykkeløsning*',
  'samtykkeløysing*', 'samtykkeverktøy*', 'samtykkeverktøy', 'samtykkemodul*', 'consent tool*', 'consent management*', 'consent manager*',
  'cookie consent', 'cookiebot', 'cookieyes', 'onetrust', 'cookie-innstilling*', 'cookieinnstilling*', 'informasjonskapselinnstilling*',
  'innstillinger for informasjonskapsler', 'innstillingar for informasjonskapslar', 'cookie settings', 'cookie preferences',
  '«godta»', '«avslå»', '«aksepter»', '«avvis»', '"godta"', '"avslå"', '"accept"', '"reject"', '«godta alle»', 'godta eller avslå',
  'godta eller avvise', 'akseptere eller avvise', 'accept or reject', 'accept or decline',
  'hvis du godtar', 'dersom du godtar', 'om du godtar', 'når du godtar', 'viss du godtek', 'dersom du godtek', 'i banneret', 'i banneret vårt',
  'dersom du samtykker', 'hvis du samtykker', 'når du samtykker', 'om du samtykker', 'viss du samtykkjer', 'dersom du samtykkjer',
  'om du samtykkjer', 'når du samtykkjer', 'if you consent', 'when you consent', 'if you accept', 'once you consent',
  'ber om ditt samtykke', 'ber om samtykke', 'ber deg om samtykke', 'spør om samtykke', 'spør deg om samtykke', 'ber om samtykkje',
  'spør om samtykkje', 'ber deg om samtykkje', 'ask for your consent', 'ask your consent', 'asks for your consent',
  'kun med ditt samtykke', 'bare med ditt samtykke', 'berre med samtykkje', 'berre med ditt samtykkje', 'kun etter samtykke',
  'bare etter samtykke', 'only with your consent', 'only if you consent', 'only after you consent', 'with your consent',
  'samtykke påkrevd', 'krever samtykke', 'krev samtykkje', 'consent required', 'requires consent', 'du kan velge hvilke', 'du kan velje kva',
  'du velger selv', 'du vel sjølv', 'you can choose which', 'du kan velge om', 'du kan velje om', 'spørsmål om å godta', 'spørsmål om samtykke',
  'blir spurt om', 'vert spurd om', 'asked to accept', 'asked for consent', 'endre samtykke*', 'endre ditt samtykke', 'endre valget',
  'endre valgene', 'endre dine valg', 'endre vala', 'administrer* samtykke*', 'manage consent', 'change your consent', 'withdraw your consent',
  'trekke tilbake samtykket', 'trekkje tilbake samtykket',
  // the label of a consent checkbox
  'jeg tillater', 'jeg godtar', 'jeg samtykker', 'eg tillèt', 'eg tillet', 'eg godtek', 'eg samtykkjer', 'i agree to', 'i accept',
  'i consent', 'i allow',
);
/** Consent claimed by using the site or by a browser preset (not valid after 1 January 2025). */
export const IMPLIED_CONSENT = words(
  'forhåndsinnstilling*', 'automatisk samtykket', 'automatisk samtykka', 'ved å bruke ~ samtykker', 'ved å bruke ~ samtykkjer',
  'ved å bruke ~ godtar', 'ved å fortsette ~ godtar', 'ved å fortsette ~ samtykker', 'ved å fortsette ~ bruke ~ godtar',
  'ved å fortsette ~ bruke ~ samtykker', 'by using ~ consent', 'by using ~ agree', 'by continuing ~ agree', 'by continuing ~ use ~ agree',
  'by continuing ~ use ~ consent', 'if you continue ~ accept', 'if you continue ~ agree', 'hvis du fortsetter ~ godtar', 'antar vi at du godtar', 'opt-out', 'opt out', 'add-on', 'reservere seg mot', 'reservere deg mot',
);
/** The browser, and what one does there to refuse or allow cookies. */
export const BROWSER = words(
  'tillegg i nettleseren', 'nettleseren din', 'nettlesaren din', 'din nettleser', 'din nettlesar', 'your browser', 'nettleser*', 'nettlesar*',
  'browser*',
);
export const BROWSER_CONTROL = words(
  'innstilling*', 'innstillingar*', 'settings', 'samtykk*', 'godta*', 'godtek', 'aksepter*', 'avslå*', 'avvis*', 'blokker*', 'slå av',
  'slette', 'slett', 'reserver*', 'nekt*', 'endre*', 'tillat*', 'tillet', 'konfigurer*', 'disable*', 'block*', 'refuse*', 'reject*',
  'delete', 'accept*', 'allow*', 'tillegg', 'add-on',
);
