import { describe, expect, it } from 'vitest';
import rightRestriction from '../../rules/right-restriction.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('right-restriction', () => {
  it('passes "be om begrensning av behandlingen" in Bokmål', () => {
    const r = check(rightRestriction, 'Du har rett til å be om begrensning av behandlingen.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du har rett til å be om begrensning av behandlingen.']);
  });

  it('passes reworded forms: "begrenser bruken", "videre bruk begrenses"', () => {
    expect(check(rightRestriction, 'Du kan be om at vi begrenser bruken av dine opplysninger.').status).toBe('pass');
    expect(check(rightRestriction, 'Du har rett til å be om at videre bruk av dem begrenses.').status).toBe('pass');
  });

  it('passes "be om at den begrenses", the pronoun for the processing (Bokmål and Nynorsk)', () => {
    expect(check(rightRestriction, 'Du kan protestere mot behandlingen, eller be om at den begrenses.').status).toBe('pass');
    expect(check(rightRestriction, 'Du kan protestere mot handsaminga, eller be om at ho vert avgrensa.').status).toBe('pass');
  });

  it('passes Nynorsk avgrensing', () => {
    expect(check(rightRestriction, 'Du kan be oss om å avgrense behandlinga av opplysningane dine.').status).toBe('pass');
    expect(check(rightRestriction, 'Dine rettar\n\nDu har rett til avgrensing av behandlinga.').status).toBe('pass');
  });

  it('passes English "restrict the processing"', () => {
    expect(check(rightRestriction, 'In some situations, you can also request us to restrict the processing of information about you.').status).toBe('pass');
    expect(check(rightRestriction, 'You also have the right to have the information corrected, deleted or to limit the processing of personal data.').status).toBe('pass');
    expect(check(rightRestriction, 'You may ask that the processing be limited while we check a complaint.').status).toBe('pass');
    expect(check(rightRestriction, 'We limit access to your data to the staff who need it.').status).toBe('fail');
  });

  it('fails access control and data minimisation', () => {
    const r = check(rightRestriction, 'Vi begrenser tilgangen til opplysningene. Behandlingen er begrenset til det som er nødvendig.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual([]);
  });

  it('fails "ikke begrenset til" in a list of examples', () => {
    expect(check(rightRestriction, 'Vi ser sidevisninger, inkludert, men ikke begrenset til kilde og tid brukt.').status).toBe('fail');
  });

  it('reads the corpus statements', () => {
    const s05 = check(rightRestriction, corpusDoc('seeds/s05-ikomm.txt'));
    expect(s05.status).toBe('pass');
    expect(s05.quotes).toEqual(['Du kan be om at vi begrenser bruken av dine opplysninger.']);
    expect(check(rightRestriction, corpusDoc('seeds/s04-invoice-club.txt')).status).toBe('fail');
  });
});
