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
  rationale: {
    nb: 'Den registrerte har rett til å få rettet uriktige opplysninger om seg selv og få ufullstendige opplysninger supplert (personvernforordningen artikkel 16). Artikkel 13 nr. 2 bokstav b krever at erklæringen opplyser om retten. Riktige opplysninger er også et krav til virksomheten selv (artikkel 5 nr. 1 bokstav d).',
    en: 'Data subjects have the right to have inaccurate data about them rectified and incomplete data completed (GDPR Article 16). Article 13(2)(b) requires the statement to tell them of this right. Accurate data is also a duty of the organisation itself (Article 5(1)(d)).',
  },
  examples: {
    pass: [
      { lang: 'nb', text: 'Er noen av opplysningene om deg feil, har du rett til å få dem rettet.' },
      { lang: 'nn', text: 'Du har rett til å få retta opplysningar om deg som er feil eller ufullstendige.' },
    ],
    fail: [
      {
        lang: 'nb',
        text: 'Du har rett til innsyn i opplysningene vi har om deg, og kan be om at de slettes.',
        note: { nb: 'Innsyn og sletting, men ikke retting.', en: 'Access and erasure, but not rectification.' },
      },
      {
        lang: 'nn',
        text: 'Du har rett til innsyn i opplysningane vi har om deg, og kan be om at dei blir sletta.',
        note: { nb: 'Innsyn og sletting, men ikke retting.', en: 'Access and erasure, but not rectification.' },
      },
    ],
  },
});

export default rightRectification;
