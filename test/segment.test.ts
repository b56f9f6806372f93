import { describe, expect, it } from 'vitest';
import { corpusDoc, docFrom } from './helpers/doc.js';

describe('sentences', () => {
  it('does not split on abbreviations, ordinals in dates or org. numbers', () => {
    const doc = docFrom('Vi lagrer bl.a. navn, jf. bokføringsloven. Erklæringen ble oppdatert 7. oktober 2024. Eksempel AS, org.nr. 974 761 467, er ansvarlig.');
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Vi lagrer bl.a. navn, jf. bokføringsloven.',
      'Erklæringen ble oppdatert 7. oktober 2024.',
      'Eksempel AS, org.nr. 974 761 467, er ansvarlig.',
    ]);
  });

  it('stems Norwegian inflections in Bokmål and Nynorsk to a shared form', () => {
    const stems = (text: string) => docFrom(text).sentences[0]!.tokens.map((t) => t.stem);
    const [a] = stems('rettighetene');
    const [b] = stems('rettigheter');
    expect(a).toBe(b);
    expect(stems('opplysningane')[0]).toBe(stems('opplysningene')[0]);
  });

  it('gives English statements English dictionary forms', () => {
    const doc = docFrom('We do not share your personal data. Data is deleted after 30 days. You have the rights to access.');
    expect(doc.language.code).toBe('eng');
    expect(doc.sentences[1]!.tokens.map((t) => t.stem)).toEqual(['data', 'is', 'delete', 'after', '30', 'day']);
    expect(doc.sentences[2]!.tokens.map((t) => t.stem)).toContain('right');
  });
});

describe('sections and topics', () => {
  it('gives each section a topic from its heading, in Bokmål and Nynorsk', () => {
    const doc = docFrom('Hvor lenge lagrer vi opplysningene?\n\nVi sletter dem etter to år.\n\nDine rettar\n\nDu kan krevje innsyn.\n\nKlage\n\nDu kan klage til Datatilsynet.');
    const topics = Object.fromEntries(doc.sections.map((s) => [s.heading, s.topic]));
    expect(topics['Hvor lenge lagrer vi opplysningene?']).toBe('retention');
    expect(topics['Dine rettar']).toBe('rights');
    expect(topics['Klage']).toBe('complaint');
  });

  it('knows the purpose headings the rules know, in Bokmål, Nynorsk and English', () => {
    for (const heading of ['Hvordan vi benytter opplysningene', 'Korleis me brukar opplysningane dine', 'Kva brukar vi opplysningane til?', 'Why we process your data', 'Formålet med behandlingen']) {
      const doc = docFrom(`${heading}\n\nVi bruker e-postadressen til å sende nyhetsbrev.`);
      expect(doc.sections.find((s) => s.heading === heading)?.topics, heading).toContain('purposes');
    }
    const doc = docFrom('Hvor lenge lagrer vi opplysningene?\n\nVi sletter dem etter to år.');
    expect(doc.sections[0]!.topics).not.toContain('purposes');
  });

  it('finds the numbered headings of a real statement', () => {
    const doc = corpusDoc('seeds/s04-invoice-club.txt');
    const headings = doc.sections.map((s) => s.heading);
    expect(headings).toContain('7- HVORDAN OG HVOR LENGE LAGRER VI DINE PERSONOPPLYSNINGER?');
    expect(doc.sections.find((s) => s.heading.startsWith('7-'))!.topics).toContain('retention');
  });
});

describe('language', () => {
  it('tells Bokmål, Nynorsk and English apart on real statements', () => {
    expect(corpusDoc('seeds/s01-igo.txt').language.code).toBe('nob');
    expect(corpusDoc('dev/d04-oslobygda-kulturlag-nn.md').language.code).toBe('nno');
    expect(corpusDoc('dev/d02-fribyte-boskonf-en.md').language.code).toBe('eng');
  });

  it('notices a document that mixes Norwegian and English', () => {
    const nb = 'Vi behandler personopplysninger om deg når du bruker nettsiden vår, og vi tar personvernet ditt på alvor. Opplysningene brukes bare til å svare på henvendelser og sende nyhetsbrev når du har bedt om det. ';
    const en = 'We process personal data about you when you use our website, and we take your privacy seriously. The data is only used to answer enquiries and to send newsletters when you have asked for them. ';
    const doc = docFrom(`${nb.repeat(3)}\n\n${en.repeat(3)}`);
    expect(doc.language.mixed).toBe(true);
    expect(doc.language.shares.eng).toBeGreaterThan(0.3);
  });

  it('judges a long statement on chunks spread over all of it, so an English appendix still counts', () => {
    const nb = 'Vi behandler personopplysninger om deg når du bruker nettsiden vår, og vi tar personvernet ditt på alvor. Opplysningene brukes bare til å svare på henvendelser og sende nyhetsbrev når du har bedt om det.';
    const en = 'We process personal data about you when you use our website, and we take your privacy seriously. The data is only used to answer enquiries and to send newsletters when you have asked for them.';
    const paragraphs = [...Array<string>(140).fill(nb), ...Array<string>(60).fill(en)];
    const doc = docFrom(paragraphs.join('\n\n'));
    expect(doc.text.length).toBeGreaterThan(40_000);
    expect(doc.language.code).toBe('nob');
    expect(doc.language.mixed).toBe(true);
    expect(doc.language.shares.eng).toBeGreaterThan(0.25);
    expect(doc.language.shares.eng).toBeLessThan(0.4);
  });
});
