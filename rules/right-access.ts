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
});

export default rightAccess;
