/**
 * Key legal terms of Norwegian privacy statements with their valid inflections
 * (Bokmål and Nynorsk), for finding misspellings by edit distance, and patterns
 * for terms that are misused rather than misspelled.
 */
import { words } from '../../src/nlp/patterns.js';

export type TermTier =
  /** A legal term: a misspelling is a defect. */
  | 'legal'
  /** Ordinary document vocabulary (the statement's own name, cookies): a slip is noted, not failed. */
  | 'document';

export interface KeyTerm {
  /** The dictionary form shown in messages. */
  term: string;
  tier: TermTier;
  /** Valid inflections and spellings, lower case. */
  forms: string[];
}

export const KEY_TERMS: KeyTerm[] = [
  {
    term: 'personvernforordningen',
    tier: 'legal',
    forms: [
      'personvernforordning', 'personvernforordningen', 'personvernforordningens', 'personvernforordninga', 'personvernforordningas',
      'personvernforordningene', 'personvernforordninger', 'personvernforordningar', 'personvernforordningane',
    ],
  },
  {
    term: 'personopplysningsloven',
    tier: 'legal',
    forms: [
      'personopplysningslov', 'personopplysningsloven', 'personopplysningslovens', 'personopplysningslova', 'personopplysningslovas',
      'personopplysningslover', 'personopplysningslovene', 'personopplysningslovar', 'personopplysningslovane',
      // Nynorsk also writes "opplysing"
      'personopplysingslov', 'personopplysingslova', 'personopplysingslovas',
    ],
  },
  {
    term: 'personopplysninger',
    tier: 'legal',
    forms: [
      'personopplysning', 'personopplysningen', 'personopplysningens', 'personopplysninga', 'personopplysningas',
      'personopplysninger', 'personopplysningene', 'personopplysningenes', 'personopplysningers',
      'personopplysningar', 'personopplysningane', 'personopplysningars', 'personopplysningsbehandling',
      // Nynorsk "opplysing" forms; the Bokmål-looking "personopplysinger" is not among them
      'personopplysing', 'personopplysinga', 'personopplysingas', 'personopplysingar', 'personopplysingane', 'personopplysingars',
    ],
  },
  {
    term: 'Datatilsynet',
    tier: 'legal',
    forms: ['datatilsyn', 'datatilsynet', 'datatilsynets', 'datatilsyna', 'datatilsynene', 'datatilsynenes'],
  },
  {
    term: 'behandlingsansvarlig',
    tier: 'legal',
    forms: [
      'behandlingsansvarlig', 'behandlingsansvarlige', 'behandlingsansvarliges', 'behandlingsansvarleg', 'behandlingsansvarlege',
      'behandlingsansvarleges', 'behandlingsansvar', 'behandlingsansvaret', 'behandlingsansvarets', 'behandlingsansvara',
    ],
  },
  {
    term: 'databehandler',
    tier: 'legal',
    forms: [
      'databehandler', 'databehandleren', 'databehandlerens', 'databehandlere', 'databehandlerne', 'databehandleres', 'databehandlernes',
      'databehandlar', 'databehandlaren', 'databehandlarens', 'databehandlarar', 'databehandlarane', 'databehandlaranes',
      'databehandling', 'databehandlingen', 'databehandlinga', 'databehandlinger', 'databehandlingene', 'databehandlingar', 'databehandlingane',
      'databehandle', 'databehandles', 'databehandlet', 'databehandla', 'databehandlast', 'databehandlede',
    ],
  },
  {
    term: 'samtykke',
    tier: 'legal',
    forms: [
      'samtykke', 'samtykket', 'samtykkets', 'samtykker', 'samtykkene', 'samtykkenes', 'samtykkes', 'samtykka', 'samtykkas',
      'samtykkje', 'samtykkjet', 'samtykkja', 'samtykkjer', 'samtykkjene', 'samtykkjast', 'samtykkjande', 'samtykkende',
      'samtykt', 'samtykte', 'samtykkjes',
    ],
  },
  {
    term: 'interesseavveining',
    tier: 'legal',
    forms: ['interesseavveiing', 'interesseavveining', 'interesseavveging', 'interesseavvegning'].flatMap((stem) =>
      ['', 'en', 'ens', 'a', 'as', 'er', 'ene', 'ar', 'ane', 's'].map((ending) => stem + ending),
    ),
  },
  {
    term: 'personvernerklæring',
    tier: 'document',
    forms: [
      'personvernerklæring', 'personvernerklæringen', 'personvernerklæringens', 'personvernerklæringa', 'personvernerklæringas',
      'personvernerklæringer', 'personvernerklæringene', 'personvernerklæringar', 'personvernerklæringane',
    ],
  },
  {
    term: 'informasjonskapsler',
    tier: 'document',
    forms: [
      'informasjonskapsel', 'informasjonskapselen', 'informasjonskapsels', 'informasjonskapsla', 'informasjonskapsler', 'informasjonskapslene',
      'informasjonskapslenes', 'informasjonskapslers', 'informasjonskapslar', 'informasjonskapslane', 'informasjonskapslen',
    ],
  },
];

/**
 * Real words within edit distance of a key term that are not its inflections: other
 * terms, participles and compounds seen in statements.
 */
export const OTHER_VALID_WORDS = new Set([
  'personopplysningsforskrift', 'personopplysningsforskriften', 'personopplysningsforskrifta',
  'personvernombud', 'personvernombudet', 'personvernombod', 'personvernombodet',
  'behandlingsansvarlegs', 'behandlingsgrunnlag', 'behandlingsgrunnlaget',
  'databehandleravtale', 'databehandleravtalen', 'databehandleravtaler', 'databehandlaravtale', 'databehandlaravtalen',
  'datatilsynsmyndighet', 'datatilsynsmyndigheten', 'tilsynsmyndighet', 'tilsynsmyndigheten',
  'arbeidstilsynet', 'helsetilsynet', 'finanstilsynet', 'mattilsynet', 'medietilsynet', 'forbrukertilsynet', 'lotteritilsynet',
  'samtykkeerklæring', 'samtykkeerklæringen', 'samtykkebasert', 'samtykkebaserte', 'samtykkeløsning', 'samtykkebanneret',
  'personopplysningsbehandling', 'personopplysningsbehandlingen',
  // personnel data: a real word, not a misspelling of personopplysninger
  'personalopplysning', 'personalopplysningen', 'personalopplysninga', 'personalopplysninger', 'personalopplysningene',
  'personalopplysningar', 'personalopplysningane', 'personalopplysing', 'personalopplysingar', 'personalopplysingane',
]);

export interface Misuse {
  pattern: RegExp;
  nb: string;
  en: string;
}

/** Terms that mix up legal concepts or give a legal instrument the wrong name. */
export const MISUSES: Misuse[] = [
  {
    pattern: words('berettig* samtykk*', 'berettiga samtykk*', 'berettigede samtykk*', 'berettigete samtykk*'),
    nb: 'samtykke og berettiget interesse blandet sammen (art. 6 nr. 1 a og f er ulike grunnlag)',
    en: 'consent and legitimate interest mixed up (Art. 6(1)(a) and (f) are different bases)',
  },
  {
    pattern: words('personvern ordning*', 'personvernordning*', 'personvern-ordning*', 'personvern forordning*', 'personverns ordning*'),
    nb: 'feil skrevet navn på personvernforordningen',
    en: 'misspelt name of the GDPR (personvernforordningen)',
  },
  {
    pattern: words(
      'personvernforskrift*', 'personvernsforskrift*', 'gdpr-forskrift*', 'gdpr forskrift*', 'eu-forskrift*',
      'forskrift* (eu) 2016/679', 'forskrift* 2016/679', 'forskrift* (gdpr)', 'forskrift* (eu) nr. 2016/679',
      // "EUs generelle data beskyttelsesforskrift 2016/679", "databeskyttelsesforskriften (GDPR)"
      '*forskrift* 2016/679', '*forskrift* (gdpr)', '*beskyttelsesforskrift*', '*vernsforskrift*',
    ),
    nb: 'personvernforordningen (GDPR) kalt en forskrift; den er en EU-forordning',
    en: 'the GDPR called a "forskrift" (national regulation); it is an EU regulation (forordning)',
  },
  {
    pattern: words('personvernopplysning*', 'personvernsopplysning*', 'personvernopplysing*', 'personvern-opplysning*'),
    nb: '«personvern» og «personopplysninger» blandet sammen; begrepet er personopplysninger',
    en: '"personvern" (privacy) and "personopplysninger" (personal data) run together; the term is personopplysninger',
  },
  {
    pattern: words(
      'gdpr-direktiv*', 'gdpr direktiv*', 'gdpr directive', 'gdpr-directive', 'direktiv* (eu) 2016/679', 'direktiv* 2016/679',
      'directive (eu) 2016/679', 'personvernforordningsdirektiv*',
    ),
    nb: 'personvernforordningen (GDPR) kalt et direktiv; den er en forordning',
    en: 'the GDPR called a directive; it is a regulation',
  },
];

/** The controller's role labelled with the processor's name: "Ansvarlig databehandler", "responsible data processor". */
export const RESPONSIBLE_PROCESSOR = words(
  'ansvarlig* databehandler*', 'ansvarleg* databehandlar*', 'ansvarlig* databehandlar*', 'ansvarleg* databehandler*',
  'responsible data processor*', 'responsible processor*',
);
/** The controller named as "databehandler" (processor). */
export const PROCESSOR_WORD = words('databehandler', 'databehandleren', 'databehandlar', 'databehandlaren', 'data processor');
export const CONTROLLER_WORDS = words(
  'behandlingsansvarl*', 'behandlingsansvarleg*', 'ansvarlig for behandling*', 'ansvarleg for behandling*',
  'controller', 'data controller', 'ansvarlig for personopplysning*', 'ansvarleg for personopplysning*', 'dataansvarlig*',
);
/** Wording that shows the organisation really is a processor for someone else. */
export const ON_BEHALF = words(
  'på vegne av', 'på vegner av', 'på våre vegne', 'på vegne av våre', 'på deres vegne', 'på kundens vegne', 'for våre kunder',
  'for kundene', 'for kunden', 'kunden*', 'kundane', 'oppdragsgiver*', 'oppdragsgjevar*', 'instruks*', 'underleverandør*',
  'leverandør*', 'on behalf of', 'our customers', 'instructions',
);
