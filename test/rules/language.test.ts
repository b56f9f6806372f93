import { describe, expect, it } from 'vitest';
import language from '../../rules/language.js';
import { nordicLanguage } from '../../rules/lib/currency-language.js';
import { check, corpusDoc } from '../helpers/doc.js';

const NORWEGIAN =
  'Vi behandler personopplysningene dine etter personvernforordningen og personopplysningsloven. Du har rett til innsyn, retting og sletting av opplysningene vi har om deg, og du kan når som helst trekke tilbake samtykket ditt. Opplysningene slettes senest to år etter at kundeforholdet er avsluttet. Du kan klage til Datatilsynet dersom du mener at vi behandler opplysningene dine i strid med regelverket. Vi svarer på alle henvendelser innen tretti dager.';
const ENGLISH =
  'We process your personal data under the General Data Protection Regulation and the Norwegian Personal Data Act. You have the right to access, rectify and erase the data we hold about you, and you can withdraw your consent at any time. The data is deleted no later than two years after the customer relationship ends. You can complain to the Norwegian Data Protection Authority if you believe that we process your data unlawfully. We answer all requests within thirty days.';
const DANISH =
  'Privatlivspolitik\n\nVi behandler dine personoplysninger i overensstemmelse med databeskyttelsesforordningen. Den dataansvarlige for behandlingen af dine oplysninger er Eksempel ApS. Vi indsamler oplysninger om dig, når du besøger vores hjemmeside. Du har ret til indsigt i de oplysninger, vi behandler om dig, og du kan bede om sletning eller berigtigelse. Oplysningerne bliver slettet efter to år.';
const SWEDISH =
  'Integritetspolicy\n\nVi behandlar dina personuppgifter enligt dataskyddsförordningen. Personuppgiftsansvarig är Exempel AB. Vi samlar in uppgifter om dig när du besöker vår webbplats och det är viktigt för oss att du känner dig trygg. Du har rätt att begära radering och rättelse av dina uppgifter. Uppgifterna sparas inte längre än nödvändigt och vi delar inte dem med någon.';

describe('language', () => {
  it('warns on the English corpus statement and names the language', () => {
    const r = check(language, corpusDoc('dev/d02-fribyte-boskonf-en.md'));
    expect(r.status).toBe('warn');
    expect(r.message.en).toContain('written in English');
    expect(r.message.nb).toContain('engelsk');
  });

  it('passes Bokmål and Nynorsk corpus statements', () => {
    const nn = check(language, corpusDoc('dev/d04-oslobygda-kulturlag-nn.md'));
    expect(nn.status).toBe('pass');
    expect(nn.message.nb).toContain('nynorsk');
    expect(check(language, corpusDoc('seeds/s02-ekko-ipogs.txt')).message.en).toContain('Norwegian Bokmål');
  });

  it('passes a Norwegian statement with a short English summary', () => {
    const r = check(language, corpusDoc('dev/dv04-chiroclick-template.md'));
    expect(r.status).toBe('pass');
    expect(r.message.en).toContain('English');
    expect(check(language, `Personvern\n\n${NORWEGIAN}\n\n${NORWEGIAN}\n\n${NORWEGIAN}\n\nEnglish summary\n\n${ENGLISH.slice(0, 200)}`).status).toBe('pass');
  });

  it('passes a mostly Norwegian statement with a labelled English part (Bokmål and Nynorsk), but not an unlabelled one', () => {
    const nb = check(language, `Personvern\n\n${NORWEGIAN}\n\n${NORWEGIAN}\n\nPrivacy Policy (English summary)\n\n${ENGLISH}`);
    expect(nb.status).toBe('pass');
    expect(nb.message.nb).toContain('«Privacy Policy (English summary)»');
    const nn = check(language, `Personvern\n\n${corpusDoc('dev/d04-oslobygda-kulturlag-nn.md').text.slice(0, 1500)}\n\nIn English\n\n${ENGLISH}`);
    expect(nn.status).toBe('pass');
    expect(nn.message.nb).toContain('nynorsk');
    expect(check(language, `Personvern\n\n${NORWEGIAN}\n\n${NORWEGIAN}\n\n${ENGLISH}`).status).toBe('warn');
  });

  it('warns on a statement that is half Norwegian, half English, with the shares', () => {
    const r = check(language, `Personvern\n\n${NORWEGIAN}\n\nEnglish version\n\n${ENGLISH}`);
    expect(r.status).toBe('warn');
    expect(r.message.nb).toContain('blander språk');
    expect(r.message.nb).toMatch(/engelsk \d+ %/);
  });

  it('fails Danish and Swedish statements that the detector takes for Bokmål', () => {
    const da = check(language, DANISH);
    expect(da.status).toBe('fail');
    expect(da.message.en).toContain('Danish');
    expect(check(language, SWEDISH).message.nb).toContain('svensk');
    expect(nordicLanguage(NORWEGIAN)).toBe('nor');
  });

  it('warns when the language cannot be determined', () => {
    const r = check(language, 'Hei');
    expect(r.status).toBe('warn');
    expect(r.message.en).toContain('Could not determine');
  });
});
