import { describe, expect, it } from 'vitest';
import terminology, { nearMiss } from '../../rules/terminology.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('terminology', () => {
  it('fails the GDPR called a forskrift in a compound or before its number (Bokmål and Nynorsk)', () => {
    const nb = check(terminology, 'Erklæringen beskriver våre plikter etter EUs generelle data beskyttelsesforskrift 2016/679 (GDPR).');
    expect(nb.status).toBe('fail');
    expect(nb.quotes).toEqual(['beskyttelsesforskrift 2016/679']);
    expect(check(terminology, 'Vi følgjer databeskyttelsesforskrifta (GDPR).').status).toBe('fail');
    expect(check(terminology, 'Vi følger personvernforordningen (EU) 2016/679 og forskrift om elektronisk kommunikasjon.').status).toBe('pass');
  });

  it('flags the misspelt "personopplysniner" in seed s01', () => {
    const r = check(terminology, corpusDoc('seeds/s01-igo.txt'));
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['personopplysniner']);
    expect(r.message.nb).toContain('personopplysninger');
  });

  it('flags "Berettiget samtykke" and "personvern ordningen" in seed s02', () => {
    const r = check(terminology, corpusDoc('seeds/s02-ekko-ipogs.txt'));
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['Berettiget samtykke', 'personvern ordningen']);
  });

  it('passes typos in words that are not legal terms (s03, s04), and says so', () => {
    const s03 = check(terminology, corpusDoc('seeds/s03-iconic.txt'));
    expect(s03.status).toBe('pass');
    expect(s03.message.nb).toContain('personvernserklæringen');
    expect(check(terminology, corpusDoc('seeds/s04-invoice-club.txt')).status).toBe('pass');
    expect(check(terminology, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md')).status).toBe('pass');
  });

  it('accepts real inflections and compounds in Bokmål and Nynorsk', () => {
    const nb = check(
      terminology,
      'Om oss\n\nPersonopplysningene behandles etter personopplysningsloven og personvernforordningens regler. Databehandlerne våre har databehandleravtaler. Behandlingsansvarlige er Eksempel AS. Samtykket kan trekkes, jf. Datatilsynets veileder.',
    );
    expect(nb.status).toBe('pass');
    const nn = check(
      terminology,
      'Om oss\n\nVi behandlar personopplysningane dine etter personopplysningslova og personvernforordninga. Behandlingsansvarleg er laget, og databehandlarane våre samtykkjer. Vi brukar informasjonskapslar.',
    );
    expect(nn.status).toBe('pass');
    expect(check(terminology, 'Om oss\n\nVi behandler personopplysnings- og kontaktdata.').status).toBe('pass');
  });

  it('finds near misses of key terms by edit distance', () => {
    expect(nearMiss('personvernforordingen')?.term.term).toBe('personvernforordningen');
    expect(nearMiss('Datatilsynt')?.term.term).toBe('Datatilsynet');
    expect(nearMiss('behandlingsanvarlig')?.term.term).toBe('behandlingsansvarlig');
    expect(nearMiss('personopplysnigner')?.term.term).toBe('personopplysninger'); // transposed letters: two edits
    expect(nearMiss('personopplysningane')).toBeUndefined();
    expect(nearMiss('databehandlet')).toBeUndefined();
    expect(nearMiss('saksbehandling')).toBeUndefined();
    const r = check(terminology, 'Om oss\n\nVi følger personvernforordingen. Klager kan sendes til Datatilsynt. Vi har samtykkte til dette.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['personvernforordingen', 'Datatilsynt', 'samtykkte']);
  });

  it('flags the GDPR called a forskrift or a directive', () => {
    const r = check(terminology, 'Lov\n\nGDPR-forskriften gjelder i Norge. Vi følger også EUs personvernforskrift.');
    expect(r.quotes).toEqual(['GDPR-forskriften', 'personvernforskrift']);
    expect(check(terminology, 'Law\n\nWe comply with the GDPR directive.').status).toBe('fail');
  });

  it('flags "berettiga samtykke" in Nynorsk', () => {
    expect(check(terminology, 'Grunnlag\n\nGrunnlaget er berettiga samtykke.').quotes).toEqual(['berettiga samtykke']);
  });

  it('flags the controller calling itself "databehandler", but not a real processor', () => {
    const r = check(terminology, 'Om oss\n\nFirma AS er databehandler for dine personopplysninger. Kontakt oss på post@firma.no.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['databehandler']);
    expect(check(terminology, 'Om oss\n\nFirma AS er databehandler for personopplysninger som behandles på vegne av kundene våre.').status).toBe('pass');
    expect(check(terminology, 'Om oss\n\nFirma AS er behandlingsansvarlig. Vi er databehandler for kundene våre.').status).toBe('pass');
  });

  it('accepts "personalopplysninger" (personnel data) and the Nynorsk "opplysing" forms', () => {
    expect(check(terminology, 'Ansatte\n\nVi behandler personalopplysninger om ansatte for å betale ut lønn.').status).toBe('pass');
    const nn = check(
      terminology,
      'Om oss\n\nVi handsamar personopplysingar om medlemmene. Personopplysingane vert lagra etter personopplysingslova, og kvar personopplysing blir sletta når ho ikkje trengst.',
    );
    expect(nn.status).toBe('pass');
    expect(nearMiss('personalopplysningene')).toBeUndefined();
    expect(nearMiss('personopplysingar')).toBeUndefined();
  });

  it('still flags the Bokmål ending on the Nynorsk stem ("personopplysinger")', () => {
    const r = check(terminology, 'Om oss\n\nFirma AS er behandlingsansvarlig for personopplysinger som behandles her.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['personopplysinger']);
  });

  it('flags a misspelt "interesseavveining", but none of its valid forms', () => {
    const r = check(terminology, 'Grunnlag\n\nBehandlingen bygger på en interesseavveing mellom klubbens og medlemmenes interesser.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['interesseavveing']);
    expect(r.message.nb).toContain('interesseavveining');
    expect(nearMiss('interesseavvening')?.term.term).toBe('interesseavveining');
    for (const valid of ['interesseavveiingen', 'interesseavveining', 'interesseavveginga', 'interesseavvegingar']) expect(nearMiss(valid)).toBeUndefined();
    expect(check(terminology, 'Grunnlag\n\nVi har gjort ei interesseavveging, og interesseavveginga er dokumentert.').status).toBe('pass');
  });

  it('flags "personvernopplysninger" (privacy and personal data run together)', () => {
    const r = check(terminology, 'Vi er forpliktet til å behandle personvernopplysninger om kunder på en forsvarlig måte.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['personvernopplysninger']);
    expect(r.message.nb).toContain('personopplysninger');
    expect(check(terminology, 'Om oss\n\nHer finn du personverninformasjon om korleis vi tek vare på personvernet ditt.').status).toBe('pass');
  });

  it('flags the one responsible labelled "ansvarlig databehandler", but not a real processor or "ansvarlig for databehandlingen"', () => {
    const r = check(terminology, 'Ansvarlig databehandler\n\nDaglig leder i Treningssenteret AS er ansvarlig for behandlingen av personopplysninger.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['Ansvarlig databehandler']);
    expect(check(terminology, 'Ansvarleg databehandlar\n\nStyreleiaren i laget har ansvaret for opplysningane.').quotes).toEqual(['Ansvarleg databehandlar']);
    expect(check(terminology, 'Om oss\n\nFirma AS er ansvarlig databehandler på vegne av kundene våre.').status).toBe('pass');
    expect(check(terminology, 'Om oss\n\nDaglig leder er ansvarlig for databehandlingen i Firma AS.').status).toBe('pass');
  });

  it('does not hold Danish spellings in a Danish text to Norwegian spelling', () => {
    const danish =
      'Privatlivspolitik\n\nVi behandler dine personoplysninger i overensstemmelse med reglerne. Den dataansvarlige for behandlingen af dine oplysninger er Eksempel ApS. Vi indsamler oplysninger om dig, når du besøger vores hjemmeside, og du har ret til indsigt og sletning.';
    expect(check(terminology, danish).status).toBe('pass');
    expect(check(terminology, 'Om oss\n\nVi behandler personoplysninger om kundene våre.').quotes).toEqual(['personoplysninger']);
  });
});
