import { fail, pass, type RuleContext } from '../src/engine/context.js';
import type { Rule } from '../src/types.js';
import {
  DIRECTIVE_HISTORICAL,
  mentionContext,
  mentions,
  OLD_DIRECTIVE,
  OTHER_DIRECTIVE_AFTER,
  OTHER_DIRECTIVE_BEFORE,
  type Mention,
} from './lib/currency-frameworks.js';

function isOtherDirective(ctx: RuleContext, m: Mention): boolean {
  return OTHER_DIRECTIVE_AFTER.test(ctx.text.slice(m.end, m.end + 50)) || OTHER_DIRECTIVE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 30), m.start));
}

function quoteAll(list: Mention[]): string {
  return [...new Set(list.map((m) => `«${m.text}»`))].join(', ');
}

export const outdatedDirective: Rule = {
  meta: {
    id: 'outdated-directive',
    kind: 'defect',
    category: 'quality',
    severity: 'warning',
    weight: 1,
    legalRef: 'GDPR art. 94 (direktiv 95/46/EF opphevet 25. mai 2018)',
    description: {
      nb: 'Personverndirektivet (direktiv 95/46/EF) oppgis som gjeldende regelverk. Det ble opphevet av personvernforordningen (GDPR) fra 25. mai 2018, i Norge fra 20. juli 2018.',
      en: 'The Data Protection Directive (95/46/EC) is given as the governing framework. The GDPR repealed it from 25 May 2018, in Norway from 20 July 2018.',
    },
    suggestion: {
      nb: 'Vis til personvernforordningen i stedet, f.eks. «Vi behandler personopplysninger etter personvernforordningen (forordning (EU) 2016/679) og personopplysningsloven».',
      nn: 'Vis til personvernforordninga i staden, t.d. «Vi behandlar personopplysningar etter personvernforordninga (forordning (EU) 2016/679) og personopplysningslova».',
      en: 'Refer to the GDPR instead, e.g. "We process personal data under the General Data Protection Regulation (Regulation (EU) 2016/679) and the Norwegian Personal Data Act".',
    },
  },
  check(ctx: RuleContext) {
    const found = mentions(ctx, OLD_DIRECTIVE).filter((m) => !isOtherDirective(ctx, m));
    const governing = found.filter((m) => {
      const { own, next } = mentionContext(ctx, m);
      return !DIRECTIVE_HISTORICAL.test(own) && !(next && DIRECTIVE_HISTORICAL.test(next)) && !(m.sentence && ctx.isNegated(m.sentence, m));
    });
    if (governing.length > 0) {
      return fail(
        {
          nb: `Erklæringen viser til det opphevede personverndirektivet som gjeldende regelverk: ${quoteAll(governing)}. Direktiv 95/46/EF ble erstattet av personvernforordningen (GDPR) i 2018.`,
          en: `The statement cites the repealed Data Protection Directive as the governing framework: ${quoteAll(governing)}. Directive 95/46/EC was replaced by the GDPR in 2018.`,
        },
        governing,
      );
    }
    if (found.length > 0) {
      return pass({
        nb: `${quoteAll(found)} nevnes bare som opphevet eller tidligere regelverk.`,
        en: `${quoteAll(found)} is only mentioned as repealed or past.`,
      });
    }
    return pass({
      nb: 'Fant ingen henvisning til personverndirektivet (95/46/EF).',
      en: 'No reference to the Data Protection Directive (95/46/EC) found.',
    });
  },
};

export default outdatedDirective;
