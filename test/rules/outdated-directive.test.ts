import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import outdatedDirective from '../../rules/outdated-directive.js';
import { CORPUS, check, corpusDoc } from '../helpers/doc.js';

describe('outdated-directive', () => {
  it('passes the corpus statements, which cite the GDPR', () => {
    const r = check(outdatedDirective, corpusDoc('dev/dv04-chiroclick-template.md'));
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual([]);
    expect(check(outdatedDirective, corpusDoc('seeds/s01-igo.txt')).status).toBe('pass');
  });

  it('fails a real statement once it names the directive as its framework', () => {
    const text = readFileSync(join(CORPUS, 'seeds/s04-invoice-club.txt'), 'utf8');
    const r = check(outdatedDirective, `${text}\n\nLovgrunnlag\n\nVi behandler opplysningene i henhold til EU-direktiv 95/46/EF.\n`);
    expect(r.status).toBe('fail');
    expect(r.quotes).toEqual(['EU-direktiv 95/46/EF']);
  });

  it('fails the directive by number or name in Bokmål, Nynorsk and English', () => {
    expect(check(outdatedDirective, 'Lov\n\nVi følger personverndirektivet.').quotes).toEqual(['personverndirektivet']);
    expect(check(outdatedDirective, 'Lov\n\nVi behandlar opplysningane etter direktiv 95/46/EF.').quotes).toEqual(['direktiv 95/46/EF']);
    expect(check(outdatedDirective, 'Law\n\nWe comply with the EU Data Protection Directive.').quotes).toEqual(['the EU Data Protection Directive']);
    expect(check(outdatedDirective, 'Law\n\nProcessing follows Directive 95/46/EC and national law.').quotes).toEqual(['Directive 95/46/EC']);
  });

  it('passes the directive mentioned as repealed or replaced', () => {
    expect(check(outdatedDirective, 'Lov\n\nPersonvernforordningen erstattet direktiv 95/46/EF i 2018.').status).toBe('pass');
    expect(check(outdatedDirective, 'Lov\n\nForordning (EU) 2016/679 om oppheving av direktiv 95/46/EF gjelder som norsk lov.').status).toBe('pass');
    expect(check(outdatedDirective, 'Lov\n\nPersonverndirektivet gjaldt fram til 2018; no gjeld personvernforordninga.').status).toBe('pass');
  });

  it('does not take the ePrivacy directive for the Data Protection Directive', () => {
    expect(check(outdatedDirective, 'Lov\n\nPersonverndirektivet for elektronisk kommunikasjon (2002/58/EF) regulerer informasjonskapsler.').status).toBe('pass');
  });
});
