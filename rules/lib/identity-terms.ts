/**
 * Term lists for the identity rules (controller-identity, controller-contact,
 * dpo-contact, broken-contact, placeholder-text): Bokmål, Nynorsk and English.
 */
import { rememberedByText } from '../../src/memo.js';
import { words } from '../../src/nlp/patterns.js';

/** Company and organisation forms that make a name a legal entity ("Eksempel AS"). */
export const LEGAL_FORMS = [
  'AS', 'ASA', 'ANS', 'DA', 'SA', 'BA', 'NUF', 'KS', 'SE', 'BL', 'IKS', 'KF', 'HF', 'RHF', 'ENK',
  'Ltd', 'LTD', 'Limited', 'LIMITED', 'AB', 'GmbH', 'GMBH', 'Inc', 'INC', 'LLC', 'ApS', 'Oy', 'BV', 'plc', 'Corp', 'A/S', 'AG', 'SAS', 'SARL', 'S.A.',
];
/** The legal forms as a regular-expression alternation. */
export const LEGAL_FORM_SOURCE = LEGAL_FORMS.map((f) => f.replace(/[./]/g, '\\$&')).join('|');

/** Organisation-type nouns a named organisation ends with ("Oslobygda kulturlag", "Trondheim kommune"). */
const ORG_TYPE_EXACT = new Set([
  'lag', 'laget', 'laga', 'kor', 'koret', 'selskap', 'selskapet', 'union', 'association', 'foundation', 'society', 'club',
  'company', 'university', 'council', 'municipality', 'group', 'gruppen', 'gruppa', 'cooperative', 'samfund', 'samfundet',
]);
const ORG_TYPE_SUFFIXES = [
  'forening', 'foreining', 'forbund', 'klubb', 'korps', 'kulturlag', 'idrettslag', 'ungdomslag', 'sanitetslag', 'skyttarlag',
  'skytterlag', 'musikklag', 'historielag', 'grendelag', 'bygdelag', 'sogelag', 'mållag', 'turlag', 'sportslag',
  'pensjonistlag', 'kvinnelag', 'bondelag', 'jaktlag', 'fiskelag', 'andelslag', 'borettslag', 'sameie', 'stiftelse',
  'stifting', 'departement', 'kommune', 'menighet', 'kyrkjelyd', 'universitet', 'høgskole', 'høgskule', 'skole', 'skule', 'institutt',
  'senter', 'klinikk', 'sykehus', 'sjukehus', 'direktorat', 'etat', 'samvirke', 'akademi', 'barnehage', 'studentkor',
  'mannskor', 'kvinnekor', 'kammerkor', 'barnekor', 'gospelkor', 'ungdomskor', 'sangforening', 'songlag', 'orkester',
  'teater', 'organisasjon', 'sparebank', 'studentsamskipnad', 'bibliotek', 'museum', 'forlag', 'speidergruppe',
  'speidargruppe',
];
const DEFINITE_ENDINGS = ['ene', 'ane', 'ne', 'en', 'et', 'a', 'er', 'ar', 'n', 't'];

/** A word (lower case) naming a type of organisation, in any form: "forening", "idrettslaget", "kommunane". */
const judgedOrgType = rememberedByText((w) => {
  const forms = [w, ...DEFINITE_ENDINGS.filter((e) => w.endsWith(e)).map((e) => w.slice(0, -e.length))];
  return ORG_TYPE_EXACT.has(w) || forms.some((f) => ORG_TYPE_SUFFIXES.some((suf) => f.endsWith(suf)));
}, 100_000);

export function isOrgTypeWord(word: string): boolean {
  return judgedOrgType(word.toLowerCase());
}

/** Naming the controller's role: behandlingsansvarlig, data controller, responsible for the processing. */
export const CONTROLLER_ROLE = words(
  'behandlingsansvarlig*', 'behandlingsansvarleg*', 'hovedansvarlig for behandlingen*', 'hovudansvarleg for behandlinga*',
  'ansvarlig for behandlingen*', 'ansvarleg for behandlinga*', 'ansvarlig for behandling av *opplysning*',
  'ansvarleg for behandling av *opplysning*', 'ansvarlig for personopplysning*', 'ansvarleg for personopplysning*',
  'ansvarlig for *opplysningene', 'ansvarleg for *opplysningane', 'handsamingsansvarleg*', 'handsamingsansvarlig*',
  'ansvarleg for handsaming*', 'ansvarlig for handsaming*',
  // "ansvarlig for håndtering av personopplysninger", "ansvarleg for innsamling og bruk av personopplysingar"
  'ansvarlig for ~ personopplysning*', 'ansvarleg for ~ personopplysning*', 'ansvarleg for ~ personopplysing*',
  // "X har ansvaret for behandlingen av personopplysningene", "X har ansvaret for behandlinga"
  'ansvaret for behandlingen*', 'ansvaret for behandlinga*', 'ansvar for behandlingen*', 'ansvar for behandlinga*',
  'ansvaret for handsaminga*', 'ansvar for handsaminga*', 'ansvaret for behandling av *opplysning*',
  'ansvar for behandling av *opplysning*', 'ansvaret for ~ personopplysning*', 'ansvaret for ~ personopplysing*',
  'responsibility for the processing',
  'data controller', 'the controller', 'controller',
  'responsible for the processing', 'responsible for processing', 'responsible for your personal data',
  'responsible for the personal data',
);

/** Processor / vendor role: a name in this context is not the controller. */
export const PROCESSOR_CONTEXT = words(
  'databehandler*', 'databehandlar*', 'databehandlingstjenest*', 'underleverandør*', 'leverandør*', 'leverandørar*',
  'processor*', 'sub-processor*', 'vendor*', 'hostet', 'hosted', 'levert av', 'leveres av', 'driftes av', 'drifta av',
  'på våre vegne', 'på vegne av oss', 'on our behalf', 'tjenesteleverandør*', 'samarbeidspartner*', 'samarbeidspartnar*',
  // "X som drifter nettsiden": the company running the site's technical operation
  'som drifter', 'som driftar', 'som drifta',
);

/** First-person references to the organisation writing the statement. */
export const FIRST_PERSON = words('vi', 'me', 'oss', 'vår', 'vårt', 'våre', 'we', 'us', 'our');

/** Datatilsynet and other public bodies whose contact details are not the controller's. */
export const AUTHORITY = words(
  'datatilsynet*', 'tilsynsmyndighet*', 'tilsynsmynde*', 'data inspectorate', 'data protection authority',
  'supervisory authority', 'nkom', 'forbrukerrådet*', 'forbrukartilsynet', 'forbrukertilsynet', 'personvernnemnda',
  'brønnøysundregistrene', 'altinn',
);

/** Well-known third parties (vendors, platforms) named in statements; never the controller. */
export const THIRD_PARTY_NAMES = [
  'Google', 'Alphabet', 'YouTube', 'Facebook', 'Meta', 'Instagram', 'WhatsApp', 'Messenger', 'Microsoft', 'LinkedIn',
  'Bing', 'Apple', 'iCloud', 'Amazon', 'AWS', 'Twitter', 'X Corp', 'TikTok', 'Snapchat', 'Pinterest', 'Vimeo', 'Zoom',
  'Stripe', 'PayPal', 'Klarna', 'Vipps', 'MobilePay', 'Nets', 'Nexi', 'Mailchimp', 'Brevo', 'Sendinblue', 'HubSpot',
  'Salesforce', 'Hotjar', 'Matomo', 'Cloudflare', 'GitHub', 'Gumroad', 'Heroku', 'Netlify', 'Vercel', 'Shopify', 'Wix',
  'Squarespace', 'WordPress', 'Automattic', 'Jetpack', 'Akismet', 'Gravatar', 'Kajabi', 'Fiken', 'Tripletex', 'Visma',
  'Domeneshop', 'One.com', 'Webhuset', 'ProISP', 'Clerk', 'Telnyx', 'Twilio', 'Slack', 'Dropbox', 'Trello', 'Atlassian',
  'Zendesk', 'Intercom', 'Typeform', 'SurveyMonkey', 'Questback', 'Nettskjema', 'Frankfurter', 'Leadinfo', 'Snitcher',
  'Adobe', 'Oracle', 'SAP', 'Cookiebot', 'Usercentrics', 'OneTrust', 'Tawk', 'Crisp', 'Calendly', 'Eventbrite',
  'Checkin', 'Ticketmaster', 'Posten', 'Bring', 'PostNord', 'Helthjem', 'DHL', 'UPS', 'FedEx', 'Bambora', 'Adyen',
  'Dintero', 'Svea', 'Collector', 'Resurs', 'Brreg', 'Proff', 'Nkom', 'Lovdata', 'Nettvett', 'Norsk', 'Norge', 'Norway',
];

/** Public bodies, laws and generic capitalised terms that are never the controller's name. */
export const NOT_A_NAME = new Set(
  [
    'Datatilsynet', 'Datatilsynets', 'Personvernnemnda', 'Forbrukerrådet', 'Helsetilsynet', 'Politiet', 'NAV', 'Skatteetaten',
    'EU', 'EØS', 'EEA', 'EFTA', 'EU-kommisjonen', 'GDPR', 'Personvernforordningen', 'Personopplysningsloven', 'Personopplysningslova',
    'Behandlingsansvarlig', 'Behandlingsansvarleg', 'Personvernombud', 'Personvernombod', 'Personvern', 'Personvernerklæring',
    'Personvernerklæringen', 'Personvernerklæringa', 'Vi', 'Du', 'De', 'Dere', 'Den', 'Det', 'Denne', 'Dette', 'Disse', 'Desse',
    'Vår', 'Vårt', 'Våre', 'Hvis', 'Dersom', 'Om', 'Når', 'Ved', 'For', 'Til', 'Fra', 'Frå', 'Med', 'Som', 'Hos', 'Her', 'Alle',
    'Kontakt', 'Kontaktinformasjon', 'Kontaktopplysninger', 'Kontaktopplysningar', 'E-post', 'Epost', 'E-mail', 'Email',
    'Telefon', 'Tlf', 'Adresse', 'Postadresse', 'Navn', 'Namn', 'Org', 'Organisasjonsnummer', 'Hovedansvarlig', 'Ansvarlig',
    'We', 'Our', 'Us', 'The', 'This', 'These', 'If', 'When', 'You', 'Your', 'Controller', 'Data', 'Privacy', 'Policy',
    'Statement', 'Contact', 'Name', 'Address', 'Phone', 'Email', 'Internet', 'Web', 'Norge', 'Norway', 'Norsk', 'Norwegian',
    'Europe', 'USA', 'IP', 'SMS', 'HTTPS', 'TLS', 'URL', 'API', 'CRM', 'PDF', 'AI', 'IT', 'CV', 'ID',
    'Art', 'Artikkel', 'Article', 'Lov', 'Loven', 'Forskrift', 'Daglig', 'Styret', 'Styreleder', 'Leder', 'Kvalitetssjef',
    'Markedssjef', 'PC', 'HTML', 'CSS', 'JSON', 'SSL', 'VPN', 'USB', 'GPS', 'FAQ', 'SEO', 'CEO', 'HR', 'SCC', 'SCCs', 'DPA',
    'Hele', 'Heile', 'Hver', 'Kvar', 'Ethvert', 'Kvart', 'Et', 'En', 'Ei', 'Eit', 'Ein', 'Sitt', 'Sin', 'Mange', 'Noen',
    'Nokre', 'Andre', 'Samme', 'Same', 'Begge', 'Slik', 'Sånn', 'Også', 'Og', 'Eller', 'Men', 'Ikke', 'Ikkje', 'Les', 'Se',
    'Sted', 'Dato', 'Sist', 'Oppdatert', 'Versjon', 'Side', 'Sida', 'Nettsiden', 'Nettstedet',
    // conjunctions and question words that open a sentence before a name ("Sidan Eksempel AS er …")
    'Sidan', 'Siden', 'Fordi', 'Sjølv', 'Selv', 'Etter', 'Før', 'Mens', 'Hvordan', 'Korleis', 'Hva', 'Kva', 'Hvem', 'Kven',
    'Since', 'Because',
  ].map((w) => w.toLowerCase()),
);

/** Generic subjects: "Barnehagen er behandlingsansvarlig" names no one. */
export const GENERIC_SUBJECTS = new Set([
  'virksomheten', 'verksemda', 'selskapet', 'firmaet', 'bedriften', 'bedrifta', 'foretaket', 'foreningen', 'foreininga',
  'laget', 'klubben', 'skolen', 'skulen', 'barnehagen', 'barnehagane', 'barnehagene', 'kommunen', 'kommunene', 'kommunane',
  'organisasjonen', 'styret', 'administrasjonen', 'ledelsen', 'leiinga', 'nettstedet', 'nettstaden', 'nettsiden', 'nettsida',
  'tjenesten', 'tenesta', 'appen', 'butikken', 'nettbutikken', 'eieren', 'eigaren', 'eier', 'eigar', 'arbeidsgiver',
  'arbeidsgjevar', 'arbeidsgiveren', 'arbeidsgjevaren', 'skoleeier', 'skuleeigar', 'kunden', 'leverandøren', 'institusjonen',
  'sykehuset', 'sjukehuset', 'klinikken', 'kontoret', 'senteret', 'stiftelsen', 'menigheten', 'korpset', 'koret', 'fylket',
  'fylkeskommunen', 'staten', 'company', 'association', 'school', 'organisation', 'organization', 'owner', 'controller',
]);

/** Country words that open many Norwegian organisations' names ("Norges Kubeforbund", "Norsk Folkehjelp"). */
const COUNTRY_WORDS = new Set(['norsk', 'norge', 'norway']);

const THIRD_PARTY_LOWER = new Set(THIRD_PARTY_NAMES.map((name) => name.toLowerCase()));
/** Third parties whose name may open a longer one ("Google Ireland Limited"); a country word may not. */
const THIRD_PARTY_HEADS = new Set([...THIRD_PARTY_LOWER].filter((name) => !COUNTRY_WORDS.has(name)));
/** Words in the longest head: a name's head is looked for only among its first words. */
const MOST_HEAD_WORDS = Math.max(...[...THIRD_PARTY_HEADS].map((name) => name.split(' ').length));

/** The name itself or its genitive ("Googles"). */
function isNameOrGenitive(names: ReadonlySet<string>, text: string): boolean {
  return names.has(text) || (text.endsWith('s') && names.has(text.slice(0, -1)));
}

export function isThirdPartyName(name: string): boolean {
  const lower = name.toLowerCase();
  if (isNameOrGenitive(THIRD_PARTY_LOWER, lower)) return true;
  for (let space = lower.indexOf(' '), words = 1; space > 0 && words <= MOST_HEAD_WORDS; space = lower.indexOf(' ', space + 1), words++) {
    if (isNameOrGenitive(THIRD_PARTY_HEADS, lower.slice(0, space))) return true;
  }
  return false;
}

/** Domains of well-known third parties and public bodies: their addresses are fine and never the controller's. */
export const THIRD_PARTY_DOMAINS = [
  'datatilsynet.no', 'datatilsynet.dk', 'nkom.no', 'lovdata.no', 'regjeringen.no', 'stortinget.no', 'forbrukerradet.no',
  'forbrukertilsynet.no', 'altinn.no', 'brreg.no', 'norge.no', 'europa.eu', 'edpb.europa.eu', 'personvernnemnda.no',
  'google.com', 'google.no', 'googleapis.com', 'youtube.com', 'facebook.com', 'fb.com', 'meta.com', 'instagram.com',
  'whatsapp.com', 'microsoft.com', 'linkedin.com', 'apple.com', 'amazon.com', 'aws.amazon.com', 'twitter.com', 'x.com',
  'tiktok.com', 'snapchat.com', 'pinterest.com', 'vimeo.com', 'zoom.us', 'zoom.com', 'stripe.com', 'paypal.com',
  'klarna.com', 'vipps.no', 'mailchimp.com', 'brevo.com', 'sendinblue.com', 'hubspot.com', 'salesforce.com', 'hotjar.com',
  'cloudflare.com', 'github.com', 'gumroad.com', 'heroku.com', 'netlify.com', 'shopify.com', 'wix.com', 'wordpress.com',
  'wordpress.org', 'automattic.com', 'kajabi.com', 'fiken.no', 'tripletex.no', 'visma.com', 'visma.no', 'clerk.com',
  'telnyx.com', 'twilio.com', 'nettvett.no', 'allaboutcookies.org', 'aboutcookies.org', 'youronlinechoices.com',
  'youronlinechoices.eu', 'networkadvertising.org', 'gdprcontrol.no', 'posten.no', 'bring.no', 'postnord.no',
];

/** Free-mail providers: common for small associations, but not tied to the controller. */
export const FREE_MAIL_DOMAINS = [
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.no', 'outlook.com', 'outlook.no', 'live.com', 'live.no', 'msn.com',
  'yahoo.com', 'yahoo.no', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'online.no', 'protonmail.com', 'proton.me',
  'pm.me', 'aol.com', 'gmx.com', 'gmx.net', 'mail.com', 'start.no', 'frisurf.no', 'c2i.net', 'broadpark.no', 'getmail.no',
  'lyse.net', 'altibox.no', 'tele2.no', 'chello.no', 'bluewin.ch', 'yandex.com', 'tutanota.com', 'hey.com', 'fastmail.com',
];

/** Datatilsynet's own contact details (legal-facts §5): never the controller's. */
export const DATATILSYNET_CONTACT = [
  /postboks\s+458/i, /trelastgata\s+3/i, /tollbugat(?:a|e|\.)?\s*3/i, /22\s?39\s?69\s?00/, /974\s?761\s?467/,
  /0105\s+oslo/i, /0191\s+oslo/i, /0152\s+oslo/i, /carl\s+jacobsens\s+vej/i,
];

/** Words that name a contact channel that is only a form or a link. */
export const FORM_OR_LINK = words(
  'kontaktskjema*', 'kontaktskjemaet', 'kontaktsid*', 'kontaktside*', 'kontakt-sid*', 'skjema', 'skjemaet', 'webskjema*',
  'nettskjema*', 'digitale skjema*', 'denne linken', 'denne lenken', 'denne lenka', 'lenken', 'linken', 'lenka',
  'lenke', 'link', 'this link', 'the link', 'contact form', 'contact page', 'web form', 'chat', 'chatten', 'kundeportal*',
  'via nettsiden*', 'via nettsida', 'via nettstedet', 'via our website', 'through our website',
  'min side', 'mi side', 'meldingsfunksjon*', 'form', 'online form', 'our website', 'this page',
  // a link whose address was lost in conversion: "ta kontakt her", "spørsmål kan sendes inn her"
  'kontakt her', 'kontakte oss her', 'kontakt oss her', 'kontakta oss her', 'send* inn her', 'sendast inn her', 'klikk her',
  'trykk her', 'click here', 'contact us here', 'get in touch here', 'submit* here',
);

/** A page the reader is sent to for contact details: "på ombodet si eiga side", "on our website". */
export const PAGE_POINTER = words(
  'eiga side', 'eiga sida', 'eiga nettside*', 'egen side', 'egen nettside', 'egne side*', 'egne nettside*', 'eigen side',
  'eigne sider', 'på nettsiden*', 'på nettsida*', 'på nettstedet', 'på nettstaden', 'på hjemmesiden*', 'på heimesida*',
  'nettsidene våre', 'nettsidene våra', 'nettsida vår', 'nettsiden vår', 'hjemmesiden vår', 'heimesida vår', 'own website',
  'on our website', 'on the website', 'own page',
);

/**
 * An invitation to get in touch: "ta kontakt", "kome i kontakt med", "henvendelser", "contact us".
 * Narrower than CONTACT_WORDS: "kontaktinformasjon" and "kontaktopplysninger" are data, not an invitation.
 */
export const CONTACT_INVITATION = words(
  'kontakt', 'kontakte*', 'kontakter', 'kontakta', 'kontaktar', 'ta kontakt', 'i kontakt', 'henvend*', 'spørsmål*',
  'førespurnad*', 'forespørsel*', 'contact', 'contact us', 'contacting', 'reach us', 'get in touch', 'questions', 'enquir*',
  'finner du kontakt*', 'finn du kontakt*', 'kontaktinformasjon* ~ finner du', 'kontaktinformasjon* ~ finn du',
  'kontaktopplysning* ~ finner du', 'kontaktopplysning* ~ finn du',
);

/**
 * Visible text of a link to a contact page: "Kontakt oss", "kontaktskjemaet", "Contact". Not a register
 * or data word that merely begins with the word ("Kontakt- og reservasjonsregisteret", "kontaktinformasjon").
 */
export const CONTACT_LINK_TEXT =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:kontakt(?:e|a|er|ar)?(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-])|kontakt(?:skjema|sid|side|oss|info|opplysning)[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{0,10}|contact(?:[ -]?(?:us|form|page))?(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]))/iu;

/** Contact verbs and nouns: "kontakt oss", "ta kontakt", "contact us", "har du spørsmål". */
export const CONTACT_WORDS = words(
  'kontakt*', 'henvend*', 'ta kontakt', 'send oss', 'spørsmål*', 'contact*', 'reach us', 'get in touch', 'questions',
);

/** Personvernombud / personvernombod / data protection officer. */
export const DPO = words(
  'personvernombud*', 'personvernombod*', 'personvernombodet', 'personvernrådgiver som personvernombud',
  'data protection officer*', 'dpo', 'dpo-en', 'dpoen', 'data privacy officer*',
);

/** Words that announce a phone number somewhere shortly before it ("ring oss på", "Tlf.", "mobil:"). */
export const PHONE_LABEL = /(?:^|[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:tlf|telefon\w*|tel|phone|mobil\w*|mob|sentralbord\w*|ring\w*|sms|kundeservice|kundesenter|switchboard|call)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** Words a Norwegian street name ends with. */
export const STREET_SUFFIX = /(?:gate|gata|gaten|gt\.?|vei|veien|veg|vegen|vn\.?|plass|plassen|allé|alle|alleen|bakken|bakke|stien|sti|torg|torget|brygge|brygga|bryggen|kaia|kai|gård|gården|garden|tun|tunet|haugen|lia|lien|svingen|kroken|ringen|berg|berget|moen|veita|smuget|parken|senter|senteret|huset|road|street|st\.?|avenue|lane)$/iu;
