import type { Rule } from '../src/types.js';
import { test } from '../src/nlp/patterns.js';
import { deletionOnTermination, makeRightRule } from './lib/rights-factory.js';
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
  extra: deletionOnTermination,
  suggestion: {
    nb: 'Du har rett til å få slettet personopplysninger om deg («retten til å bli glemt»), for eksempel når de ikke lenger er nødvendige eller du trekker tilbake samtykket. Opplysninger vi må oppbevare etter lov, som regnskapsbilag etter bokføringsloven, slettes når lagringsplikten er over.',
    nn: 'Du har rett til å få sletta personopplysningar om deg («retten til å bli gløymd»), til dømes når dei ikkje lenger er naudsynte eller du trekkjer tilbake samtykket. Opplysningar vi må oppbevare etter lov, som rekneskapsbilag etter bokføringslova, blir sletta når lagringsplikta er over.',
    en: 'You have the right to have personal data about you erased ("the right to be forgotten"), for example when it is no longer needed or you withdraw your consent. Data we must keep by law, such as accounting records under the Bookkeeping Act, is deleted when that duty ends.',
  },
});

export default rightErasure;
