import { describe, expect, it } from 'vitest';
import legalBasis from '../../rules/legal-basis.js';
import { check, corpusDoc } from '../helpers/doc.js';

const SIX_BASES =
  'Vår behandling av dine personopplysninger kan basere seg på ett eller flere av de følgende grunnlagene: i) ditt samtykke; ii) oppfyllelse av avtale med deg; iii) oppfyllelse av en rettslig forpliktelse; iv) vern om dine vitale interesser; v) utføre en oppgave i allmennhetens interesse; eller vi) for formål knyttet til en berettiget interesse.';

describe('legal-basis', () => {
  describe('pass: a basis tied to a purpose', () => {
    it('ties consent to the newsletter (Bokmål, art. 6 nr. 1 bokstav a)', () => {
      const r = check(legalBasis, 'Vi bruker e-postadressen din til å sende nyhetsbrev. Behandlingsgrunnlaget er samtykke, jf. personvernforordningen artikkel 6 nr. 1 bokstav a.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Behandlingsgrunnlaget er samtykke, jf. personvernforordningen artikkel 6 nr. 1 bokstav a.']);
    });

    it('reads Nynorsk ("rettsleg grunnlag", "samtykkjet")', () => {
      const r = check(legalBasis, 'Vi brukar opplysningane til å sende ut nyheitsbrev. Rettsleg grunnlag er samtykkjet ditt.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Rettsleg grunnlag er samtykkjet ditt.']);
    });

    it('reads English with an article reference', () => {
      const r = check(legalBasis, 'We process your name and address to deliver your order. The legal basis is the contract with you, GDPR Article 6(1)(b).');
      expect(r.status).toBe('pass');
      expect(r.message.en).toContain('contract');
    });

    it('accepts a legal obligation named with its purpose (bokføringsloven)', () => {
      const r = check(legalBasis, 'Regnskapsbilag oppbevares i fem år for å oppfylle vår rettslige plikt etter bokføringsloven.');
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('rettslig forpliktelse');
    });

    it('reads a Nynorsk public-interest basis next to its purpose', () => {
      const r = check(
        legalBasis,
        'Formålet er å behandle søknader om barnehageplass. Vi behandlar opplysningane for å utføre ei oppgåve i allmenta si interesse, jf. personvernforordninga artikkel 6 nr. 1 bokstav e.',
      );
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('allmennhetens interesse');
    });

    it('accepts a basis heading over a purpose list', () => {
      const text = '## B. Samtykke (GDPR art. 6(1)(a))\n\nFormål:\n\n- Sende timepåminnelser via SMS\n- Sende nyhetsbrev\n';
      const r = check(legalBasis, text, { format: 'markdown' });
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['B. Samtykke (GDPR art. 6(1)(a))']);
    });
  });

  describe('warn: generic list or repealed law', () => {
    it('warns on a generic list of all six bases', () => {
      const r = check(legalBasis, `Behandlingsgrunnlag\n\n${SIX_BASES}`);
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual([SIX_BASES]);
      expect(r.message.nb).toContain('generell liste');
    });

    it('warns when the only basis is the repealed personopplysningsloven § 8', () => {
      const r = check(legalBasis, 'Vi behandler navn og adresse for å levere varene du har bestilt. Behandlingsgrunnlaget er personopplysningsloven § 8 bokstav a.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['Behandlingsgrunnlaget er personopplysningsloven § 8 bokstav a.']);
    });

    it('does not count the old act when the GDPR article is given too', () => {
      const r = check(legalBasis, 'Vi behandler kontaktinformasjon for å administrere kundeforholdet. Det rettslige grunnlaget er personopplysningsloven § 8 b (artikkel 6 nr. 1 bokstav b – avtale).');
      expect(r.status).toBe('pass');
    });
  });

  it('warns when a basis is named but no purpose is stated anywhere', () => {
    const r = check(legalBasis, 'Vi behandlar opplysningane for å utføre ei oppgåve i allmenta si interesse, jf. personvernforordninga artikkel 6 nr. 1 bokstav e.');
    expect(r.status).toBe('warn');
    expect(r.message.nb).toContain('ikke knyttet til noe formål');
  });

  describe('fail: no basis', () => {
    it('fails when only purposes are given', () => {
      const r = check(legalBasis, 'Vi bruker opplysningene til å behandle bestillingen din.');
      expect(r.status).toBe('fail');
      expect(r.quotes).toEqual([]);
    });

    it('does not take negated consent or consent withdrawal as a basis', () => {
      expect(check(legalBasis, 'Vi deler ikke opplysninger uten ditt samtykke. Du kan når som helst trekke tilbake samtykket ditt.').status).toBe('fail');
    });

    it('does not take a basis named only as the condition of the right to object', () => {
      const r = check(legalBasis, 'Dersom vi behandler opplysninger om deg på bakgrunn av berettiget interesse, har du rett til å protestere.');
      expect(r.status).toBe('fail');
    });

    it('does not take a consent solution that may come later as a basis', () => {
      expect(check(legalBasis, 'Dersom analyse legges til senere, må samtykkeløsning vurderes.').status).toBe('fail');
    });
  });

  describe('corpus', () => {
    it('passes seed s01: consent under its own heading, tied to direct marketing', () => {
      const r = check(legalBasis, corpusDoc('seeds/s01-igo.txt'));
      expect(r.status).toBe('pass');
      expect(r.quotes).toContain('6. Samtykke til e-postkorrespondanse, direkte markedsføring og videre kontakt');
    });

    it('passes seed s03 on its per-purpose basis sentences', () => {
      const r = check(legalBasis, corpusDoc('seeds/s03-iconic.txt'));
      expect(r.status).toBe('pass');
      expect(r.quotes.some((q) => q.startsWith('Det rettslige grunnlaget for denne behandlingsaktiviteten vil være artikkel 6 nr. 1 bokstav a (samtykke)'))).toBe(true);
    });

    it('fails d04 and d10, which name no basis', () => {
      expect(check(legalBasis, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md')).status).toBe('fail');
      expect(check(legalBasis, corpusDoc('dev/d10-jobbklar.html')).status).toBe('fail');
    });

    it('passes the English d02 on its contract basis', () => {
      const r = check(legalBasis, corpusDoc('dev/d02-fribyte-boskonf-en.md'));
      expect(r.status).toBe('pass');
      expect(r.quotes[0]).toMatch(/^The legal basis for processing personal data for this purpose is that the processing is necessary to fulfill a contract/);
    });
  });
});
