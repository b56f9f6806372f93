import { fail, na, pass, type RuleContext } from '../src/engine/context.js';
import type { Rule } from '../src/types.js';
import { consentUse, withdrawals, type WithdrawalHow } from './lib/rights-consent.js';
import { clauseAround, distinctSpans, quoteList, quoteSpan, searched } from './lib/rights-context.js';

const HOW: Record<WithdrawalHow, { nb: string; en: string }> = {
  stated: { nb: 'Retten til å trekke tilbake samtykket er oppgitt', en: 'The right to withdraw consent is stated' },
  settings: { nb: 'Den registrerte kan trekke samtykket gjennom samtykkeinnstillingene', en: 'The data subject can withdraw consent through the consent settings' },
  unsubscribe: { nb: 'Den registrerte kan melde seg av det samtykket gjelder', en: 'The data subject can unsubscribe from what the consent covers' },
  newsletter: { nb: 'Den registrerte kan melde seg av nyhetsbrevet eller e-postlisten sin', en: 'The data subject can leave the newsletter or mailing list they signed up to' },
  termination: { nb: 'Samtykket varer til den registrerte selv avslutter forholdet', en: 'The consent lasts until the data subject ends the relationship' },
};
const RANK: Record<WithdrawalHow, number> = { stated: 0, settings: 1, unsubscribe: 2, newsletter: 3, termination: 4 };

export const rightWithdrawConsent: Rule = {
  meta: {
    id: 'right-withdraw-consent',
    kind: 'requirement',
    category: 'rights',
    severity: 'error',
    weight: 2,
    legalRef: 'GDPR art. 7(3), art. 13(2)(c)',
    description: {
      nb: 'Der behandlingen bygger på samtykke, opplyser erklæringen om retten til å trekke samtykket tilbake når som helst.',
      en: 'Where processing relies on consent, the statement says that consent can be withdrawn at any time.',
    },
    suggestion: {
      nb: 'Du kan når som helst trekke tilbake samtykket ditt, like enkelt som du ga det, for eksempel ved å [klikke «Meld av» nederst i e-posten / endre valget i samtykkebanneret / sende e-post til adresse]. Det påvirker ikke lovligheten av behandlingen før samtykket ble trukket tilbake.',
      nn: 'Du kan når som helst trekkje tilbake samtykket ditt, like enkelt som du gav det, til dømes ved å [klikke «Meld av» nedst i e-posten / endre valet i samtykkebanneret / sende e-post til adresse]. Det påverkar ikkje om behandlinga var lovleg før samtykket vart trekt tilbake.',
      en: 'You can withdraw your consent at any time, as easily as you gave it, for example by [clicking "Unsubscribe" at the bottom of the e-mail / changing your choice in the consent banner / e-mailing address]. This does not affect the lawfulness of processing before the withdrawal.',
    },
    rationale: {
      nb: 'Bygger behandlingen på samtykke, kan den registrerte når som helst trekke samtykket tilbake, og det skal være like enkelt som å gi det (personvernforordningen artikkel 7 nr. 3). Artikkel 13 nr. 2 bokstav c krever at erklæringen opplyser om denne retten. Å trekke samtykket tilbake påvirker ikke lovligheten av behandlingen før det skjedde.',
      en: 'Where processing is based on consent, the data subject can withdraw it at any time, and withdrawing must be as easy as giving it (GDPR Article 7(3)). Article 13(2)(c) requires the statement to tell them of this right. Withdrawal does not affect the lawfulness of processing before it.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi sender nyhetsbrev bare når du har samtykket til det. Du kan når som helst trekke samtykket tilbake ved å klikke «Meld deg av» nederst i e-posten.' },
        { lang: 'nn', text: 'Vi sender nyheitsbrev berre når du har samtykt til det. Du kan når som helst trekkje tilbake samtykket ved å klikke «Meld av» nedst i e-posten.' },
      ],
      fail: [
        { lang: 'nb', text: 'Vi sender deg nyhetsbrev på grunnlag av ditt samtykke.' },
        { lang: 'nn', text: 'Vi sender deg nyheitsbrev på grunnlag av samtykket ditt.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'retten til å trekke samtykket tilbake er oppgitt (en avmeldingslenke for nyhetsbrev teller)', en: 'the right to withdraw consent is stated (an unsubscribe link for a newsletter counts)' },
        fail: { nb: 'samtykke er et grunnlag, men det står ikke at det kan trekkes tilbake', en: 'consent is a basis and withdrawal is not stated' },
        na: { nb: 'samtykke brukes ikke som grunnlag', en: 'consent is not relied on' },
      },
    },
  },
  check(ctx: RuleContext) {
    const { relied, ignored } = consentUse(ctx);
    const all = withdrawals(ctx, relied).sort((a, b) => RANK[a.how] - RANK[b.how] || a.start - b.start);
    // a newsletter one signs up to is consent-based processing even when consent is not named; when consent is
    // named for something else, leaving the newsletter does not answer for it
    const stated = all.filter((w) => w.how === 'stated' || w.how === 'newsletter');
    const usable = relied.length > 0 ? all.filter((w) => w.how !== 'newsletter') : stated;
    if (usable.length > 0) {
      const top = usable[0]!;
      return pass(
        {
          nb: `${HOW[top.how].nb}: ${quoteList(ctx, [clauseAround(top.sentence, top)], 1)}.`,
          en: `${HOW[top.how].en}: ${quoteList(ctx, [clauseAround(top.sentence, top)], 1)}.`,
        },
        distinctSpans(usable.slice(0, 3).map((w) => quoteSpan(w.sentence, w))),
      );
    }
    if (relied.length === 0) {
      const why = ignored[0];
      const reason = !why
        ? { nb: 'Samtykke er ikke nevnt', en: 'Consent is not mentioned' }
        : why.why === 'negated'
          ? { nb: `Samtykke er bare nevnt som noe som ikke brukes (${quoteList(ctx, [clauseAround(why.sentence, why)], 1)})`, en: `Consent is only mentioned as not being used (${quoteList(ctx, [clauseAround(why.sentence, why)], 1)})` }
          : why.why === 'exception'
            ? { nb: `Samtykke er bare nevnt som unntak for noe som ellers ikke skjer (${quoteList(ctx, [clauseAround(why.sentence, why)], 1)})`, en: `Consent is only mentioned as the exception to something that otherwise does not happen (${quoteList(ctx, [clauseAround(why.sentence, why)], 1)})` }
            : why.why === 'generic'
            ? { nb: 'Samtykke er bare nevnt i en generell oppramsing av alle behandlingsgrunnlagene', en: 'Consent is only mentioned in a generic list of all legal bases' }
            : { nb: `Samtykke er bare nevnt som en mulighet (${quoteList(ctx, [clauseAround(why.sentence, why)], 1)})`, en: `Consent is only mentioned as a possibility (${quoteList(ctx, [clauseAround(why.sentence, why)], 1)})` };
      return na({
        nb: `${reason.nb}, så behandlingen bygger ikke på samtykke, og retten til å trekke samtykket gjelder ikke.`,
        en: `${reason.en}, so no processing relies on consent and the right to withdraw it does not apply.`,
      });
    }
    const where = searched(ctx, 'basis', 'rights', 'cookies');
    const basis = quoteList(ctx, relied.map((r) => clauseAround(r.sentence, r)), 2);
    return fail({
      nb: `Behandlingen bygger på samtykke (${basis}), men erklæringen sier ikke at samtykket kan trekkes tilbake (art. 7(3), art. 13(2)(c)). ${where.nb}`,
      en: `Processing relies on consent (${basis}), but the statement does not say that consent can be withdrawn (art. 7(3), art. 13(2)(c)). ${where.en}`,
    });
  },
};

export default rightWithdrawConsent;
