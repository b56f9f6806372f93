import type { Rule } from '../src/types.js';
import { makeRightRule } from './lib/rights-factory.js';
import { RECTIFICATION_TERMS } from './lib/rights-terms.js';

export const rightRectification: Rule = makeRightRule({
  id: 'right-rectification',
  article: 16,
  legalRef: 'GDPR art. 13(2)(b), art. 16',
  name: { nb: 'retten til retting', nn: 'retten til retting', en: 'the right to rectification' },
  terms: RECTIFICATION_TERMS,
  suggestion: {
    nb: 'Du har rett til å få rettet uriktige personopplysninger om deg, og til å få ufullstendige opplysninger supplert. Ta kontakt med oss på [adresse].',
    nn: 'Du har rett til å få retta uriktige personopplysningar om deg, og til å få ufullstendige opplysningar supplerte. Ta kontakt med oss på [adresse].',
    en: 'You have the right to have inaccurate personal data about you rectified and incomplete data completed. Contact us at [address].',
  },
});

export default rightRectification;
