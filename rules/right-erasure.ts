import type { Rule } from '../src/types.js';
import { test } from '../src/nlp/patterns.js';
import { deletionOnTermination, makeRightRule, selfServiceDeletion } from './lib/rights-factory.js';
import { DATA_OBJECT, ERASURE_ACTIVE, ERASURE_TERMS } from './lib/rights-terms.js';

/** "Du kan slette e-postene våre" is not erasure of personal data: an active verb needs a data object within five words, if it has one. */
function deletesSomethingElse(after: string): boolean {
  const clause = after.split(/[,;:.!?()]/u)[0]!;
  const next = clause.trim().split(/\s+/u).filter(Boolean).slice(0, 5).join(' ');
  // nothing follows, or an inverted subject does ("Normalt sletter vi …"): leave it to the context checks
  if (next === '' || /^(?:og|eller|and|or|og\/eller)$/iu.test(next) || /^(?:vi|me|we|du|you)(?:\s|$)/iu.test(next)) return false;
  return !test(DATA_OBJECT, next);
}

export const rightErasure: Rule = makeRightRule({
  id: 'right-erasure',
  article: 17,
  legalRef: 'GDPR art. 13(2)(b), art. 17',
  name: { nb: 'retten til sletting', nn: 'retten til sletting', en: 'the right to erasure' },
  terms: ERASURE_TERMS,
  reject: (_before, match, after) => ERASURE_ACTIVE.test(match) && deletesSomethingElse(after),
  extra: (ctx) => [...deletionOnTermination(ctx), ...selfServiceDeletion(ctx)],
  suggestion: {
    nb: 'Du har rett til å få slettet personopplysninger om deg («retten til å bli glemt»), for eksempel når de ikke lenger er nødvendige eller du trekker tilbake samtykket. Opplysninger vi må oppbevare etter lov, som regnskapsbilag etter bokføringsloven, slettes når lagringsplikten er over.',
    nn: 'Du har rett til å få sletta personopplysningar om deg («retten til å bli gløymd»), til dømes når dei ikkje lenger er naudsynte eller du trekkjer tilbake samtykket. Opplysningar vi må oppbevare etter lov, som rekneskapsbilag etter bokføringslova, blir sletta når lagringsplikta er over.',
    en: 'You have the right to have personal data about you erased ("the right to be forgotten"), for example when it is no longer needed or you withdraw your consent. Data we must keep by law, such as accounting records under the Bookkeeping Act, is deleted when that duty ends.',
  },
  rationale: {
    nb: 'Den registrerte har rett til å få opplysninger om seg slettet, blant annet når de ikke lenger er nødvendige for formålet, eller når samtykket trekkes tilbake («retten til å bli glemt», personvernforordningen artikkel 17). Artikkel 13 nr. 2 bokstav b krever at erklæringen opplyser om retten. At virksomheten sletter opplysninger etter en fast tid, er dens egen praksis og ikke det samme som at den registrerte kan kreve sletting.',
    en: 'Data subjects have the right to have data about them erased, for instance when it is no longer needed for its purpose or consent is withdrawn ("the right to be forgotten", GDPR Article 17). Article 13(2)(b) requires the statement to tell them of this right. That the organisation deletes data after a fixed time is its own practice, not the same as the data subject being able to demand erasure.',
  },
  examples: {
    pass: [
      { lang: 'nb', text: 'Du kan når som helst be oss om å slette opplysningene vi har om deg.' },
      { lang: 'nn', text: 'Du har rett til å få sletta opplysningar om deg når dei ikkje lenger trengst.' },
      {
        lang: 'nb',
        text: 'Sletter du brukerkontoen din, slettes også opplysningene om deg.',
        note: { nb: 'Den registrerte kan selv slette opplysningene: en selvbetjeningsfunksjon som gir retten.', en: 'The data subject can delete the data themselves: a self-service feature that gives the right.' },
      },
      {
        lang: 'nn',
        text: 'Når du slettar brukaren din, slettar vi òg alt vi har lagra om deg.',
        note: { nb: 'Den registrerte kan selv slette opplysningene: en selvbetjeningsfunksjon som gir retten.', en: 'The data subject can delete the data themselves: a self-service feature that gives the right.' },
      },
    ],
    fail: [
      {
        lang: 'nb',
        text: 'Vi sletter opplysningene automatisk tre år etter at kundeforholdet er avsluttet.',
        note: { nb: 'Virksomhetens egen praksis, ikke en rett den registrerte kan kreve.', en: 'The organisation\'s own practice, not a right the data subject can exercise.' },
      },
      {
        lang: 'nn',
        text: 'Vi slettar opplysningane automatisk tre år etter at kundeforholdet er avslutta.',
        note: { nb: 'Virksomhetens egen praksis, ikke en rett den registrerte kan kreve.', en: 'The organisation\'s own practice, not a right the data subject can exercise.' },
      },
    ],
  },
});

export default rightErasure;
