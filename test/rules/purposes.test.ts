import { describe, expect, it } from 'vitest';
import purposes from '../../rules/purposes.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('purposes', () => {
  describe('pass: concrete purposes', () => {
    it('reads a sub-heading under a purposes heading as the purpose it names (Bokmål and Nynorsk)', () => {
      const nb = check(
        purposes,
        '# Personvern\n\n## Hvordan vi bruker personopplysningene\n\n### Utsending av nyhetsbrev\n\nVi arbeider med dette hver måned, og det rettslige grunnlaget er samtykke.\n',
        { format: 'markdown' },
      );
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toEqual(['Utsending av nyhetsbrev']);
      const nn = check(purposes, '# Personvern\n\n## Korleis vi brukar personopplysningane\n\n### Utsending av medlemsblad\n\nDette skjer fire gonger i året.\n', {
        format: 'markdown',
      });
      expect(nn.status).toBe('pass');
      expect(check(purposes, '# Personvern\n\n## Hvordan vi bruker personopplysningene\n\n### Generelt\n\nVi tar personvern på alvor.\n', { format: 'markdown' }).status).toBe('fail');
    });

    it('reads "vi bruker opplysningene til å …" in Bokmål', () => {
      const r = check(purposes, 'Vi bruker opplysningene til å behandle bestillingen din.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Vi bruker opplysningene til å behandle bestillingen din.']);
    });

    it('reads Nynorsk forms (føremål, opplysningane, nyheitsbrev)', () => {
      expect(check(purposes, 'Vi brukar opplysningane til å sende deg nyheitsbrev.').status).toBe('pass');
      const r = check(purposes, 'Føremålet med behandlinga er å halde oversikt over medlemmane i laget.');
      expect(r.status).toBe('pass');
      expect(r.quotes[0]).toContain('halde oversikt over medlemmane');
    });

    it('reads service work as concrete: assessing damage, booking an appointment, repairs (Bokmål and Nynorsk)', () => {
      expect(check(purposes, 'Opplysningene brukes til å vurdere skaden, avtale time for taksering og gjennomføre reparasjonen.').status).toBe('pass');
      expect(check(purposes, 'Vi nyttar opplysningane til å avtale time for befaring og følgje opp skadesaka di.').status).toBe('pass');
      expect(check(purposes, 'Opplysningene brukes til å gjennomføre tjenesten og gi deg en god opplevelse.').status).toBe('warn');
    });

    it('reads a purpose list introduced by "til følgende formål:"', () => {
      const r = check(purposes, 'Vi behandler personopplysninger til følgende formål:\n\n- behandle bestillinger\n- sende nyhetsbrev');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['behandle bestillinger', 'sende nyhetsbrev']);
    });

    it('reads a purpose named by a noun after a processing verb ("behandles … for drift, sikkerhet")', () => {
      const r = check(purposes, 'Tekniske serverlogger kan behandles av leverandøren for drift, sikkerhet og feilsøking.');
      expect(r.status).toBe('pass');
    });

    it('reads English statements', () => {
      const r = check(purposes, 'We use your email address to send you our newsletter and to answer your questions.');
      expect(r.status).toBe('pass');
      expect(r.quotes[0]).toMatch(/^We use your email address/);
    });

    it('passes when one concrete purpose sits beside general wording', () => {
      const r = check(purposes, 'Vi samler inn opplysninger for å levere tjenestene våre. Vi bruker e-postadressen din til å sende kvittering på kjøpet.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Vi bruker e-postadressen din til å sende kvittering på kjøpet.']);
    });
  });

  describe('warn: only general wording', () => {
    it('warns on "for å levere tjenestene våre"', () => {
      const r = check(purposes, 'Vi samler inn personopplysninger for å levere tjenestene våre.');
      expect(r.status).toBe('warn');
      expect(r.message.nb).toContain('generelle ordelag');
    });

    it('warns on "to provide our services" and "a better user experience"', () => {
      expect(check(purposes, 'We collect personal data to provide our services.').status).toBe('warn');
      expect(check(purposes, 'Vi behandler opplysningene for å gi deg en best mulig brukeropplevelse.').status).toBe('warn');
    });

    it('warns on Nynorsk general wording', () => {
      const r = check(purposes, 'Opplysningane blir brukte for å kunne tilby deg ei god teneste.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['Opplysningane blir brukte for å kunne tilby deg ei god teneste.']);
    });
  });

  describe('fail: no purposes', () => {
    it('fails when purposes are only referred to ("formålene de ble samlet inn for")', () => {
      const r = check(purposes, 'Vi lagrer personopplysninger bare så lenge det er nødvendig for formålene de ble samlet inn for.');
      expect(r.status).toBe('fail');
      expect(r.quotes).toEqual([]);
    });

    it('does not count a negated use or the user\'s own purpose', () => {
      expect(check(purposes, 'Vi bruker ikke opplysningene til markedsføring.').status).toBe('fail');
      expect(check(purposes, 'Personvern\n\nDu har rett til innsyn. Kontakt oss for å utøve rettighetene dine.').status).toBe('fail');
    });

    it('does not read "til" meaning "until" as a purpose', () => {
      expect(check(purposes, 'Vi behandler opplysningene til kundeforholdet avsluttes.').status).toBe('fail');
    });
  });

  describe('corpus', () => {
    it('finds the purpose list in seed s01', () => {
      const r = check(purposes, corpusDoc('seeds/s01-igo.txt'));
      expect(r.status).toBe('pass');
      expect(r.quotes).toContain('Utvikling og analyse: Vi behandler personopplysninger for å forstå behovene til våre kunder og for å forbedre og videreutvikle våre tjenester.');
    });

    it('finds the Nynorsk newsletter purpose in d04', () => {
      const r = check(purposes, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md'));
      expect(r.status).toBe('pass');
      expect(r.quotes.some((q) => q.includes('for å kunne sende nyhende og halde kontakt'))).toBe(true);
    });

    it('finds the server-log purpose in d10', () => {
      const r = check(purposes, corpusDoc('dev/d10-jobbklar.html'));
      expect(r.status).toBe('pass');
      expect(r.quotes[0]).toContain('for drift, sikkerhet og feilsøking');
    });
  });

  describe('passing the data to a named organisation', () => {
    it('passes "samles inn for å deles med" a named organisation, in Bokmål, Nynorsk and English', () => {
      const nb = check(purposes, 'Personopplysningene samles inn for å deles med Norges Idrettsforbund.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toEqual(['Personopplysningene samles inn for å deles med Norges Idrettsforbund.']);
      expect(check(purposes, 'Opplysningane vert samla inn for å gjevast vidare til Noregs Musikkorps Forbund.').status).toBe('pass');
      expect(check(purposes, 'We collect your details in order to share them with Norges Cykleforbund.').status).toBe('pass');
    });

    it('keeps warning on sharing with unnamed others or sending abroad', () => {
      expect(check(purposes, 'Vi samler inn opplysninger for å dele dem med andre.').status).toBe('warn');
      expect(check(purposes, 'Vi samler inn opplysninger for å overføre dem til USA.').status).toBe('warn');
    });
  });
});
