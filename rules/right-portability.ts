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
  rationale: {
    nb: 'Når behandlingen bygger på samtykke eller avtale og skjer automatisert, har den registrerte rett til å få utlevert opplysningene de selv har gitt, i et strukturert, alminnelig anvendt og maskinlesbart format, og til å få dem overført til en annen behandlingsansvarlig (personvernforordningen artikkel 20). Artikkel 13 nr. 2 bokstav b krever at erklæringen opplyser om retten.',
    en: 'Where processing is based on consent or a contract and carried out by automated means, data subjects have the right to receive the data they have provided in a structured, commonly used and machine-readable format, and to have it transmitted to another controller (GDPR Article 20). Article 13(2)(b) requires the statement to tell them of this right.',
  },
  examples: {
    pass: [
      { lang: 'nb', text: 'Du har rett til dataportabilitet, det vil si å få utlevert opplysningene du har gitt oss i et maskinlesbart format.' },
      { lang: 'nn', text: 'Du har rett til dataportabilitet, det vil seie å få opplysningane du har gitt oss utleverte i eit maskinlesbart format.' },
    ],
    fail: [
      {
        lang: 'nb',
        text: 'Du har rett til innsyn, retting og sletting.',
        note: { nb: 'Dataportabilitet er ikke nevnt.', en: 'Data portability is not mentioned.' },
      },
      {
        lang: 'nn',
        text: 'Du kan be om innsyn i opplysningane, og du kan krevje at feil blir retta eller at opplysningane blir sletta.',
        note: { nb: 'Dataportabilitet er ikke nevnt.', en: 'Data portability is not mentioned.' },
      },
    ],
  },
});

export default rightPortability;
