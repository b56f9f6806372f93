import { describe, expect, it } from 'vitest';
import dpoContact from '../../rules/dpo-contact.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('dpo-contact', () => {
  it('takes the address right after the officer in its sentence, though the sentence before was about Datatilsynet (Nynorsk, Bokmål)', () => {
    const nn = check(dpoContact, 'Personvernombod\n\nMe har eit eige personvernombod. Ordninga er initiert av Datatilsynet. Du kan kontakte personvernombodet vårt på e-postadressa personvern@laget.no.');
    expect(nn.status).toBe('pass');
    expect(nn.quotes).toContain('personvern@laget.no');
    const nb = check(dpoContact, 'Vi har personvernombud etter ordningen til Datatilsynet. Du når personvernombudet på telefon 22 33 44 55.');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toContain('22 33 44 55');
    // Datatilsynet named between the officer and the address: the address is the authority's
    const authority = check(dpoContact, 'Vi har personvernombud. Ordningen er initiert av Datatilsynet. Du kan kontakte personvernombudet eller Datatilsynet på postkasse@datatilsynet.no.');
    expect(authority.status).toBe('warn');
  });

  it('does not take an unsubscribe address, or one offered instead of the officer, as the officer\'s (Bokmål and Nynorsk)', () => {
    const nb = check(dpoContact, 'Avmelding skjer ved å sende e-post til folk+unsubscribe@firma.no eller ved henvendelse hos personvernombudet.');
    expect(nb.status).toBe('warn');
    expect(check(dpoContact, 'Du kan melde deg av ved å sende e-post til post@laget.no eller ved å kontakte personvernombodet.').status).toBe('warn');
    expect(check(dpoContact, 'Personvernombodet kan kontaktast på personvernombod@laget.no eller på telefon 22 22 22 22.').status).toBe('pass');
    expect(check(dpoContact, 'Du kan kontakte personvernombudet vårt på dpo@firma.no.').status).toBe('pass');
  });

  it('passes a personvernombud with an e-mail in the next sentence (Bokmål)', () => {
    const r = check(dpoContact, 'Personvernombud\n\nVårt personvernombud er Kari Nordmann. Hun kan nås på personvernombud@fjellbakst.no.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Personvernombud', 'personvernombud@fjellbakst.no']);
  });

  it('passes a personvernombod with a phone number (Nynorsk, inflected form)', () => {
    const r = check(dpoContact, 'Kommunen har personvernombod. Du kan kontakte personvernombodet på telefon 55 12 34 56.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toContain('55 12 34 56');
  });

  it('passes an English data protection officer and the label form', () => {
    expect(check(dpoContact, 'Our Data Protection Officer (DPO) can be reached at dpo@nordicwidgets.com.').quotes).toEqual([
      'Data Protection Officer',
      'dpo@nordicwidgets.com',
    ]);
    expect(check(dpoContact, 'Personvernombud: Ola Hansen, tlf. 912 34 567').quotes).toEqual(['Personvernombud', '912 34 567']);
  });

  it('warns when the DPO is mentioned without a contact channel', () => {
    const nb = check(dpoContact, 'Vi har et personvernombud som du kan kontakte ved spørsmål.');
    expect(nb.status).toBe('warn');
    expect(nb.quotes).toEqual(['personvernombud']);
    expect(check(dpoContact, 'We have appointed a data protection officer.').status).toBe('warn');
  });

  it('is not applicable when the statement says there is no DPO', () => {
    const nb = check(dpoContact, 'Vi har ikke personvernombud.');
    expect(nb.status).toBe('na');
    expect(nb.message.nb).toContain('ikke er oppnevnt personvernombud');
    expect(check(dpoContact, 'Me har ikkje oppnemnt personvernombod, då vi ikkje er pliktige til det.').status).toBe('na');
    expect(check(dpoContact, 'We do not have a data protection officer.').status).toBe('na');
    expect(check(dpoContact, 'Personvernombud\n\nVi har ikke personvernombud. Kontakt oss på post@fjellbakst.no.').status).toBe('na');
  });

  it('counts an appointment after a negated duty ("ikke pålagt …, men har utnevnt")', () => {
    const r = check(dpoContact, 'Vi er ikke pålagt å ha personvernombud, men har likevel utnevnt et. Kontakt: dpo@fjellbakst.no.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toContain('dpo@fjellbakst.no');
  });

  it('ignores DPO talk about Datatilsynet and general duties', () => {
    expect(check(dpoContact, 'Du kan lese mer om personvernombud på nettsidene til Datatilsynet.').status).toBe('na');
    expect(check(dpoContact, 'Offentlige virksomheter må ha personvernombud. Vi lagrer data i tre år.').status).toBe('na');
    expect(check(dpoContact, 'Vi lagrer e-postadressen din i tre år.').status).toBe('na');
  });

  it('does not take Datatilsynet’s address as the DPO’s', () => {
    const r = check(dpoContact, 'Klage\n\nDu kan klage til Datatilsynet, Postboks 458 Sentrum, 0105 Oslo. Personvernombudet vårt hjelper deg gjerne.');
    expect(r.status).toBe('warn');
  });

  it('judges the annotated statements', () => {
    const ikomm = check(dpoContact, corpusDoc('seeds/s05-ikomm.txt'));
    expect(ikomm.status).toBe('pass');
    expect(ikomm.quotes).toContain('Fakkelgården, 2624 Lillehammer');
    expect(check(dpoContact, corpusDoc('dev/dv01-sitatvegg-hyperion.md')).quotes).toContain('n4f@n4f.no');
    const template = check(dpoContact, corpusDoc('dev/dv04-chiroclick-template.md'));
    expect(template.status).toBe('warn');
    expect(template.quotes).toContain('Personvernombud');
    expect(check(dpoContact, corpusDoc('seeds/s02-ekko-ipogs.txt')).status).toBe('na');
  });
});
