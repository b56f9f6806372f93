import { describe, expect, it } from 'vitest';
import rightObjection from '../../rules/right-objection.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('right-objection', () => {
  it('passes "motsette deg" in Bokmål', () => {
    const r = check(rightObjection, 'Du kan motsette deg vår bruk av dine opplysninger.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Du kan motsette deg vår bruk av dine opplysninger.']);
  });

  it('passes Nynorsk "motsetje seg", "motsegn" and "protestere"', () => {
    expect(check(rightObjection, 'Dersom du ønskjer å motsetje deg behandlinga, ta kontakt.').status).toBe('pass');
    expect(check(rightObjection, 'Du kan kome med motsegn mot behandlinga.').status).toBe('pass');
    expect(check(rightObjection, 'Du kan protestere mot at vi brukar opplysningane til marknadsføring.').status).toBe('pass');
  });

  it('passes English "right to object"', () => {
    expect(check(rightObjection, 'Where we rely on legitimate interests, you have the right to object to the processing.').status).toBe('pass');
  });

  it('fails an opt-out of marketing and a complaint', () => {
    expect(check(rightObjection, 'Du kan reservere deg mot direkte markedsføring.').status).toBe('fail');
    expect(check(rightObjection, 'Om du har innsigelser med hensyn til vår behandling, kan du klage til Datatilsynet.').status).toBe('fail');
  });

  it('fails a negated objection', () => {
    expect(check(rightObjection, 'Du kan ikke protestere mot behandling som er pålagt ved lov.').status).toBe('fail');
  });

  it('reads the corpus statements', () => {
    const s03 = check(rightObjection, corpusDoc('seeds/s03-iconic.txt'));
    expect(s03.status).toBe('pass');
    expect(s03.message.nb).toContain('har du rett til å motsette deg at vi behandler opplysningene dine');
    expect(check(rightObjection, corpusDoc('seeds/s01-igo.txt')).status).toBe('fail');
    expect(check(rightObjection, corpusDoc('dev/dv01-sitatvegg-hyperion.md')).status).toBe('fail');
  });
});
