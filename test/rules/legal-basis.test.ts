import { describe, expect, it } from 'vitest';
import legalBasis from '../../rules/legal-basis.js';
import { check, corpusDoc } from '../helpers/doc.js';

const SIX_BASES =
  'Vår behandling av dine personopplysninger kan basere seg på ett eller flere av de følgende grunnlagene: i) ditt samtykke; ii) oppfyllelse av avtale med deg; iii) oppfyllelse av en rettslig forpliktelse; iv) vern om dine vitale interesser; v) utføre en oppgave i allmennhetens interesse; eller vi) for formål knyttet til en berettiget interesse.';

describe('legal-basis', () => {
  describe('warn: acceptance by use, consent in name only', () => {
    it('warns on "ved å bruke … godtar du" and on "Du godtar" under a heading about using the site (Bokmål, Nynorsk, English)', () => {
      const nb = check(legalBasis, 'Ved å benytte denne tjenesten godtar du at data brukes som forklart i denne teksten.');
      expect(nb.status).toBe('warn');
      expect(nb.message.en).toContain('consent');
      expect(check(legalBasis, 'Kva godtek eg ved å bruke sida?\n\nDu godtek at vi lagrar statistikk om besøket ditt.').status).toBe('warn');
      expect(check(legalBasis, 'By using this app you agree that your data is processed as described here.').status).toBe('warn');
    });

    it('does not take acceptance without use for it, nor real consent tied to a purpose', () => {
      expect(check(legalBasis, 'Du godtar vilkårene når du bestiller.').status).toBe('fail');
      expect(check(legalBasis, 'Vi sender nyhetsbrev til deg på grunnlag av samtykket ditt.').status).toBe('pass');
    });
  });

  describe('pass: a basis tied to a purpose', () => {
    it('reads processing "for å oppfylle avtalen" as the contract basis, in Bokmål and Nynorsk', () => {
      const nb = check(legalBasis, 'Personvern\n\nVi behandler navn og adresse for å oppfylle avtalen med deg.');
      expect(nb.status).toBe('pass');
      expect(nb.message.nb).toContain('avtale');
      expect(check(legalBasis, 'Personvern\n\nFøremålet med behandlinga er å oppfylle rettane og pliktene som følgjer av avtalevilkåra for tenesta.').status).toBe('pass');
      expect(check(legalBasis, 'Personvern\n\nDu kan lese avtalevilkårene på nettsiden vår. Vi sender nyhetsbrev til medlemmene.').status).toBe('fail');
    });

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

  describe('pass: a basis sentence that points back to the activity just stated', () => {
    const NN = 'Vi sender nyheitsbrev berre til dei som har bede om det. Det rettslege grunnlaget er samtykket ditt, jf. personvernforordninga artikkel 6 nr. 1 bokstav a.';
    const NB = 'Vi sender nyhetsbrev bare til dem som har bedt om det. Det rettslige grunnlaget er samtykket ditt, jf. personvernforordningen artikkel 6 nr. 1 bokstav a.';

    it('ties consent to the newsletter in the sentence before (Nynorsk and Bokmål)', () => {
      const nn = check(legalBasis, NN);
      expect(nn.status).toBe('pass');
      expect(nn.quotes).toEqual(['Det rettslege grunnlaget er samtykket ditt, jf. personvernforordninga artikkel 6 nr. 1 bokstav a.']);
      const nb = check(legalBasis, NB);
      expect(nb.status).toBe('pass');
      expect(nb.message.nb).toContain('samtykke');
    });

    it('reads other wordings of the activity and the basis', () => {
      const passive = 'Nyhetsbrevet sendes bare til dem som har meldt seg på. Behandlingen bygger på samtykke, jf. artikkel 6 nr. 1 bokstav a.';
      expect(check(legalBasis, passive).status).toBe('pass');
      const register = 'Vi fører medlemsregister over alle som betaler kontingent. Grunnlaget for denne behandlingen er avtalen med deg, jf. personvernforordningen artikkel 6 nr. 1 bokstav b.';
      const r = check(legalBasis, register);
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('avtale');
      const nn = 'Me sender ut påminningar om kurs til dei påmelde. Grunnlaget for behandlinga er avtalen med deg, jf. personvernforordninga artikkel 6 nr. 1 bokstav b.';
      expect(check(legalBasis, nn).status).toBe('pass');
      const en = 'We send our newsletter only to people who have asked for it. The legal basis is your consent (GDPR Article 6(1)(a)).';
      expect(check(legalBasis, en).status).toBe('pass');
    });

    it('follows "grunnlaget for dette" back across a paragraph break in the same section', () => {
      const r = check(legalBasis, 'Vi sender nyheitsbrev berre til dei som har bede om det.\n\nGrunnlaget for dette er samtykket ditt.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Grunnlaget for dette er samtykket ditt.']);
    });

    it('still warns when the sentence before states no activity, or a negated one', () => {
      const vague = check(legalBasis, 'Vi tek personvernet ditt på alvor. Det rettslege grunnlaget er samtykket ditt.');
      expect(vague.status).toBe('warn');
      expect(vague.message.nb).toContain('ikke knyttet til noe formål');
      expect(check(legalBasis, 'Vi sender ikke nyhetsbrev. Det rettslige grunnlaget er samtykket ditt.').status).toBe('warn');
    });

    it('still warns when the activity is in another paragraph and the basis does not point back', () => {
      expect(check(legalBasis, 'Vi sender nyhetsbrev til medlemmene.\n\nDet rettslige grunnlaget er samtykket ditt.').status).toBe('warn');
      // "for dette" under a general basis heading points to nothing in its own section
      expect(check(legalBasis, 'Vi sender nyhetsbrev til medlemmene.\n\nBehandlingsgrunnlag\n\nGrunnlaget for dette er samtykket ditt.').status).toBe('warn');
    });

    it('still warns on a list of all six bases after an activity, and on a rights sentence before the basis', () => {
      const list = check(
        legalBasis,
        'Vi sender nyhetsbrev til medlemmene. Vi kan behandle personopplysninger på grunnlag av samtykke, avtale, rettslig forpliktelse, vitale interesser, allmennhetens interesse eller berettiget interesse.',
      );
      expect(list.status).toBe('warn');
      expect(list.message.nb).toContain('generell liste');
      expect(check(legalBasis, 'Dine rettigheter\n\nDu kan klage til Datatilsynet. Det rettslige grunnlaget er samtykket ditt.').status).toBe('warn');
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
      expect(r.quotes.some((q) => /^The legal basis for processing personal data for this purpose is that the processing is necessary to fulfill a contract/.test(q))).toBe(true);
    });
  });
});

describe('legal-basis: definitions are not a basis', () => {
  it('fails when "lovpålagt" only appears in a glossary section (Nynorsk and Bokmål)', () => {
    const nn = check(
      legalBasis,
      'Sentrale omgrep\n\nPersonvern er eit lovpålagt vern av privatliv og personleg integritet.\n\nKva behandlar vi\n\nVi brukar IP-adressa til statistikk.',
    );
    expect(nn.status).toBe('fail');
    const nb = check(
      legalBasis,
      'Definisjoner\n\nPersonvern er et lovpålagt vern av privatlivet. En databehandleravtale er en avtale mellom den behandlingsansvarlige og databehandleren.\n\nHva vi behandler\n\nVi bruker IP-adressen til statistikk.',
    );
    expect(nb.status).toBe('fail');
    expect(
      check(
        legalBasis,
        'Key terms\n\nA data processing agreement is a contract that rests on a legal obligation in GDPR art. 28.\n\nWhat we collect\n\nWe use your e-mail address to send newsletters.',
      ).status,
    ).toBe('fail');
  });

  it('fails a sentence that defines privacy, outside a glossary too', () => {
    expect(check(legalBasis, 'Personvern er et lovpålagt vern av privatlivet ditt. Vi bruker e-postadressen din til å sende nyhetsbrev.').status).toBe('fail');
    expect(check(legalBasis, 'Personvern er eit lovpålagt vern av privatlivet ditt. Vi brukar e-postadressa di til å sende nyheitsbrev.').status).toBe('fail');
  });

  it('still passes a real obligation, and a basis after a sentence about privacy that defines nothing', () => {
    expect(check(legalBasis, 'Vi er lovpålagt å oppbevare regnskapsbilag i fem år etter bokføringsloven.').status).toBe('pass');
    expect(check(legalBasis, 'Vi er lovpålagde å ta vare på rekneskapsbilag i fem år etter bokføringslova.').status).toBe('pass');
    expect(check(legalBasis, 'Personvern er viktig for oss. Vi sender nyhetsbrev med ditt samtykke.').status).toBe('pass');
  });
});

describe('legal-basis: consent that is not relied on for a purpose', () => {
  const ORDER_NB = 'Vi bruker opplysningene til å behandle bestillingen din.';
  const ORDER_NN = 'Vi brukar opplysningane til å handsame bestillinga di.';

  it('fails consent named only as the exception to a disclosure that otherwise does not happen', () => {
    expect(check(legalBasis, `${ORDER_NB} Vi deler dem ikke med andre, med mindre du har samtykket til det.`).status).toBe('fail');
    expect(check(legalBasis, `${ORDER_NB} Opplysningene gis ikke videre til tredjeparter med mindre du samtykker.`).status).toBe('fail');
    expect(check(legalBasis, `${ORDER_NB} Vi selger ikke opplysningene dine uten ditt samtykke.`).status).toBe('fail');
    expect(check(legalBasis, `${ORDER_NN} Me deler dei ikkje med andre, med mindre du har gjeve samtykke til det.`).status).toBe('fail');
    expect(check(legalBasis, `${ORDER_NN} Opplysningane vert ikkje gjevne vidare utan samtykke frå deg.`).status).toBe('fail');
    expect(
      check(legalBasis, 'We use your details to process your order. We will not pass them on to any third party unless we have your consent to do so.').status,
    ).toBe('fail');
    expect(check(legalBasis, 'We use your details to process your order. Your details are never shared except with your consent.').status).toBe('fail');
  });

  it('still passes consent given for an activity, also after an exception word that states the basis', () => {
    expect(check(legalBasis, 'Vi sender nyhetsbrev når du har samtykket til det.').status).toBe('pass');
    expect(check(legalBasis, 'Me sender nyheitsbrev berre når du har samtykt til det.').status).toBe('pass');
    expect(check(legalBasis, 'Unless stated otherwise we rely on your consent to send you newsletters.').status).toBe('pass');
    expect(check(legalBasis, 'Med mindre noe annet er oppgitt, sender vi nyhetsbrev på grunnlag av ditt samtykke.').status).toBe('pass');
  });

  it('warns on consent claimed merely by using the site, given to the statement or terms as a whole', () => {
    const nn = check(legalBasis, `${ORDER_NN}\n\nVed å bruke nettstaden vår samtykkjer du til personvernerklæringa og godtek vilkåra.`);
    expect(nn.status).toBe('warn');
    expect(nn.message.nb).toContain('ikke knyttet til noe formål');
    expect(check(legalBasis, `${ORDER_NN}\n\nNår du brukar nettsida, samtykkjer du til denne erklæringa.`).status).toBe('warn');
    expect(check(legalBasis, `${ORDER_NB}\n\nVed å bruke nettstedet samtykker du til personvernerklæringen vår.`).status).toBe('warn');
    expect(check(legalBasis, `${ORDER_NB}\n\nVed å besøke nettsiden vår samtykker du til vilkårene og betingelsene.`).status).toBe('warn');
    expect(check(legalBasis, `${ORDER_NB}\n\nVed videre bruk av nettsiden samtykker du.`).status).toBe('warn');
    expect(check(legalBasis, 'We use your details to process your order.\n\nBy using this site you consent to this privacy policy.').status).toBe('warn');
  });

  it('still passes consent given by an action for a stated processing', () => {
    expect(
      check(legalBasis, 'Ved å opprette et medlemskap samtykker du til at personopplysningene dine kan behandles for medlemsadministrasjon.').status,
    ).toBe('pass');
    expect(check(legalBasis, 'Ved å bruke nettstedet samtykker du til at vi bruker informasjonskapsler til statistikk.').status).toBe('pass');
    expect(check(legalBasis, 'Når du melder deg på nyheitsbrevet, samtykkjer du til at me lagrar e-postadressa di.').status).toBe('pass');
    expect(check(legalBasis, 'Ved å melde deg på nyhetsbrevet samtykker du til personvernerklæringen vår.').status).toBe('pass');
  });
});
