import { describe, expect, it } from 'vitest';
import controllerIdentity from '../../rules/controller-identity.js';
import { RuleContext } from '../../src/engine/context.js';
import { AS_OF, check, corpusDoc, docFrom } from '../helpers/doc.js';

describe('controller-identity', () => {
  it('passes a legal entity named as behandlingsansvarlig (Bokmål)', () => {
    const r = check(controllerIdentity, 'Fjellbakeriet AS (org.nr. 974 761 467) er behandlingsansvarlig for personopplysningene vi behandler.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Fjellbakeriet AS']);
  });

  it('passes a named organisation without legal form given as behandlingsansvarleg (Nynorsk)', () => {
    const r = check(controllerIdentity, 'Sogndal Idrettslag er behandlingsansvarleg for opplysningane vi samlar inn om medlemmene.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['Sogndal Idrettslag']);
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
  });
});
