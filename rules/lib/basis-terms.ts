/**
 * Term lists for the basis-and-purposes rules (purposes, legal-basis, legitimate-interest,
 * provision-requirement, data-categories), in Bokmål, Nynorsk and English.
 */
import { anyWords, LETTER_RANGES, words, withFixedText, wordsSource } from '../../src/nlp/patterns.js';

// ---------------------------------------------------------------- purposes

/** Words that introduce what data is used for. */
export const PURPOSE_MARKER = words(
  'for å', 'for at', 'til å', 'slik at', 'så vi kan', 'så at vi', 'i den hensikt', 'med det formål',
  'in order to', 'so that', 'so we can', 'for the purpose*', 'with the aim',
);
/** Nouns that name a purpose outright ("Formålet er å …", "markedsføringsformål"). */
export const PURPOSE_NOUN = words('formål*', 'føremål*', '*formål', '*formålet', '*føremål', 'hensikt*', 'purpose*');



/** Processing verbs and data nouns: a purpose clause must be about the data. */
export const PROCESSING = words(
  'bruk', 'bruke', 'bruker', 'brukar', 'brukes', 'brukast', 'brukt', 'brukte', 'bruka', 'benytt*', 'nytt*', 'behandl*',
  'lagr*', 'samle* inn', 'samla* inn', 'innhent*', 'henter inn', 'hente inn', 'hentes inn', 'hentar inn', 'registrer*',
  'logg*', 'oppbevar*', 'analyser*', 'use', 'uses', 'used', 'using', 'process*', 'collect*', 'store*', 'stored',
);
export const DATA_NOUN = words(
  '*opplysning*', '*opplysningar*', 'data', 'dataene', 'dataa', 'dataen', 'dataer', 'dataane', 'personal data', 'information',
  'informasjon*', 'details',
);

/**
 * Concrete activities a purpose can name. A purpose clause that names one of these is concrete;
 * "for å levere tjenestene våre" names none.
 */
export const PURPOSE_ACTIVITY = words(
  // newsletters, orders, payment, marketing
  'nyhetsbrev*', 'nyheitsbrev*', 'nyhendebrev*', 'nyhende*', 'nyheter', 'nyheiter', 'newsletter*',
  'bestill*', 'ordre*', 'order', 'orders', 'kjøp', 'kjøpet', 'kjøpe', 'kjøper', 'purchase*', 'netthandel*', 'nettbutikk*',
  'faktur*', 'invoic*', 'betal*', 'payment*', 'billing',
  'markedsfør*', 'marknadsfør*', 'marketing', 'reklame*', 'annons*', 'advertis*', 'tilbud', 'tilboda', 'tilbod', 'kampanje*',
  'remarketing', 'retargeting', 'offers',
  // statistics, analytics, customer service, contact
  'statistikk*', '*statistikk', '*statistikken', 'analyse', 'analysere', 'analysen', 'analyser', 'analytics', 'statistic*',
  'trafikk*', 'traffic',
  'kundeservice', 'kundestøtte', 'support', '*support', 'brukerstøtte', 'henvendels*', '*henvendels*', 'førespurnad*', 'spørsmål',
  'inquir*', 'enquir*', 'questions', 'svare', 'besvare', 'respond', 'reply',
  'kontakt', 'kontakte', 'kontakten', 'kontakta', 'contact', 'contacting', 'kommuniser*', 'kommunikasjon*', 'communicat*',
  'korrespondanse*', 'e-post', 'epost', 'e-poster', 'e-postar', 'eposter', 'sms', 'varsl*', 'påminn*', 'reminder*', 'notif*',
  // security and operation
  'sikkerhet', 'sikkerheten', 'sikkerheit*', 'tryggleik*', 'security', 'feilsøk*', 'feilrett*', 'feilretting', 'debug*',
  'troubleshoot*', 'drift', 'driften', 'systemovervåk*', 'overvåk*', 'monitor*', 'svindel*', 'misbruk*', 'fraud*', 'abuse',
  // recruitment, employment
  'rekrutter*', 'rekrutt*', 'søknad*', 'jobbsøk*', 'recruit*', 'job application*', 'lønn*', 'løn', 'payroll', 'salary',
  'arbeidsforhold*', 'ansettelsesforhold*', 'employment',
  // membership, registration, events
  'medlem*', 'member*', 'registrer*', 'register*', 'påmelding*', 'innmelding*', 'sign up', 'signed up', 'signup', 'arrangement*',
  'event', 'events', 'kurs', 'kurset', 'kursa', 'course*', 'konferanse*', 'conference*', 'deltak*', 'participa*', 'workshop*',
  'undervisning*', 'opptak*', 'studie*', 'student*',
  // delivery, accounts, surveys, bookkeeping, health
  'frakt*', 'forsend*', 'shipping', 'leveranse*', 'leveransar', 'utsending*', 'utsendelse*',
  'innlogging*', 'pålogging*', 'login', 'log in', 'autentiser*', 'authenticat*', 'konto', 'kontoen', 'brukerkonto*', 'account',
  'accounts', 'medlemsprofil*', 'brukarprofil*', 'brukerprofil*',
  'undersøkel*', 'undersøking*', 'spørreundersøk*', 'survey*', 'evaluer*', 'tilbakemeld*', 'feedback',
  'regnskap*', 'rekneskap*', 'bokføring*', 'accounting', 'bookkeeping', 'revisjon*', 'skatt*',
  'journal*', 'pasientjournal*', 'timebestill*', 'timeavtal*', 'booking*', 'appointment*', 'behandlingsplan*', 'konsultasjon*',
  'helsehjelp', 'pasientbehandling',
  // service work: appointments, inspections, assessments, repairs, case handling
  'avtale ~ time', 'avtala ~ time', 'bestille ~ time', 'bestilla ~ time', 'befaring*', 'taksering*', 'takst', 'taksten',
  'skadesak*', 'skademelding*', 'reparasjon*', 'reparer*', 'utbedring*', 'saksbehandl*', 'sakshandsam*', 'repair*', 'inspection*',
  // customer relationship, complaints, documentation
  'kundeforhold*', 'customer relationship*', 'kunderelasjon*', 'kundeoppfølging*', 'oppfølging*', 'follow up', 'follow-up',
  'reklamasjon*', 'klage', 'klager', 'klagen', 'klagar', 'complaint*', 'tvist*', 'dispute*', 'rettskrav*', 'rettslige krav',
  'legal claims', 'dokumentasjon*', 'document*', 'historikk*', 'arkiv*', 'identifiser*', 'verifiser*', 'verify',
  // tailoring
  'informere ~ kunde*', 'informere ~ medlem*', 'informere ~ om nye', 'informere ~ om nyhet*', 'inform ~ customer*', 'inform ~ about new', 'tilpass*', 'personalis*', 'personaliz*', 'anbefaling*', 'recommend*', 'pris', 'prisen', 'prices', 'valuta*',
);

/** Purpose wording that only says "to run our services" in general terms. */
export const GENERIC_PURPOSE = words(
  'levere ~ tjenest*', 'levere ~ tenest*', 'levere ~ produkt*', 'leverer ~ tjenest*', 'levering ~ tjenest*',
  'yte ~ tjenest*', 'yte ~ tenest*', 'tilby ~ tjenest*', 'tilby ~ tenest*', 'tilby ~ produkt*', 'tilby deg en god',
  'gi deg ~ tjenest*', 'gi deg ~ opplevelse*', 'gje deg ~ teneste*', 'forbedre ~ tjenest*', 'forbetre ~ tenest*',
  'utvikle ~ tjenest*', 'videreutvikle*', 'brukeropplevelse*', 'brukaroppleving*', 'opplevelse*', 'oppleving*',
  'drive ~ virksomhet*', 'drive ~ verksemd*', 'drift av virksomheten', 'oppfylle ~ forpliktelse*', 'lover og regler',
  'gjeldende lov*', 'gjeldande lov*', 'administrere ~ tjenest*',
  'provide ~ service*', 'provide ~ product*', 'deliver ~ service*', 'improve ~ service*', 'user experience',
  'run ~ business', 'operate ~ service*',
);

/** Basis wording that looks like a purpose clause ("for å oppfylle en avtale", "to fulfil a contract"). */
export const BASIS_PURPOSE_PHRASE = words(
  'oppfylle ~ avtale*', 'oppfylle ~ kontrakt*', 'oppfylle ~ plikt*', 'oppfylle ~ forplikt*', 'oppfylle ~ rettslig*',
  'oppfylle ~ rettsleg*', 'oppfylle ~ krav', 'oppfylle ~ avtala', 'overholde ~ avtale*', 'inngå ~ avtale*',
  'gjennomføre tiltak', 'fulfil* ~ contract*', 'fulfil* ~ agreement*', 'perform* ~ contract*', 'comply ~ obligation*',
  'formål knyttet til', 'for formål knyttet',
);

// headings over purpose text: one list with the segmenter's, which gives sections their topic
export { PURPOSE_HEADING } from '../../src/segment/sections.js';

// ---------------------------------------------------------------- legal bases (GDPR art. 6(1))

export type BasisKind = 'consent' | 'contract' | 'obligation' | 'vital' | 'public' | 'interest';

export const BASIS_TERMS: Record<BasisKind, RegExp> = {
  consent: words('samtykk*', 'samtykt', 'consent*'),
  contract: words(
    'avtale', 'avtalen', 'avtala', 'avtaler', 'avtalar', 'kontrakt*', 'contract*', 'oppfyllelse av avtale*', 'oppfylle ~ avtale*',
    'avtaleforhold*', 'avtalevilkår*', 'kundeavtale*', 'agreement*', 'kontraktsforpliktelse*', 'avtaleoppfyll*', 'kontraktsoppfyll*',
  ),
  obligation: words(
    'rettslig* forpliktelse*', 'rettsleg* forplikting*', 'rettslig* plikt*', 'rettsleg* plikt*', 'lovpålag*', 'lovfest* plikt*',
    'lovfesta plikt*', 'lovkrav', 'rettslige krav', 'legal obligation*', 'statutory obligation*', 'bokføringslov*',
    'regnskapslov*', 'rekneskapslov*', 'pliktig*', 'plikt til',
  ),
  vital: words('vitale interesse*', 'vital interest*', 'vern om ~ liv', 'livsviktige interesse*'),
  public: words(
    'allmennhetens interesse', 'allmenn* interesse', 'allmenta* interesse', 'allmenta si interesse', 'utøv* ~ offentlig* myndighet*', 'offentleg* mynde',
    'utøv* ~ offentleg* myndigheit*', 'myndighetsutøv*', 'myndigheitsutøv*', 'public interest', 'official authority',
  ),
  interest: words(
    'berettig* interess*', 'berettiga* interess*', 'legitim* interess*', 'legitimate interest*', 'rettkomen* interess*',
    'rettkomne interess*', 'interesseavve*', 'interesse-avve*', 'avveining* av ~ interess*', 'avveiing* av ~ interess*',
    'avveging* av ~ interess*', 'avvegning* av ~ interess*', 'balancing of interests', 'balancing test', 'berettig* samtykke',
  ),
};

/** "art. 6 nr. 1 bokstav b", "Artikkel 6(1)(b)", "GDPR art. 6 (1) f", "article 6.1.a". */
export const ART6_LETTER = withFixedText(/(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])(?:art(?:ikkel|icle)?\.?|gdpr|forordningen)\s{0,3}6\s{0,3}(?:\(\s{0,2}1\s{0,2}\)|nr\.?\s{0,2}1|\.\s{0,2}1\s{0,2}\.?|første ledd|fyrste ledd|1)?\s{0,3},?\s{0,3}(?:bokstav|litra|lit\.?|letter|point)?\s{0,3}\(?\s{0,2}([a-f])\s{0,2}\)?(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])/giu, ['6']);
/** The repealed 2000 act's basis section: "personopplysningsloven § 8", "pol. § 8 a, b eller f". */
export const OLD_ACT_BASIS = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:personopplysningslov(?:en|a)?|personopplysningslovens|popl?\.?|pol\.?)\s*(?:§|paragraf)\s*(?:8|9)(?![\d])/giu;
/** The old act's § 8 letter f: "§ 8 f", "§ 8 første ledd bokstav f", "§ 8 a, b eller f". */
export const OLD_ACT_LETTER_F = /§\s{0,3}8\s{0,3}(?:første ledd\s{0,3})?(?:bokstav\s{0,3})?(?:[a-e]\)?\s{0,3}(?:,|og|eller)\s{0,3}){0,5}f(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;
/** The old cookie rule cited as the basis (ekomloven § 2-7 b). */
export const OLD_COOKIE_BASIS = /(?:ekomlov(?:en|a)?|elektronisk kommunikasjon)[^.]{0,20}?§\s*2\s*-\s*7\s*b/giu;
/** References to the GDPR itself: a basis that cites one of these is under current law. */
export const CURRENT_LAW = words('art*', 'artikkel*', 'article*', 'gdpr', 'personvernforordning*', 'forordning*', 'personvernregelverk*');

/** Wording that states a legal basis. */
export const BASIS_MARKER = words(
  'grunnlag*', '*grunnlag', '*grunnlaget', 'hjemmel', 'heimel', 'hjemlet', 'heimla', 'basert på', 'bygger på', 'byggjer på',
  'på bakgrunn av', 'på grunnlag av', 'med grunnlag i', 'definert som', 'basis', 'based on', 'lawful*', 'legal ground*',
  'relies on', 'rely on', 'we rely',
);
/** Obligation wording that states the basis by itself ("for å oppfylle vår rettslige plikt etter bokføringsloven"). */
export const OBLIGATION_ASSERTED = words(
  'oppfylle ~ plikt*', 'oppfylle ~ forpliktelse*', 'oppfylle ~ forplikting*', 'oppfylle ~ lovpålag*', 'overholde ~ plikt*',
  'lovpålagt', 'lovpålagte', 'er pålagt', 'pliktig* til', 'pliktig* etter', 'plikt etter', 'plikt til å', 'krav i bokføringslov*',
  'følger av bokføringslov*', 'etter bokføringslov*', 'i henhold til bokføringslov*', 'required by law', 'comply with ~ obligation*',
  'legal obligation*', 'rettslig forpliktelse', 'rettslige forpliktelser',
);
/**
 * Performing the contract, in art. 6(1)(b)'s own terms: "for å oppfylle avtalen med deg", "å oppfylle de rettigheter
 * og plikter som følger av avtalevilkårene", "to perform our contract with you".
 */
export const CONTRACT_PERFORMED = words(
  'oppfylle ~ avtale*', 'oppfylla ~ avtale*', 'oppfylle ~ kontrakt*', 'gjennomføre ~ avtale*', 'gjennomføra ~ avtale*',
  'gjennomføre ~ kontrakt*', 'plikter som følger av avtale*', 'plikter som følgjer av avtale*', 'pliktene som følgjer av avtale*',
  'pliktene som følger av avtale*', 'fulfil* ~ contract*', 'fulfil* ~ agreement*', 'perform* ~ contract*', 'perform* ~ agreement*',
);
/** The data subject gives consent for processing ("samtykker du til at", "ditt samtykke", "you consent"). */
export const CONSENT_GIVEN = words(
  'du samtykker', 'samtykker du', 'samtykkjer du', 'du samtykkjer', 'har samtykket', 'har samtykt', 'har gitt ~ samtykke*',
  'har gjeve ~ samtykke*', 'gitt ~ samtykke*', 'gi ~ samtykke*', 'ditt samtykke', 'samtykket ditt', 'samtykket fra',
  'samtykke fra', 'samtykkje frå', 'etter ~ samtykke', 'med ~ samtykke', 'samtykkes det', 'samtykke til', 'samtykkje til',
  'you consent', 'your consent', 'with consent', 'consented', 'give consent', 'given consent', 'consent to', 'kunden samtykker',
  'brukeren samtykker', 'godta*', 'godkjenn*', 'accept*', 'agree*',
);
/** Consent as an act that is not the basis itself: withdrawing it, cookie-banner machinery. */
export const CONSENT_NOT_BASIS = words(
  'trekke* ~ samtykke*', 'trekkje* ~ samtykk*', 'trekke* tilbake', 'trekkje tilbake', 'tilbakekall*', 'withdraw*',
  'samtykkebanner*', 'samtykkeløsning*', 'samtykkevalg*', 'samtykkeerklæring*', 'consent banner*', 'consent management',
  'samtykke ikke påkrevd', 'samtykke påkrevd', 'krever ikke samtykke', 'krev ikkje samtykke',
);
/**
 * Consent named only as the exception to a disclosure that otherwise does not happen ("deler ikke … med mindre du samtykker",
 * "unless we have your consent", "except with your consent"). "uten/utan/without" are handled as negators.
 */
export const CONSENT_EXCEPTION = words(
  'med mindre', 'unntatt', 'untatt', 'bortsett fra', 'bortsett frå', 'utover', 'unless', 'except', 'excepting', 'other than with',
  'save with',
);
/** The statement or the terms as a whole, as the object of consent ("samtykker du til personvernerklæringen", "you agree to this policy"). */
export const WHOLE_STATEMENT = words(
  'personvernerklæring*', 'personvernerklæringa', 'personvernpolicy*', 'personvernpolitikk*', 'personvernreglane', 'personvernreglene',
  'personvernvilkår*', 'erklæringen', 'erklæringa', 'denne erklæring*', 'retningslinje*', 'vilkår*', 'brukervilkår*', 'brukarvilkår*',
  'betingelse*', 'policyen', 'policy', 'privacy policy', 'privacy statement', 'privacy notice', 'this statement', 'this notice',
  'terms', 'terms of use', 'terms and conditions',
);
/** Consent given merely by using the site or service ("Ved å bruke nettstedet", "By using this site"). */
export const BY_USING_SITE = words(
  'ved å bruke', 'ved å bruka', 'ved å benytte', 'ved å nytte', 'ved å besøke', 'ved å besøkje', 'ved å vitje', 'ved bruk av',
  'ved vidare bruk', 'ved videre bruk', 'ved å fortsette', 'ved å halde fram', 'når du bruker', 'når du brukar', 'når du besøker',
  'når du besøkjer', 'by using', 'by visiting', 'by accessing', 'by continuing', 'by browsing',
);
/** The law explained in the abstract ("er ikke tillatt med mindre …", "Det finnes seks grunnlag"). */
export const LAW_EXPLANATION = words(
  'ikke tillatt', 'ikkje tillate', 'not permitted', 'not allowed', 'kun lovlig', 'berre lovleg', 'bare lovlig', 'only lawful',
  'lovlig bare', 'seks ~ grunnlag*', 'six ~ bases', 'six lawful',
);
/** Headings over a glossary: what is said there defines words, it states no basis ("Sentrale omgrep", "Definisjoner"). */
export const DEFINITIONS_HEADING = words(
  'sentrale omgrep', 'sentrale begrep*', 'omgrep', 'begrep', 'begreper', 'begrepa', 'begrepene', 'viktige begrep*', 'definisjon*',
  'ordforklaring*', 'ordliste*', 'hva betyr', 'kva betyr', 'kva tyder', 'definitions', 'glossary', 'key terms', 'terms used',
);
/** A sentence that defines privacy or personal data ("Personvern er eit lovpålagt vern av …", "Personal data means …"). */
export const DEFINITION_START =
  /^\s*(?:personvern(?:et)?|privacy|data protection|personopplysning(?:er|ar|ene|ane)?|personal data|personal information|sensitive personopplysning(?:er|ar)?)\s+(?:(?:er|is|are)\s+(?:en|et|ei|ein|eit|alle|all|any|a|an|the|informasjon|opplysning(?:er|ar)?|information)|betyr|tyder|inneber|innebærer|means|refers to)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** Consent or another basis that may come later. */
export const HYPOTHETICAL = words(
  'legges til senere', 'blir lagt til seinare', 'i fremtiden', 'i framtida', 'in the future', 'må vurderes', 'må vurderast',
  'vil bli vurdert', 'vurderes før',
);
/** Rights wording that mentions a basis only as the condition for a right ("dersom vi behandler … på bakgrunn av berettiget interesse, har du rett til å protestere"). */
export const OBJECTION_WORDS = words(
  'protest*', 'motsett*', 'motsetje*', 'motseie*', 'motsegn*', 'innsigelse*', 'object*', 'objection*', 'reserver*', 'reservasjon*',
  'dataportabilitet*', 'portabilit*',
);
export const CONDITION_WORDS = words('dersom', 'hvis', 'viss', 'om', 'når', 'if', 'where', 'when', 'ved behandling');

/** First-person framing of a list of bases ("Vår behandling … kan basere seg på"). */
export const FIRST_PERSON = words('vi', 'vår', 'vårt', 'våre', 'oss', 'me', 'vår', 'we', 'our', 'us');

/**
 * The interest named and then spelled out a few words on: "den berettiga interessa laget har i å nå ut …",
 * "interessen vi som arbeidsgiver har av at …", "our legitimate interest as a club in reaching …".
 * At most six words in between, none of them punctuation, so the link belongs to the interest's own clause.
 */
const INTEREST_SPELLED_OUT =
  `(?<![0-9${LETTER_RANGES}])(?:interess|interest)[${LETTER_RANGES}]*(?:\\s+[^\\s,;:()]+){0,6}?\\s+` +
  `(?:(?:i|av)\\s+(?:å|at)|knytt(?:et|a)?\\s+til|som\\s+går\\s+ut\\s+på|som\\s+består\\s+i|nemleg|nemlig|namely|(?:in|of)\\s+[a-z]+ing)(?![0-9${LETTER_RANGES}])`;

/** A legitimate interest that is described: "interessen er å …", "vår berettigede interesse i å …". */
export const INTEREST_DESCRIBED = withFixedText(
  new RegExp(
    `${wordsSource(
      'interess* er å', 'interess* er at', 'interessa * er å', 'interessa er å', 'interessene våre er', 'interesse i å', 'interesse av å',
      'interesse i at', 'interessa vår', 'interessen vår er', 'interessene er', 'interessen er', 'interests are', 'interest is', 'interest in',
      'interests in', 'interests of', 'interesse knytt til å', 'interessen knyttet til å',
    )}|${INTEREST_SPELLED_OUT}`,
    'giu',
  ),
  ['interes'],
);
/**
 * A clause after the basis that gives its reason: "basert på en interesseavveining, hvor arbeidet laget gjør kommer
 * medlemmene til gode", "where we need to keep the premises safe". The clause runs to the next punctuation.
 */
export const INTEREST_REASON_LEAD = /^[^.;:!?]{0,40}?(?:,\s*|\s)(?:hvor|der|fordi|ettersom|siden|ved at|i og med at|because|where|since|given that)\s+([^.;:!?,]{1,300})/iu;
/** Reason clauses that only restate the balancing or a condition ("der det er nødvendig", "where our interests outweigh yours"). */
export const REASON_EMPTY = words(
  'nødvendig*', 'naudsynt*', 'necessary', 'relevant', 'aktuelt', 'applicable', 'appropriate', 'tillatt', 'tillate', 'permitted',
  'lovlig', 'lovleg', 'lawful', 'veier tyngre', 'veie tyngre', 'veg tyngre', 'vege tyngre', 'tyngre enn', 'går foran', 'går framfor',
  'outweigh*', 'override*', 'overstig*', 'vurdert', 'vurdering*', 'assessed', 'assessment',
);

/** Anaphora that points back to the activity just described ("Dette er definert som berettiget interesse"). */
export const ANAPHOR_START = /^\s*(?:(?:dette|denne behandlingen|denne behandlinga|slik behandling|this|such processing)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])|det\s+(?:er|var|skjer)\s)/iu;
export const ANAPHOR_ANY = words('for dette', 'til dette', 'til dette formålet', 'for denne behandlingen', 'denne behandlingsaktiviteten', 'for this', 'this processing', 'for this purpose');

// ---------------------------------------------------------------- provision requirement (art. 13(2)(e))

/** Giving, providing or collecting data. */
export const GIVE_VERB = words(
  'oppgi', 'oppgir', 'oppgis', 'oppgitt', 'oppgje', 'oppgjev', 'oppgjeve', 'gi', 'gir', 'gis', 'gje', 'gjev', 'gjeve', 'avgi*',
  'dele', 'deler', 'legge igjen', 'legger igjen', 'fylle ut', 'fyller ut', 'registrere', 'registrerer', 'hente* inn', 'hentar inn',
  'innhent*', 'samle* inn', 'samla* inn', 'levere', 'leverer', 'abonner*', 'melde* deg på', 'melde* seg på', 'påmelding',
  'provide', 'provided', 'providing', 'give', 'given', 'giving', 'submit*', 'share', 'enter', 'collect*', 'subscribe*', 'sign up',
);
/** A verb for refusing or not giving data (used after a negator in a condition). */
export const REFUSE_OBJECT = words(
  'oppgi', 'oppgir', 'oppgjev', 'oppgje', 'gi', 'gir', 'gje', 'gjev', 'samtykk*', 'godta*', 'godtek', 'godkjenn*', 'aksepter*',
  'får', 'mottar', 'fyller ut', 'registrerer', 'ønsker å gi', 'ønskjer å gje', 'vil gi', 'provide*', 'give', 'consent*',
  'accept*', 'agree*', 'receive*', 'submit*',
);
export const VOLUNTARY = words('frivillig*', 'friviljug*', 'voluntar*', 'valgfri*', 'valfri*', 'optional');
/** "frivillig samtykke" is a quality of consent, not whether data must be given. */
export const VOLUNTARY_CONSENT = words('frivillig* ~ samtykke*', 'friviljug* ~ samtykk*', 'freely given', 'voluntar* ~ consent');
export const NOT_OBLIGED = words(
  'ikke forpliktet til', 'ikkje forplikta til', 'ikke pliktig til', 'ikkje pliktig til', 'ikke pålagt', 'ikkje pålagt', 'ikke nødt til',
  'ikkje nøydd til', 'ingen plikt', 'ikke plikt', 'ikkje plikt', 'not obliged', 'not obligated', 'not required to', 'no obligation',
  'under no obligation', 'are not required', 'is not required', 'not mandatory',
);
export const REQUIRED = words(
  'obligatorisk*', 'påkrevd*', 'påkravd*', 'påkrevde', 'mandatory', 'required field*', 'må oppgis', 'må oppgjevast', 'må fylles ut',
  'må fyllast ut', 'du må oppgi', 'du må oppgje', 'du må gi', 'du må gje', 'må du oppgi', 'må du oppgje', 'must provide',
  'need to provide', 'have to provide', 'are required to provide', 'is required to', 'kreves for å', 'krevst for å',
  'lovfestet krav', 'lovfesta krav', 'avtalefestet krav', 'avtalefesta krav', 'statutory or contractual', 'contractual requirement',
  'statutory requirement', 'nødvendig å oppgi', 'nødvendig at du oppgir', 'naudsynt å oppgje', 'naudsynt at du oppgjev',
  'necessary to provide', 'necessary for you to provide', 'trenger vi', 'treng vi', 'må vi ha', 'we need your', 'we require your', 'we need the following',
);
/** Legal duty to collect ("vi er pliktig til å hente inn", "lovpålagt å innhente"). */
export const DUTY_TO_COLLECT = words(
  'pliktig* til å ~ inn', 'pliktig* å ~ inn', 'pålagt å ~ inn', 'lovpålagt å ~ inn', 'plikt til å ~ inn', 'pliktig til å innhent*',
  'pålagt å innhent*', 'pliktig til å samle*', 'required by law to collect', 'legally required to collect', 'obliged by law to collect',
  'pliktige til å innhente', 'pliktig til å registrere', 'pålagt å registrere',
);
export const NECESSARY = words('nødvendig*', 'naudsynt*', 'necessary', 'påkrevd*', 'required', 'needed');
/** Necessity stated as a consequence for the user ("nødvendig for at … du kan legge inn sitatet"). */
export const USER_CONSEQUENCE = words(
  'du kan', 'du skal kunne', 'du kan bruke', 'for deg å', 'for you to', 'you can', 'you to use', 'for å kunne registrere deg',
  'for å kunne bruke', 'for å kunne bestille', 'for å kunne delta', 'for å kunne melde', 'for å kunne opprette', 'for å kunne logge',
  'for å bruke tjenesten', 'for å gjennomføre kjøpet', 'for å kunne handle',
);
/** "vi behandler bare det som er nødvendig" is data minimisation. */
export const MINIMISATION = words(
  'bare', 'berre', 'kun', 'utelukkende', 'only', 'som er nødvendig*', 'som er naudsynt*', 'that is necessary', 'that are necessary',
  'i den grad', 'to the extent', 'så lenge', 'as long as', 'lenger enn', 'longer than',
);
export const COOKIE_WORDS = words('informasjonskaps*', 'cookie*', 'kjeks', 'lokal lagring', 'local storage');
export const CONDITION_START = words('dersom', 'hvis', 'om', 'viss', 'if', 'uten', 'utan', 'without', 'unless');
export const NEGATOR = words('ikke', 'ikkje', 'not', "don't", "doesn't", 'do not', 'does not', 'no', 'ingen', 'inga', 'aldri', 'never');
/** What follows if data is not given: "kan vi ikke", "vil … bli begrenset", "kan det hende at". */
export const CONSEQUENCE = words(
  'ikke', 'ikkje', 'not', 'cannot', "can't", 'unable', 'begrens*', 'avgrens*', 'limited', 'kan det hende', 'kan hende', 'umulig*',
  'ikke mulig', 'ikkje mogleg', 'not possible', 'miste*', 'lose',
);
export const DATA_OBJECT = words(
  '*opplysning*', '*opplysningar*', 'data', 'dataene', 'information', 'informasjon*', 'details', 'felt', 'felta', 'feltene', 'field*',
  'e-post*', 'epost*', 'navn', 'namn', 'name', 'email*', 'telefonnummer*',
);

// ---------------------------------------------------------------- data categories

/** Categories of personal data (strong: they name a kind of personal data on their own). */
export const DATA_CATEGORY = words(
  'navn', 'navnet', 'navna', 'namn', 'namnet', 'fornavn', 'fornamn', 'etternavn', 'etternamn', 'fullt navn', 'fullt namn',
  'name', 'names', 'full name', 'first name', 'last name', 'surname',
  'brukernavn*', 'brukarnamn*', 'e-postadresse*', 'epostadresse*', 'e-postadressa', 'epostadressa', 'e-post adresse*',
  'epost adresse*', 'e-mail address*', 'email address*', 'e-mail', 'email', 'e-post', 'epost', 'telefonnummer*', 'telefonnr*',
  'telefon nummer', 'mobilnummer*', 'mobilnr*', 'telefon', 'phone number*', 'phone', 'adresse', 'adressa', 'adressen', 'adresser',
  'adressar', 'postadresse*', 'bostedsadresse*', 'hjemmeadresse*', 'address', 'addresses', 'postal address*', 'ip-adresse*',
  'ip adresse*', 'ip-adressa', 'ip-address*', 'ip address*', 'ip-nummer', 'fødselsdato*', 'fødselsdag', 'fødselsnummer*',
  'personnummer*', 'date of birth', 'birth date', 'alder', 'age', 'kjønn', 'gender', 'kjøpshistorikk*', 'ordrehistorikk*',
  'handlemønster*', 'handlehistorikk*', 'purchase history', 'order history', 'betalingsopplysning*', 'betalingsinformasjon*',
  'betalingshistorikk*', 'betalingsinfo', 'kontonummer*', 'kortnummer*', 'bankkonto*', 'payment information', 'payment details',
  'kontaktinformasjon*', 'kontaktopplysning*', 'kontaktinfo', 'kontaktdata', 'contact information', 'contact details',
  'stillingstittel*', 'arbeidsgiver', 'arbeidsgjevar', 'employer', 'job title', 'work status', 'yrke', 'studieretning*', 'studie',
  'bilde', 'bilder', 'bileta', 'foto*', 'photo*', 'lokasjon*', 'posisjon*', 'geografisk*', 'location data', 'location',
  'enhetstype*', 'enhetsinformasjon*', 'hvilken type enhet', 'type enhet', 'nettlesertype*', 'nettleserversjon*', 'nettleser',
  'browser type', 'browser version', 'device information', 'device type', 'device id*', 'sidevisning*', 'page view*',
  'helseopplysning*', 'helsedata', 'health data', 'cv', 'søknad*', 'stemmegruppe*', 'matpreferanse*', 'food preference*',
  'allergi*', 'diagnose*', 'medisinsk*', 'bruksdata', 'brukeradferd*', 'brukaråtferd*', 'usage data', 'serverlogg*', 'logger',
  'loggar', 'logs', 'log data', 'forespørselsdata', 'tekniske data', 'technical data', 'kjøpsinformasjon', 'bestillingsinformasjon*',
  'bestillingsopplysning*', 'ordreinformasjon*', 'korrespondanse*', 'kommunikasjonsdata', 'passord*', 'password*', 'signatur*',
  'organisasjon', 'firma', 'selskap', 'company name', 'company',
  'grunnleggende identifikasjon*', 'identifikasjonsopplysning*', 'økonomisk informasjon', 'økonomiske opplysninger',
  'forsikringsinformasjon*', 'medlemskapsinformasjon*', 'medlemsnummer*',
);
/** Weak category words: a channel as often as a category ("send oss en e-post", "ring oss på telefon"). */
export const WEAK_CATEGORY = words(
  'e-post', 'epost', 'e-mail', 'email', 'telefon', 'phone', 'adresse', 'adressa', 'adressen', 'address', 'korrespondanse*',
  'organisasjon', 'firma', 'selskap', 'company', 'søknad*', 'location', 'studie', 'alder', 'age', 'logger', 'loggar', 'logs',
  'nettleser', 'name', 'names',
);
/** A channel, not a category: "via e-post", "på telefon", "send oss en e-post". */
export const CHANNEL_BEFORE = /(?:via|på|per|pr\.?|gjennom|by|over|til|send[a-zæøå]*(?:\s+(?:oss|deg|dykk|you|us))?(?:\s+(?:en|ein|an|a))?|ring[a-zæøå]*(?:\s+oss)?(?:\s+på)?|kontakt[a-zæøå]*(?:\s+(?:oss|deg))?(?:\s+på)?|motta[a-zæøå]*|receiv[a-z]*|contact(?:\s+(?:us|the))?|call us on|email us at)\s*$/iu;
/** A channel list: "via telefon, SMS, nettsiden vår, e-post eller sosiale medier". */
export const CHANNEL_LIST_BEFORE = /(?:^|\s)(?:via|per|by|gjennom|through)\s[^.;:()]*$/iu;
/** The controller's own details: "kontaktinformasjonen vår", "our contact details". */
export const OWN_BEFORE = /(?:^|\s)(?:vår|vårt|våre|our)\s+$/iu;
export const OWN_AFTER = /^\s+(?:vår|vårt|våre|nedenfor|ovenfor|below|above)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
/** Verbs that put a category word in a "what we process" context. */
export const COLLECT_VERB = words(
  'samle* inn', 'samla* inn', 'innhent*', 'henter inn', 'hente inn', 'hentes inn', 'hentar inn', 'registrer*', 'lagr*',
  'behandler', 'behandlar', 'behandle', 'behandles', 'behandlast', 'behandlet', 'behandla', 'oppgi*', 'oppgje*', 'oppgjev*',
  'gir oss', 'gi oss', 'gje oss', 'gjev oss', 'får vi', 'vi får', 'mottar vi', 'vi mottar', 'logg*', 'collect*', 'process',
  'processes', 'processed', 'store', 'stores', 'stored', 'ber om', 'be om', 'spør om', 'request', 'tar vare på', 'tek vare på', 'oppbevar*',
  'keep', 'keeps', 'retain*', 'mottar vi', 'vi mottar', 'we receive',
);
/** Receiving: a data context for clear categories ("Tjenesten mottar … IP-adresse"), a channel for "e-post". */
export const RECEIVE = words('mottar', 'mottek', 'mottas', 'receive', 'receives', 'received');
/** Lead-ins of an enumeration of data: "som for eksempel", "følgende", "such as". */
export const COLLECT_LEAD = words(
  'inneholder', 'inneheld', 'omfatter', 'omfattar', 'inkluderer', 'include*', 'including', 'such as', 'som for eksempel',
  'for eksempel', 'f.eks', 'f eks', 'eksempelvis', 'blant annet', 'dette kan være', 'følgende', 'følgjande', 'the following',
  'kategori*', 'categor*', 'opplysninger som', 'opplysningar som', 'opplysninger om', 'opplysningar om', 'som navn', 'som namn',
  // Nynorsk
  'mellom anna', 'til dømes', 't.d', 'dette kan vere',
);
export const COLLECT_CONTEXT = anyWords(COLLECT_VERB, COLLECT_LEAD, RECEIVE);
/** Headings about which data is processed. */
export const DATA_HEADING = words(
  'hvilke*', 'kva', 'hva', 'opplysninger', 'opplysningar', 'personopplysning*', 'data we', 'what data', 'which data',
  'information we', 'personal data', 'categor*', 'kategori*', 'innsamling*', 'samler inn', 'samlar inn', 'innhentes', 'data',
  'identifikasjonsopplysning*', 'opplysningstype*', 'økonomiske opplysninger', 'kommunikasjonsdata', 'automatisk innsamlede',
  'helseopplysning*',
);
/** Contact-block labels ("E-post: post@firma.no", "Navn: [KLINIKKENS NAVN]"): the controller's details, not categories. */
export const LABEL_VALUE = /^\s*[:：]\s*(?:\[|\S*@|\+?\d|https?:|www\.)/u;
