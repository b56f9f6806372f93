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
  rationale: {
    nb: 'Den registrerte har rett til å protestere mot behandling som bygger på berettiget interesse eller allmennhetens interesse, og kan alltid protestere mot direkte markedsføring (personvernforordningen artikkel 21). Artikkel 13 nr. 2 bokstav b krever at erklæringen opplyser om retten, og artikkel 21 nr. 4 krever at den presenteres tydelig og atskilt fra annen informasjon.',
    en: 'Data subjects have the right to object to processing based on legitimate interests or the public interest, and can always object to direct marketing (GDPR Article 21). Article 13(2)(b) requires the statement to tell them of this right, and Article 21(4) requires it to be presented clearly and separately from other information.',
  },
  examples: {
    pass: [
      { lang: 'nb', text: 'Du har rett til å protestere mot at vi bruker opplysningene dine til direkte markedsføring.' },
      { lang: 'nn', text: 'Du har rett til å protestere mot behandlinga dersom ho byggjer på berettiga interesse.' },
    ],
    fail: [
      {
        lang: 'nb',
        text: 'Du har rett til innsyn i og retting av opplysningene om deg.',
        note: { nb: 'Ingen protestrett.', en: 'No right to object.' },
      },
      {
        lang: 'nn',
        text: 'Du har rett til innsyn i og retting av opplysningane om deg.',
        note: { nb: 'Ingen protestrett.', en: 'No right to object.' },
      },
    ],
  },
});

export default rightObjection;
