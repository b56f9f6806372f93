import { describe, expect, it } from 'vitest';
import rightPortability from '../../rules/right-portability.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('right-portability', () => {
  it('passes "dataportabilitet" in Bokmål', () => {
    const r = check(rightPortability, 'Du har rett til såkalt dataportabilitet.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du har rett til såkalt dataportabilitet.']);
  });

  it('passes Nynorsk machine-readable format and transfer to another controller', () => {
    const r = check(rightPortability, 'Du kan òg få utlevert opplysningane i eit maskinlesbart format.');
    expect(r.status).toBe('pass');
    expect(check(rightPortability, 'Du har rett til å få flytta opplysningane dine til ei anna teneste.').status).toBe('pass');
    expect(check(rightPortability, 'Du kan be om å få overført opplysningane til ein annan behandlingsansvarleg.').status).toBe('pass');
  });

  it('passes English machine-readable format', () => {
    expect(check(rightPortability, 'You have the right to receive your personal information in a structured, commonly used, and machine-readable format.').status).toBe('pass');
  });

  it('passes "få dataene dine utlevert" and a self-service export, in Bokmål and Nynorsk', () => {
    const r = check(rightPortability, 'Du har rett til innsyn, retting, sletting og til å få dataene dine utlevert.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du har rett til innsyn, retting, sletting og til å få dataene dine utlevert.']);
    expect(check(rightPortability, 'Du har rett til å få opplysningane dine utleverte. Eksport av dataa gjer du sjølv i appen.').status).toBe('pass');
    expect(check(rightPortability, 'I profilen kan du eksportere dataene dine.').status).toBe('pass');
  });

  it('fails a transfer to a supplier and a copy that is access, not portability', () => {
    expect(check(rightPortability, 'Du har rett til å få utlevert en kopi av opplysningene vi har om deg.').status).toBe('fail');
    expect(check(rightPortability, 'Vi overfører opplysningene til en annen leverandør ved behov.').status).toBe('fail');
    expect(check(rightPortability, 'Du har rett til å be om en kopi av informasjonen vi har om deg.').status).toBe('fail');
  });

  it('reads the corpus statements', () => {
    const s01 = check(rightPortability, corpusDoc('seeds/s01-igo.txt'));
    expect(s01.status).toBe('pass');
    expect(s01.quotes).toContain('10. Kundens rettigheter ad innsyn, sletting og eventuelt flytting');
    expect(check(rightPortability, corpusDoc('seeds/s03-iconic.txt')).status).toBe('fail');
  });
});
