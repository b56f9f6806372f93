import { describe, expect, it } from 'vitest';
import { decodeBytes, InputError, loadText } from '../src/loaders/index.js';
import controllerContact from '../rules/controller-contact.js';
import orgNumber from '../rules/org-number.js';
import { analyseText, locate } from '../src/segment/document.js';
import { check } from './helpers/doc.js';

function headings(text: string, format: 'text' | 'html' | 'markdown') {
  const doc = analyseText(loadText(text, format), 't');
  return doc.sections.map((s) => s.heading).filter(Boolean);
}

describe('plain-text loader', () => {
  it('recognises the heading styles of real statements', () => {
    const text = [
      'Personvernerklæring',
      '',
      '1.     Innledning',
      '',
      'Vi behandler personopplysninger om kundane våre.',
      '1- HVORFOR BEHANDLER VI DINE PERSONOPPLYSNINGER?',
      'Personopplysningene brukes til å administrere kundeforholdet.',
      '',
      'Lagringstid',
      '',
      'Vi lagrer opplysningene i to år.',
      '',
      'Rull til toppen',
    ].join('\n');
    expect(headings(text, 'text')).toEqual([
      'Personvernerklæring',
      '1. Innledning',
      '1- HVORFOR BEHANDLER VI DINE PERSONOPPLYSNINGER?',
      'Lagringstid',
    ]);
  });

  it('joins wrapped lines into one paragraph and leaves page debris out of the blocks', () => {
    const doc = analyseText(loadText('Vi er opptatt av at du\nskal ha tillit til oss.\n\nScroll to Top', 'text'), 't');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Vi er opptatt av at du skal ha tillit til oss.']);
  });

  it('maps every offset back to line and column in the original', () => {
    const original = 'Tittel\n\nFørste linje.\n  Andre   linje med   org.nr. 974 761 467.';
    const doc = analyseText(loadText(original, 'text'), 't');
    const at = doc.text.indexOf('974');
    expect(locate(doc, at)).toEqual({ line: 4, column: original.split('\n')[3]!.indexOf('974') + 1 });
  });
});

describe('HTML loader', () => {
  const page = `<!doctype html><html><head><title>X</title><style>p{}</style><script>var a = "Datatilsynet";</script></head>
<body><header><nav><a href="/">Hjem</a><a href="/om">Om oss</a></nav></header>
<div id="cookie-banner">Vi bruker informasjonskapsler. <button>Godta</button></div>
<main><h1>Personvern&shy;erklæring</h1>
<h2>Dine rettigheter</h2><p>Du har rett til innsyn &amp; retting.<br>Kontakt oss p&aring; post@firma.no.</p>
<!-- intern merknad: sett inn lenke -->
<ul><li>Sletting</li><li>Dataportabilitet</li></ul></main>
<footer>© 2026 Firma AS</footer></body></html>`;

  it('keeps headings and text, and leaves out scripts, navigation, banners, footers and comments', () => {
    const doc = analyseText(loadText(page, 'html'), 'p.html');
    expect(doc.sections.map((s) => s.heading)).toEqual(['Personvernerklæring', 'Dine rettigheter']);
    expect(doc.text).toContain('Du har rett til innsyn & retting. Kontakt oss på post@firma.no.');
    for (const absent of ['Hjem', 'Godta', 'informasjonskapsler', '© 2026', 'intern merknad', 'var a']) expect(doc.text).not.toContain(absent);
    expect(doc.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(2);
  });

  it("keeps the page footer's contact block and its copyright line, and leaves the rest of the footer out (Bokmål)", () => {
    const shop = `<html><body><main><h1>Personvernerklæring</h1>
<p>Fjellbakeriet er behandlingsansvarlig for personopplysningene som samles inn i nettbutikken. Vi bruker opplysningene for å levere bestillingen din.</p>
<p>Du kan be om innsyn, retting og sletting ved å kontakte oss.</p></main>
<footer><nav><ul><li><a href="/personvern">Personvern</a></li><li><a href="/vilkar">Vilkår</a></li></ul></nav>
<div class="social"><a href="https://facebook.com/fjellbakeriet">Følg oss på Facebook</a></div>
<form><label>Meld deg på nyhetsbrevet</label><input type="email"></form>
<div class="footer-col"><p>Fjellbakeriet AS · Storgata 1, 0155 Oslo · <a href="mailto:post@fjellbakeriet.no">post@fjellbakeriet.no</a> · Org.nr. 923 609 016</p></div>
<p>© 2026 Fjellbakeriet AS</p></footer></body></html>`;
    const doc = analyseText(loadText(shop, 'html'), 'shop.html');
    expect(doc.text).toContain('Fjellbakeriet AS · Storgata 1, 0155 Oslo · post@fjellbakeriet.no · Org.nr. 923 609 016');
    for (const absent of ['Vilkår', 'Følg oss', 'nyhetsbrevet']) expect(doc.text).not.toContain(absent);
    // the copyright line beside the contact block names the holder
    expect(doc.text).toContain('© 2026 Fjellbakeriet AS');
    const bare = analyseText(loadText('<main><h1>Personvern</h1><p>Vi lagrar ingenting.</p></main><footer><p>© 2026 Fjellbakeriet AS</p></footer>', 'html'), 'b.html');
    expect(bare.text).not.toContain('©');
    const at = doc.text.indexOf('Storgata 1');
    expect(shop.slice(doc.offsets[at]!, doc.offsets[at]! + 10)).toBe('Storgata 1');
    expect(check(controllerContact, doc).status).toBe('pass');
    expect(check(orgNumber, doc).status).toBe('pass');
  });

  it('reads a contact block marked role="contentinfo" (Nynorsk), and no footer without contact details', () => {
    const club = `<html><body><article><h1>Personvern</h1>
<p>Bygdelaget Fjellheim er behandlingsansvarleg for opplysningane om medlemmene. Vi nyttar opplysningane til å sende ut medlemsblad.</p></article>
<div role="contentinfo"><address>Bygdelaget Fjellheim<br>Postboks 12, 5700 Voss<br>Telefon 56 51 00 00</address></div></body></html>`;
    const doc = analyseText(loadText(club, 'html'), 'club.html');
    expect(doc.text).toContain('Bygdelaget Fjellheim Postboks 12, 5700 Voss Telefon 56 51 00 00');
    expect(check(controllerContact, doc).status).toBe('pass');
    const bare = analyseText(loadText(club.replace(/<div role="contentinfo">[\s\S]*<\/div>/, '<footer><a href="/">Til toppen</a> © 2026 Bygdelaget Fjellheim</footer>'), 'html'), 'bare.html');
    expect(bare.text).not.toContain('Bygdelaget Fjellheim Postboks');
    expect(bare.text).not.toContain('© 2026');
    expect(check(controllerContact, bare).status).toBe('fail');
  });

  it('maps decoded entities back to their place in the markup', () => {
    const doc = analyseText(loadText(page, 'html'), 'p.html');
    const at = doc.text.indexOf('post@firma.no');
    const original = doc.offsets[at]!;
    expect(page.slice(original, original + 13)).toBe('post@firma.no');
    const amp = doc.text.indexOf('&');
    expect(page.slice(doc.offsets[amp]!, doc.offsets[amp]! + 5)).toBe('&amp;');
  });

  it('reads PHP templates and Jekyll layouts as the reader would see them', () => {
    const src = '---\nlayout: default\n---\n<p>Medlemskap i <?php echo $core->name; ?> er gratis.</p>';
    const doc = analyseText(loadText(src, 'html'), 'x.php');
    expect(doc.text).toBe('Medlemskap i er gratis.');
  });

  it('keeps EJS/ERB tags, which a browser shows as text, while PHP tags are blanked', () => {
    const src = '<p>Behandlingsansvarleg er <%= site.name %>; <?php echo $org; ?> er org.nr.</p>';
    const doc = analyseText(loadText(src, 'html'), 'x.ejs');
    expect(doc.text).toBe('Behandlingsansvarleg er <%= site.name %>; er org.nr.');
    const at = doc.text.indexOf('<%=');
    expect(src.slice(doc.offsets[at]!, doc.offsets[at]! + 16)).toBe('<%= site.name %>');
  });

  it('keeps template directives a server left around <main>, but not the rest of the page outside it', () => {
    const html = `@extends('layouts.front')
@section('content')
<div class="sidebar"><p>Tilbud denne uken: gratis frakt på alle bestillinger over 500 kroner.</p></div>
<main><h1>Personvern</h1><p>Vi behandler personopplysninger om kundene våre for å levere varene og sende faktura.</p>
<p>Du kan be om innsyn, retting og sletting, og du kan klage til Datatilsynet.</p></main>
@stop`;
    const doc = analyseText(loadText(html, 'html'), 'terms.blade.php');
    expect(doc.text.startsWith("@extends('layouts.front') @section('content')\nPersonvern")).toBe(true);
    expect(doc.text.endsWith('\n@stop')).toBe(true);
    expect(doc.text).not.toContain('gratis frakt');
    const at = doc.text.indexOf('@stop');
    expect(html.slice(doc.offsets[at]!, doc.offsets[at]! + 5)).toBe('@stop');
  });

  it('keeps a statement that a template placed inside <header>, but drops an ordinary site header', () => {
    const html = `<body>
<header class="site"><a href="/">Eiendom AS</a><ul><li><a href="/kjop">Kjøp</a></li><li><a href="/selg">Selg</a></li></ul></header>
<header class="header"><h1>Personvernerklæring</h1>
<p>Vi behandler personopplysninger om kunder for å kunne selge boligen deres og følge opp avtalen.</p>
<h3>Rettigheter</h3>
<p>Du har rett til innsyn i opplysningene vi har om deg, og du kan be om retting eller sletting.</p>
<p>Du kan klage til Datatilsynet dersom du mener at behandlingen er i strid med regelverket.</p>
</header></body>`;
    const doc = analyseText(loadText(html, 'html'), 't');
    expect(doc.text).toContain('rett til innsyn');
    expect(doc.text).not.toContain('Kjøp');
    expect(doc.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Personvernerklæring', 'Rettigheter']));
  });

  it('keeps the title block of the statement in <header> (heading and date), but not a site header with a heading and a menu', () => {
    const nb = `<body><header><h1>Personvernerklæring for Fjordkart</h1><p>Sist oppdatert: 3. mars 2026</p></header>
<main><h2>Hva vi samler inn</h2><p>Vi samler ikke inn personopplysninger.</p></main></body>`;
    const nn = `<body><header class="topp"><h2>Personvernerklæring</h2><p>Sist endra 12. januar 2026</p><a href="/">Tilbake</a></header>
<main><h2>Kva vi samlar inn</h2><p>Vi samlar ikkje inn personopplysningar.</p></main></body>`;
    const site = `<body><header><h1>Fjordkart AS</h1><nav><a href="/">Heim</a><a href="/om">Om oss</a></nav></header>
<main><h2>Personvern</h2><p>Vi samler ikke inn personopplysninger.</p></main></body>`;
    const nbDoc = analyseText(loadText(nb, 'html'), 'nb');
    expect(nbDoc.text).toContain('Sist oppdatert: 3. mars 2026');
    expect(nbDoc.sections.map((s) => s.heading)).toContain('Personvernerklæring for Fjordkart');
    expect(analyseText(loadText(nn, 'html'), 'nn').text).toContain('Sist endra 12. januar 2026');
    const siteDoc = analyseText(loadText(site, 'html'), 'site');
    expect(siteDoc.text).not.toContain('Fjordkart AS');
    expect(siteDoc.text).not.toContain('Om oss');
  });

  it('refuses HTML nested thousands of levels deep with a clear reason and what to do', () => {
    const deep = `${'<div>'.repeat(20_000)}Personvern${'</div>'.repeat(20_000)}`;
    expect(() => loadText(deep, 'html')).toThrow(InputError);
    expect(() => loadText(deep, 'html')).toThrow(/nestet for dypt/);
  });

  it('treats title-like paragraphs as headings', () => {
    expect(headings('<p class="sub-title">Rettighetene dine</p><p>Du kan be om innsyn.</p><p><strong>Lagring</strong></p><p>To år.</p>', 'html')).toEqual([
      'Rettighetene dine',
      'Lagring',
    ]);
  });
});

describe('Markdown loader', () => {
  it('drops link definitions and the short values of front matter, keeps link text, headings and table rows', () => {
    const md = '+++\ntitle = "Om oss"\ndate = 2026-04-03\ndraft = false\n+++\n\n# Personvern\n\nKontakt [post@lag.no][post].\n\n| Tjeneste | Land |\n| --- | --- |\n| Clerk | USA |\n\n[post]: mailto:post@lag.no\n';
    const doc = analyseText(loadText(md, 'markdown'), 'x.md');
    expect(doc.sections.map((s) => s.heading)).toEqual(['Om oss', 'Personvern']);
    expect(doc.text).toContain('Kontakt post@lag.no.');
    expect(doc.text).toContain('Clerk USA');
    expect(doc.text).not.toMatch(/title|draft|2026-04-03/);
    expect(doc.text).not.toContain('mailto');
    expect(doc.links).toEqual([expect.objectContaining({ href: 'mailto:post@lag.no' })]);
  });

  /** The original text behind a phrase of the loaded text, through the loader's offsets. */
  function originalOf(source: string, phrase: string): string {
    const loaded = loadText(source, 'markdown');
    const at = loaded.text.indexOf(phrase);
    expect(at, phrase).toBeGreaterThanOrEqual(0);
    return source.slice(loaded.offsets[at], loaded.offsets[at + phrase.length - 1]! + 1);
  }

  it('reads the page text a site generator keeps in TOML front matter (Hugo blocks), with exact offsets', () => {
    const md = [
      '+++',
      "title = 'Personvernerklæring'",
      '',
      '[[blocks]]',
      "type = 'text'",
      "title = 'Dine rettigheter'",
      "content = '''",
      'Du har rett til **innsyn** i opplysningene vi har om deg.',
      '',
      '- Sletting: Du kan be oss slette dataene dine.',
      "'''",
      '',
      '[[blocks]]',
      "title = 'Kontakt'",
      'content = """',
      'Skriv til personvern@avisa.no."""',
      '+++',
      '',
      'Sist oppdatert 3. april 2026.',
    ].join('\n');
    const doc = analyseText(loadText(md, 'markdown'), 'x.md');
    expect(doc.sections.map((s) => s.heading)).toEqual(['Personvernerklæring', 'Dine rettigheter', 'Kontakt']);
    expect(doc.text).toContain('Du har rett til innsyn i opplysningene vi har om deg.');
    expect(doc.text).toContain('Sletting: Du kan be oss slette dataene dine.');
    expect(doc.text).not.toMatch(/blocks|type|'''/);
    expect(doc.text.trimEnd().endsWith('Sist oppdatert 3. april 2026.')).toBe(true);
    expect(originalOf(md, 'rett til innsyn i')).toBe('rett til **innsyn** i');
    expect(originalOf(md, 'personvern@avisa.no')).toBe('personvern@avisa.no');
    expect(originalOf(md, 'Dine rettigheter')).toBe('Dine rettigheter');
  });

  it('quotes the file exactly around escapes, entities, emphasis, links and images', () => {
    const md = [
      '# Personvern i *Eksempel AS*',
      '',
      'Les [vilkåra](https://eksempel.no/vilkår)s punkt 3 og **kontakt** oss på post&#64;eksempel.no &amp; 22 33 44 55.',
      'Vi bruker \\*ikke\\* informasjonskapsler ![logo](logo.png "Logo (stor)") på nettsida.',
      '',
      '- `--render` krever nettlesar  ',
      '  og Chromium.',
      '',
      '> Du kan klage til',
      '> <https://www.datatilsynet.no/%C3%B8>.',
    ].join('\n');
    const loaded = loadText(md, 'markdown');
    expect(loaded.text).toContain('Les vilkåras punkt 3 og kontakt oss på post@eksempel.no & 22 33 44 55.');
    expect(loaded.text).toContain('Vi bruker *ikke* informasjonskapsler på nettsida.');
    expect(originalOf(md, 'Eksempel AS')).toBe('Eksempel AS');
    // the letter after a link is not looked for inside its address
    expect(originalOf(md, 'vilkåras punkt')).toBe('vilkåra](https://eksempel.no/vilkår)s punkt');
    expect(originalOf(md, 'post@eksempel.no & 22')).toBe('post&#64;eksempel.no &amp; 22');
    expect(originalOf(md, '*ikke* informasjonskapsler')).toBe('*ikke\\* informasjonskapsler');
    expect(originalOf(md, 'informasjonskapsler på')).toBe('informasjonskapsler ![logo](logo.png "Logo (stor)") på');
    // an inline code span's text, not the list marker before it
    expect(originalOf(md, '--render krever')).toBe('--render` krever');
    expect(originalOf(md, 'nettlesar og Chromium')).toBe('nettlesar  \n  og Chromium');
    expect(originalOf(md, 'https://www.datatilsynet.no/%C3%B8')).toBe('https://www.datatilsynet.no/%C3%B8');
    expect(loaded.links.map((l) => l.href)).toEqual(['https://eksempel.no/vilkår', 'https://www.datatilsynet.no/%C3%B8']);
  });

  it('keeps offsets in files with CR LF line breaks, tables and an unclosed front-matter fence', () => {
    const md = '---\r\nIkkje front matter\r\n\r\n| Mottakar | Land |\r\n| --- | --- |\r\n| Brevo &amp; Co | Frankrike |\r\n\r\nSiste\r\nlinje.';
    const loaded = loadText(md, 'markdown');
    expect(loaded.text).toContain('Mottakar Land');
    expect(loaded.text).toContain('Brevo & Co Frankrike');
    expect(originalOf(md, 'Brevo & Co Frankrike')).toBe('Brevo &amp; Co | Frankrike');
    expect(originalOf(md, 'Siste linje.')).toBe('Siste\r\nlinje.');
    expect(loaded.text).toContain('Ikkje front matter');
  });

  it('reads YAML block scalars and titles in front matter, in Nynorsk too, with exact offsets', () => {
    const md = [
      '---',
      'title: Personvern',
      'layout: page',
      'sections:',
      '  - title: "Rettane dine"',
      '    body: |',
      '      Du har rett til innsyn i opplysningane',
      '      og kan krevje retting.',
      '',
      '      Send e-post til post@laget.no.',
      '  - title: Klage',
      '    body: >',
      '      Du kan klage til Datatilsynet.',
      '---',
      '',
      'Anna tekst.',
    ].join('\n');
    const doc = analyseText(loadText(md, 'markdown'), 'x.md');
    expect(doc.sections.map((s) => s.heading)).toEqual(['Personvern', 'Rettane dine', 'Klage']);
    expect(doc.text).toContain('Du har rett til innsyn i opplysningane og kan krevje retting.');
    expect(doc.text).toContain('Du kan klage til Datatilsynet.');
    expect(doc.text).not.toMatch(/layout|body/);
    expect(originalOf(md, 'opplysningane og kan')).toBe('opplysningane\n      og kan');
    expect(originalOf(md, 'post@laget.no')).toBe('post@laget.no');
    expect(check(controllerContact, doc).quotes).toEqual(['post@laget.no']);
  });
});

describe('decoding', () => {
  it('reads Windows-1252 text with æøå', () => {
    const bytes = Buffer.from([0x50, 0x65, 0x72, 0x73, 0x6f, 0x6e, 0x76, 0x65, 0x72, 0x6e, 0x65, 0x72, 0x6b, 0x6c, 0xe6, 0x72, 0x69, 0x6e, 0x67, 0x20, 0xf8, 0xe5]);
    expect(decodeBytes(bytes)).toBe('Personvernerklæring øå');
  });

  it('honours a declared charset in HTML', () => {
    const html = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0xc6, 0xd8, 0xc5]), Buffer.from('</p>')]);
    expect(decodeBytes(html)).toContain('ÆØÅ');
  });

  it('strips a UTF-8 BOM and reads UTF-16 with BOM', () => {
    expect(decodeBytes(Buffer.from('\uFEFFHei', 'utf8')).replace('\uFEFF', '')).toBe('Hei');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hå', 'utf16le')]))).toBe('Hå');
  });

  it('refuses empty, binary and oversized input with a reason and a hint', () => {
    expect(() => decodeBytes(Buffer.from('  \n'))).toThrow(/tom/);
    expect(() => decodeBytes(Buffer.from('%PDF-1.7 ...'))).toThrow(/PDF/);
    expect(() => decodeBytes(Buffer.from([0x41, 0x00, 0x42]))).toThrow(/binærfil/);
    const err = (() => {
      try {
        decodeBytes(Buffer.alloc(2048, 0x41), 1024);
      } catch (e) {
        return e as InputError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err!.hint).toMatch(/--max-size/);
  });
});
