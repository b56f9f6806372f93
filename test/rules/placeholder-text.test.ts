import { describe, expect, it } from 'vitest';
import placeholderText from '../../rules/placeholder-text.js';
import { check, corpusDoc } from '../helpers/doc.js';

const X3 = 'X'.repeat(3);
const MARK = 'TO'.concat('DO');

describe('placeholder-text', () => {
  it('fails a run of X left as a placeholder, but not X inside words', () => {
    const r = check(placeholderText, `Vi har databehandleravtale med ${X3} som har avtale med sine underleverandører.`);
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual([X3]);
    expect(check(placeholderText, 'Størrelse XXL er utsolgt. Vi bruker taxi og boxer.').status).toBe('pass');
    expect(check(placeholderText, 'Ring oss på telefon xx xx xx xx.').quotes).toEqual(['xx xx xx xx']);
  });

  it('reads X inside a described cookie format as notation, not a slot (Bokmål and Nynorsk)', () => {
    expect(check(placeholderText, 'Informasjonskapselen _ga har en verdi på formen GA1.2.xxxxxxxxxx.yyyyyyyyyy og fjernes etter 24 måneder.').status).toBe('pass');
    expect(check(placeholderText, 'Namnet på informasjonskapselen er _gat_UA-xxxxxxx-xx, og han varer i eitt minutt.').status).toBe('pass');
    const slots = check(placeholderText, 'Send e-post til post@xxx.no eller skriv til oss. Org.nr. xxx xxx xxx.');
    expect(slots.status).toBe('fail');
    expect(slots.quotes).toEqual(['xxx', 'xxx', 'xxx', 'xxx']);
  });

  it('fails unfilled bracket and angle-bracket fields in Bokmål and Nynorsk', () => {
    const nb = check(placeholderText, 'Behandlingsansvarlig er [firmanavn], org.nr. ..., ved [Navn] og <selskap>.');
    expect(nb.status).toBe('fail');
    expect(nb.quotes).toEqual(['[firmanavn]', 'org.nr. ...', '[Navn]', '<selskap>']);
    const nn = check(placeholderText, 'Erklæringa vart sist oppdatert [dato] av [namn på verksemda].');
    expect(nn.quotes).toEqual(['[dato]', '[namn på verksemda]']);
    expect(check(placeholderText, 'Signatur: [ ]').quotes).toEqual(['[ ]']);
  });

  it('fails template syntax, lorem ipsum, work markers and instructions', () => {
    expect(check(placeholderText, 'Velkommen til {{company}}. Sist oppdatert: {updatedAt}.').quotes).toEqual(['{{company}}', '{updatedAt}']);
    expect(check(placeholderText, 'Lorem ipsum dolor sit amet.').status).toBe('fail');
    expect(check(placeholderText, `${MARK}: skriv om informasjonskapsler. Dette er TBD.`).quotes).toEqual([MARK, 'TBD']);
    expect(check(placeholderText, 'Sett inn navn på leverandør her.').status).toBe('fail');
    expect(check(placeholderText, 'Personvernerklæringen for (Navn på løsningen) beskriver behandlingen.').quotes).toEqual(['(Navn på løsningen)']);
  });

  it('fails EJS/ERB tags the browser shows as text, quoted exactly', () => {
    const ejs = check(placeholderText, 'Behandlingsansvarleg er <%= site.legalName %>, org.nr. <%= site.orgnr %>.');
    expect(ejs.status).toBe('fail');
    expect(ejs.quotes).toEqual(['<%= site.legalName %>', '<%= site.orgnr %>']);
    expect(ejs.message.nb).toContain('malkode');
    expect(check(placeholderText, '<% if (mailConfigured) { %>Skjemaet sendes med e-post.<% } %>').quotes).toEqual(['<% if (mailConfigured) { %>', '<% } %>']);
    const md = check(placeholderText, 'Har du spørsmål, kontakt oss på <%= Rails.application.config.support_email %>.', { format: 'markdown' });
    expect(md.quotes).toEqual(['<%= Rails.application.config.support_email %>']);
  });

  it('fails Blade directives and unescaped echoes, but not e-mail addresses or social media handles', () => {
    const blade = check(placeholderText, "@extends('layouts.app')\n\n@section('title', __('Personvern'))\n\nVi behandler personopplysninger.\n\n@endsection");
    expect(blade.quotes).toEqual(["@extends('layouts.app')", "@section('title', __('Personvern'))", '@endsection']);
    expect(check(placeholderText, 'Les mer på {!! $company->url !!} om behandlingen.').quotes).toEqual(['{!! $company->url !!}']);
    expect(check(placeholderText, 'Skriv til post@extends.no eller følg oss på @stopmotion_oslo og @ifi.').status).toBe('pass');
  });

  it('does not report PHP tags, which the server consumes before the page is shown', () => {
    const html = check(placeholderText, '<p>Medlemskap i <?php echo $club->name; ?> er gratis.</p><p>Kontakt styret.</p>', { format: 'html' });
    expect(html.status).toBe('pass');
  });

  it('fails a longer instruction to whoever fills in the template, in angle or square brackets', () => {
    const r = check(
      placeholderText,
      'Informasjonskapselen <lenke til egen informasjonskapselerklæring eller eget punkt i denne erklæringen> gir oss innsikt i bruken.',
    );
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['<lenke til egen informasjonskapselerklæring eller eget punkt i denne erklæringen>']);
    expect(r.message.nb).toContain('instruks fra malen');
    const nn = check(placeholderText, 'Les meir under [Sett inn tilvising til eige punkt om informasjonskapslar i denne personvernerklæringa før publisering].');
    expect(nn.status).toBe('fail');
    expect(check(placeholderText, 'Barn < 13 år og vaksne > 18 år får ulik informasjon om lenkene i appen.').status).toBe('pass');
  });

  it('fails obfuscated e-mails that never reached the page', () => {
    const r = check(placeholderText, 'Kontakt oss på [email protected] eller [e-post beskyttet].');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['[email protected]', '[e-post beskyttet]']);
  });

  it('fails dummy names, addresses and numbers (English and Norwegian)', () => {
    expect(check(placeholderText, 'Your Company is the controller. Company Name processes data.').quotes).toEqual(['Your Company', 'Company Name']);
    expect(check(placeholderText, 'Send e-post til navn@domene.no eller se www.example.com.').quotes).toEqual(['navn@domene.no', 'www.example.com']);
    expect(check(placeholderText, 'Postadresse: Postboks 1234, 0123 Oslo. Telefon: 12345678.').quotes).toEqual([
      'Postboks 1234, 0123 Oslo',
      'Telefon: 12345678',
    ]);
    expect(check(placeholderText, 'Vi i Firmanavn tar personvern på alvor.').quotes).toEqual(['Firmanavn']);
  });

  it('reads a dummy-looking domain named as the web host as the company of that name (Bokmål and Nynorsk)', () => {
    expect(check(placeholderText, 'Nettsiden og e-posten driftes av Domene.no i Norge.').status).toBe('pass');
    expect(check(placeholderText, 'Nettstaden vert drifta av Domene.no, og e-posten ligg hos same leverandør.').status).toBe('pass');
    expect(check(placeholderText, 'Les meir på domene.no.').quotes).toEqual(['domene.no']);
    expect(check(placeholderText, 'Nettsiden driftes av oss. Skriv til post@domene.no.').quotes).toEqual(['post@domene.no']);
  });

  it('fails a sentence broken off at a colon with nothing after it', () => {
    const r = check(placeholderText, 'This privacy statement applies to:\n\n## Data we collect\n\nWe collect your name.', { format: 'markdown' });
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['This privacy statement applies to:']);
  });

  it('fails a date or version label whose value was never filled in', () => {
    const nb = check(placeholderText, 'Om oss\n\nVi tar personvern på alvor.\n\nSist oppdatert:\n\nKontakt\n\nRing oss på dagtid.');
    expect(nb.status).toBe('fail');
    expect(nb.quotes).toEqual(['Sist oppdatert:']);
    expect(nb.message.nb).toContain('tomt felt');
    // the text loader joins a title and the label into one paragraph; the label's capital still marks it
    expect(check(placeholderText, 'Personvernerklæring\nSist endra:\n\n2. Behandlingsansvarleg\nFjordbygda sogelag.').quotes).toEqual(['Sist endra:']);
    expect(check(placeholderText, 'Endringar\n\nVi kan endre erklæringa.\n\nSiste oppdatering:').quotes).toEqual(['Siste oppdatering:']);
    expect(check(placeholderText, 'Om oss\n\nDato:\n\nKontakt\n\nSkriv til oss.').quotes).toEqual(['Dato:']);
    expect(check(placeholderText, '# Privacy\n\n**Last updated:**\n\n## Contact\n\nWrite to us.', { format: 'markdown' }).quotes).toEqual(['Last updated:']);
    expect(check(placeholderText, '<h1>Personvern</h1><p>Sist endret: </p><h2>Kontakt</h2><p>Skriv til oss.</p>', { format: 'html' }).status).toBe('fail');
  });

  it('passes a date or version label with its value, on the same line or the next, and other lines ending in a colon', () => {
    expect(check(placeholderText, 'Sist oppdatert: 12.03.2024\n\nKontakt\n\nRing oss.').status).toBe('pass');
    expect(check(placeholderText, 'Sist oppdatert:\n\n12. mars 2024\n\nKontakt\n\nRing oss.').status).toBe('pass');
    expect(check(placeholderText, 'Sist endra:\n\n2024-03-01\n\nKontakt\n\nRing oss.').status).toBe('pass');
    expect(check(placeholderText, 'Versjon:\n\n2.1\n\nKontakt\n\nRing oss.').status).toBe('pass');
    expect(check(placeholderText, '<h1>Personvern</h1><dl><dt>Last updated:</dt><dd>1 January 2024</dd></dl><h2>Contact</h2><p>Write to us.</p>', { format: 'html' }).status).toBe('pass');
    // prose that ends in the words, and a heading-like line that is no date label
    expect(check(placeholderText, 'Vi endrer erklæringen, som ble sist oppdatert:\n\nKontakt\n\nRing oss.').status).toBe('pass');
    expect(check(placeholderText, 'Kontaktinformasjon:\n\nKontakt\n\nRing oss på dagtid.').status).toBe('pass');
  });

  it('passes ordinary brackets, citations, lists after a colon and comparison signs', () => {
    expect(check(placeholderText, 'Se personvernforordningen (EU) 2016/679 [1] og artikkel 6 [2]. Jf. [art. 13].').status).toBe('pass');
    expect(check(placeholderText, 'Vi bruker følgende leverandører:\n\nGoogle\n\nVi bruker dem til statistikk.').status).toBe('pass');
    expect(check(placeholderText, 'Personvern\n\nDenne erklæringa gjeld for:\n\nKundar\n\nLeverandørar\n\nKontakt\n\nRing oss.').status).toBe('pass');
    expect(check(placeholderText, 'Barn < 13 år får ikkje opprette konto, og > 90 % av brukarane er vaksne.').status).toBe('pass');
    expect(check(placeholderText, 'Du kan oppgi navn, firmanavn og adresse når du bestiller.').status).toBe('pass');
  });

  it('judges the annotated statements', () => {
    expect(check(placeholderText, corpusDoc('seeds/s01-igo.txt')).quotes).toEqual([X3]);
    expect(check(placeholderText, corpusDoc('seeds/s02-ekko-ipogs.txt')).quotes).toEqual(['[email protected]', '[email protected]']);
    expect(check(placeholderText, corpusDoc('dev/d02-fribyte-boskonf-en.md')).quotes).toEqual(['This privacy statement applies to:']);
    const template = check(placeholderText, corpusDoc('dev/dv04-chiroclick-template.md'));
    expect(template.status).toBe('fail');
    expect(template.quotes).toEqual(expect.arrayContaining(['[KLINIKKENS NAVN]', '[ORG.NR]', '[Vertsleverandør]', '[Norge/EU]', '[CLINIC NAME]']));
    // HTML comments and unrendered PHP are not visible text
    expect(check(placeholderText, corpusDoc('dev/d01-get-academy.html')).status).toBe('pass');
    expect(check(placeholderText, corpusDoc('dev/d06-kodesonen.html')).status).toBe('pass');
    expect(check(placeholderText, corpusDoc('seeds/s03-iconic.txt')).status).toBe('pass');
    expect(check(placeholderText, corpusDoc('holdout2/g10-vestland-sprakhjelp.txt')).quotes).toEqual(['Sist oppdatert:', 'Siste oppdatering:']);
  });
});
