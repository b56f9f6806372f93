import { describe, expect, it } from 'vitest';
import cookies from '../../rules/cookies.js';
import recipients from '../../rules/recipients.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('recipients', () => {
  describe('pass: recipients or categories stated', () => {
    it('takes a provider named by what it provides as a category of recipient (Bokmål, Nynorsk)', () => {
      const nb = check(recipients, 'Vi bruker pålitelige e-postleverandører for å sende ut nyhetsbrev, og opplysningene dine lagres sikkert hos dem.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes.join(' ')).toContain('e-postleverandører');
      expect(check(recipients, 'Me nyttar ein skyleverandør til å lagre opplysningane på vegner av oss.').status).toBe('pass');
      // the people the data is about are not recipients
      expect(check(recipients, 'Vi behandler opplysninger om kunder og tjenesteleverandører.').status).toBe('fail');
    });

    it('takes a cookieless analytics service as a recipient, and not as a cookie tracker (Bokmål, Nynorsk)', () => {
      const nb = check(recipients, 'Vi bruker Simple Analytics for å samle inn anonymisert besøksstatistikk.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes.join(' ')).toContain('Simple Analytics');
      expect(check(recipients, 'Me nyttar Fathom Analytics til å telje besøk på nettstaden.').status).toBe('pass');
      expect(check(cookies, 'Vi bruker Simple Analytics for å samle inn anonymisert besøksstatistikk. Nettstedet setter ingen informasjonskapsler.').status).not.toBe('warn');
    });

    it('reads a named service that gets the data ("får Google … IP-adressen") in Bokmål and Nynorsk', () => {
      const nb = check(recipients, 'Personvern\n\nNår kartet lastes, får Google blant annet IP-adressen din.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toEqual(['Når kartet lastes, får Google blant annet IP-adressen din.']);
      expect(check(recipients, 'Personvern\n\nNår kartet blir lasta, får Google mellom anna IP-adressa di.').status).toBe('pass');
      expect(check(recipients, 'Personvern\n\nVi får ofte spørsmål om Google. Du får en kvittering på e-post.').status).toBe('fail');
    });

    it('accepts named recipients and categories in Bokmål', () => {
      const r = check(recipients, 'Vi deler opplysningene dine med regnskapsføreren vår og med Posten/Bring ved levering.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Vi deler opplysningene dine med regnskapsføreren vår og med Posten/Bring ved levering.']);
      expect(check(recipients, 'Vi bruker leverandører av IT-tjenester som behandler opplysninger på våre vegne.').status).toBe('pass');
      expect(check(recipients, 'Opplysninger kan utleveres til politiet dersom loven krever det.').status).toBe('pass');
    });

    it('accepts Nynorsk processors and a list under a recipients heading', () => {
      expect(check(recipients, 'Vi nyttar databehandlarar som lagrar opplysningane for oss.').status).toBe('pass');
      const r = check(recipients, 'Kven får tilgang til opplysningane?\n\n• Rekneskapsførar\n• Revisor');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['Rekneskapsførar', 'Revisor']);
    });

    it('accepts named services used for processing', () => {
      expect(check(recipients, 'Vi bruker Mailchimp til å sende ut nyhetsbrev.').status).toBe('pass');
      expect(check(recipients, 'Betalingen skjer via betalingsleverandøren Vipps.').status).toBe('pass');
    });

    it('reads English statements', () => {
      const r = check(recipients, 'We share your data with our payment provider and our accountant.');
      expect(r.status).toBe('pass');
      expect(r.message.en).toContain('Recipients or categories of recipients are stated');
    });

    it('collects the categories that follow a general sharing sentence', () => {
      const r = check(recipients, 'Noe deling av personopplysninger er nødvendig. Dette vil typisk være regnskapsfører og IT-leverandører.');
      expect(r.quotes).toEqual(['Dette vil typisk være regnskapsfører og IT-leverandører.']);
    });
  });

  describe('pass: no recipients (negation states that there are none)', () => {
    it('passes "vi deler ikke" in Bokmål, Nynorsk and English', () => {
      const nb = check(recipients, 'Vi deler ikke opplysningene dine med andre.');
      expect(nb.status).toBe('pass');
      expect(nb.message.en).toContain('not shared');
      expect(check(recipients, 'Vi gjev ikkje opplysningane vidare til tredjepart.').status).toBe('pass');
      expect(check(recipients, 'Opplysningane vert ikkje delte med nokon.').quotes).toEqual(['Opplysningane vert ikkje delte med nokon.']);
      expect(check(recipients, 'We do not share your personal data with third parties.').status).toBe('pass');
    });

    it('passes "only we have access"', () => {
      expect(check(recipients, 'Ingen andre enn de ansatte i styret har tilgang til opplysningene.').status).toBe('pass');
    });
  });

  describe('fail: not addressed', () => {
    it('fails a statement with nothing on recipients', () => {
      const r = check(recipients, 'Vi samler inn navn og e-post for å sende nyhetsbrev.');
      expect(r.status).toBe('fail');
      expect(r.evidence).toEqual([]);
    });

    it('does not count the data subject\'s own copy or portability', () => {
      expect(check(recipients, 'Du har rett til å få utlevert opplysningene dine i et maskinlesbart format.').status).toBe('fail');
      expect(check(recipients, 'Du kan be om å få overført opplysningene til en annen behandlingsansvarlig.').status).toBe('fail');
      expect(check(recipients, 'Du har rett til å vite hvem vi deler opplysningene med.').status).toBe('fail');
    });

    it('does not count the people the data is about, "deler av", or "we do not sell"', () => {
      expect(check(recipients, 'Vi behandler opplysninger om kunder, leverandører og samarbeidspartnere.').status).toBe('fail');
      expect(check(recipients, 'Store deler av opplysningene er offentlige.').status).toBe('fail');
      expect(check(recipients, 'Vi selger ikke personopplysninger.').status).toBe('fail');
    });
  });

  describe('corpus', () => {
    it('passes a Nynorsk statement that says data is not shared', () => {
      const r = check(recipients, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md'));
      expect(r.status).toBe('pass');
      expect(r.quotes).toContain('Opplysningane vert ikkje delt med andre.');
    });

    it('passes named processors and categories', () => {
      expect(check(recipients, corpusDoc('dev/dv01-sitatvegg-hyperion.md')).quotes).toEqual(['Vi lagrer informasjonen hos Heroku.']);
      expect(check(recipients, corpusDoc('seeds/s05-ikomm.txt')).quotes).toContain('Vi benytter databehandlere som bistår oss med ulike prosesser i Ikomm.');
      expect(check(recipients, corpusDoc('seeds/s04-invoice-club.txt')).status).toBe('pass');
    });

    it('fails statements that never address recipients, though they mention portability', () => {
      expect(check(recipients, corpusDoc('dev/dv02-mytxs-samfundet.md')).status).toBe('fail');
      expect(check(recipients, corpusDoc('dev/d02-fribyte-boskonf-en.md')).status).toBe('fail');
    });
  });

  describe('recipients named after the verb, services in the passive, tools used on the controller\'s behalf', () => {
    it('passes an organisation named after "delt med" / "gitt videre til", in Bokmål and Nynorsk', () => {
      const nb = check(recipients, 'Medlemsopplysningene blir delt med Norges Fotballforbund for registrering i Min idrett.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toEqual(['Medlemsopplysningene blir delt med Norges Fotballforbund for registrering i Min idrett.']);
      expect(check(recipients, 'Navn og fødselsår gis videre til NIF når du blir medlem.').status).toBe('pass');
      expect(check(recipients, 'Opplysningane blir delte med NMF for medlemsregistrering.').status).toBe('pass');
      expect(check(recipients, 'Namnelista vert send vidare til Noregs Musikkorps Forbund.').status).toBe('pass');
      expect(check(recipients, 'Your booking details are shared with Fjord Line AS.').status).toBe('pass');
    });

    it('passes other parents or members as recipients', () => {
      expect(check(recipients, 'Telefonnummeret ditt deles med andre foreldre på laget slik at dere kan avtale kjøring.').status).toBe('pass');
      expect(check(recipients, 'Kontaktinformasjonen vert delt med dei andre føresette i korpset.').status).toBe('pass');
      expect(check(recipients, 'Your e-mail address is shared with the other members of the team.').status).toBe('pass');
    });

    it('passes a named service put to use in the passive', () => {
      const nn = check(recipients, 'Stripe vert nytta til betaling av deltakaravgift.');
      expect(nn.status).toBe('pass');
      expect(nn.quotes).toEqual(['Stripe vert nytta til betaling av deltakaravgift.']);
      expect(check(recipients, 'Firebase blir brukt til å lagre påmeldingene.').status).toBe('pass');
      expect(check(recipients, 'Mailchimp brukes til utsending av nyhetsbrev.').status).toBe('pass');
      expect(check(recipients, 'Stripe is used to take card payments.').status).toBe('pass');
    });

    it('passes tools that process data on the controller\'s behalf', () => {
      expect(check(recipients, 'Laget nyttar fylgjande tenester for å behandla data på vegne av laget.').status).toBe('pass');
      expect(check(recipients, 'Foreningen bruker disse tjenestene til å lagre opplysninger på vegne av foreningen.').status).toBe('pass');
    });

    it('passes a table of processors under a heading about who processes data on our behalf (Bokmål and Nynorsk)', () => {
      const nb = '## Hvem som behandler opplysningene på våre vegne\n\n| Leverandør | Hva de gjør |\n|---|---|\n| Netlify | Drifter nettsiden |\n| ClickUp | Register over henvendelser |\n';
      const r = check(recipients, nb, { format: 'markdown' });
      expect(r.status).toBe('pass');
      expect(r.quotes).toContain('ClickUp Register over henvendelser');
      const nn = '## Leverandørar\n\n| Teneste | Kva dei gjer |\n|---|---|\n| Zapier | Sender varsel om nye meldingar |\n';
      expect(check(recipients, nn, { format: 'markdown' }).status).toBe('pass');
      // a table under an unrelated heading names no recipients
      const other = '## Opningstider\n\n| Dag | Tid |\n|---|---|\n| Måndag | 9–16 |\n';
      expect(check(recipients, other, { format: 'markdown' }).status).toBe('fail');
    });

    it('passes a self-hosted analytics tool named as in use, without implying a transfer', () => {
      expect(check(recipients, 'Vi bruker Umami, et personvernvennlig analyseverktøy som ikke bruker informasjonskapsler.').status).toBe('pass');
      expect(check(recipients, 'Vi nyttar Umami til å telje besøk på nettstaden.').status).toBe('pass');
    });

    it('passes English disclosure verbs with a recipient', () => {
      expect(check(recipients, 'The shop passes order details on to third parties such as carriers and payment providers.').status).toBe('pass');
      expect(check(recipients, 'Information may be given to public authorities where the law requires it.').status).toBe('pass');
    });

    it('does not take a law, a place, the data subject or the members written to as recipients', () => {
      expect(check(recipients, 'Opplysningene utleveres bare i samsvar med Personopplysningsloven.').status).toBe('fail');
      expect(check(recipients, 'Opplysningar blir berre utleverte i tråd med Datatilsynet sine råd.').status).toBe('fail');
      expect(check(recipients, 'Opplysningene kan overføres til USA.').status).toBe('fail');
      expect(check(recipients, 'Vi deler informasjon med deg om kommende aktiviteter.').status).toBe('fail');
      expect(check(recipients, 'Vi sender nyhetsbrev til medlemmene fire ganger i året.').status).toBe('fail');
      expect(check(recipients, 'Vi nyttar tenester som handlar på vegne av deg.').status).toBe('fail');
      expect(check(recipients, 'Du får tilgang til Medlemsportalen når du har betalt kontingent.').status).toBe('fail');
    });
  });
});
