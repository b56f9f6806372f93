import { describe, expect, it } from 'vitest';
import controllerContact from '../../rules/controller-contact.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('controller-contact', () => {
  it('passes an e-mail address for the controller (Bokmål and Nynorsk)', () => {
    const nb = check(controllerContact, 'Kontakt\n\nHar du spørsmål om personvern, kan du kontakte oss på personvern@fjellbakst.no.');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toEqual(['personvern@fjellbakst.no']);
    const nn = check(controllerContact, 'Spørsmål om personvern kan rettast til styret@sogndalil.no.');
    expect(nn.quotes).toEqual(['styret@sogndalil.no']);
  });

  it('passes Norwegian phone numbers in the usual formats', () => {
    expect(check(controllerContact, 'Ring oss på +47 22 33 44 55 om du lurer på noko.').quotes).toEqual(['+47 22 33 44 55']);
    expect(check(controllerContact, 'Har du spørsmål, kan du ringe oss på 22334455.').quotes).toEqual(['22334455']);
    expect(check(controllerContact, 'Kontaktinformasjon\n\nKari Nordmann\nTlf. 912 34 567').quotes).toEqual(['912 34 567']);
    expect(check(controllerContact, 'Mobil: 9123 4567').status).toBe('pass');
  });

  it('passes postal addresses with a street, a post box or a footer separator', () => {
    expect(check(controllerContact, 'Fjellbakst AS\nPostboks 123, 0101 Oslo').quotes).toEqual(['Postboks 123, 0101 Oslo']);
    expect(check(controllerContact, 'Du finn oss i Storgata 1, 0155 Oslo.').quotes).toEqual(['Storgata 1, 0155 Oslo']);
    expect(check(controllerContact, 'Fjellbakst AS | Storgata 1 | 0155 Oslo').quotes).toEqual(['Storgata 1 | 0155 Oslo']);
  });

  it('passes a mailto link and an address written against spam robots', () => {
    const link = check(controllerContact, 'Kontakt oss\n\n[Send oss e-post](mailto:post@fjellbakst.no)', { format: 'markdown' });
    expect(link.status).toBe('pass');
    expect(link.quotes).toEqual(['Send oss e-post']);
    expect(check(controllerContact, 'Skriv til post(at)fjellbakst.no.').quotes).toEqual(['post(at)fjellbakst.no']);
  });

  it('passes an English statement with e-mail and phone', () => {
    const r = check(controllerContact, 'Please contact us at privacy@nordicwidgets.com or call +47 400 12 345.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['privacy@nordicwidgets.com', '+47 400 12 345']);
  });

  it('warns when only a contact form or a link is offered', () => {
    const form = check(controllerContact, 'Bruk kontaktskjemaet på nettsida vår dersom du har spørsmål.');
    expect(form.status).toBe('warn');
    expect(form.quotes).toEqual(['kontaktskjemaet']);
    const link = check(controllerContact, 'Kunder som har spørsmål, kan kontakte oss via denne linken');
    expect(link.status).toBe('warn');
    expect(link.quotes).toEqual(['denne linken']);
    const en = check(controllerContact, 'If you have questions, please contact us using the form on our website.');
    expect(en.status).toBe('warn');
    expect(en.quotes).toContain('form');
    expect(check(controllerContact, 'Kontakt oss på: fjellbakst.no/kontakt').quotes).toEqual(['fjellbakst.no/kontakt']);
  });

  it('warns on a link whose address was lost ("ta kontakt her", "kan sendast inn her")', () => {
    const nb = check(controllerContact, 'Hvis du vil slette brukeren din, ta kontakt her.');
    expect(nb.status).toBe('warn');
    expect(nb.quotes).toEqual(['kontakt her']);
    expect(check(controllerContact, 'Alle spørsmål om nettsiden kan sendes inn her.').quotes).toEqual(['sendes inn her']);
    expect(check(controllerContact, 'Vil du slette brukaren din, ta kontakt her.').status).toBe('warn');
    expect(check(controllerContact, 'Spørsmål om personvern kan sendast inn her.').quotes).toEqual(['sendast inn her']);
    expect(check(controllerContact, 'Her kan du lese om hvordan vi behandler kontaktinformasjon.').status).toBe('fail');
  });

  it('warns when the reader is sent to a web page for contact details', () => {
    const nn = check(controllerContact, 'Korleis du kan kome i kontakt med oss, finn du på nettsidene våre.');
    expect(nn.status).toBe('warn');
    const nb = check(controllerContact, 'Kontaktinformasjon til personvernombudet finner du på ombudets egen side.');
    expect(nb.status).toBe('warn');
    expect(nb.quotes).toEqual(['egen side']);
    // contact details as data kept on the site are no pointer
    expect(check(controllerContact, 'Vi lagrer kontaktinformasjonen din på nettsiden.').status).toBe('fail');
  });

  it('reads a form in a section about contacting as a contact form', () => {
    const nn = check(controllerContact, '## Når du kontaktar oss\n\nUnngå sensitive opplysningar i skjemaet.', { format: 'markdown' });
    expect(nn.status).toBe('warn');
    expect(nn.quotes).toEqual(['skjemaet']);
    expect(check(controllerContact, '## Når du kontakter oss\n\nUnngå å sende helseopplysninger i skjemaet.', { format: 'markdown' }).status).toBe('warn');
    expect(check(controllerContact, '## Påmelding\n\nFyll ut skjemaet for å melde deg på.', { format: 'markdown' }).status).toBe('fail');
  });

  it('counts contact links by their wording, not a register’s name or Datatilsynet’s page', () => {
    expect(check(controllerContact, '[Kontakt oss](https://fjellbakst.no/om)', { format: 'markdown' }).quotes).toEqual(['Kontakt oss']);
    expect(check(controllerContact, 'Se [kontaktinformasjon](https://fjellbakst.no/om) for spørsmål.', { format: 'markdown' }).status).toBe('warn');
    const register = check(controllerContact, 'Profilen din hentes fra [Kontakt- og reservasjonsregisteret](https://example.org/krr).', {
      format: 'markdown',
    });
    expect(register.status).toBe('fail');
    expect(check(controllerContact, 'Du kan klage til [Datatilsynet](https://www.datatilsynet.no/kontakt-oss/).', { format: 'markdown' }).status).toBe('fail');
  });

  it('fails "send oss en e-post" with no address, and a negated form', () => {
    const r = check(controllerContact, 'Send oss en e-post dersom du har spørsmål om behandlingen.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual([]);
    expect(check(controllerContact, 'Vi har ikke kontaktskjema på nettsiden.').status).toBe('fail');
  });

  it('does not count Datatilsynet’s or a third party’s contact details as the controller’s', () => {
    const authority = check(
      controllerContact,
      'Du kan klage til Datatilsynet, Postboks 458 Sentrum, 0105 Oslo, telefon 22 39 69 00, e-post postkasse@datatilsynet.no.',
    );
    expect(authority.status).toBe('fail');
    expect(authority.message.nb).toContain('Datatilsynet');
    expect(check(controllerContact, 'Les mer om hvordan Google behandler data. Kontakt Google på privacy@google.com.').status).toBe('fail');
  });

  it('does not count placeholders, dummy or malformed addresses', () => {
    expect(check(controllerContact, 'E-post: [KONTAKT@EKSEMPEL.NO] Telefon: [+47 400 00 000]').status).toBe('fail');
    expect(check(controllerContact, 'Postadresse: Postboks 1234, 0123 Oslo.').status).toBe('fail');
    expect(check(controllerContact, 'Kontakt oss på post@fjellbakst,no.').status).toBe('fail');
  });

  it('judges the annotated statements', () => {
    expect(check(controllerContact, corpusDoc('seeds/s02-ekko-ipogs.txt')).quotes).toEqual(['Trollstubben 9A, 1535 Moss']);
    expect(check(controllerContact, corpusDoc('seeds/s05-ikomm.txt')).quotes).toContain('post@ikomm.no');
    const kulturlag = check(controllerContact, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md'));
    expect(kulturlag.status).toBe('warn');
    expect(kulturlag.quotes).toEqual(['Ta kontakt']);
    expect(check(controllerContact, corpusDoc('dev/d10-jobbklar.html')).status).toBe('fail');
    expect(check(controllerContact, corpusDoc('dev/dv04-chiroclick-template.md')).status).toBe('fail');
  });
});
