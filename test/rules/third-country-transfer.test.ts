import { describe, expect, it } from 'vitest';
import thirdCountryTransfer from '../../rules/third-country-transfer.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('third-country-transfer', () => {
  describe('pass: no transfer stated', () => {
    it('accepts storage in Norway/EEA and a negated transfer, in Bokmål, Nynorsk and English', () => {
      expect(check(thirdCountryTransfer, 'Opplysningene lagres på servere i Norge.').quotes).toEqual(['Opplysningene lagres på servere i Norge.']);
      const nb = check(thirdCountryTransfer, 'Vi overfører ikke personopplysninger til land utenfor EU/EØS.');
      expect(nb.status).toBe('pass');
      expect(nb.message.en).toContain('stays in Norway/the EEA');
      expect(check(thirdCountryTransfer, 'Opplysningane vert ikkje overførte til land utanfor EØS.').status).toBe('pass');
      expect(check(thirdCountryTransfer, 'Our servers are hosted in the EU and data is not transferred outside the EEA.').status).toBe('pass');
    });

    it('does not read "herunder land innenfor EU/EØS" as EEA-only', () => {
      const r = check(thirdCountryTransfer, 'Underleverandørene kan drive virksomhet i utlandet, og vi kan overføre opplysninger dit, herunder land innenfor EU/EØS.');
      expect(r.status).toBe('warn');
    });
  });

  describe('pass: transfer with a safeguard', () => {
    it('accepts standard contractual clauses in Bokmål and Nynorsk', () => {
      const nb = check(thirdCountryTransfer, 'Vi bruker Mailchimp. Overføringen til USA skjer på grunnlag av EUs standardkontraktsklausuler.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toContain('EUs standardkontraktsklausuler');
      expect(check(thirdCountryTransfer, 'Vi nyttar Microsoft 365. Overføringa skjer med standardkontraktsklausular.').quotes).toEqual(['standardkontraktsklausular']);
    });

    it('accepts adequacy and the Data Privacy Framework', () => {
      expect(check(thirdCountryTransfer, 'Vi bruker Google Analytics. Google er sertifisert under EU-US Data Privacy Framework.').quotes).toEqual(['Data Privacy Framework']);
      expect(check(thirdCountryTransfer, 'Overføring til tredjeland skjer bare til land med tilstrekkelig beskyttelsesnivå.').status).toBe('pass');
    });

    it('does not take a processor template ("standardavtale") as a transfer safeguard', () => {
      expect(check(thirdCountryTransfer, 'Vi har inngått databehandleravtale basert på Datatilsynets standardavtale.').status).toBe('na');
    });
  });

  describe('warn: services outside the EEA or a transfer, no safeguard', () => {
    it('warns on named US services', () => {
      const r = check(thirdCountryTransfer, 'Vi bruker Zoom til møter og Stripe til betaling.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['Zoom', 'Stripe']);
      expect(check(thirdCountryTransfer, 'Vi brukar Facebook og Instagram til marknadsføring.').status).toBe('warn');
    });

    it('warns on a transfer mentioned without a safeguard', () => {
      const r = check(thirdCountryTransfer, 'Data kan overføres til land utenfor EØS.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['Data kan overføres til land utenfor EØS.']);
    });

    it('treats Privacy Shield as no valid safeguard', () => {
      const r = check(thirdCountryTransfer, 'Vi bruker Google Analytics. Overføringen skjer under EU-US Privacy Shield.');
      expect(r.status).toBe('warn');
      expect(r.message.en).toContain('Privacy Shield');
      expect(r.quotes).toContain('Privacy Shield');
    });
  });

  describe('na: nothing suggests a transfer', () => {
    it('is not applicable without services or transfers', () => {
      const r = check(thirdCountryTransfer, 'Vi lagrer navn og e-post for å sende nyhetsbrev.');
      expect(r.status).toBe('na');
      expect(r.message.nb).toContain('Ingen tjenester');
    });

    it('ignores EEA services, social-media links and negated services', () => {
      expect(check(thirdCountryTransfer, 'Vi bruker Vipps og Fiken.').status).toBe('na');
      expect(check(thirdCountryTransfer, 'Følg oss på Facebook og Instagram!').status).toBe('na');
      expect(check(thirdCountryTransfer, 'Vi bruker ikke Google Analytics eller andre sporingsverktøy.').status).toBe('na');
    });
  });

  describe('corpus', () => {
    it('passes a safeguard and a Nordic storage location', () => {
      const d01 = check(thirdCountryTransfer, corpusDoc('dev/d01-get-academy.html'));
      expect(d01.status).toBe('pass');
      expect(d01.quotes).toContain('EUs standardkontrakter');
      expect(check(thirdCountryTransfer, corpusDoc('seeds/s01-igo.txt')).quotes).toEqual([
        'Opplysningene oppbevares av IGo AS i kundesystemet vårt som lagres i servere i Norden.',
      ]);
    });

    it('warns on US services named without safeguards', () => {
      const d10 = check(thirdCountryTransfer, corpusDoc('dev/d10-jobbklar.html'));
      expect(d10.status).toBe('warn');
      expect(d10.quotes).toEqual(['GitHub', 'Gumroad']); // Google Analytics and Meta Pixel are said not to be installed
      expect(check(thirdCountryTransfer, corpusDoc('seeds/s02-ekko-ipogs.txt')).quotes).toContain('Zoom Video Communications');
    });

    it('is not applicable where only an EEA provider (Brevo) is named', () => {
      expect(check(thirdCountryTransfer, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md')).status).toBe('na');
    });
  });

  describe('EEA locations, the Commission\'s standard agreements and conditional transfers', () => {
    it('passes storage in an EEA country or data-centre city', () => {
      expect(check(thirdCountryTransfer, 'Dataene fra analyseverktøyet lagres på servere i Irland.').status).toBe('pass');
      expect(check(thirdCountryTransfer, 'Nettsida blir drifta av ein leverandør i Frankfurt.').status).toBe('pass');
      expect(check(thirdCountryTransfer, 'Our website is hosted in Germany.').status).toBe('pass');
      const aws = check(thirdCountryTransfer, 'Opplysningene lagres hos Amazon Web Services i Irland.');
      expect(aws.status).toBe('pass');
      expect(aws.quotes).toEqual(['Opplysningene lagres hos Amazon Web Services i Irland.']);
    });

    it('passes a processor placed inside the EEA', () => {
      expect(check(thirdCountryTransfer, 'Vi har inngått databehandleravtale med en databehandler innenfor EU/EØS.').status).toBe('pass');
      expect(check(thirdCountryTransfer, 'Medlemsregisteret blir levert av ein databehandlar innanfor EØS.').status).toBe('pass');
    });

    it('does not read Hotjar (Malta) as a transfer', () => {
      expect(check(thirdCountryTransfer, 'Vi bruker Hotjar til å se hvordan besøkende bruker nettsiden.').status).toBe('na');
    });

    it('passes the Commission\'s standard agreements and an adequacy decision in Nynorsk', () => {
      const nn = check(
        thirdCountryTransfer,
        'Leverandørane kan bruke underleverandørar utanfor EØS. Slike overføringar krev EU-kommisjonen sine standardavtalar eller ei avgjerd om tilstrekkeleg vern.',
      );
      expect(nn.status).toBe('pass');
      expect(nn.quotes).toContain('EU-kommisjonen sine standardavtalar');
      expect(nn.quotes).toContain('avgjerd om tilstrekkeleg vern');
      expect(check(thirdCountryTransfer, 'Vi bruker Microsoft 365. Overføringen til USA skjer med standardavtaler fra EU-kommisjonen.').status).toBe('pass');
    });

    it('does not take a standard agreement or protection in general for a transfer basis', () => {
      expect(check(thirdCountryTransfer, 'Vi bruker Google Workspace. Vi har inngått en standardavtale med leverandøren.').status).toBe('warn');
      expect(check(thirdCountryTransfer, 'Vi sikrer tilstrekkelig beskyttelse av opplysningene med kryptering.').status).toBe('na');
    });

    it('passes a transfer that may happen, with safeguards or beside a statement that data is not transferred', () => {
      const nb = check(thirdCountryTransfer, 'Dersom opplysningene overføres til land utenfor EØS, sørger vi for et gyldig overføringsgrunnlag.');
      expect(nb.status).toBe('pass');
      expect(nb.message.en).toContain('only mentioned as a possibility, with safeguards');
      expect(check(thirdCountryTransfer, 'Om opplysningane blir overførte til land utanfor EØS, vil vi sikre at det finst naudsynte garantiar.').status).toBe('pass');
      expect(check(thirdCountryTransfer, 'If your data is transferred outside the EEA, we ensure that appropriate safeguards are in place.').status).toBe('pass');
      const both = check(
        thirdCountryTransfer,
        'Vi overfører vanligvis ikke personopplysninger til land utenfor EØS. Hvis opplysninger likevel overføres til tredjeland, får du beskjed.',
      );
      expect(both.status).toBe('pass');
      expect(both.quotes).toHaveLength(2);
    });

    it('warns on a possible transfer with nothing to secure it, and on a service actually used', () => {
      expect(check(thirdCountryTransfer, 'Hvis opplysningene overføres til land utenfor EØS, vil du få beskjed.').status).toBe('warn');
      // the condition is about using the app; the transfer itself is certain
      expect(check(thirdCountryTransfer, 'Vi overfører ikke data ut av EØS. Hvis du bruker appen, overføres data til land utenfor EØS.').status).toBe('warn');
      const used = check(thirdCountryTransfer, 'Vi bruker Google Analytics. Dersom data overføres til tredjeland, sørger vi for avtaler som sikrer dette.');
      expect(used.status).toBe('warn');
      expect(used.quotes).toEqual(['Google Analytics']);
    });
  });

  describe('Gmail and Discord', () => {
    it('warns when a Gmail mailbox or a Discord server is used, in Bokmål and Nynorsk', () => {
      const nb = check(thirdCountryTransfer, 'Når du sender oss en e-post, lagres den i en Gmail-innboks.');
      expect(nb.status).toBe('warn');
      expect(nb.quotes).toEqual(['Gmail']);
      expect(check(thirdCountryTransfer, 'E-posten din blir lagra i ein gmail-postkasse.').status).toBe('warn');
      const discord = check(thirdCountryTransfer, 'Vi har en Discord-server for spillerne. Der gjelder Discords personvernregler.');
      expect(discord.status).toBe('warn');
      expect(discord.message.en).toContain('(Discord)');
      expect(check(thirdCountryTransfer, 'Klubben har ein Discord-kanal for medlemmene.').status).toBe('warn');
    });

    it('warns on a form service outside the EEA (EmailJS, Singapore), but not on self-hosted analytics (Umami)', () => {
      const nb = check(thirdCountryTransfer, 'Kontaktskjemaet sendes via EmailJS. Opplysningene i skjemaet behandles av EmailJS for å levere meldingen til oss.');
      expect(nb.status).toBe('warn');
      expect(nb.message.en).toContain('(EmailJS)');
      expect(check(thirdCountryTransfer, 'Skjemaet blir sendt gjennom EmailJS.').status).toBe('warn');
      expect(check(thirdCountryTransfer, 'Vi nyttar Umami til å telje besøk på nettstaden.').status).toBe('na');
    });

    it('does not read a contact address on gmail.com as the service, and passes Gmail with a safeguard', () => {
      expect(check(thirdCountryTransfer, 'Send spørsmål til hjelp@gmail.com.').status).toBe('na');
      expect(check(thirdCountryTransfer, 'Vi bruker Gmail til e-post. Overføringen skjer på grunnlag av EUs standardkontrakter.').status).toBe('pass');
    });
  });
});
