import { describe, expect, it } from 'vitest';
import dataCategories from '../../rules/data-categories.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('data-categories', () => {
  describe('pass: categories stated', () => {
    it('reads the Nynorsk lead-ins "mellom anna" and "til dømes" as Bokmål "blant annet" and "for eksempel"', () => {
      const nn = check(dataCategories, 'Personvern\n\nNår kartet blir lasta, får Google mellom anna IP-adressa di.');
      expect(nn.status).toBe('pass');
      expect(nn.quotes).toEqual(['Når kartet blir lasta, får Google mellom anna IP-adressa di.']);
      expect(check(dataCategories, 'Personvern\n\nNår kartet lastes, får Google blant annet IP-adressen din.').status).toBe('pass');
      expect(check(dataCategories, 'Personvern\n\nSkjemaet inneheld til dømes namn og e-postadresse.').status).toBe('pass');
      expect(check(dataCategories, 'Personvern\n\nVi har mellom anna kontor i Bergen og Voss.').status).toBe('fail');
    });

    it('reads a sentence "vi samler inn navn og e-postadresse"', () => {
      const r = check(dataCategories, 'Vi samler inn navn og e-postadresse når du melder deg på nyhetsbrevet.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Vi samler inn navn og e-postadresse når du melder deg på nyhetsbrevet.']);
      expect(r.message.nb).toContain('navn, e-postadresse');
    });

    it('reads Nynorsk (namn, lagrar)', () => {
      const r = check(dataCategories, 'Når du handlar, lagrar vi namn, adresse, telefonnummer og kjøpshistorikk.');
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('namn, adresse, telefonnummer, kjøpshistorikk');
    });

    it('reads a list under a data heading', () => {
      const r = check(dataCategories, 'Hvilke opplysninger vi behandler\n\n- Kontaktinformasjon\n- Betalingsopplysningar\n- IP-adresse');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Kontaktinformasjon', 'Betalingsopplysningar', 'IP-adresse']);
    });

    it('reads English', () => {
      const r = check(dataCategories, 'We collect your name, email address and IP address.');
      expect(r.status).toBe('pass');
      expect(r.message.en).toContain('name, email address, ip address');
    });
  });

  describe('fail: no categories', () => {
    it('fails when only "personopplysninger" is said', () => {
      const r = check(dataCategories, 'Vi behandler personopplysninger om deg i tråd med loven.');
      expect(r.status).toBe('fail');
      expect(r.quotes).toEqual([]);
    });

    it('does not take the controller\'s contact block or an e-mail channel as categories', () => {
      expect(check(dataCategories, 'Kontakt oss\n\nE-post: post@firma.no\nTelefon: 22 33 44 55').status).toBe('fail');
      expect(check(dataCategories, 'Send oss en e-post dersom du har spørsmål om personvern.').status).toBe('fail');
      expect(check(dataCategories, 'Du kan kontakte oss via telefon, SMS eller e-post.').status).toBe('fail');
    });

    it('does not take categories that are ruled out ("Vi samler ikke inn navn, e-postadresse …")', () => {
      expect(check(dataCategories, 'Vi samler ikke inn navn, e-postadresse eller andre opplysninger som identifiserer deg.').status).toBe('fail');
      expect(check(dataCategories, 'Vi lagrar ikkje namn eller adresse.').status).toBe('fail');
    });
  });

  describe('corpus', () => {
    it('passes the Nynorsk d04 on "namnet og epostadressa di"', () => {
      const r = check(dataCategories, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md'));
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('namnet, epostadressa');
      expect(r.quotes[0]).toContain('namnet og epostadressa di');
    });

    it('passes seed s04 on its list of customer data', () => {
      const r = check(dataCategories, corpusDoc('seeds/s04-invoice-club.txt'));
      expect(r.status).toBe('pass');
      expect(r.quotes[0]).toMatch(/^Konkret kan dette innebære at vi behandler opplysninger om kunden som navn, adresse, telefonnummer/);
    });

    it('passes d09 on the analytics list, not on the categories it rules out', () => {
      const r = check(dataCategories, corpusDoc('dev/d09-varmeguiden.html'));
      expect(r.status).toBe('pass');
      expect(r.quotes).toContain('Omtrentlig geografisk område (basert på anonymisert IP-adresse)');
      expect(r.message.nb).not.toContain('e-postadresse');
    });
  });

  describe('what a web server logs and a service holds', () => {
    it('passes referrer, pages visited and visit times in English, Bokmål and Nynorsk', () => {
      const en = check(dataCategories, 'Our web servers only store information such as the referrer, the pages you visit and the dates of your visit.');
      expect(en.status).toBe('pass');
      expect(en.message.en).toContain('referrer');
      expect(check(dataCategories, 'Webserveren logger henvisende side, sidene du besøker og tidspunkt for besøket.').status).toBe('pass');
      expect(check(dataCategories, 'Nettstaden loggar tilvisande side, sidene du besøkjer og tidspunkt for vitjinga.').status).toBe('pass');
    });

    it('passes uploaded datasets and a user identity', () => {
      expect(check(dataCategories, 'We store the datasets you upload and your user identity from the login service.').status).toBe('pass');
      expect(check(dataCategories, 'Vi lagrer datasettene du laster opp og brukeridentiteten din fra innloggingstjenesten.').status).toBe('pass');
    });

    it('does not take the controller\'s own datasets as categories', () => {
      expect(check(dataCategories, 'Les mer om datasettene våre på nettsiden.').status).toBe('fail');
    });
  });

  describe('collecting in inverted word order and with the pronoun "me"', () => {
    it('passes the verb after a fronted clause, in Bokmål and Nynorsk', () => {
      expect(check(dataCategories, 'Når du bestiller, samler vi inn navn, adresse og telefonnummer.').status).toBe('pass');
      expect(check(dataCategories, 'Når du fyller ut skjemaet samler vi inn navn, telefonnummer og e-postadresse.').status).toBe('pass');
      const nn = check(dataCategories, 'Når du fyller ut kontaktskjemaet samlar me inn namn, telefonnummer og e-postadresse.');
      expect(nn.status).toBe('pass');
      expect(nn.message.en).toContain('namn, telefonnummer, e-postadresse');
      expect(check(dataCategories, 'Etter at du har meldt deg på, hentar me inn namn og fødselsdato frå folkeregisteret.').status).toBe('pass');
      expect(check(dataCategories, 'Dersom du kontaktar oss, samlar me òg inn e-postadressa og telefonnummeret ditt.').status).toBe('pass');
      expect(check(dataCategories, 'Når du sender oss ein e-post, får me namnet og e-postadressa di.').status).toBe('pass');
    });

    it('still fails a negated inverted verb, and an inverted verb with no category', () => {
      expect(check(dataCategories, 'Når du fyller ut skjemaet, samler vi ikke inn navn eller telefonnummer.').status).toBe('fail');
      expect(check(dataCategories, 'Når du fyller ut skjemaet samlar me ikkje inn namn eller telefonnummer.').status).toBe('fail');
      expect(check(dataCategories, 'Når du besøker nettsiden, samler vi inn inntrykk av hvordan den brukes.').status).toBe('fail');
    });
  });
});
