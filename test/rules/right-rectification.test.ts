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

  it('passes the right carried on after a comma to a second "til" (Nynorsk, Bokmål, English), but not the controller\'s own right', () => {
    expect(check(rightRectification, 'Du har rett til innsyn i det som måtte finnast om deg, og til å få det retta eller sletta.').status).toBe('pass');
    expect(check(rightRectification, 'Du har rett til å se opplysningene, og til å få dem rettet og slettet.').status).toBe('pass');
    expect(check(rightRectification, 'You have the right to see your data, and to have it corrected or erased.').status).toBe('pass');
    expect(check(rightRectification, 'Vi har rett til å lagre opplysningene, og til å rette og slette dem når vi vil.').status).toBe('fail');
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

describe('right-rectification: negation in a relative clause, self-service', () => {
  it('passes when "ikke" belongs to a relative clause without "som" (Bokmål and Nynorsk)', () => {
    const nb = check(rightRectification, 'Du kan be om at opplysninger vi ikke har adgang til å behandle blir rettet eller slettet.');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toEqual(['Du kan be om at opplysninger vi ikke har adgang til å behandle blir rettet eller slettet.']);
    expect(check(rightRectification, 'Du kan be om at opplysningar vi ikkje har lov til å behandle blir retta.').status).toBe('pass');
    expect(
      check(rightRectification, 'Vedkommande har rett til å be om at uriktige eller ufullstendige opplysningar som vi ikkje har høve til å behandle, vert retta.').status,
    ).toBe('pass');
  });

  it('still fails rectification that is itself negated', () => {
    expect(check(rightRectification, 'Opplysningene blir ikke rettet.').status).toBe('fail');
    expect(check(rightRectification, 'Det er ikke mulig å få rettet opplysningene.').status).toBe('fail');
    expect(check(rightRectification, 'Opplysningar som er feil, vert ikkje retta automatisk.').status).toBe('fail');
    expect(check(rightRectification, 'Du kan ikke kreve at opplysninger som allerede er arkivert blir rettet.').status).toBe('fail');
  });

  it('passes members who log in and update their own data (Bokmål and Nynorsk)', () => {
    expect(check(rightRectification, 'Medlemmer kan selv logge inn og oppdatere sine opplysninger.').status).toBe('pass');
    expect(check(rightRectification, 'Medlemmer kan selv logge inn og endre opplysningene sine.').status).toBe('pass');
    expect(check(rightRectification, 'Medlemane kan sjølv logge inn og endre opplysningane sine.').status).toBe('pass');
  });

  it('fails when the controller acts after a login, and keeps "rette sine spørsmål" and "rettet mot" out', () => {
    expect(check(rightRectification, 'Når du har logget inn, vil vi oppdatere opplysningene dine.').status).toBe('fail');
    expect(check(rightRectification, 'Hvis du ikke har logget inn på to år, oppdaterer vi profilen din.').status).toBe('fail');
    expect(check(rightRectification, 'Du kan rette sine spørsmål til daglig leder.').status).toBe('fail');
    expect(check(rightRectification, 'Tiltaket er rettet mot deg som medlem.').status).toBe('fail');
  });
});
