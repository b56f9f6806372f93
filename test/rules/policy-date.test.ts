import { describe, expect, it } from 'vitest';
import policyDate from '../../rules/policy-date.js';
import { findDates } from '../../rules/lib/currency-dates.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('policy-date', () => {
  it('reads a date left inside the template\'s brackets after its label (Bokmål and Nynorsk), and still not an empty slot', () => {
    const nb = check(policyDate, 'Personvern\n\nSist oppdatert: [10.12.2024]');
    expect(nb.status).toBe('pass');
    expect(nb.quotes).toEqual(['10.12.2024']);
    expect(check(policyDate, 'Personvern\n\nSist endra: [3. mars 2026]').status).toBe('pass');
    expect(check(policyDate, 'Personvern\n\nSist oppdatert: [dato]').status).toBe('warn');
  });

  it('parses Norwegian and English date forms', () => {
    const parsed = (text: string) => findDates(text).map((d) => [d.text, d.year, d.month, d.day]);
    expect(parsed('Sist oppdatert: 7.oktober 2019')).toEqual([['7.oktober 2019', 2019, 10, 7]]);
    expect(parsed('Dato: 18.06.2018')).toEqual([['18.06.2018', 2018, 6, 18]]);
    expect(parsed('18. juni 2018 og 28.09. 2021')).toEqual([
      ['18. juni 2018', 2018, 6, 18],
      ['28.09. 2021', 2021, 9, 28],
    ]);
    expect(parsed('1. jan. 2025, okt. 2020, March 1, 2024')).toEqual([
      ['1. jan. 2025', 2025, 1, 1],
      ['okt. 2020', 2020, 10, undefined],
      ['March 1, 2024', 2024, 3, 1],
    ]);
    expect(parsed('2023-05-01 og 01/05/2023')).toEqual([
      ['2023-05-01', 2023, 5, 1],
      ['01/05/2023', 2023, 5, 1],
    ]);
    // A Lovdata identifier and a regulation number are not dates.
    expect(findDates('LOV-2018-06-15-38 og forordning (EU) 2016/679')).toEqual([]);
  });

  it('warns on the seed dated 7.oktober 2019 (older than three years)', () => {
    const r = check(policyDate, corpusDoc('seeds/s02-ekko-ipogs.txt'));
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual(['7.oktober 2019']);
    expect(r.message.nb).toContain('mer enn tre år');
  });

  it('fails the seed dated 18.06.2018, before the 2018 act took effect', () => {
    const r = check(policyDate, corpusDoc('seeds/s04-invoice-club.txt'));
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['18.06.2018']);
  });

  it('passes recent corpus statements and picks their own date', () => {
    expect(check(policyDate, corpusDoc('dev/d10-jobbklar.html')).quotes).toEqual(['11. juli 2026']);
    const d09 = check(policyDate, corpusDoc('dev/d09-varmeguiden.html'));
    expect(d09.status).toBe('pass');
    expect(d09.quotes).toEqual(['juni 2026']);
    // "28.09. 2021" (sist oppdatert), not the Nkom recommendation "(november 2020)" in the body
    expect(check(policyDate, corpusDoc('dev/d01-get-academy.html')).quotes).toEqual(['28.09. 2021']);
  });

  it('warns when the date slot of a template is not filled in', () => {
    const r = check(policyDate, corpusDoc('dev/dv04-chiroclick-template.md'));
    expect(r.status).toBe('warn');
    expect(r.quotes[0]).toBe('Sist oppdatert: [DATO]');
    const xed = `Sist oppdatert: ${'X'.repeat(2)}.${'X'.repeat(2)}.${'X'.repeat(4)}`;
    const slot = check(policyDate, `Personvern\n\n${xed}`);
    expect(slot.status).toBe('warn');
    expect(slot.quotes).toEqual([xed]);
    expect(check(policyDate, 'Personvern\n\nOppdatert: {updatedAt}').message.nb).toContain('ikke fylt ut');
  });

  it('warns when there is no date at all', () => {
    const r = check(policyDate, corpusDoc('seeds/s01-igo.txt'));
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual([]);
    expect(r.message.en).toContain('No date');
  });

  it('passes Bokmål, Nynorsk and English labels within three years', () => {
    expect(check(policyDate, 'Personvernerklæring\n\nSist endra 18. juni 2024. Vi behandlar opplysningar om medlemmane.').quotes).toEqual(['18. juni 2024']);
    expect(check(policyDate, 'Personvernerklæring\n\nGjeld frå 1. jan. 2025.').status).toBe('pass');
    expect(check(policyDate, 'Privacy policy\n\nLast updated May 2024. We process data about our members.').quotes).toEqual(['May 2024']);
    expect(check(policyDate, 'Privacy policy\n\nEffective date: March 1, 2024').status).toBe('pass');
    const versioned = check(policyDate, 'Personvern\n\nVersjon 2.1 – 3. mars 2024');
    expect(versioned.status).toBe('pass');
    expect(versioned.quotes).toEqual(['3. mars 2024']);
    expect(check(policyDate, 'Personvern\n\nSist oppdatert\n\n1. mars 2025').quotes).toEqual(['1. mars 2025']);
  });

  it('warns on dates more than three years before the scan date, numeric and month-only', () => {
    expect(check(policyDate, 'Personvern\n\nOppdatert 2023-05-01').status).toBe('warn');
    expect(check(policyDate, 'Personvern\n\nOppdatert: 01/05/2023').status).toBe('warn');
    const monthOnly = check(policyDate, 'Personvern\n\nOppdatert juni 2021');
    expect(monthOnly.status).toBe('warn');
    expect(monthOnly.quotes).toEqual(['juni 2021']);
  });

  it('draws the pre-GDPR line at 20 July 2018', () => {
    expect(check(policyDate, 'Personvern\n\nSist oppdatert 19. juli 2018').status).toBe('fail');
    expect(check(policyDate, 'Personvern\n\nSist oppdatert 20. juli 2018').status).toBe('warn');
    // "juli 2018" may mean a day after 20 July: not a definite pre-GDPR date
    expect(check(policyDate, 'Personvern\n\nSist oppdatert: juli 2018').status).toBe('warn');
  });

  it('judges against the scan date it is given', () => {
    const r = check(policyDate, corpusDoc('seeds/s02-ekko-ipogs.txt'), { asOf: new Date('2021-01-01T12:00:00Z') });
    expect(r.status).toBe('pass');
  });

  it('takes the most recent of several labelled dates', () => {
    const r = check(policyDate, 'Personvern\n\nGjeldende fra 20. juli 2018. Sist oppdatert 12. okt. 2025.');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['12. okt. 2025']);
  });

  it('ignores dates of laws, regulations and cookie expiry in the body', () => {
    const r = check(
      policyDate,
      'Personvern\n\nVi følger personopplysningsloven av 14. april 2000 og forordning (EU) 2016/679. Informasjonskapselen utløper 1. januar 2030.',
    );
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual([]);
    expect(check(policyDate, 'Personvern\n\nLoven ble endret 1. januar 2025 og vi har fulgt opp.').status).toBe('warn');
    // A date in running text about something else is not the statement's date.
    expect(
      check(policyDate, 'Personvern\n\nVi har oppdatert systemene våre 5. februar 2024 slik at alle opplysninger krypteres med moderne algoritmer i alle datasentre.').status,
    ).toBe('warn');
  });

  it('reads "… trådte i kraft" after a law or a provision as the law\'s date, and after the statement as its own (Bokmål and Nynorsk)', () => {
    const law = check(policyDate, 'Personvern\n\nDen såkalte «cookie-paragrafen» trådte i kraft 1. juli 2013, og forplikter oss til å informere om informasjonskapsler.');
    expect(law.status).toBe('warn');
    expect(law.quotes).toEqual([]);
    expect(check(policyDate, 'Personvern\n\nEkomlova § 3-15 tok til å gjelde og trådte i kraft 1. januar 2025.').status).toBe('warn');
    const own = check(policyDate, 'Personvern\n\nDenne personvernerklæringa trådte i kraft 1. mars 2025.');
    expect(own.status).toBe('pass');
    expect(own.quotes).toEqual(['1. mars 2025']);
  });

  it('accepts a date line on its own at the end of the statement', () => {
    const r = check(policyDate, 'Personvern\n\nVi behandler navn og e-post.\n\nKontakt\n\nOslo, 3. mars 2024');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['3. mars 2024']);
    expect(r.message.nb).toContain('uten etikett');
  });

  it('reads the date fields of a site generator\'s front matter when the text gives no date', () => {
    const body = '# Personvern\n\nVi behandlar namn og e-postadresse for å sende nyheitsbrev.\n';
    const old = check(policyDate, `---\ntitle: Personvern\nlastmod: 2017-09-26\n---\n\n${body}`, { format: 'markdown' });
    expect(old.status).toBe('fail');
    expect(old.message.nb).toContain('«lastmod» i front matter');
    expect(old.quotes).toEqual([]);
    const recent = check(policyDate, `---\ndate: 2019-01-10\nupdated: "2025-05-01T10:00:00Z"\n---\n\n${body}`, { format: 'markdown' });
    expect(recent.status).toBe('pass');
    expect(recent.message.en).toContain('"updated" in the front matter');
    expect(check(policyDate, `+++\ndate = 2020-03-22T11:04:00Z\n+++\n\n${body}`, { format: 'markdown' }).status).toBe('warn');
    // a date written in the statement itself comes first
    const both = check(policyDate, `---\nlastmod: 2017-01-01\n---\n\n${body}\nSist oppdatert: 1. mars 2026\n`, { format: 'markdown' });
    expect(both.status).toBe('pass');
    expect(both.quotes).toEqual(['1. mars 2026']);
    // other front-matter fields are not dates of the statement
    expect(check(policyDate, `---\nexpires: 2016-01-01\n---\n\n${body}`, { format: 'markdown' }).status).toBe('warn');
  });

  it('fails an undated copy archived before 20 July 2018, and ignores later archive dates', () => {
    const r = check(policyDate, 'Personvern\n\nTeksten er henta frå ein kopi arkivert 16. mars 2017.\n\nVi behandlar namn og e-post.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['16. mars 2017']);
    expect(r.message.nb).toContain('arkivert');
    expect(check(policyDate, 'Privacy\n\nThis copy was archived on 2017-03-16.\n\nWe process your name.').status).toBe('fail');
    // an archive date after 2018 only bounds the age from above: still no date of the statement's own
    expect(check(policyDate, 'Privacy\n\nThis copy was archived on 2024-03-01.\n\nWe process your name.').status).toBe('warn');
    expect(check(policyDate, 'Personvern\n\nSøknader blir arkivert i ti år.\n\nVi behandlar namn.').status).toBe('warn');
  });
});
