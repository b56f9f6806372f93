import { describe, expect, it } from 'vitest';
import complaintAuthority from '../../rules/complaint-authority.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('complaint-authority', () => {
  it('passes "klage til Datatilsynet" in Bokmål, also after a negated condition', () => {
    const r = check(complaintAuthority, 'Hvis du ikke er fornøyd med svaret vårt kan du klage til Datatilsynet.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Hvis du ikke er fornøyd med svaret vårt kan du klage til Datatilsynet.']);
  });

  it('passes Nynorsk and a route given in the next sentence', () => {
    expect(check(complaintAuthority, 'Du kan klage til Datatilsynet om du meiner vi bryt regelverket.').status).toBe('pass');
    const r = check(complaintAuthority, 'Du kan òg klage på behandlinga vår av personopplysningar. Dette gjer du til Datatilsynet.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du kan òg klage på behandlinga vår av personopplysningar.', 'Dette gjer du til Datatilsynet.']);
  });

  it('passes English naming the Norwegian authority, and a link to datatilsynet.no', () => {
    expect(check(complaintAuthority, 'You have the right to complain to the Norwegian Data Protection Authority (Datatilsynet).').status).toBe('pass');
    expect(
      check(complaintAuthority, 'You have the right to appeal to the relevant supervisory authority, which in Norway is the Data Inspectorate (www.datatilsynet.no).').status,
    ).toBe('pass');
    expect(check(complaintAuthority, 'You have the right to appeal to the supervisory authority.').status).toBe('warn');
    const html = '<p>Du kan klage til <a href="https://www.datatilsynet.no">tilsynsmyndigheten</a>.</p>';
    expect(check(complaintAuthority, html, { format: 'html' }).status).toBe('pass');
  });

  it('passes Datatilsynet as the route without the word "klage"', () => {
    const r = check(complaintAuthority, 'Mener du at vi bryter regelverket, kan du kontakte Datatilsynet.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Mener du at vi bryter regelverket, kan du kontakte Datatilsynet.']);
  });

  it('warns when the authority is not named', () => {
    const r = check(complaintAuthority, 'Du har rett til å klage til tilsynsmyndigheten.');
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual(['Du har rett til å klage til tilsynsmyndigheten.']);
    expect(check(complaintAuthority, 'If you are not satisfied, you may lodge a complaint with the supervisory authority.').status).toBe('warn');
  });

  it('warns when the Danish Datatilsynet is given', () => {
    const r = check(complaintAuthority, 'Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby.');
    expect(r.status).toBe('warn');
    expect(r.message.en).toContain('Danish');
  });

  it('fails Datatilsynet in another role and a customer complaint', () => {
    const r = check(complaintAuthority, 'Vi melder avvik til Datatilsynet innen 72 timer. Har du en klage på produktet, kontakt kundeservice.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual([]);
  });

  it('reads the corpus statements', () => {
    const s04 = check(complaintAuthority, corpusDoc('seeds/s04-invoice-club.txt'));
    expect(s04.status).toBe('pass');
    expect(s04.message.nb).toContain('å klage til Datatilsynet direkte');
    const s01 = check(complaintAuthority, corpusDoc('seeds/s01-igo.txt'));
    expect(s01.status).toBe('pass');
    expect(s01.message.nb).toContain('har du rett til å klage til Datatilsynet');
    expect(check(complaintAuthority, corpusDoc('seeds/s02-ekko-ipogs.txt')).status).toBe('fail');
  });
});
