import type { Rule } from '../src/types.js';
import { makeRightRule } from './lib/rights-factory.js';
import { OBJECTION_TERMS } from './lib/rights-terms.js';

export const rightObjection: Rule = makeRightRule({
  id: 'right-objection',
  article: 21,
  legalRef: 'GDPR art. 13(2)(b), art. 21',
  name: { nb: 'retten til å protestere mot behandlingen', nn: 'retten til å protestere mot behandlinga', en: 'the right to object' },
  terms: OBJECTION_TERMS,
  suggestion: {
    nb: 'Når vi behandler opplysninger om deg på grunnlag av berettiget interesse, har du rett til å protestere mot behandlingen. Du kan alltid protestere mot bruk av opplysningene til direkte markedsføring.',
    nn: 'Når vi behandlar opplysningar om deg på grunnlag av berettiga interesse, har du rett til å protestere mot behandlinga. Du kan alltid protestere mot bruk av opplysningane til direkte marknadsføring.',
    en: 'Where we process your data on the basis of legitimate interests, you have the right to object to the processing. You can always object to the use of your data for direct marketing.',
  },
});

export default rightObjection;
