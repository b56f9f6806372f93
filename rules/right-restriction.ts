import type { Rule } from '../src/types.js';
import { makeRightRule } from './lib/rights-factory.js';
import { RESTRICTION_TERMS } from './lib/rights-terms.js';

export const rightRestriction: Rule = makeRightRule({
  id: 'right-restriction',
  article: 18,
  legalRef: 'GDPR art. 13(2)(b), art. 18',
  name: { nb: 'retten til begrensning av behandlingen', nn: 'retten til avgrensing av behandlinga', en: 'the right to restriction of processing' },
  terms: RESTRICTION_TERMS,
  suggestion: {
    nb: 'Du har rett til å kreve at behandlingen av opplysningene dine begrenses, for eksempel mens vi undersøker om opplysningene er riktige, eller mens vi vurderer en protest fra deg.',
    nn: 'Du har rett til å krevje at behandlinga av opplysningane dine blir avgrensa, til dømes medan vi undersøkjer om opplysningane er rette, eller medan vi vurderer ein protest frå deg.',
    en: 'You have the right to ask us to restrict the processing of your data, for example while we check whether the data is accurate or consider your objection.',
  },
  rationale: {
    nb: 'Den registrerte har rett til å kreve at behandlingen begrenses, for eksempel mens det undersøkes om opplysningene er riktige, eller mens en protest vurderes (personvernforordningen artikkel 18). Artikkel 13 nr. 2 bokstav b krever at erklæringen opplyser om retten. Begrensning betyr at opplysningene tas vare på, men ikke brukes.',
    en: 'Data subjects have the right to ask for the processing to be restricted, for example while the accuracy of the data is checked or an objection is considered (GDPR Article 18). Article 13(2)(b) requires the statement to tell them of this right. Restriction means the data is kept but not used.',
  },
  examples: {
    pass: [
      { lang: 'nb', text: 'Du har rett til å kreve at behandlingen av opplysningene dine begrenses mens vi undersøker om de er riktige.' },
      { lang: 'nn', text: 'Du kan krevje avgrensing av behandlinga av opplysningane dine.' },
    ],
    fail: [
      {
        lang: 'nb',
        text: 'Du har rett til innsyn i, retting av og sletting av opplysningene om deg.',
        note: { nb: 'Tre andre rettigheter, ikke begrensning.', en: 'Three other rights, not restriction.' },
      },
      {
        lang: 'nn',
        text: 'Du har rett til innsyn i, retting av og sletting av opplysningane om deg.',
        note: { nb: 'Tre andre rettigheter, ikke begrensning.', en: 'Three other rights, not restriction.' },
      },
    ],
  },
});

export default rightRestriction;
