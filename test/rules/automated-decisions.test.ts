import { describe, expect, it } from 'vitest';
import automatedDecisions from '../../rules/automated-decisions.js';
import { AUTOMATED_DECISION } from '../../rules/lib/rights-terms.js';
import { testAny } from '../../src/nlp/patterns.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('automated-decisions', () => {
  it('passes a negated statement in Bokmål: none are made', () => {
    const r = check(automatedDecisions, 'Vi bruker ikke automatiserte avgjørelser eller profilering.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Vi bruker ikke automatiserte avgjørelser eller profilering.']);
    expect(r.message.en).toContain('not used');
  });

  it('passes Nynorsk "det skjer ikkje" and "me nyttar ikkje"', () => {
    expect(check(automatedDecisions, 'Det skjer ikkje automatiserte avgjerder eller profilering.').status).toBe('pass');
    expect(check(automatedDecisions, 'Me nyttar ikkje profilering.').status).toBe('pass');
  });

  it('passes English "we do not use" and "no decisions are taken automatically"', () => {
    expect(check(automatedDecisions, 'We do not use automated decision-making or profiling.').status).toBe('pass');
    expect(check(automatedDecisions, 'Ingen behandlingsbeslutninger tas automatisk.').status).toBe('pass');
  });

  describe('article 22\'s own wording: decisions based solely on automated processing', () => {
    it('passes "Vi treffer ikke beslutninger om deg som utelukkende er basert på automatisert behandling"', () => {
      const text = 'Vi treffer ikke beslutninger om deg som utelukkende er basert på automatisert behandling.';
      const r = check(automatedDecisions, text);
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual([text]);
      expect(r.message.en).toContain('not used');
    });

    it('passes Nynorsk "Vi tek ikkje avgjerder om deg som berre byggjer på automatisk handsaming" and other wordings', () => {
      expect(check(automatedDecisions, 'Vi tek ikkje avgjerder om deg som berre byggjer på automatisk handsaming.').status).toBe('pass');
      expect(check(automatedDecisions, 'Det blir ikkje gjort vedtak som berre er baserte på automatisert handsaming.').status).toBe('pass');
      expect(check(automatedDecisions, 'Vi tar ingen avgjørelser om deg som alene bygger på automatisert behandling.').status).toBe('pass');
      expect(check(automatedDecisions, 'We do not make decisions about you based solely on automated processing.').status).toBe('pass');
      expect(check(automatedDecisions, 'No decisions are made about you solely on the basis of automated processing.').status).toBe('pass');
    });

    it('passes "helautomatiserte/helautomatiske avgjørelser", "automatiske vedtak" and "automatisert saksbehandling" when none are made', () => {
      expect(check(automatedDecisions, 'Vi bruker ikke helautomatiserte avgjørelser.').status).toBe('pass');
      expect(check(automatedDecisions, 'Det blir ikke fattet helautomatiske avgjørelser om deg.').status).toBe('pass');
      expect(check(automatedDecisions, 'Kommunen fattar ikkje automatiske vedtak.').status).toBe('pass');
      expect(check(automatedDecisions, 'Vi nyttar ikkje automatisert sakshandsaming.').status).toBe('pass');
    });

    it('passes a short negated answer with a verb of deciding under a heading about automated decisions', () => {
      const r = check(automatedDecisions, 'Automatiserte avgjørelser\n\nVi treffer ingen slike beslutninger.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Vi treffer ingen slike beslutninger.']);
    });

    it('warns when such decisions are made with nothing on how, or only the right is stated', () => {
      const made = check(automatedDecisions, 'Vi treffer beslutninger om deg som utelukkende er basert på automatisert behandling.');
      expect(made.status).toBe('warn');
      expect(made.message.en).toContain('but not how');
      const right = check(automatedDecisions, 'Du har rett til ikke å være gjenstand for en beslutning som utelukkende er basert på automatisert behandling.');
      expect(right.status).toBe('warn');
      expect(right.message.en).toContain('does not say whether or how');
    });

    it('fails decisions or automated processing on their own, which do not address automated decisions', () => {
      expect(check(automatedDecisions, 'Vi tar ikke avgjørelser uten å snakke med deg først.').status).toBe('fail');
      expect(check(automatedDecisions, 'Vi behandler opplysningene automatisk for å sende deg kvittering.').status).toBe('fail');
      expect(check(automatedDecisions, 'Beslutninger om opptak tas av styret. Vi bruker automatisert behandling til å sortere søknadene.').status).toBe('fail');
    });

    it('matches in linear time on text that almost fits (decision words, never automated processing)', () => {
      const text = 'beslutninger om deg og andre som automatisert eller manuell behandles ofte '.repeat(10000);
      const started = performance.now();
      expect(testAny(AUTOMATED_DECISION, text)).toBe(false);
      expect(performance.now() - started).toBeLessThan(1000);
    });
  });

  it('passes a description of how profiling is used', () => {
    const r = check(automatedDecisions, 'Vi bruker profilering for å tilpasse annonsene vi viser deg, basert på hvilke sider du har besøkt.');
    expect(r.status).toBe('pass');
    expect(r.message.en).toContain('explains how');
  });

  it('warns when profiling appears only as a right', () => {
    const r = check(automatedDecisions, 'Du har rett til å motsette deg profilering.');
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual(['Du har rett til å motsette deg profilering.']);
    expect(check(automatedDecisions, 'Du har rett til ikke å være gjenstand for en avgjørelse basert utelukkende på automatisert behandling, herunder profilering.').status).toBe('warn');
  });

  it('warns on a hypothetical, a definition, or use with nothing on how', () => {
    expect(check(automatedDecisions, 'Dersom vi tar i bruk automatiserte avgjørelser, vil vi informere deg.').status).toBe('warn');
    expect(check(automatedDecisions, 'Profilering er automatisert behandling av personopplysninger.').status).toBe('warn');
    const bare = check(automatedDecisions, 'Vi benytter automatiserte avgjørelser.');
    expect(bare.status).toBe('warn');
    expect(bare.message.en).toContain('but not how');
  });

  it('passes a rights sentence when the statement also says none are used', () => {
    expect(check(automatedDecisions, 'Vi bruker ikke profilering. Du har rett til å protestere mot profilering.').status).toBe('pass');
  });

  it('passes a negated list ("ikke … til markedsføring, profilering eller automatiserte avgjørelser")', () => {
    const r = check(automatedDecisions, 'Vi bruker ikke opplysningene til markedsføring, profilering eller automatiserte avgjørelser, og vi selger dem aldri.');
    expect(r.status).toBe('pass');
    expect(check(automatedDecisions, 'Vi foretar ingen automatiserte avgjørelser eller profilering som har rettslig virkning for deg, jf. GDPR art. 22.').status).toBe('pass');
  });

  it('passes a short negated answer under a heading about automated decisions', () => {
    const r = check(automatedDecisions, 'Automatiserte avgjørelser\n\nDette gjør vi ikke.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Dette gjør vi ikke.']);
  });

  it('fails when nothing is said', () => {
    const r = check(automatedDecisions, 'Dine rettigheter\n\nDu har rett til innsyn og sletting.');
    expect(r.status).toBe('fail');
    expect(r.message.nb).toContain('«Dine rettigheter»');
  });

  it('reads the corpus statements', () => {
    const s03 = check(automatedDecisions, corpusDoc('seeds/s03-iconic.txt'));
    expect(s03.status).toBe('pass');
    expect(s03.message.nb).toContain('Vi bruker vanligvis ikke automatisert beslutningstaking');
    const s04 = check(automatedDecisions, corpusDoc('seeds/s04-invoice-club.txt'));
    expect(s04.status).toBe('warn');
    expect(s04.message.nb).toContain('samt vite om eventuell profilering');
    expect(check(automatedDecisions, corpusDoc('dev/d02-fribyte-boskonf-en.md')).status).toBe('fail');
  });
});

describe('automated-decisions: "profilering" meaning promotion of an organisation', () => {
  it('fails when profiling only means promoting the club, band or brand (Bokmål and Nynorsk)', () => {
    expect(check(automatedDecisions, 'Vi ber om samtykke til bruk av bilder i forbindelse med profilering av klubben.').status).toBe('fail');
    expect(check(automatedDecisions, 'Bilete kan bli brukte til profilering av laget på nettsidene og i sosiale medium.').status).toBe('fail');
    expect(check(automatedDecisions, 'Profilering: bruk av bilete på nettsidene og i sosiale medium.').status).toBe('fail');
    expect(check(automatedDecisions, 'Sponsorane kan bruke bileta til si eiga profilering.').status).toBe('fail');
    expect(check(automatedDecisions, 'Vi deler ut profileringsartikler til alle frivillige.').status).toBe('fail');
    expect(check(automatedDecisions, 'Bildene brukes til profilering på Facebook og Instagram.').status).toBe('fail');
  });

  it('keeps profiling of persons: warns on a bare mention, passes when explained', () => {
    expect(check(automatedDecisions, 'Opplysningene kan brukes til profilering av kundene.').status).toBe('warn');
    expect(check(automatedDecisions, 'Opplysningane kan bli brukte til profilering av medlemane.').status).toBe('warn');
    expect(check(automatedDecisions, 'Profilering: vi analyserer kjøpshistorikken din for å tilpasse tilbud.').status).toBe('warn');
    expect(check(automatedDecisions, 'Vi bruker profilering i sosiale medier for å vise deg tilpasset reklame.').status).toBe('pass');
  });

  it('still passes a statement on automated decisions next to promotional profiling', () => {
    const r = check(automatedDecisions, 'Profilering av korpset skjer på nettsidene. Vi bruker ikke automatiserte avgjørelser.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Vi bruker ikke automatiserte avgjørelser.']);
  });
});
