import { describe, expect, it } from 'vitest';
import brokenContact from '../../rules/broken-contact.js';
import { isHostingInternal } from '../../rules/lib/identity-hosting.js';
import { RuleContext } from '../../src/engine/context.js';
import { AS_OF, check, corpusDoc, docFrom } from '../helpers/doc.js';

describe('broken-contact', () => {
  it('fails every malformed e-mail address and quotes each', () => {
    const r = check(brokenContact, 'Kontakt oss på post@fjellbakst eller post@@fjellbakst.no eller post@fjellbakst,no eller post @fjellbakst.no.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['post@fjellbakst', 'post@@fjellbakst.no', 'post@fjellbakst,no', 'post @fjellbakst.no']);
  });

  it('fails a malformed address in a mailto link', () => {
    const r = check(brokenContact, 'Kontakt\n\n[Skriv til oss](mailto:post@fjellbakst)', { format: 'markdown' });
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['Skriv til oss']);
  });

  it('fails hosting-internal mail hosts and web hosts (Nynorsk and Bokmål)', () => {
    const mail = check(brokenContact, 'Send e-post til post@web123.servetheworld.net om du har spørsmål.');
    expect(mail.status).toBe('fail');
    expect(mail.quotes).toEqual(['post@web123.servetheworld.net']);
    expect(check(brokenContact, 'Kontakt oss på post@xyz.domeneshop.no.').quotes).toEqual(['post@xyz.domeneshop.no']);
    expect(check(brokenContact, 'Les meir på https://web123.servetheworld.net/personvern.').status).toBe('fail');
  });

  it('knows hosting providers and machine-made host names', () => {
    expect(isHostingInternal('1276901-www.web.tornado-node.net')).toBe(true);
    expect(isHostingInternal('srv04.fjellbakst.no')).toBe(true);
    expect(isHostingInternal('fjellbakst.no')).toBe(false);
    expect(isHostingInternal('mail.fjellbakst.no')).toBe(false);
    expect(isHostingInternal('domeneshop.no')).toBe(false);
  });

  it('passes a free-mail address as the organisation’s own working mailbox', () => {
    expect(check(brokenContact, 'Sjakklubben Løperen er behandlingsansvarlig. Kontakt leder på sjakk.loperen@gmail.com.').status).toBe('pass');
    expect(check(brokenContact, 'Fjordbygda sogelag er behandlingsansvarleg. Send e-post til fjordbygda.sogelag@online.no.').status).toBe('pass');
    const site = check(
      brokenContact,
      'Nettstedet fjellbakst.no drives av Fjellbakst AS. Kontakt oss på fjellbakst@outlook.com eller fjellbakst@hotmail.com.',
    );
    expect(site.status).toBe('pass');
    // a malformed free-mail address is still broken
    const malformed = check(brokenContact, 'Kontakt oss på post@gmail,com.');
    expect(malformed.status).toBe('fail');
    expect(malformed.quotes).toEqual(['post@gmail,com']);
  });

  it('warns on a domain unrelated to the site', () => {
    const unrelated = check(brokenContact, 'Nettstedet fjellbakst.no drives av Fjellbakst AS. Send e-post til post@annetfirma.no.');
    expect(unrelated.status).toBe('warn');
    expect(unrelated.quotes).toEqual(['post@annetfirma.no']);
  });

  it('does not take the web host named in a sentence about the site for the site’s own domain (Bokmål and Nynorsk)', () => {
    expect(check(brokenContact, 'Nettsiden og e-posten driftes av Domene.no i Norge. Send e-post til post@fjellbakst.no.').status).toBe('pass');
    expect(check(brokenContact, 'Nettstaden vert hosta hos webhuset.no. Send e-post til post@fjellbakst.no.').status).toBe('pass');
    expect(check(brokenContact, 'Nettstaden fjellbakst.no vert driven av Fjellbakst AS. Send e-post til post@annanverksemd.no.').status).toBe('warn');
  });

  it('takes the organisation’s own domains from the configuration', () => {
    const doc = docFrom('Send e-post til post@annetfirma.no.');
    const r = brokenContact.check(new RuleContext(doc, AS_OF, { domains: ['fjellbakst.no'] }));
    expect(r.status).toBe('warn');
  });

  it('passes addresses on the organisation’s domain, or when the site is unknown', () => {
    expect(check(brokenContact, 'Fjellbakst AS driver fjellbakst.no. Kontakt oss på post@fjellbakst.no.').status).toBe('pass');
    expect(check(brokenContact, 'Me i Sogndal IL svarar på spørsmål sendt til styret@sogndalil.no.').status).toBe('pass');
    expect(check(brokenContact, 'Our privacy contact is privacy@nordicwidgets.com.').status).toBe('pass');
    // a site the reader is referred to is not the organisation's own
    expect(check(brokenContact, 'Kontakt oss på post@fjellbakst.no. Les mer om personvern på www.slettmeg.no.').status).toBe('pass');
  });

  it('leaves Datatilsynet, well-known third parties, handles and placeholders alone', () => {
    const r = check(
      brokenContact,
      'Nettstedet fjellbakst.no drives av Fjellbakst AS. Klag til Datatilsynet på postkasse@datatilsynet.no. Google kan kontaktes på privacy@google.com. Følg oss på Instagram @fjellbakst.',
    );
    expect(r.status).toBe('pass');
    expect(check(brokenContact, 'Kontakt oss på [email protected] eller [KONTAKT@EXAMPLE.NO].').status).toBe('pass');
  });

  it('judges the annotated statements', () => {
    const iconic = check(brokenContact, corpusDoc('seeds/s03-iconic.txt'));
    expect(iconic.status).toBe('fail');
    expect(iconic.quotes).toEqual(['post@1276901-www.web.tornado-node.net', 'post@1276901-www.web.tornado-node.net']);
    expect(check(brokenContact, corpusDoc('seeds/s02-ekko-ipogs.txt')).status).toBe('pass');
    expect(check(brokenContact, corpusDoc('dev/dv02-mytxs-samfundet.md')).status).toBe('pass');
    expect(check(brokenContact, corpusDoc('dev/dv04-chiroclick-template.md')).status).toBe('pass');
  });
});
