import { describe, expect, it } from 'vitest';
import controllerContact from '../../rules/controller-contact.js';
import controllerIdentity from '../../rules/controller-identity.js';
import { RuleContext } from '../../src/engine/context.js';
import { AS_OF, check, corpusDoc, docFrom } from '../helpers/doc.js';

describe('controller-identity', () => {
  it('passes a legal entity named as behandlingsansvarlig (Bokmål)', () => {
    const r = check(controllerIdentity, 'Fjellbakeriet AS (org.nr. 974 761 467) er behandlingsansvarlig for personopplysningene vi behandler.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Fjellbakeriet AS']);
  });

  it('passes a company on the third-party list named as the controller of its own statement, with its address (Bokmål and Nynorsk)', () => {
    const nb = 'Personvern\n\nBehandlingsansvarlig er Posten Norge AS, Postboks 1500 Sentrum, 0001 Oslo.';
    expect(check(controllerIdentity, nb).quotes).toEqual(['Posten Norge AS']);
    expect(check(controllerContact, nb).status).toBe('pass');
    const nn = 'Personvern\n\nBehandlingsansvarleg: Vipps MobilePay AS, Postboks 6300 Etterstad, 0603 Oslo.';
    expect(check(controllerIdentity, nn).status).toBe('pass');
    expect(check(controllerContact, nn).status).toBe('pass');
    // another party's own controllership is not the statement's controller
    expect(check(controllerIdentity, 'Personvern\n\nVi bruker Vipps til betaling. Vipps MobilePay AS er selvstendig behandlingsansvarlig for betalingen.').status).toBe('fail');
  });

  it('passes a named organisation without legal form given as behandlingsansvarleg (Nynorsk)', () => {
    const r = check(controllerIdentity, 'Sogndal Idrettslag er behandlingsansvarleg for opplysningane vi samlar inn om medlemmene.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Sogndal Idrettslag']);
  });

  it('passes the copyright holder of a footer that gives a valid organisation number (Bokmål and Nynorsk)', () => {
    const nb = check(controllerIdentity, 'Personvern\n\nVi behandler personopplysninger på en trygg måte.\n\n© 2025 Lønnstad Bygdeservice. Alle rettigheter reservert.\n\nOrg.nr. 934 594 770 · post@example.org');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toContain('Lønnstad Bygdeservice');
    const nn = check(controllerIdentity, 'Personvern\n\nVi handsamar personopplysningar på ein trygg måte.\n\n© Fjellheim Gardsturisme\nOrg.nr. 934 594 770');
    expect(nn.status).toBe('pass');
    // a number that fails the check digit identifies no one
    expect(check(controllerIdentity, 'Personvern\n\nVi behandler personopplysninger på en trygg måte.\n\n© 2025 Lønnstad Bygdeservice.\n\nOrg.nr. 934 594 771').status).not.toBe('pass');
  });

  it('passes a municipality and a foundation, with the type word after or before the name', () => {
    expect(check(controllerIdentity, 'Bergen kommune er ansvarleg for behandlinga av personopplysningane dine.').quotes).toEqual(['Bergen kommune']);
    const r = check(controllerIdentity, 'Ansvarlig for behandlingen er daglig leder i Stiftelsen Kunstnerhjemmet.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Stiftelsen Kunstnerhjemmet']);
  });

  it('passes the label form "Behandlingsansvarlig: name" and an English data controller', () => {
    const label = check(controllerIdentity, 'Behandlingsansvarlig: Trondheim Meditasjon & Yoga E-post: post@tmy.no');
    expect(label.status).toBe('pass');
    expect(label.quotes).toEqual(['Trondheim Meditasjon & Yoga']);
    const en = check(controllerIdentity, 'Nordic Widgets is the data controller for the personal data described in this statement.');
    expect(en.status).toBe('pass');
    expect(en.quotes).toEqual(['Nordic Widgets']);
  });

  it('passes "vi er …", an owner named by "eies av", and a "vi"-definition when "vi" claims the role', () => {
    expect(check(controllerIdentity, 'Vi er Trondheim Meditasjon & Yoga, og vi tar personvernet ditt på alvor.').status).toBe('pass');
    expect(check(controllerIdentity, 'Dette nettstedet eies av Kari Nordmann. Vi samler inn e-postadresser.').quotes).toEqual(['Kari Nordmann']);
    const we = check(controllerIdentity, 'Sportsklubben Fram («vi») tar personvern på alvor. Vi er behandlingsansvarlig for opplysningene om medlemmene.');
    expect(we.status).toBe('pass');
    expect(we.quotes).toEqual(['Sportsklubben Fram']);
  });

  it('accepts names given in the configuration', () => {
    const doc = docFrom('Fjellbakst tar personvern på alvor. Vi samler inn navn og e-post.');
    const r = controllerIdentity.check(new RuleContext(doc, AS_OF, { organisationNames: ['Fjellbakst'] }));
    expect(r.status).toBe('pass');
    expect(doc.text.slice(r.evidence[0]!.start, r.evidence[0]!.end)).toBe('Fjellbakst');
  });

  it('warns when only the site domain or a brand is given', () => {
    const domain = check(controllerIdentity, 'Denne erklæringen gjelder for nettstedet fjellbakst.no. Vi samler inn e-postadressen din.');
    expect(domain.status).toBe('warn');
    expect(domain.quotes).toEqual(['fjellbakst.no']);
    const brand = check(controllerIdentity, 'Vi i Kaffebrenneriet tar personvernet ditt på alvor.');
    expect(brand.status).toBe('warn');
    expect(brand.quotes).toEqual(['Kaffebrenneriet']);
    const capitalisedDomain = check(controllerIdentity, 'Fjellbakst.no er behandlingsansvarlig for nettstedet.');
    expect(capitalisedDomain.status).toBe('warn');
  });

  it('warns when a company is only mentioned in passing, as a likely vendor', () => {
    const r = check(
      controllerIdentity,
      'Personvern\n\nVi samler inn navn og e-post når du bestiller. Vi lagrer data i tre år. Vi sender nyhetsbrev. Vi deler ikke data. Regnskapet føres hos Regnskapshuset AS i Bergen.',
    );
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual(['Regnskapshuset AS']);
  });

  it('fails when only "vi", a generic noun or a plural names the controller', () => {
    expect(check(controllerIdentity, 'Vi er behandlingsansvarlig for opplysningene vi samler inn om deg.').status).toBe('fail');
    expect(check(controllerIdentity, 'Barnehagen er behandlingsansvarlig for personopplysningene om barna.').status).toBe('fail');
    expect(check(controllerIdentity, 'Kommunane er behandlingsansvarlege for opplysningane i tenesta.').status).toBe('fail');
    expect(check(controllerIdentity, 'Arrangøren blir selvstendig behandlingsansvarlig for opplysningene om deltakerne.').status).toBe('fail');
    expect(check(controllerIdentity, 'Eieren av dette nettstedet tar personvernet ditt på alvor.').status).toBe('fail');
  });

  it('does not take the processor or a negated controller for the controller', () => {
    const processor = check(controllerIdentity, 'Vi bruker Google Analytics. Google Ireland Limited er databehandler for oss.');
    expect(processor.status).toBe('fail');
    expect(processor.quotes).toEqual([]);
    expect(check(controllerIdentity, 'Nettsiden er hostet av Webfabrikken AS. Vi samler inn navn.').status).toBe('fail');
    expect(check(controllerIdentity, 'Meta er ikke behandlingsansvarlig for dine data. Vi lagrer opplysningene.').status).toBe('fail');
  });

  it('fails a template whose controller name is a placeholder', () => {
    const r = check(controllerIdentity, 'Behandlingsansvarlig: [Firmanavn]\nAdresse: [Adresse]');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['[Firmanavn]']);
  });

  it('passes a role held in the named organisation, also when the role is worded loosely', () => {
    const leader = check(controllerIdentity, 'Daglig leder i Fjellbakst Drift AS er ansvarlig for håndtering av personopplysninger.');
    expect(leader.status).toBe('pass');
    expect(leader.quotes).toEqual(['Fjellbakst Drift AS']);
    const nn = check(controllerIdentity, 'Dagleg leiar i Fjordkafeen AS er ansvarleg for handsaming av personopplysningar.');
    expect(nn.status).toBe('pass');
    expect(nn.quotes).toEqual(['Fjordkafeen AS']);
    const opening = 'Vi tar personvern på alvor. Vi lagrer data trygt. Vi deler ikke data. Vi sletter data. ';
    const within = check(controllerIdentity, `${opening}Daglig leder er ansvarlig for behandlingen av personopplysninger i Fjellbakst.`);
    expect(within.status).toBe('pass');
    expect(within.quotes).toEqual(['Fjellbakst']);
    const group = check(controllerIdentity, 'Gruppeleiaren er ansvarleg for behandlinga av personopplysningar i Fjellbygda speidargruppe.');
    expect(group.status).toBe('pass');
    expect(group.quotes).toEqual(['Fjellbygda speidargruppe']);
  });

  it('passes a public body named in the controller role (handsamingsansvarleg)', () => {
    const nb = check(controllerIdentity, 'Brønnøysundregistrene er behandlingsansvarlig for opplysningene i innboksen.');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toEqual(['Brønnøysundregistrene']);
    const nn = check(controllerIdentity, 'Brønnøysundregistera er handsamingsansvarleg for personopplysingane i innboksen.');
    expect(nn.status).toBe('pass');
    expect(nn.quotes).toEqual(['Brønnøysundregistera']);
    // mentioned only as the register, the body is not the controller
    expect(check(controllerIdentity, 'Du finner organisasjonsnummeret vårt i Brønnøysundregistrene.').status).toBe('fail');
  });

  it('passes a one-word agency name written with a capital mid-sentence, but not a common noun', () => {
    const nb = check(controllerIdentity, 'Her forklarer vi hvordan Helsedirektoratet behandler opplysninger om deg når du besøker nettstedet.');
    expect(nb.quotes).toEqual(['Helsedirektoratet']);
    const nn = check(controllerIdentity, 'Sidan Fiskeridirektoratet er ei offentleg verksemd, har vi eit eige personvernombod.');
    expect(nn.status).toBe('pass');
    expect(nn.quotes).toEqual(['Fiskeridirektoratet']);
    expect(check(controllerIdentity, 'Direktoratet behandlar opplysningar om deg. Vi lagrar dei trygt.').status).toBe('fail');
  });

  it('keeps "Norges" and "Norsk" as part of an organisation’s name', () => {
    expect(check(controllerIdentity, 'Dette er personvernerklæringen til Norges Sjakkforbund. Vi samler inn navn.').quotes).toEqual(['Norges Sjakkforbund']);
    expect(check(controllerIdentity, 'Norsk Folkeminnelag er behandlingsansvarlig for opplysningene.').quotes).toEqual(['Norsk Folkeminnelag']);
    expect(check(controllerIdentity, 'Opplysningene behandles av Norsk Tipping AS, som er behandlingsansvarlig.').quotes).toEqual(['Norsk Tipping AS']);
    expect(check(controllerIdentity, 'Vi følger norsk lov. Norsk personvernlovgivning gjelder.').status).toBe('fail');
  });

  it('reads a band or school name with a genitive or a slash as a named organisation', () => {
    const nb = check(controllerIdentity, 'For å spille i Nordby/Søndre skolers musikkorps må vi registrere deg.');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toEqual(['Nordby/Søndre skolers musikkorps']);
    const nn = check(controllerIdentity, 'Alle som speler i Hauge skules skulekorps, blir registrerte i medlemsregisteret.');
    expect(nn.quotes).toEqual(['Hauge skules skulekorps']);
    expect(check(controllerIdentity, 'Vi bruker Google/Facebook piksler.').status).toBe('fail');
  });

  it('passes the owner of a site that "styres av" someone, but not the operator of the servers', () => {
    expect(check(controllerIdentity, 'Nettstedet styres av Kari Nordmann. Vi samler inn e-postadresser.').quotes).toEqual(['Kari Nordmann']);
    expect(check(controllerIdentity, 'Nettstaden vert styrt av Ola Nordmann. Vi samlar inn e-postadresser.').quotes).toEqual(['Ola Nordmann']);
    expect(check(controllerIdentity, 'The database servers are operated by Nordhost in Finland. We collect your e-mail address.').status).toBe('fail');
  });

  it('does not take a vendor under a processor heading or "som drifter nettsiden" for the controller', () => {
    expect(check(controllerIdentity, 'Vi tar personvern på alvor.\n\nDatabehandlere\n\nLagerhotellet AS lagrer sikkerhetskopiene våre.').status).toBe('fail');
    expect(check(controllerIdentity, 'Spørsmål om nettsiden kan rettes til Webbyrået Nord AS som drifter nettsiden.').status).not.toBe('pass');
  });

  it('warns when the role belongs to each member of a chain named only by its brand', () => {
    const nb = check(
      controllerIdentity,
      'Hvert kontor i Boligkjeden er selvstendig behandlingsansvarlig for opplysningene om kundene sine. Les mer på boligkjeden.no.',
    );
    expect(nb.status).toBe('warn');
    const nn = check(
      controllerIdentity,
      'Kvart kontor i Boligkjeda er sjølvstendig behandlingsansvarleg for opplysningane om kundane sine. Les meir på boligkjeda.no.',
    );
    expect(nn.status).toBe('warn');
    const affiliated = check(controllerIdentity, 'Daglig leder i det enkelte foretaket tilknyttet Boligkjeden er behandlingsansvarlig. Les mer på boligkjeden.no.');
    expect(affiliated.status).toBe('warn');
    // the chain's own company named as controller passes
    expect(check(controllerIdentity, 'Daglig leder i Boligkjeden AS er behandlingsansvarlig.').quotes).toEqual(['Boligkjeden AS']);
  });

  it('warns when the unit’s name is a template variable and only the brand is filled in', () => {
    const nb = check(controllerIdentity, '{{ avdeling.navn }} Frivilligsentral, ved daglig leder, er behandlingsansvarlig for opplysningene.');
    expect(nb.status).toBe('warn');
    expect(nb.quotes).toEqual(['Frivilligsentral']);
    const nn = check(controllerIdentity, '{{ lag.namn }} Bondelag er behandlingsansvarleg for opplysningane om medlemmene.');
    expect(nn.status).toBe('warn');
    expect(nn.quotes).toEqual(['Bondelag']);
    // nothing but the variable: still a failed name
    expect(check(controllerIdentity, 'Behandlingsansvarlig: {{ firma.navn }}').status).toBe('fail');
    // an unfilled number slot beside a full name leaves the name whole
    expect(check(controllerIdentity, 'Fjellbakst AS [organisasjonsnummer] er behandlingsansvarlig for opplysningene.').quotes).toEqual(['Fjellbakst AS']);
  });

  it('warns when only the domain of the controller’s e-mail address identifies it', () => {
    const nb = check(controllerIdentity, 'Har du spørsmål, send e-post til post@fjellbakst.no.');
    expect(nb.status).toBe('warn');
    expect(nb.quotes).toEqual(['fjellbakst.no']);
    const nn = check(controllerIdentity, 'Spørsmål kan du sende til post@fjordkafeen.no.');
    expect(nn.status).toBe('warn');
    expect(nn.quotes).toEqual(['fjordkafeen.no']);
    // a free-mail box or Datatilsynet's address names no one
    expect(check(controllerIdentity, 'Send e-post til kari.nordmann@gmail.com om du har spørsmål.').status).toBe('fail');
    expect(check(controllerIdentity, 'Du kan klage til Datatilsynet på postkasse@datatilsynet.no.').status).toBe('fail');
  });

  it('passes a name that "har ansvaret for behandlingen" (Bokmål, Nynorsk, English)', () => {
    const nb = check(controllerIdentity, 'Ola Nordmann har ansvaret for behandlingen av personopplysningene dine.');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toEqual(['Ola Nordmann']);
    expect(check(controllerIdentity, 'Bølgen Kino har det overordnede ansvaret for behandlingen av personopplysninger i appen.').quotes).toEqual(['Bølgen Kino']);
    expect(check(controllerIdentity, 'Kari Vik har ansvar for behandlinga av personopplysningane i tenesta.').quotes).toEqual(['Kari Vik']);
    expect(check(controllerIdentity, 'Bølgen Kino hev ansvaret for handsaminga av opplysningane dine.').quotes).toEqual(['Bølgen Kino']);
    expect(check(controllerIdentity, 'Nordic Widgets has responsibility for the processing of your data.').quotes).toEqual(['Nordic Widgets']);
  });

  it('names a body whose compound shares its tail ("Arbeids- og velferdsdirektoratet")', () => {
    const nn = check(controllerIdentity, 'Arbeids- og velferdsdirektoratet har ansvaret for behandlinga av personopplysningane dine når du søkjer.');
    expect(nn.status).toBe('pass');
    expect(nn.quotes).toEqual(['Arbeids- og velferdsdirektoratet']);
    expect(check(controllerIdentity, 'Vi i Nærings- og fiskeridepartementet er behandlingsansvarlig for opplysningene.').quotes).toEqual(['Nærings- og fiskeridepartementet']);
    expect(check(controllerIdentity, 'Helse- og omsorgsdepartementet har ansvaret for behandlingen av personopplysningene.').quotes).toEqual(['Helse- og omsorgsdepartementet']);
  });

  it('does not take "har ansvaret" as the role when it is negated, about something else, or a common noun', () => {
    expect(check(controllerIdentity, 'Ola Nordmann har ikke ansvaret for behandlingen av personopplysningene.').status).toBe('fail');
    expect(check(controllerIdentity, 'Ola Nordmann har spørsmål om behandlingen av personopplysninger.').status).toBe('fail');
    // written in lower case elsewhere: the capital at the start of the sentence names no one
    const school = check(controllerIdentity, 'Barne- og ungdomsskolen har ansvaret for behandlinga. Elevar i barne- og ungdomsskolen får beskjed.');
    expect(school.status).toBe('fail');
  });

  it('does not take the place in an address after a company for the controller (Bokmål, Nynorsk, English)', () => {
    const own = check(controllerIdentity, 'Fjellvind AS, Storgata 1, 0150 Oslo er behandlingsansvarlig for personopplysningene vi behandler.');
    expect(own.status).toBe('pass');
    expect(own.quotes).toEqual(['Fjellvind AS']);
    const other = check(
      controllerIdentity,
      'Fjellvind AS er behandlingsansvarlig. Google Ireland Ltd, Gordon House, Dublin er selvstendig behandlingsansvarlig for opplysningene Google samler inn.',
    );
    expect(other.quotes).toEqual(['Fjellvind AS']);
    const nn = check(
      controllerIdentity,
      'Fjellvind AS er behandlingsansvarleg. Meta Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2, er sjølvstendig behandlingsansvarleg for desse opplysningane.',
    );
    expect(nn.quotes).toEqual(['Fjellvind AS']);
    const en = check(controllerIdentity, 'Nordic Widgets AS, 12 Harbour Street, Bergen is the data controller for your personal data.');
    expect(en.quotes).toEqual(['Nordic Widgets AS']);
  });

  it('judges the annotated statements', () => {
    expect(check(controllerIdentity, corpusDoc('seeds/s03-iconic.txt')).quotes).toEqual(['ICONIC AS']);
    expect(check(controllerIdentity, corpusDoc('seeds/s05-ikomm.txt')).quotes).toEqual(['Ikomm']);
    expect(check(controllerIdentity, corpusDoc('dev/d02-fribyte-boskonf-en.md')).quotes).toEqual(['friByte']);
    expect(check(controllerIdentity, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md')).quotes).toEqual(['Oslobygda kulturlag']);
    const jobbklar = check(controllerIdentity, corpusDoc('dev/d10-jobbklar.html'));
    expect(jobbklar.status).toBe('warn');
    expect(jobbklar.quotes).toEqual(['Jobbklar']);
    expect(check(controllerIdentity, corpusDoc('dev/d06-kodesonen.html')).status).toBe('fail');
    const template = check(controllerIdentity, corpusDoc('dev/dv04-chiroclick-template.md'));
    expect(template.status).toBe('fail');
    expect(template.quotes).toContain('[KLINIKKENS NAVN]');
    expect(check(controllerIdentity, corpusDoc('holdout2/g04-nav-superrask-soknad-nn.txt')).quotes).toEqual(['Arbeids- og velferdsdirektoratet']);
  });
});
