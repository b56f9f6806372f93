import { describe, expect, it } from 'vitest';
import provisionRequirement from '../../rules/provision-requirement.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('provision-requirement', () => {
  describe('pass: required, voluntary, or the consequence stated', () => {
    it('reads an item marked optional in the list under a heading about the data collected (Bokmål, Nynorsk)', () => {
      const nb = check(
        provisionRequirement,
        '## Hvilke opplysninger samler vi inn?\n\n- Navn og fødselsdato\n- Hjemmeadresse\n- Målernummer for strøm (valgfritt, kun for avtalebytter)\n',
        { format: 'markdown' },
      );
      expect(nb.status).toBe('pass');
      expect(nb.quotes.join(' ')).toContain('Målernummer for strøm (valgfritt');
      const nn = check(
        provisionRequirement,
        '## Kva opplysningar samlar vi inn?\n\n### Opplysningar du gir oss\n\n| Opplysning | Merknad |\n| --- | --- |\n| Namn | |\n| Kundenummer hjå straumselskapet | frivillig |\n',
        { format: 'markdown' },
      );
      expect(nn.status).toBe('pass');
      expect(nn.quotes.join(' ')).toContain('Kundenummer hjå straumselskapet');
    });

    it('does not read a list under another heading as data, nor a data list that says nothing of choice', () => {
      const otherHeading = check(provisionRequirement, '## Turer vi tilbyr\n\n- Fjelltur\n- Padletur (valgfritt, kun om sommeren)\n', { format: 'markdown' });
      expect(otherHeading.status).toBe('fail');
      const silent = check(provisionRequirement, '## Hvilke opplysninger samler vi inn?\n\n- Navn\n- Målernummer for strøm\n', { format: 'markdown' });
      expect(silent.status).toBe('fail');
    });

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

  describe('pass: the data subject must give the data', () => {
    it('accepts "du må oppgi", "er du nøydd til å skrive opp" and a named data subject who must register', () => {
      const nb = check(provisionRequirement, 'For å melde deg på kurset er du nødt til å fylle ut skjemaet med navn og telefonnummer.');
      expect(nb.status).toBe('pass');
      expect(nb.message.nb).toContain('hvilke opplysninger som må gis');
      expect(check(provisionRequirement, 'Er du under 16 år, er du nøydd til å skrive opp ein føresett som kan kontaktast.').status).toBe('pass');
      expect(check(provisionRequirement, 'Medlemmer må registrere fødselsdato for å kunne spille i serien.').status).toBe('pass');
      expect(check(provisionRequirement, 'Ved påmelding må du oppgje namn og e-postadresse.').status).toBe('pass');
    });

    it('accepts a form or service that requires the data subject to fill in data (Bokmål, Nynorsk, English)', () => {
      const r = check(provisionRequirement, 'Enkelte skjemaer krever at du oppgir fødselsnummer.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Enkelte skjemaer krever at du oppgir fødselsnummer.']);
      expect(check(provisionRequirement, 'Nokre tenester krev at du legg inn kontaktinformasjonen din.').status).toBe('pass');
      expect(check(provisionRequirement, 'The booking form requires you to enter your name and phone number.').status).toBe('pass');
      expect(check(provisionRequirement, 'You have to provide an address so that we can deliver the parcel.').status).toBe('pass');
      expect(check(provisionRequirement, 'You will need to provide a delivery address.').status).toBe('pass');
    });

    it('accepts consent that is the condition for applying or taking part', () => {
      expect(check(provisionRequirement, 'Søkeren må samtykke til behandlingen for å kunne sende inn en søknad.').status).toBe('pass');
      expect(check(provisionRequirement, 'Deltakarane må godkjenne vilkåra for å kunne delta på leiren.').status).toBe('pass');
    });

    it('accepts the controller saying which data it must obtain', () => {
      const r = check(provisionRequirement, 'Når du blir kunde hos oss, må vi innhente opplysninger som navn, adresse og fødselsdato.');
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('hvilke opplysninger som må gis');
      expect(check(provisionRequirement, 'For å sende faktura må me få namn og adresse frå deg.').status).toBe('pass');
      expect(check(provisionRequirement, 'We need your name and address to deliver the order.').status).toBe('pass');
    });

    it('accepts collection required by law or contract', () => {
      const r = check(provisionRequirement, 'Personopplysninger hentes inn når vi er pålagt det etter lov eller avtale.');
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('lov eller avtale krever det');
      expect(check(provisionRequirement, 'Opplysningane vert henta inn når det er naudsynt for oppgåver vi er pålagde etter lov og/eller avtale.').status).toBe('pass');
    });
  });

  describe('pass: a subject named with a phrase, or data that must be used', () => {
    it('reads "alle medlemmer av foreningen må registrere …" in Bokmål and Nynorsk', () => {
      expect(check(provisionRequirement, 'Alle medlemmer av foreningen må registrere navn, e-postadresse og telefonnummer.').status).toBe('pass');
      expect(check(provisionRequirement, 'Alle deltakarar på kurset må oppgje namn og e-postadresse.').status).toBe('pass');
    });

    it('reads "må brukeren benytte fødselsnummeret sitt" as data that must be given (Bokmål and Nynorsk)', () => {
      const r = check(provisionRequirement, 'For å logge inn på kontoen må brukeren benytte fødselsnummeret sitt og et passord.');
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('må gis');
      expect(check(provisionRequirement, 'For å logge inn må brukaren nytte fødselsnummeret sitt.').status).toBe('pass');
    });

    it('does not read "du må bruke nettleseren" or a member "av styret" without data as a requirement', () => {
      expect(check(provisionRequirement, 'Du må bruke en oppdatert nettleser for å se sidene.').status).toBe('fail');
      expect(check(provisionRequirement, 'Medlemmer av styret må signere protokollen.').status).toBe('fail');
    });
  });

  describe('pass: what follows from refusing cookies', () => {
    it('accepts the consequence in the same sentence or the next one (Bokmål and Nynorsk)', () => {
      const same = check(provisionRequirement, 'Du kan slå av informasjonskapsler i nettleseren, men da vil ikke nettsiden fungere optimalt.');
      expect(same.status).toBe('pass');
      expect(same.message.nb).toContain('hva som skjer');
      const next = check(provisionRequirement, 'Du kan blokkere informasjonskapslar i nettlesaren din. Nettstaden vil då ikkje fungere som han skal.');
      expect(next.status).toBe('pass');
      expect(next.quotes).toEqual(['Du kan blokkere informasjonskapslar i nettlesaren din.']);
    });

    it('needs both the refusal and the consequence', () => {
      expect(check(provisionRequirement, 'Du kan slå av informasjonskapsler i nettleseren din. Les mer på nettvett.no.').status).toBe('fail');
      expect(check(provisionRequirement, 'Vi bruker informasjonskapsler for statistikk. Nettsiden fungerer ikke uten JavaScript.').status).toBe('fail');
    });
  });

  describe('pass: voluntary, or the data subject\'s own choice', () => {
    it('accepts voluntariness said as a predicate, without a giving verb', () => {
      expect(check(provisionRequirement, 'Det er valgfritt å svare på spørreundersøkelsen.').status).toBe('pass');
      expect(check(provisionRequirement, 'Det er friviljug å svare på undersøkinga.').status).toBe('pass');
      expect(check(provisionRequirement, 'Deltakelse i kundeklubben er helt frivillig.').status).toBe('pass');
      expect(check(provisionRequirement, 'Answering the survey is optional, and answers are stored anonymously.').status).toBe('pass');
      expect(check(provisionRequirement, 'It is voluntary to take part in the survey.').status).toBe('pass');
    });

    it('accepts "du trenger ikke å oppgi" and "you do not have to provide"', () => {
      expect(check(provisionRequirement, 'Du trenger ikke å oppgi telefonnummer.').message.nb).toContain('ikke har plikt');
      expect(check(provisionRequirement, 'You do not have to provide your phone number.').status).toBe('pass');
    });

    it('accepts giving data as the data subject\'s choice ("hvis du velger å", "du kan velje å")', () => {
      const r = check(provisionRequirement, 'Vi samler bare inn personopplysninger hvis du velger å opprette en konto.');
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('eget valg');
      expect(check(provisionRequirement, 'Dersom du vel å opprette ein brukar, lagrar vi namn og e-postadresse.').status).toBe('pass');
      expect(check(provisionRequirement, 'Du kan velje å leggje inn telefonnummeret ditt på profilen.').status).toBe('pass');
      expect(check(provisionRequirement, 'If you choose to create an account, we collect your name and e-mail address.').status).toBe('pass');
    });
  });

  describe('pass: the data subject may say no, and the statement says what follows', () => {
    it('passes refusing with its result in the same or the next sentence (Bokmål)', () => {
      const app = check(provisionRequirement, 'Du kan når som helst si nei til posisjonstilgang og velge sted manuelt. Appen virker like godt da.');
      expect(app.status).toBe('pass');
      expect(app.message.en).toContain('what happens if the data is not given');
      expect(check(provisionRequirement, 'Velger du «Bare nødvendige», sendes ingenting til annonsepartnerne.').status).toBe('pass');
      expect(check(provisionRequirement, 'Når banneret vises, kan du godta eller avvise analyse-cookies. Valget ditt styrer om vi laster analyseverktøyet.').status).toBe('pass');
    });

    it('passes refusing with its result in Nynorsk', () => {
      expect(check(provisionRequirement, 'Du kan takke nei til statistikk, og då vert ikkje sett nokon informasjonskapslar. Tenesta verkar like godt.').status).toBe('pass');
      expect(check(provisionRequirement, 'Vel du «Berre naudsynte», blir ingenting sendt vidare, og appen verkar like godt.').status).toBe('pass');
    });

    it('passes no account needed, and giving what one chooses oneself (Bokmål and Nynorsk)', () => {
      expect(check(provisionRequirement, 'Appen krever ingen registrering, og vi samler ikke inn navn eller e-postadresse.').status).toBe('pass');
      expect(check(provisionRequirement, 'Du kan bruke tenesta utan å registrere deg, og vi ber ikkje om namn.').status).toBe('pass');
      expect(check(provisionRequirement, 'Vi får bare de opplysningene du selv velger å sende oss i skjemaet.').status).toBe('pass');
      expect(check(provisionRequirement, 'Vi får berre dei opplysningane du sjølv vel å sende oss.').status).toBe('pass');
    });

    it('fails a need named only in a relative clause, but passes the need said outright (Bokmål and Nynorsk)', () => {
      expect(check(provisionRequirement, 'Vi bruker ikke nyhetsbrev eller annen kommunikasjon der vi trenger å lagre e-postadressen din.').status).toBe('fail');
      expect(check(provisionRequirement, 'Vi har ingen tenester der vi treng å lagre e-postadressa di.').status).toBe('fail');
      expect(check(provisionRequirement, 'For å sende varen trenger vi adressen din.').status).toBe('pass');
      expect(check(provisionRequirement, 'For å sende vara treng vi adressa di.').status).toBe('pass');
    });

    it('fails a refusal with nothing said of what follows, a record of no registrations, and data described by choice', () => {
      expect(check(provisionRequirement, 'Du kan avvise informasjonskapsler i banneret nederst på siden.').status).toBe('fail');
      expect(check(provisionRequirement, 'Det skjer ingen registrering av IP-adresser i loggene våre.').status).toBe('fail');
      expect(check(provisionRequirement, 'Vi lagrar bileta du vel å sende oss i tre månader.').status).toBe('fail');
      // the controller refusing requests is not the data subject saying no
      expect(check(provisionRequirement, 'Vi kan avvise søknader som kommer for sent, og data brukes ikke til andre formål.').status).toBe('fail');
    });
  });

  describe('pass: giving one\'s identity is optional (anonymity)', () => {
    it.each([
      'Du kan sende inn tips anonymt via skjemaet.',
      'Du kan sende oss innspill uten å oppgi navn.',
      'Det er mogleg å senda inn innspel anonymt.',
      'Du kan melde frå anonymt til oss.',
      'Du kan gje tilbakemelding utan å oppgje namn.',
      'You can submit feedback anonymously.',
    ])('accepts "%s"', (text) => {
      const r = check(provisionRequirement, text);
      expect(r.status).toBe('pass');
      expect(r.message.nb).toContain('eget valg');
    });

    it.each([
      'Vi kan lagre opplysningene anonymt i statistikken.',
      'Opplysningene lagres anonymt.',
      'Du kan være trygg på at dataene er anonyme.',
      'Du kan ikke være anonym når du søker.',
      'Vi anonymiserer dataene etter ett år.',
    ])('does not accept "%s"', (text) => {
      expect(check(provisionRequirement, text).status).toBe('fail');
    });
  });

  describe('pass: data withheld until the data subject chooses a feature', () => {
    it.each([
      'Ingen posisjonsdata brukes før du velger å starte spillet.',
      'Vi ber ikke om posisjonen din før du velger å åpne kartet.',
      'Appen hentar ikkje inn posisjonen din før du vel å starte turen.',
      'Inga posisjonsdata blir lagra før du vel å bruke kartet.',
      'We do not access your location until you choose to start navigation.',
    ])('accepts "%s"', (text) => {
      expect(check(provisionRequirement, text).status).toBe('pass');
    });

    it.each([
      'Vi samler inn posisjonen din før du velger å starte spillet.',
      'Før du velger å kjøpe, bør du lese vilkårene.',
      'Vi lagrer ikke bildet før du velger å ikke laste det opp.',
    ])('does not accept "%s"', (text) => {
      expect(check(provisionRequirement, text).status).toBe('fail');
    });
  });

  describe('fail: not addressed', () => {
    it('does not take other duties of the data subject as a requirement to give data', () => {
      expect(check(provisionRequirement, 'Du må kontakte oss skriftlig for å få innsyn.').status).toBe('fail');
      expect(check(provisionRequirement, 'Dersom du vil trekke samtykket, må du gi oss beskjed.').status).toBe('fail');
      expect(check(provisionRequirement, 'Er den nye billetten dyrare, er du nøydd til å betale mellomlegget.').status).toBe('fail');
      expect(check(provisionRequirement, 'Kunden må godta vilkårene.').status).toBe('fail');
      // the data subject is in another clause; the one who must register is someone else
      expect(check(provisionRequirement, 'Når du kontakter oss, må kundeservice registrere henvendelsen.').status).toBe('fail');
      expect(check(provisionRequirement, 'Når du handler, plikter vi å registrere kjøpet.').status).toBe('fail');
    });

    it('does not take a prohibition ("du må ikke oppgi") as a requirement', () => {
      expect(check(provisionRequirement, 'Du må ikke oppgi helseopplysninger i kommentarfeltet.').status).toBe('fail');
      expect(check(provisionRequirement, 'You must not provide health data in the message field.').status).toBe('fail');
    });

    it('does not take the controller\'s need for a basis, or its storage duty, as a requirement to give data', () => {
      expect(check(provisionRequirement, 'For å behandle personopplysningene dine må vi ha et behandlingsgrunnlag.').status).toBe('fail');
      expect(check(provisionRequirement, 'For å kunne behandle opplysningene trenger vi et rettslig grunnlag.').status).toBe('fail');
      expect(check(provisionRequirement, 'Vi må lagre opplysningene i fem år etter bokføringsloven.').status).toBe('fail');
      expect(check(provisionRequirement, 'Dersom vi må innhente opplysninger fra andre, vil vi informere deg om det.').status).toBe('fail');
    });

    it('does not take volunteers or a voluntary organisation as voluntariness', () => {
      expect(check(provisionRequirement, 'Vi er en frivillig organisasjon som drives av frivillige.').status).toBe('fail');
      expect(check(provisionRequirement, 'Laget er drive av friviljuge, og alle verv er frivillig arbeid.').status).toBe('fail');
      expect(check(provisionRequirement, 'Vi behandler opplysninger om frivillige og ansatte i foreningen.').status).toBe('fail');
      expect(check(provisionRequirement, 'Frivilligsentralen lagrer navn og telefonnummer til alle som melder seg.').status).toBe('fail');
      // the plural as a predicate is still voluntariness
      expect(check(provisionRequirement, 'Opplysningene er frivillige, men de gjør det lettere å hjelpe deg.').status).toBe('pass');
    });

    it('does not take a choice that only describes data, or a choice to leave, as voluntariness', () => {
      expect(check(provisionRequirement, 'Vi behandlar namn, e-post og bilete du vel å sende.').status).toBe('fail');
      expect(check(provisionRequirement, 'Du kan velge å melde deg av nyhetsbrevet når som helst.').status).toBe('fail');
      expect(check(provisionRequirement, 'Hvis du velger å ikke godta informasjonskapsler, kan nettstedet fungere dårligere.').status).toBe('fail');
    });

    it('does not take necessity as the condition for a disclosure as a requirement', () => {
      const r = check(
        provisionRequirement,
        'Vi kan utlevere informasjon til politiet dersom det er nødvendig for å forhindre svindel, eller informasjonen er nødvendig for å avklare en tvist.',
      );
      expect(r.status).toBe('fail');
    });

    it('does not take a law-or-contract clause about data minimisation as a requirement', () => {
      expect(check(provisionRequirement, 'Vi samler inn opplysninger som er nødvendige for avtaler vi har etter lov eller avtale.').status).toBe('fail');
    });

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

    it('passes g07 on anonymous input and g08 on location withheld until the game starts', () => {
      expect(check(provisionRequirement, corpusDoc('holdout2/g07-bikuben-barnepark.html')).quotes).toEqual(['Du kan sende inn anonyme innspill.']);
      expect(check(provisionRequirement, corpusDoc('holdout2/g08-sommerlabyrinten.txt')).status).toBe('pass');
    });

    it('fails dv04, whose "Dataminimering (samler kun nødvendige opplysninger)" and "Frivillig oppbevaring" do not count', () => {
      expect(check(provisionRequirement, corpusDoc('dev/dv04-chiroclick-template.md')).status).toBe('fail');
    });
  });
});
