import type { Rule } from '../src/types.js';
import { makeRightRule } from './lib/rights-factory.js';
import { PORTABILITY_TERMS } from './lib/rights-terms.js';

export const rightPortability: Rule = makeRightRule({
  id: 'right-portability',
  article: 20,
  legalRef: 'GDPR art. 13(2)(b), art. 20',
  name: { nb: 'retten til dataportabilitet', nn: 'retten til dataportabilitet', en: 'the right to data portability' },
  terms: PORTABILITY_TERMS,
  suggestion: {
    nb: 'Du har rett til dataportabilitet: å få utlevert opplysningene du har gitt oss i et strukturert, alminnelig anvendt og maskinlesbart format, eller å få dem overført til en annen behandlingsansvarlig, når behandlingen bygger på samtykke eller avtale.',
    nn: 'Du har rett til dataportabilitet: å få utlevert opplysningane du har gitt oss i eit strukturert, alminneleg brukt og maskinlesbart format, eller å få dei overførte til ein annan behandlingsansvarleg, når behandlinga byggjer på samtykke eller avtale.',
    en: 'You have the right to data portability: to receive the data you have given us in a structured, commonly used and machine-readable format, or to have it transmitted to another controller, where the processing is based on consent or a contract.',
  },
});

export default rightPortability;
