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
});

export default rightRestriction;
