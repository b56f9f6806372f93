import type { Rule } from '../src/types.js';
import { makeRightRule } from './lib/rights-factory.js';
import { ACCESS_TERMS } from './lib/rights-terms.js';

export const rightAccess: Rule = makeRightRule({
  id: 'right-access',
  article: 15,
  legalRef: 'GDPR art. 13(2)(b), art. 15',
  name: { nb: 'retten til innsyn', nn: 'retten til innsyn', en: 'the right of access' },
  terms: ACCESS_TERMS,
  suggestion: {
    nb: 'Du har rett til innsyn i personopplysningene vi behandler om deg, og kan be om en kopi av dem. Send en e-post til [adresse], så svarer vi innen én måned.',
    nn: 'Du har rett til innsyn i personopplysningane vi behandlar om deg, og kan be om ein kopi av dei. Send ein e-post til [adresse], så svarar vi innan éin månad.',
    en: 'You have the right of access to the personal data we process about you and can ask for a copy of it. E-mail [address] and we will reply within one month.',
  },
  rationale: {
    nb: 'Den registrerte har rett til å få vite om opplysninger om dem behandles, og til å få innsyn i og en kopi av dem (personvernforordningen artikkel 15). Artikkel 13 nr. 2 bokstav b krever at erklæringen opplyser om retten. Innsyn er inngangen til de andre rettighetene: uten å vite hva som er lagret, kan ingen be om retting eller sletting.',
    en: 'Data subjects have the right to know whether data about them is processed, and to access it and get a copy (GDPR Article 15). Article 13(2)(b) requires the statement to tell them of this right. Access is the way into the other rights: without knowing what is stored, nobody can ask for rectification or erasure.',
  },
  examples: {
    pass: [
      { lang: 'nb', text: 'Du har rett til innsyn i opplysningene vi har om deg, og kan be om en kopi.' },
      { lang: 'nn', text: 'Du har rett til innsyn i kva opplysningar vi har lagra om deg.' },
    ],
    fail: [
      {
        lang: 'nb',
        text: 'Du har rett til å få rettet feil i opplysningene om deg, og til å be om at de slettes.',
        note: { nb: 'Retting og sletting, men ikke innsyn.', en: 'Rectification and erasure, but not access.' },
      },
      {
        lang: 'nn',
        text: 'Du har rett til å få retta feil i opplysningane om deg, og til å be om at dei blir sletta.',
        note: { nb: 'Retting og sletting, men ikke innsyn.', en: 'Rectification and erasure, but not access.' },
      },
    ],
  },
});

export default rightAccess;
