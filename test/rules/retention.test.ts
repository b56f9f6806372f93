import { describe, expect, it } from 'vitest';
import retention from '../../rules/retention.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('retention', () => {
  describe('pass: a concrete period', () => {
    it('finds digits and written numbers in Bokmål', () => {
      expect(check(retention, 'Vi lagrer opplysningene i 10 år.').quotes).toEqual(['10 år']);
      expect(check(retention, 'Logger slettes etter 90 dager.').quotes).toEqual(['90 dager']);
      expect(check(retention, 'Vi oppbevarer søknaden i seks måneder.').quotes).toEqual(['seks måneder']);
      expect(check(retention, 'Ordrehistorikken lagres i to og et halvt år.').quotes).toEqual(['to og et halvt år']);
    });

    it('finds Nynorsk numbers and units', () => {
      const r = check(retention, 'Opplysningane vert lagra i eitt år. Loggar vert sletta etter fire veker, og søknader etter tolv månader.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['eitt år', 'fire veker', 'tolv månader']);
    });

    it('reads English statements', () => {
      const r = check(retention, 'We keep your order history for 24 months after your last purchase.');
      expect(r.status).toBe('pass');
      expect(r.quotes[0]).toBe('24 months');
    });

    it('accepts a period that follows an event', () => {
      const r = check(retention, 'Vi sletter kundekontoen tre år etter siste kjøp.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['tre år', 'etter siste kjøp']);
    });

    it('accepts a maximum period even when negated ("ikke lenger enn 2 år")', () => {
      expect(check(retention, 'Vi oppbevarer ikke opplysningene lenger enn 2 år.').quotes).toEqual(['2 år']);
    });

    it('reads periods without a verb in a table or list under a retention heading', () => {
      const r = check(retention, '## Hvor lenge lagrer vi opplysningene?\n\n- Fakturaer: 5 år etter regnskapsårets slutt\n- Kontaktskjema: 12 måneder\n', { format: 'markdown' });
      expect(r.status).toBe('pass');
      expect(r.quotes).toContain('5 år');
      expect(r.quotes).toContain('12 måneder');
    });

    it('reads a logging period completed by the next sentence ("Deretter slettes …")', () => {
      const r = check(retention, 'IP-adresse og tidspunkt blir logget i 60 dager. Deretter slettes loggen automatisk.');
      expect(r.quotes).toEqual(['60 dager']);
    });

    it('counts analytics data tied to cookies as the user\'s data', () => {
      const r = check(retention, 'Data knyttet til informasjonskapsler slettes automatisk 14 måneder etter registrering.');
      expect(r.status).toBe('pass');
      expect(r.quotes).toEqual(['14 måneder']);
    });

    it('accepts bokføringsloven\'s period', () => {
      expect(check(retention, 'Regnskapsbilag oppbevares i fem år, jf. bokføringsloven § 13.').quotes).toEqual(['fem år']);
    });
  });

  describe('pass: an event-tied criterion', () => {
    it('accepts "til kundeforholdet avsluttes" and "så lenge du er medlem"', () => {
      expect(check(retention, 'Vi lagrer opplysningene til kundeforholdet avsluttes.').quotes).toEqual(['til kundeforholdet avsluttes']);
      expect(check(retention, 'Vi lagrar opplysningane så lenge du er medlem i laget.').quotes).toEqual(['så lenge du er medlem']);
    });

    it('accepts deletion tied to closing an account or withdrawing consent, in Bokmål and Nynorsk', () => {
      expect(check(retention, 'Opplysningene slettes når du avslutter kontoen din.').status).toBe('pass');
      expect(check(retention, 'Vi oppbevarer opplysningene inntil du trekker samtykket tilbake.').quotes).toEqual(['inntil du trekker samtykket tilbake']);
      expect(check(retention, 'Opplysningane blir sletta når du trekkjer tilbake samtykket.').status).toBe('pass');
      expect(check(retention, 'Vi tek vare på opplysningane til medlemskapet er avslutta.').quotes).toEqual(['til medlemskapet er avslutta']);
    });

    it('accepts deletion on a condition the data subject fulfils, also by word order alone (Bokmål and Nynorsk)', () => {
      expect(check(retention, 'Dersom du avslutter medlemskapet, slettes opplysningene.').quotes).toEqual(['Dersom du avslutter medlemskapet']);
      expect(check(retention, 'Sletter du appen, slettes alt som er lagret.').quotes).toEqual(['Sletter du appen']);
      expect(check(retention, 'Viss du seier opp medlemskapet, blir opplysningane sletta.').status).toBe('pass');
      expect(check(retention, 'Slettar du kontoen, forsvinn alle opplysningane.').status).toBe('pass');
      expect(check(retention, 'Opplysningane blir lagra til du nullstiller kalkulatoren.').quotes).toEqual(['til du nullstiller']);
    });

    it('does not take a condition on the controller, or one with no deletion, as the criterion', () => {
      expect(check(retention, 'Dersom vi avslutter samarbeidet, slettes opplysningene.').status).toBe('fail');
      expect(check(retention, 'Hvis du avslutter medlemskapet, sender vi deg en bekreftelse.').status).toBe('fail');
      expect(check(retention, 'Hvis du har spørsmål om sletting, kan du kontakte oss.').status).toBe('fail');
    });

    it('accepts English event criteria', () => {
      expect(check(retention, 'Personal data is retained until you unsubscribe.').quotes).toEqual(['until you unsubscribe']);
      expect(check(retention, 'We keep your information as long as your account is active.').status).toBe('pass');
    });
  });

  describe('warn: only vague wording', () => {
    it('warns on "etter kort tid" and "innen kort tid" (Nynorsk and Bokmål)', () => {
      const nn = check(retention, 'Serveren lagrar tekniske loggar, og dei blir sletta automatisk etter kort tid.');
      expect(nn.status).toBe('warn');
      expect(nn.quotes).toEqual(['etter kort tid']);
      expect(check(retention, 'Henvendelser slettes innen kort tid.').status).toBe('warn');
      expect(check(retention, 'Henvendelser slettes innen 30 dager.').status).toBe('pass');
    });

    it('warns on "så lenge det er nødvendig" in Bokmål and Nynorsk', () => {
      const r = check(retention, 'Vi lagrer personopplysninger så lenge det er nødvendig for formålet.');
      expect(r.status).toBe('warn');
      expect(r.quotes).toEqual(['så lenge det er nødvendig']);
      expect(check(retention, 'Vi lagrar opplysningane så lenge det trengst.').quotes).toEqual(['så lenge det trengst']);
      expect(check(retention, 'Vi lagrar ikkje opplysningane lenger enn naudsynt.').status).toBe('warn');
    });

    it('does not take a "necessary for the contract" phrase as an event', () => {
      const r = check(retention, 'Opplysningene lagres så lenge det er nødvendig for å oppfylle avtalen med deg.');
      expect(r.status).toBe('warn');
    });

    it('warns on English and legal-reference vagueness', () => {
      expect(check(retention, 'We keep data as long as necessary.').quotes).toEqual(['as long as necessary']);
      expect(check(retention, 'Opplysningene lagres i henhold til gjeldende lovgivning.').status).toBe('warn');
      expect(check(retention, 'Opplysningane blir lagra til føremålet er oppfylt.').status).toBe('warn');
    });
  });

  describe('fail and scope', () => {
    it('fails when storage time is not addressed', () => {
      const r = check(retention, 'Vi samler inn navn og e-post for å sende nyhetsbrev.');
      expect(r.status).toBe('fail');
      expect(r.evidence).toEqual([]);
      expect(r.message.nb).toContain('hele erklæringen');
    });

    it('does not take a response deadline for requests as retention', () => {
      expect(check(retention, 'Vi svarer på henvendelsen din innen 30 dager.').status).toBe('fail');
      expect(check(retention, 'Sletting\n\nVi svarer innen 30 dager.').status).toBe('fail');
    });

    it('does not take ages, years or frequencies as periods', () => {
      expect(check(retention, 'Tjenesten er ikke for barn under 13 år, og vi lagrer ikke opplysninger om barn.').status).toBe('fail');
      expect(check(retention, 'Vi har lagret kundedata siden 2010.').status).toBe('fail');
      expect(check(retention, 'Vi gjennomgår og sletter opplysninger to ganger i året.').status).toBe('fail');
      expect(check(retention, 'Vi lagrer navn og e-post når du bestiller en time hos oss.').status).toBe('fail');
    });

    it('does not take a cookie lifetime, a processor contract or a notice period as retention', () => {
      const cookie = check(retention, 'Informasjonskapselen _ga lagres i 2 år.');
      expect(cookie.status).toBe('fail');
      expect(cookie.message.en).toContain('cookies');
      expect(check(retention, 'Samtykkevalget ditt huskes i nettleseren i 180 dager, eller til du sletter det selv.').status).toBe('fail');
      expect(check(retention, 'Databehandleren skal slette opplysningene senest 30 dager etter at databehandleravtalen opphører.').status).toBe('fail');
      expect(check(retention, 'Abonnementet har en oppsigelsestid på 3 måneder, og vi lagrer data om deg.').status).toBe('fail');
    });

    it('keeps the user data period when a cookie period follows "mens"', () => {
      expect(check(retention, 'Vi lagrer IP-adresser i 2 år, mens informasjonskapsler lagres i 1 år.').quotes).toEqual(['2 år']);
    });

    it('does not read the erasure-right caveat as a storage rule', () => {
      const r = check(retention, 'Du kan be om sletting, men opplysninger vi må oppbevare etter bokføringsloven blir ikke slettet.');
      expect(r.status).toBe('fail');
      expect(check(retention, 'Du kan når som helst be oss slette opplysningene dine.').status).toBe('fail');
    });
  });

  describe('corpus', () => {
    it('passes the seeds with their periods', () => {
      const s01 = check(retention, corpusDoc('seeds/s01-igo.txt'));
      expect(s01.status).toBe('pass');
      expect(s01.quotes).toContain('to år');
      const s05 = check(retention, corpusDoc('seeds/s05-ikomm.txt'));
      expect(s05.status).toBe('pass');
      expect(s05.quotes).toEqual(expect.arrayContaining(['10 år', '90 dager']));
      expect(s05.quotes).not.toContain('26 måneder'); // the Google Analytics cookie's lifetime
    });

    it('passes an event criterion and warns on vague wording in real statements', () => {
      expect(check(retention, corpusDoc('seeds/s03-iconic.txt')).quotes).toEqual(['så lenge du har et kundeforhold hos oss']);
      const d09 = check(retention, corpusDoc('dev/d09-varmeguiden.html'));
      expect(d09.status).toBe('warn');
      expect(d09.quotes).toContain('en begrenset periode');
      expect(check(retention, corpusDoc('seeds/s04-invoice-club.txt')).quotes).toContain('så lenge det er behov');
    });

    it('fails statements that only mention the bokføringsloven caveat or a browser cache', () => {
      expect(check(retention, corpusDoc('dev/dv02-mytxs-samfundet.md')).status).toBe('fail');
      expect(check(retention, corpusDoc('dev/d02-fribyte-boskonf-en.md')).status).toBe('fail');
      expect(check(retention, corpusDoc('dev/d10-jobbklar.html')).status).toBe('fail');
    });
  });

  describe('events that have taken place, and what happens after an event', () => {
    it('passes deletion after an event has been held, in Bokmål, Nynorsk and English', () => {
      const nb = check(retention, 'Helseopplysninger fra påmeldingsskjemaet slettes etter at leiren er gjennomført.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toEqual(['etter at leiren er gjennomført']);
      expect(check(retention, 'Opplysningar om allergiar blir sletta etter at turen er gjennomførd.').status).toBe('pass');
      expect(check(retention, 'Påmeldinga blir lagra til arrangementet er avvikla.').status).toBe('pass');
      expect(check(retention, 'Dietary information is deleted once the event has taken place.').status).toBe('pass');
    });

    it('warns when the period after the relationship ends is vague', () => {
      const nb = check(
        retention,
        'Vi tar vare på opplysningene så lenge du er kunde hos oss. Etter endt kundeforhold tar vi vare på dem så lenge vi ser det hensiktsmessig.',
      );
      expect(nb.status).toBe('warn');
      expect(nb.quotes).toEqual(['så lenge du er kunde hos oss', 'så lenge vi ser det hensiktsmessig']);
      expect(nb.message.en).toContain('what happens afterwards is only described vaguely');
      const nn = check(
        retention,
        'Opplysningane blir lagra så lenge du har eit kundeforhold hos oss. Etter avslutta kundeforhold tek vi vare på opplysningane så lenge vi har behov for dei.',
      );
      expect(nn.status).toBe('warn');
      expect(check(retention, 'Vi lagrar opplysningane så lenge du er medlem. Etter at medlemskapen er avslutta, tek vi vare på dei så lenge vi ser det føremålstenleg.').status).toBe('warn');
      expect(check(retention, 'We keep your data as long as you are a member. After your membership ends, we keep it for as long as we need it.').status).toBe('warn');
    });

    it('warns on "så lenge vi ser det hensiktsmessig" alone', () => {
      expect(check(retention, 'Vi lagrer opplysningene så lenge vi ser det hensiktsmessig.').status).toBe('warn');
    });

    it('keeps passing when the end after the event is deletion, a period or a named law', () => {
      expect(check(retention, 'Vi tar vare på opplysningene så lenge du er kunde. Etter endt kundeforhold slettes opplysningene.').status).toBe('pass');
      expect(check(retention, 'Vi tar vare på opplysningene så lenge du er kunde. Etter endt kundeforhold lagres de i tre år.').quotes).toContain('tre år');
      expect(check(retention, 'Vi lagrer opplysningene så lenge du er kunde. Etter endt kundeforhold lagres fakturaer i henhold til bokføringsloven.').status).toBe('pass');
      expect(check(retention, 'Vi lagrar opplysningane så lenge du er medlem i laget.').status).toBe('pass');
    });
  });

  describe('vague limits, data kept until the user asks, and a supplier\'s contract', () => {
    it('warns on "not beyond what is necessary" and "when no longer relevant"', () => {
      const nb = check(retention, 'Vi lagrer ikke personopplysninger utover det som er nødvendig for å besvare henvendelsen din.');
      expect(nb.status).toBe('warn');
      expect(nb.quotes).toEqual(['utover det som er nødvendig']);
      expect(check(retention, 'Me lagrar ikkje personopplysningar ut over det som er naudsynt for å svare deg.').status).toBe('warn');
      expect(check(retention, 'Henvendelser slettes når de ikke lenger er relevante.').quotes).toEqual(['ikke lenger er relevante']);
      expect(check(retention, 'Søknadene vert sletta når dei ikkje lenger er aktuelle.').status).toBe('warn');
      expect(check(retention, 'We do not keep personal data beyond what is necessary to answer your enquiry.').status).toBe('warn');
    });

    it('keeps a concrete period over the vague limit, and ignores the limit outside retention', () => {
      expect(check(retention, 'Vi lagrer ikke opplysninger utover det som er nødvendig, og sletter henvendelser etter 12 måneder.').quotes).toEqual(['12 måneder']);
      expect(check(retention, 'Vi samler ikke inn opplysninger utover det som er nødvendig for å levere tjenesten.').status).toBe('fail');
    });

    it('passes data that is not deleted until the user asks for it', () => {
      const nb = check(retention, 'Som hovedregel blir e-postene ikke slettet. Du kan når som helst be oss om å slette alle e-poster fra deg.');
      expect(nb.status).toBe('pass');
      expect(nb.quotes).toEqual(['be oss om å slette']);
      expect(check(retention, 'Meldingene dine slettes ikke automatisk. Dersom du ønsker det, kan du be om at de blir slettet.').status).toBe('pass');
      const nn = check(retention, 'E-postar frå deg vert som regel ikkje sletta. Om du ønskjer det, kan du be om at vi slettar dei.');
      expect(nn.status).toBe('pass');
      expect(nn.quotes).toEqual(['be om at vi slettar']);
      expect(check(retention, 'E-postane blir ikkje sletta automatisk, men du kan be oss slette dei.').status).toBe('pass');
      expect(check(retention, 'Vanligvis vil henvendelsene ikke bli slettet. Ønsker du det, kan du be om at alt fra deg blir slettet.').status).toBe('pass');
      expect(check(retention, 'Meldingane vil som regel ikkje bli sletta. Du kan likevel be oss om å slette dei.').status).toBe('pass');
      expect(check(retention, 'Messages are not deleted as a rule. You can ask us to delete all messages from you at any time.').status).toBe('pass');
    });

    it('does not take a legal exception, a bare right or a request for something else as that criterion', () => {
      expect(
        check(retention, 'Opplysninger vi er pålagt å oppbevare etter bokføringsloven, vil ikke bli slettet. Du kan be om at andre opplysninger slettes.').status,
      ).toBe('fail');
      expect(check(retention, 'Du har rett til å be om at opplysningene dine blir slettet.').status).toBe('fail');
      expect(check(retention, 'Som hovedregel blir e-postene ikke slettet.').status).toBe('fail');
      expect(check(retention, 'E-postene blir ikke slettet. Du kan be om innsyn i opplysningene.').status).toBe('fail');
    });

    it('leaves out a supplier\'s deletion after its supply relationship with the controller ends', () => {
      const nb = check(
        retention,
        'Med mindre partene avtaler noe annet, vil leverandøren slette alle data tilhørende oss seks måneder etter opphør av leveranseforholdet.',
      );
      expect(nb.status).toBe('fail');
      expect(nb.message.en).toContain("processors' contracts");
      const nn = check(
        retention,
        'Med mindre partane avtalar noko anna, vil leverandøren slette alle data som høyrer til oss seks månader etter at leveranseforholdet er avslutta.',
      );
      expect(nn.status).toBe('fail');
    });

    it('keeps a period tied to a supply relationship when it is the controller\'s own, or when "the parties" are a buyer and a seller', () => {
      expect(check(retention, 'Vi sletter opplysningene dine seks måneder etter opphør av leveranseforholdet.').quotes).toContain('seks måneder');
      expect(check(retention, 'Opplysningane blir sletta tre år etter at leveranseforholdet er avslutta.').status).toBe('pass');
      expect(check(retention, 'Annonser lagres i minst fem år for å avklare tvister der partene er uenige.').quotes).toEqual(['fem år']);
    });
  });
});
