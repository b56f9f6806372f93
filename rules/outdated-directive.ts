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
    rationale: {
      nb: 'Personverndirektivet (direktiv 95/46/EF) ble opphevet av personvernforordningen fra 25. mai 2018 (artikkel 94), og i Norge gjelder forordningen fra 20. juli 2018 gjennom personopplysningsloven 2018 § 1. En erklæring som oppgir direktivet som gjeldende regelverk, viser til et rettsgrunnlag som ikke finnes lenger, og er trolig ikke gjennomgått siden.',
      en: 'The Data Protection Directive (95/46/EC) was repealed by the GDPR from 25 May 2018 (Article 94), and in Norway the GDPR applies from 20 July 2018 through § 1 of the 2018 Personal Data Act. A statement that gives the Directive as the governing law refers to a framework that no longer exists and has probably not been reviewed since.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi følger personvernforordningen (forordning (EU) 2016/679) og personopplysningsloven.' },
        { lang: 'nn', text: 'Vi følgjer personvernforordninga (forordning (EU) 2016/679) og personopplysningslova.' },
      ],
      fail: [
        { lang: 'nb', text: 'Behandlingen skjer i tråd med EUs personverndirektiv (direktiv 95/46/EF).' },
        { lang: 'nn', text: 'Behandlinga skjer i samsvar med personverndirektivet (direktiv 95/46/EF).' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'direktivet er ikke oppgitt som gjeldende regelverk', en: 'the Directive is not given as the governing framework' },
        fail: { nb: 'direktiv 95/46/EF (personverndirektivet) oppgitt som gjeldende regelverk, hver forekomst sitert', en: 'Directive 95/46/EC given as the governing framework, every occurrence quoted' },
      },
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
