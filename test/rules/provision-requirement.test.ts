import { describe, expect, it } from 'vitest';
import provisionRequirement from '../../rules/provision-requirement.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('provision-requirement', () => {
  describe('pass: required, voluntary, or the consequence stated', () => {
    it('accepts "Det er frivillig å oppgi personopplysninger"', () => {
      const r = check(provisionRequirement, 'Det er frivillig å oppgi personopplysninger til oss.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Det er frivillig å oppgi personopplysninger til oss.']);
    });

    it('accepts "du er ikke forpliktet til å gi oss" and the Nynorsk "er ikkje pålagt"', () => {
      expect(check(provisionRequirement, 'Du er ikke forpliktet til å gi oss opplysningene, men uten dem kan vi ikke levere varene.').status).toBe('pass');
      const r = check(provisionRequirement, 'Du er ikkje pålagt å gje oss opplysningar.');
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('ikke har plikt');
    });

    it('accepts what happens if the data is not given (Nynorsk and Bokmål)', () => {
      const r = check(provisionRequirement, 'Dersom du ikkje gjev oss opplysningane, kan vi ikkje behandle søknaden din.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Dersom du ikkje gjev oss opplysningane, kan vi ikkje behandle søknaden din.']);
      expect(check(provisionRequirement, 'Uten disse opplysningene kan vi ikke gjennomføre kjøpet.').status).toBe('pass');
    });

    it('accepts English', () => {
      const r = check(provisionRequirement, 'You are not obliged to provide personal data, but if you do not provide it we cannot process your order.');
      expect(r.status).toBe('pass');
    });

    it('accepts data that is necessary to enter into the contract, and mandatory fields', () => {
      expect(check(provisionRequirement, 'Opplysningene er nødvendige for å inngå avtalen med deg.').status).toBe('pass');
      expect(check(provisionRequirement, 'Opplysningane er naudsynte for at vi skal kunne sende deg varene.').status).toBe('pass');
      const r = check(provisionRequirement, 'Felt merket med stjerne er obligatoriske. Du må oppgi e-postadresse for å opprette en konto.');
      expect(r.quotes).toEqual(['Felt merket med stjerne er obligatoriske.', 'Du må oppgi e-postadresse for å opprette en konto.']);
    });
  });

  describe('fail: not addressed', () => {
    it('does not take data minimisation as a requirement statement', () => {
      const r = check(provisionRequirement, 'Vi samler bare inn de opplysningene som er nødvendige for å levere tjenesten.');
      expect(r.status).toBe('fail');
      expect(r.message.nb).toContain('dataminimering');
    });

    it('does not take the contract basis ("behandlingen er nødvendig for å oppfylle avtalen") as a requirement statement', () => {
      expect(check(provisionRequirement, 'Behandlingen er nødvendig for å oppfylle avtalen med deg, jf. personvernforordningen artikkel 6 nr. 1 bokstav b.').status).toBe('fail');
      expect(check(provisionRequirement, 'Behandlingen er nødvendig for å inngå og oppfylle avtalen med deg.').status).toBe('fail');
    });

    it('does not take "frivillig samtykke" or a newsletter opt-out as an answer', () => {
      expect(check(provisionRequirement, 'Vi behandler opplysningene på grunnlag av et frivillig samtykke.').status).toBe('fail');
      expect(check(provisionRequirement, 'Om du ikke ønsker å motta nyhetsbrev, kan du melde deg av.').status).toBe('fail');
    });

    it('does not take a question heading as an answer', () => {
      expect(check(provisionRequirement, 'Hvilke opplysninger trenger vi?').status).toBe('fail');
    });
  });

  describe('corpus', () => {
    it('passes seed s03 on "Det er frivillig for deg å oppgi personopplysninger"', () => {
      const r = check(provisionRequirement, corpusDoc('seeds/s03-iconic.txt'));
      expect(r.status).toBe('pass');
      expect(r.quotes[0]).toMatch(/^Det er frivillig for deg å oppgi personopplysninger, men dersom iqonic ikke får de nødvendige opplysningene/);
    });

    it('passes d09 on the consequence of refusing consent', () => {
      const r = check(provisionRequirement, corpusDoc('dev/d09-varmeguiden.html'));
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Hvis du ikke samtykker, lastes ikke Google Analytics, og ingen statistikk-informasjonskapsler settes.']);
    });

    it('fails seed s04, which only has data minimisation and the contract basis', () => {
      const r = check(provisionRequirement, corpusDoc('seeds/s04-invoice-club.txt'));
      expect(r.status).toBe('fail');
      expect(r.quotes).toEqual([]);
    });

    it('fails dv04, whose "Dataminimering (samler kun nødvendige opplysninger)" and "Frivillig oppbevaring" do not count', () => {
      expect(check(provisionRequirement, corpusDoc('dev/dv04-chiroclick-template.md')).status).toBe('fail');
    });
  });
});
