import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import type { Rule } from '../src/types.js';
import { FRAMEWORK_CURRENT, FRAMEWORK_HISTORICAL, mentionContext, mentions, OLD_FRAMEWORK, type Mention } from './lib/currency-frameworks.js';

type Reading = 'current' | 'historical' | 'unclear';

function read(ctx: RuleContext, mention: Mention): Reading {
  const { own, next } = mentionContext(ctx, mention);
  if (FRAMEWORK_HISTORICAL.test(own)) return 'historical';
  // "Vi bruker ikke Privacy Shield" is no claim to rely on it.
  if (mention.sentence && ctx.isNegated(mention.sentence, mention)) return 'historical';
  const relied = FRAMEWORK_CURRENT.test(own);
  // "Google er sertifisert under Privacy Shield. Denne ble kjent ugyldig i 2020." relies on it and disowns it: a person must look.
  if (next && FRAMEWORK_HISTORICAL.test(next)) return relied ? 'unclear' : 'historical';
  return relied ? 'current' : 'unclear';
}

function quoteAll(list: Mention[]): string {
  return [...new Set(list.map((m) => `«${m.text}»`))].join(', ');
}

export const outdatedTransferFramework: Rule = {
  meta: {
    id: 'outdated-transfer-framework',
    kind: 'defect',
    category: 'quality',
    severity: 'error',
    weight: 2,
    legalRef: 'GDPR art. 13(1)(f), art. 44–46; CJEU C-362/14 (Schrems I), C-311/18 (Schrems II)',
    description: {
      nb: 'Safe Harbor eller EU–US Privacy Shield oppgis som gyldig grunnlag for overføring til USA. Safe Harbor ble kjent ugyldig i 2015 og Privacy Shield i 2020 (Schrems II).',
      en: 'Safe Harbor or the EU–US Privacy Shield is given as a valid basis for transfers to the US. Safe Harbor was struck down in 2015 and Privacy Shield in 2020 (Schrems II).',
    },
    suggestion: {
      nb: 'Oppgi et gyldig overføringsgrunnlag, f.eks. «Overføringen til [leverandør] i USA skjer på grunnlag av EU-kommisjonens beslutning om tilstrekkelig beskyttelsesnivå for EU-U.S. Data Privacy Framework (2023/1795), eller EUs standardkontrakter (2021/914). Du kan be om en kopi ved å kontakte oss.»',
      nn: 'Oppgje eit gyldig overføringsgrunnlag, t.d. «Overføringa til [leverandør] i USA skjer på grunnlag av EU-kommisjonen si avgjerd om tilstrekkeleg vernenivå for EU-U.S. Data Privacy Framework (2023/1795), eller EU sine standardkontraktar (2021/914). Du kan be om ein kopi ved å kontakte oss.»',
      en: 'Give a valid transfer basis, e.g. "Transfers to [vendor] in the US rely on the Commission\'s adequacy decision for the EU-U.S. Data Privacy Framework (2023/1795), or the EU standard contractual clauses (2021/914). You can ask us for a copy."',
    },
    rationale: {
      nb: 'EU-domstolen kjente Safe Harbor ugyldig 6. oktober 2015 (C-362/14, Schrems I) og EU–US Privacy Shield ugyldig 16. juli 2020 (C-311/18, Schrems II). Ingen av dem kan brukes som grunnlag for overføring til USA, og personvernforordningen artikkel 13 nr. 1 bokstav f krever at erklæringen oppgir et gyldig grunnlag (kapittel V, artikkel 44–49). Siden 10. juli 2023 finnes EU-U.S. Data Privacy Framework (beslutning 2023/1795) for amerikanske virksomheter som er sertifisert under den.',
      en: 'The Court of Justice of the EU struck down Safe Harbor on 6 October 2015 (C-362/14, Schrems I) and the EU–US Privacy Shield on 16 July 2020 (C-311/18, Schrems II). Neither can be a basis for transfers to the US, and GDPR Article 13(1)(f) requires the statement to give a valid basis (Chapter V, Articles 44–49). Since 10 July 2023 the EU-U.S. Data Privacy Framework (decision 2023/1795) covers US organisations certified under it.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Overføringen til Google LLC i USA skjer på grunnlag av EU-U.S. Data Privacy Framework, som Google er sertifisert under.' },
        { lang: 'nn', text: 'Overføringa til USA skjer på grunnlag av EU sine standardkontraktar.' },
      ],
      fail: [
        { lang: 'nb', text: 'Google er sertifisert under Privacy Shield-avtalen mellom EU og USA, som sikrer et tilstrekkelig beskyttelsesnivå for opplysningene dine.' },
        { lang: 'nn', text: 'Leverandøren vår i USA er sertifisert under Privacy Shield, og overføringa er difor lovleg.' },
      ],
    },
    docs: {
      fix: {
        nb: 'Finn ut hvilket grunnlag hver leverandør i USA faktisk bruker i dag: er leverandøren oppført på Data Privacy Framework-listen, kan overføringen bygge på EU-U.S. Data Privacy Framework (beslutning 2023/1795); ellers brukes som regel EUs standardkontrakter (2021/914). Skriv grunnlaget inn i erklæringen, og si hvor den registrerte kan få en kopi.',
        en: 'Find out which basis each US vendor actually uses today: if the vendor is on the Data Privacy Framework List, the transfer can rest on the EU-U.S. Data Privacy Framework (decision 2023/1795); otherwise it is usually the EU standard contractual clauses (2021/914). State the basis in the statement, and say where the data subject can get a copy.',
      },
      statuses: {
        pass: { nb: 'Safe Harbor og Privacy Shield er ikke oppgitt som gjeldende grunnlag', en: 'Safe Harbor and Privacy Shield are not given as a current basis' },
        warn: { nb: 'Safe Harbor eller Privacy Shield er nevnt uten at det er klart om de brukes som grunnlag', en: 'Safe Harbor or Privacy Shield is mentioned without it being clear whether it is used as a basis' },
        fail: { nb: 'Safe Harbor eller Privacy Shield oppgitt som gjeldende overføringsgrunnlag, hver forekomst sitert', en: 'Safe Harbor or Privacy Shield given as a current transfer basis, every occurrence quoted' },
      },
    },
  },
  check(ctx: RuleContext) {
    const found = mentions(ctx, OLD_FRAMEWORK).map((m) => ({ mention: m, reading: read(ctx, m) }));
    const current = found.filter((f) => f.reading === 'current').map((f) => f.mention);
    const unclear = found.filter((f) => f.reading === 'unclear').map((f) => f.mention);
    const historical = found.filter((f) => f.reading === 'historical').map((f) => f.mention);
    if (current.length > 0) {
      const all = [...current, ...unclear].sort((a, b) => a.start - b.start);
      return fail(
        {
          nb: `Erklæringen bygger overføring på et ugyldig rammeverk: ${quoteAll(all)}. Safe Harbor ble kjent ugyldig i 2015 og Privacy Shield i 2020 (Schrems II); i dag gjelder f.eks. EU-U.S. Data Privacy Framework eller EUs standardkontrakter.`,
          en: `The statement bases transfers on an invalidated framework: ${quoteAll(all)}. Safe Harbor was struck down in 2015 and Privacy Shield in 2020 (Schrems II); today e.g. the EU-U.S. Data Privacy Framework or the EU standard contractual clauses apply.`,
        },
        all,
      );
    }
    if (unclear.length > 0) {
      return warn(
        {
          nb: `Erklæringen nevner ${quoteAll(unclear)} uten å si at ordningen er ugyldig. Kontroller at den ikke brukes som overføringsgrunnlag.`,
          en: `The statement mentions ${quoteAll(unclear)} without saying it is no longer valid. Check that it is not used as a transfer basis.`,
        },
        unclear,
      );
    }
    if (historical.length > 0) {
      return pass({
        nb: `${quoteAll(historical)} nevnes bare som ugyldig eller tidligere ordning.`,
        en: `${quoteAll(historical)} is only mentioned as invalidated or past.`,
      });
    }
    return pass({
      nb: 'Fant ingen henvisning til Safe Harbor eller Privacy Shield.',
      en: 'No reference to Safe Harbor or Privacy Shield found.',
    });
  },
};

export default outdatedTransferFramework;
