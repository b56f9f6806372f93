import { describe, expect, it } from 'vitest';
import legitimateInterest from '../../rules/legitimate-interest.js';
import { INTEREST_DESCRIBED } from '../../rules/lib/basis-terms.js';
import { test } from '../../src/nlp/patterns.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('legitimate-interest', () => {
  describe('pass: the interest is described', () => {
    it('reads "vår berettigede interesse i å …" in Bokmål', () => {
      const r = check(legitimateInterest, 'Vi bruker IP-adressen til å oppdage svindel. Behandlingsgrunnlaget er vår berettigede interesse i å beskytte nettbutikken mot misbruk.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Behandlingsgrunnlaget er vår berettigede interesse i å beskytte nettbutikken mot misbruk.']);
    });

    it('reads a Nynorsk interest spelled out in the next sentence ("Interessa vår er å …")', () => {
      const r = check(legitimateInterest, 'Grunnlaget er berettiga interesse. Interessa vår er å halde kontakt med tidlegare medlemmer.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['berettiga interesse', 'Interessa vår er å halde kontakt med tidlegare medlemmer.']);
    });

    it('reads English', () => {
      const r = check(legitimateInterest, 'We rely on our legitimate interest in keeping our website secure.');
      expect(r.status).toBe('pass');
    });

    it('reads a section about one activity ("Markedsføring") with "Grunnlaget for dette er berettiget interesse"', () => {
      const r = check(legitimateInterest, 'Markedsføring\n\nVi sender tilbud til eksisterende kunder på e-post. Grunnlaget for dette er berettiget interesse.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toContain('Vi sender tilbud til eksisterende kunder på e-post.');
    });
  });

  describe('pass: the interest spelled out a few words after it', () => {
    it('reads "den berettiga interessa laget har i å …" (Nynorsk) and "den berettigede interessen laget har i å …" (Bokmål)', () => {
      const nn =
        'Grunnlaget er den berettiga interessa laget har i å nå ut til folk som har vist interesse for arbeidet vårt, jf. personvernforordninga artikkel 6 nr. 1 bokstav f.';
      const r = check(legitimateInterest, nn);
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual([nn]);
      const nb =
        'Grunnlaget er den berettigede interessen laget har i å nå ut til folk som har vist interesse for arbeidet vårt, jf. personvernforordningen artikkel 6 nr. 1 bokstav f.';
      expect(check(legitimateInterest, nb).status).toBe('pass');
    });

    it('reads other links: "… har i at …", "knyttet til å …", "som går ut på …", English "… as a club in keeping …"', () => {
      expect(
        check(legitimateInterest, 'Vi baserer behandlinga på den berettiga interessa som foreininga og styret har i at historia til laget blir teken vare på, jf. artikkel 6 nr. 1 bokstav f.').status,
      ).toBe('pass');
      expect(check(legitimateInterest, 'Behandlingsgrunnlaget er berettiget interesse knyttet til å ta vare på korets historie.').status).toBe('pass');
      expect(check(legitimateInterest, 'Grunnlaget er vår berettigede interesse som går ut på å beskytte lokalene mot innbrudd.').status).toBe('pass');
      expect(check(legitimateInterest, 'The legal basis is our legitimate interest as a local club in keeping our shared history alive (Article 6(1)(f)).').status).toBe('pass');
    });

    it('keeps the quote short and cut at a word', () => {
      const r = check(
        legitimateInterest,
        'Grunnlaget er den berettigede interessen laget har i å nå ut til folk som har vist interesse for arbeidet vårt, jf. personvernforordningen artikkel 6 nr. 1 bokstav f.',
      );
      expect(r.message.nb).toContain('for arbeidet…»');
    });

    it('still warns when the interest is named but nothing links it to an aim', () => {
      expect(check(legitimateInterest, 'Grunnlaget er den berettigede interessen vår, jf. personvernforordningen artikkel 6 nr. 1 bokstav f.').status).toBe('warn');
      expect(check(legitimateInterest, 'Grunnlaget er den berettiga interessa laget har, jf. personvernforordninga artikkel 6 nr. 1 bokstav f.').status).toBe('warn');
      // "i" without "å"/"at", and a link behind a comma, are not the interest spelled out
      expect(check(legitimateInterest, 'Vi har en berettiget interesse i behandlingen, jf. artikkel 6 nr. 1 bokstav f.').status).toBe('warn');
      expect(check(legitimateInterest, 'Grunnlaget er berettiget interesse, i tråd med artikkel 6 nr. 1 bokstav f.').status).toBe('warn');
      expect(check(legitimateInterest, 'The legal basis is our legitimate interest, Article 6(1)(f).').status).toBe('warn');
    });

    it('matches in linear time on text that almost fits ("interesse" after "interesse", never a link)', () => {
      const text = 'interesse ord i '.repeat(30000);
      const started = performance.now();
      expect(test(INTEREST_DESCRIBED, text)).toBe(false);
      expect(performance.now() - started).toBeLessThan(1000);
    });
  });

  describe('warn: relied on, interest not described', () => {
    it('warns on a bare art. 6 nr. 1 bokstav f', () => {
      const r = check(legitimateInterest, 'Behandlingsgrunnlaget er berettiget interesse, jf. personvernforordningen artikkel 6 nr. 1 bokstav f.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['Behandlingsgrunnlaget er berettiget interesse, jf. personvernforordningen artikkel 6 nr. 1 bokstav f.']);
    });

    it('warns on English "Article 6(1)(f)" and the old act\'s § 8 f', () => {
      expect(check(legitimateInterest, 'The legal basis is Article 6(1)(f).').status).toBe('warn');
      const r = check(legitimateInterest, 'Behandlingsgrunnlaget er personopplysningsloven § 8 f.');
      expect(r.status).toBe('warn');
      expect(r.message.nb).toContain('«§ 8 f»');
    });

    it('warns when the controller lists all six bases as its own possible bases', () => {
      const r = check(
        legitimateInterest,
        'Vår behandling kan basere seg på: i) ditt samtykke; ii) oppfyllelse av avtale; iii) en rettslig forpliktelse; iv) vitale interesser; v) en oppgave i allmennhetens interesse; vi) en berettiget interesse.',
      );
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['berettiget interesse']);
    });
  });

  describe('na: not relied on', () => {
    it('is na when legitimate interest is never mentioned', () => {
      const r = check(legitimateInterest, 'Behandlingsgrunnlaget er samtykke.');
      expect(r.status).toBe('na');
      expect(r.message.nb).toContain('nevnes ikke');
    });

    it('is na for a negated mention', () => {
      expect(check(legitimateInterest, 'Vi baserer ikke noen behandling på berettiget interesse.').status).toBe('na');
    });

    it('is na for a list of the six bases that only explains the law', () => {
      const r = check(
        legitimateInterest,
        'Personvernforordningen artikkel 6 gir seks mulige grunnlag: samtykke, avtale, rettslig forpliktelse, vitale interesser, allmennhetens interesse og berettiget interesse.',
      );
      expect(r.status).toBe('na');
    });

    it('is na when it is only the condition of the right to object', () => {
      expect(check(legitimateInterest, 'Dine rettigheter\n\nDu kan protestere mot behandling som er basert på berettiget interesse.').status).toBe('na');
      expect(check(legitimateInterest, 'If we process information about you on the basis of a balancing of interests, you have the right to object.').status).toBe('na');
    });
  });

  describe('corpus', () => {
    it('passes d01 on "der de berettigede interessene er å …"', () => {
      const r = check(legitimateInterest, corpusDoc('dev/d01-get-academy.html'));
      expect(r.status).toBe('pass');
      expect(r.quotes[0]).toMatch(/^Det rettslige grunnlaget er artikkel 6 f\), der de berettigede interessene er å kunne svare på henvendelser fra deg/);
    });

    it('warns on seed s01, where (f) appears only in the controller\'s list of all six bases', () => {
      const r = check(legitimateInterest, corpusDoc('seeds/s01-igo.txt'));
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['berettiget interesse']);
    });

    it('warns on seed s02, where "Berettiget samtykke" stands for (f) with no interest', () => {
      const r = check(legitimateInterest, corpusDoc('seeds/s02-ekko-ipogs.txt'));
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['F) Berettiget samtykke (bruk av databehandler fra eksterne leverandører)']);
    });

    it('is na for the English d02, which mentions a balancing of interests only in the right to object', () => {
      expect(check(legitimateInterest, corpusDoc('dev/d02-fribyte-boskonf-en.md')).status).toBe('na');
    });
  });
});

describe('legitimate-interest: (f) as one alternative among several', () => {
  it('warns when a nearby purpose may rest on any of "§ 8 a, b eller f" or "samtykke eller berettiga interesse"', () => {
    const r = check(legitimateInterest, 'Vi behandler opplysninger om ansatte for å utbetale lønn. Grunnlaget er personopplysningsloven § 8 a, b eller f.');
    expect(r.status).toBe('warn');
    expect(r.message.nb).toContain('«§ 8 a, b eller f»');
    expect(check(legitimateInterest, 'Vi behandlar opplysningar om tilsette for å betale ut løn. Grunnlaget er samtykke eller berettiga interesse.').status).toBe('warn');
    expect(check(legitimateInterest, 'We process employee data to run payroll. The legal basis is consent, contract or legitimate interest.').status).toBe('warn');
  });

  it('still passes a purpose in the same sentence, a single basis next to a purpose, or the interest spelled out', () => {
    expect(check(legitimateInterest, 'Vi bruker e-postadressen til markedsføring på grunnlag av berettiget interesse eller samtykke.').status).toBe('pass');
    expect(check(legitimateInterest, 'Vi behandler opplysninger om ansatte for å utbetale lønn. Grunnlaget er personopplysningsloven § 8 f.').status).toBe('pass');
    const r = check(legitimateInterest, 'Grunnlaget er samtykke eller berettiget interesse. Interessen vår er å holde kontakten med tidligere medlemmer.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toContain('Interessen vår er å holde kontakten med tidligere medlemmer.');
  });
});

describe('legitimate-interest: the balancing of interests, its spellings and the reason given with it', () => {
  it('passes a balancing of interests with its reason in a "hvor"/"der"/"fordi" clause', () => {
    const nb = 'Grunnlaget for behandlingen er en interesseavveining, hvor hjelpearbeidet foreningen driver kommer medlemmene og lokalsamfunnet til gode.';
    const r = check(legitimateInterest, nb);
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual([nb]);
    expect(
      check(legitimateInterest, 'Grunnlaget for behandlinga er ei interesseavveging, der arbeidet laget gjer for born og unge i bygda kjem medlemane til gode.').status,
    ).toBe('pass');
    expect(
      check(legitimateInterest, 'Behandlingen er basert på en interesseavveing, fordi vi trenger kontaktopplysninger for å kalle inn frivillige til vakter.').status,
    ).toBe('pass');
    expect(
      check(legitimateInterest, 'We rely on a balancing of interests, where our work as a charity benefits the people we help in the local community.').status,
    ).toBe('pass');
  });

  it('recognises the misspelt "interesseavveing" as (f) relied on, and warns with no interest', () => {
    const r = check(legitimateInterest, 'Grunnlaget er en interesseavveing.');
    expect(r.status).toBe('warn');
    expect(r.message.nb).toContain('«interesseavveing»');
  });

  it('warns when the clause only restates a condition or the outcome of the balancing', () => {
    expect(check(legitimateInterest, 'Grunnlaget er en interesseavveining, der det er nødvendig.').status).toBe('warn');
    expect(
      check(legitimateInterest, 'Behandlingen bygger på en interesseavveining, der vi har vurdert at våre interesser veier tyngre enn ditt personvern.').status,
    ).toBe('warn');
    expect(check(legitimateInterest, 'Grunnlaget er ei interesseavveging, der interessene våre veg tyngre enn personvernet ditt.').status).toBe('warn');
  });
});
