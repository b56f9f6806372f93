import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { matchAll } from '../src/nlp/patterns.js';
import type { Rule } from '../src/types.js';
import { purposeStatements, trimQuote, type PurposeHit } from './lib/basis-context.js';
import { namedRecipientAfter, negatedInList } from './lib/dataflow-context.js';
import { SHARE_VERB } from './lib/dataflow-terms.js';

/**
 * "samles inn for å deles med Hyperion", "for å gje opplysningane vidare til NIF": passing the data to a named
 * organisation is a concrete purpose, though the clause names no activity of the controller's own.
 */
function sharesWithNamed(ctx: RuleContext, hit: PurposeHit): boolean {
  const { sentence } = hit;
  const from = sentence.text.indexOf(hit.clause);
  if (from < 0) return false;
  return matchAll(SHARE_VERB, sentence.text, sentence.start).some(
    (v) => v.start - sentence.start >= from && !negatedInList(ctx, sentence, v) && namedRecipientAfter(sentence, v.end),
  );
}

function quoteOf(ctx: RuleContext, hit: PurposeHit): string {
  const text = ctx.text.slice(hit.start, hit.end).replace(/\s+/g, ' ').trim();
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

export const purposes: Rule = {
  meta: {
    id: 'purposes',
    kind: 'requirement',
    category: 'basis-purposes',
    severity: 'error',
    weight: 3,
    legalRef: 'GDPR art. 13(1)(c), art. 14(1)(c), art. 5(1)(b)',
    description: {
      nb: 'Erklæringen sier hva personopplysningene brukes til (formålene med behandlingen), konkret nok til at den registrerte forstår det.',
      en: 'The statement says what the personal data is used for (the purposes of the processing), concretely enough for the data subject to understand.',
    },
    suggestion: {
      nb: 'Oppgi hvert formål konkret, f.eks.: «Vi bruker navn, adresse og e-postadresse for å behandle og levere bestillingen din, for å sende deg nyhetsbrev når du har meldt deg på, og for å svare på henvendelser til kundeservice.»',
      nn: 'Oppgje kvart føremål konkret, t.d.: «Vi brukar namn, adresse og e-postadresse for å behandle og levere bestillinga di, for å sende deg nyheitsbrev når du har meldt deg på, og for å svare på førespurnader til kundeservice.»',
      en: 'State each purpose concretely, e.g.: "We use your name, address and e-mail address to process and deliver your order, to send you our newsletter when you have signed up, and to answer your questions to customer service."',
    },
    rationale: {
      nb: 'Personvernforordningen artikkel 13 nr. 1 bokstav c krever at den registrerte får vite formålene med behandlingen, og artikkel 5 nr. 1 bokstav b krever at formålene er «spesifikke, uttrykkelig angitte og berettigede». Et generelt «for å levere våre tjenester» sier ikke hva opplysningene faktisk brukes til, og gjør det umulig å vurdere om behandlingen holder seg innenfor formålet.',
      en: 'GDPR Article 13(1)(c) requires that the data subject is told the purposes of the processing, and Article 5(1)(b) requires purposes that are "specified, explicit and legitimate". A general "to deliver our services" does not say what the data is actually used for, and makes it impossible to judge whether the processing stays within its purpose.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi bruker navn og adresse for å sende deg varene du har bestilt, og e-postadressen for å sende ordrebekreftelse.' },
        { lang: 'nn', text: 'Vi brukar namn og e-postadresse for å sende deg nyheitsbrevet frå laget og for å kalle inn til årsmøte.' },
      ],
      warn: [
        { lang: 'nb', text: 'Vi behandler personopplysninger for å kunne levere våre tjenester til deg.' },
        { lang: 'nn', text: 'Vi behandlar personopplysningar for å kunne levere tenestene våre til deg.' },
      ],
      fail: [
        { lang: 'nb', text: 'Vi samler inn navn, e-postadresse og telefonnummer når du registrerer deg som kunde.' },
        { lang: 'nn', text: 'Vi samlar inn namn, e-postadresse og telefonnummer når du melder deg inn i laget.' },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'konkrete formål er oppgitt', en: 'concrete purposes are stated' },
        warn: { nb: 'bare «for å levere tjenestene våre» i generelle ordelag', en: 'only "to deliver our services" in general terms' },
        fail: { nb: 'ingen formål', en: 'no purposes' },
      },
    },
  },
  check(ctx: RuleContext) {
    const hits = purposeStatements(ctx).map((h): PurposeHit => (h.kind === 'unclear' && sharesWithNamed(ctx, h) ? { ...h, kind: 'concrete' } : h));
    const concrete = hits.filter((h) => h.kind === 'concrete');
    if (concrete.length > 0) {
      const shown = concrete.slice(0, 3);
      return pass(
        {
          nb: `Formål er oppgitt: ${shown.map((h) => `«${quoteOf(ctx, h)}»`).join('; ')}.`,
          en: `Purposes are stated: ${shown.map((h) => `"${quoteOf(ctx, h)}"`).join('; ')}.`,
        },
        shown.map((h) => trimQuote(h.sentence, 300)),
      );
    }
    if (hits.length > 0) {
      const shown = hits.slice(0, 3);
      const generic = hits.some((h) => h.kind === 'generic');
      return warn(
        {
          nb: `${generic ? 'Formålene er bare beskrevet i generelle ordelag' : 'Formålene er uklart beskrevet'} (${shown
            .map((h) => `«${quoteOf(ctx, h)}»`)
            .join('; ')}); det går ikke fram hva opplysningene konkret brukes til.`,
          en: `${generic ? 'The purposes are only described in general terms' : 'The purposes are described vaguely'} (${shown
            .map((h) => `"${quoteOf(ctx, h)}"`)
            .join('; ')}); it does not say what the data is concretely used for.`,
        },
        shown.map((h) => trimQuote(h.sentence, 300)),
      );
    }
    const searched = ctx.headingsFor('purposes', 'basis', 'data');
    const where = searched.length > 0 ? searched.map((h) => `«${h}»`).join(', ') : 'hele teksten';
    return fail({
      nb: `Fant ingen formål med behandlingen (søkte i ${where}). Personvernforordningen art. 13 nr. 1 bokstav c krever at formålene oppgis.`,
      en: `No purposes of the processing found (searched ${searched.length > 0 ? searched.map((h) => `"${h}"`).join(', ') : 'the whole text'}). GDPR art. 13(1)(c) requires the purposes to be stated.`,
    });
  },
};

export default purposes;
