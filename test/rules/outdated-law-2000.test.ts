import { describe, expect, it } from 'vitest';
import outdatedLaw2000 from '../../rules/outdated-law-2000.js';
import { judgeSection } from '../../rules/lib/currency-law.js';
import { check, corpusDoc } from '../helpers/doc.js';

describe('outdated-law-2000', () => {
  it('quotes each 2000-act section in the seed s02 as its own span', () => {
    const r = check(outdatedLaw2000, corpusDoc('seeds/s02-ekko-ipogs.txt'));
    expect(r.status).toBe('fail');
    expect(r.quotes).toHaveLength(3);
    expect(r.quotes[0]).toBe('personopplysningsloven § 18');
    expect(r.quotes[1]).toContain('§ 27');
    expect(r.quotes[2]).toContain('§ 28');
  });

  it('finds the old legal basis "personopplysningsloven § 8 a, b eller f" in s05', () => {
    const r = check(outdatedLaw2000, corpusDoc('seeds/s05-ikomm.txt'));
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['personopplysningsloven § 8']);
    expect(r.message.nb).toContain('behandlingsgrunnlag');
  });

  it('passes statements that name the act without old section numbers', () => {
    expect(check(outdatedLaw2000, corpusDoc('dev/dv02-mytxs-samfundet.md')).status).toBe('pass'); // "personopplysningsloven artikkel 6"
    expect(check(outdatedLaw2000, corpusDoc('seeds/s01-igo.txt')).status).toBe('pass');
    expect(check(outdatedLaw2000, corpusDoc('dev/dv04-chiroclick-template.md')).status).toBe('pass'); // pasientjournalloven § 8
  });

  it('quotes bare sections that continue a personopplysningsloven citation', () => {
    const r = check(outdatedLaw2000, 'Dine rettigheter\n\nDu har rett til innsyn, jf. personopplysningsloven § 18, § 27 og § 28.');
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['personopplysningsloven § 18', '§ 27', '§ 28']);
    const plural = check(outdatedLaw2000, 'Rettar\n\nVi følgjer personopplysningslova §§ 18, 27 og 28.');
    expect(plural.quotes).toEqual(['personopplysningslova §§ 18', '27', '28']);
  });

  it('follows the citation into the next sentence and into a list (Nynorsk and Bokmål)', () => {
    const nn = check(outdatedLaw2000, 'Rettar\n\nDu har rett til innsyn etter personopplysningslova § 18. Du kan krevje retting etter § 27.');
    expect(nn.quotes).toEqual(['personopplysningslova § 18', '§ 27']);
    const list = check(outdatedLaw2000, 'Rettigheter\n\nDine rettigheter etter personopplysningsloven:\n- Innsyn (§ 18)\n- Retting (§ 27)\n- Sletting (§ 28)');
    expect(list.status).toBe('fail');
    expect(list.quotes).toEqual(['§ 18', '§ 27', '§ 28']);
  });

  it('leaves the 2018 act\'s own sections alone', () => {
    expect(check(outdatedLaw2000, 'Grunnlag\n\nPersonvernforordningen gjelder som norsk lov, jf. personopplysningsloven § 1.').status).toBe('pass');
    expect(check(outdatedLaw2000, 'Personvernombud\n\nVi har personvernombud etter personopplysningsloven § 18.').status).toBe('pass');
    expect(check(outdatedLaw2000, 'Forsking\n\nVi behandlar særlege kategoriar for forskingsformål, jf. personopplysningslova § 9.').status).toBe('pass');
    expect(check(outdatedLaw2000, 'Klage\n\nDu kan klage til Datatilsynet, jf. personopplysningsloven § 20.').status).toBe('pass');
  });

  it('reads section numbers by their topic', () => {
    expect(judgeSection(9, false, 'Vi behandler sensitive personopplysninger')).toBe('old');
    expect(judgeSection(9, false, 'forskning på særlige kategorier')).toBe('new');
    expect(judgeSection(8, true, '')).toBe('old');
    expect(judgeSection(18, false, 'rett til innsyn')).toBe('old');
    expect(judgeSection(18, false, 'personvernombud')).toBe('new');
    expect(judgeSection(28, false, '')).toBe('old');
    expect(judgeSection(28, false, 'overtredelsesgebyr')).toBe('new');
    expect(judgeSection(45, false, '')).toBe('old');
    expect(judgeSection(12, false, 'fødselsnummer')).toBe('new');
  });

  it('does not take sections of other acts', () => {
    expect(check(outdatedLaw2000, 'Lagring\n\nOpplysningene lagres i fem år etter § 13 i bokføringsloven.').status).toBe('pass');
    const mixed = check(outdatedLaw2000, 'Lagring\n\nOpplysningene lagres etter bokføringsloven § 13, og slettes etter personopplysningsloven § 28.');
    expect(mixed.quotes).toEqual(['personopplysningsloven § 28']);
  });

  it('finds the act and regulation named by date, and the English name', () => {
    expect(check(outdatedLaw2000, 'Lov\n\nVi følger lov 14. april 2000 nr. 31 om behandling av personopplysninger.').quotes).toEqual(['lov 14. april 2000 nr. 31']);
    expect(check(outdatedLaw2000, 'Lov\n\nBehandlinga skjer etter personopplysningsforskrifta kapittel 2.').quotes).toEqual(['personopplysningsforskrifta']);
    expect(check(outdatedLaw2000, 'Law\n\nYou have a right of access under section 18 of the Personal Data Act.').status).toBe('fail');
  });

  it('finds notification and licence duties, but not breach notification', () => {
    expect(check(outdatedLaw2000, 'Om oss\n\nBehandlingen er meldt til Datatilsynet.').quotes).toEqual(['meldt til Datatilsynet']);
    expect(check(outdatedLaw2000, 'Om oss\n\nVi har konsesjon frå Datatilsynet til å behandle helseopplysningar.').status).toBe('fail');
    expect(check(outdatedLaw2000, 'Avvik\n\nVi sender avviksmelding til Datatilsynet innen 72 timer.').status).toBe('pass');
    expect(check(outdatedLaw2000, 'Barnehagen\n\nPersonalet har meldeplikt til barnevernet.').status).toBe('pass');
  });

  it('passes the old act mentioned as history', () => {
    expect(check(outdatedLaw2000, 'Lov\n\nPersonopplysningsloven av 2000 ble erstattet av en ny lov i 2018.').status).toBe('pass');
    expect(check(outdatedLaw2000, 'Lov\n\nMeldeplikten til Datatilsynet ble avskaffet i 2018.').status).toBe('pass');
  });

  it('warns when a section number fits either act and nothing tells them apart', () => {
    const r = check(outdatedLaw2000, 'Lov\n\nBehandlingen er i samsvar med personopplysningsloven § 11.');
    expect(r.status).toBe('warn');
    expect(r.quotes).toEqual(['personopplysningsloven § 11']);
  });
});
