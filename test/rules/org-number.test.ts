import { describe, expect, it } from 'vitest';
import orgNumber, { isValidOrgNumber } from '../../rules/org-number.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('org-number', () => {
  it('implements the modulus-11 check on real numbers', () => {
    expect(isValidOrgNumber('974761467')).toBe(true); // Datatilsynet
    expect(isValidOrgNumber('889640782')).toBe(true); // NAV
    expect(isValidOrgNumber('929003314')).toBe(true);
    expect(isValidOrgNumber('974761468')).toBe(false);
    expect(isValidOrgNumber('12345678')).toBe(false);
  });

  it('passes a valid, labelled number in Bokmål', () => {
    const r = check(orgNumber, 'Eksempel AS, org.nr. 974 761 467, er behandlingsansvarleg.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['974 761 467']);
  });

  it('passes a Nynorsk statement with the number written without spaces and MVA', () => {
    const r = check(orgNumber, 'Verksemda har organisasjonsnummer NO 889640782 MVA og held til i Oslo.');
    expect(r.status).toBe('pass');
  });

  it('fails a number whose check digit is wrong', () => {
    const r = check(orgNumber, 'Firma AS (organisasjonsnummer: 974 761 468) er ansvarlig.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['974 761 468']);
  });

  it('warns when no number is given, and ignores phone numbers', () => {
    expect(check(orgNumber, 'Ring oss på 922 46 873 eller send e-post.').status).toBe('warn');
    expect(check(orgNumber, 'Kontakt oss på telefon 61 05 06 05.').status).toBe('warn');
  });

  it('finds the numbers in the seed statements', () => {
    expect(check(orgNumber, corpusDoc('seeds/s03-iconic.txt')).quotes).toEqual(['929 003 314']);
    expect(check(orgNumber, corpusDoc('seeds/s01-igo.txt')).status).toBe('pass');
    expect(check(orgNumber, corpusDoc('seeds/s02-ekko-ipogs.txt')).quotes).toEqual(['917884757']);
  });
});
