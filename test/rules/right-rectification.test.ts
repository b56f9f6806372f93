import { describe, expect, it } from 'vitest';
import rightRectification from '../../rules/right-rectification.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('right-rectification', () => {
  it('passes "kreve at opplysningene korrigeres" in Bokmål', () => {
    const r = check(rightRectification, 'Dersom opplysningene ikke er riktige, kan du kreve at opplysningene korrigeres.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Dersom opplysningene ikke er riktige, kan du kreve at opplysningene korrigeres.']);
  });

  it('passes Nynorsk "krevje at vi rettar" and "rett til å få retta"', () => {
    expect(check(rightRectification, 'Du kan krevje at vi rettar feil i opplysningane.').status).toBe('pass');
    expect(check(rightRectification, 'Du har rett til å få retta uriktige opplysningar.').status).toBe('pass');
  });

  it('passes a negator inside a relative clause ("opplysninger som ikke er riktige")', () => {
    expect(check(rightRectification, 'Du kan kreve at opplysninger som ikke er riktige blir rettet.').status).toBe('pass');
  });

  it('passes English "request us to correct"', () => {
    const r = check(rightRectification, 'You have the right to request us to correct or supplement information that is inaccurate.');
    expect(r.status).toBe('pass');
  });

  it('fails the controller correcting its own systems', () => {
    const r = check(rightRectification, 'Vi retter feil i systemet fortløpende. We correct errors in our systems.');
    expect(r.status).toBe('fail');
    expect(r.message.en).toContain("the organisation's own practice");
  });

  it('fails "rettet mot" and browser settings', () => {
    expect(check(rightRectification, 'Markedsføringen er rettet mot deg som kunde, og du har rettigheter etter loven.').status).toBe('fail');
    expect(check(rightRectification, 'Du kan endre nettleserens innstillinger.').status).toBe('fail');
  });

  it('reads the corpus statements', () => {
    const s02 = check(rightRectification, corpusDoc('seeds/s02-ekko-ipogs.txt'));
    expect(s02.status).toBe('pass');
    expect(s02.message.nb).toContain('kan du kreve disse rettet');
    expect(check(rightRectification, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md')).status).toBe('fail');
  });
});
