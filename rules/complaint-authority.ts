import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import { matchAll, test } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span } from '../src/types.js';
import { clauseAround, distinctSpans, headingChain, negatedHere, quoteList, quoteSpan, searched } from './lib/rights-context.js';
import {
  AUTHORITY_OTHER_ROLE,
  COMPLAINT,
  COMPLAINT_RIGHT,
  CONTACT_AUTHORITY,
  DANISH_AUTHORITY,
  DATATILSYNET,
  GENERIC_AUTHORITY,
  GRIEVANCE,
} from './lib/rights-terms.js';

interface Hit extends Span {
  sentence: Sentence;
}

/** Datatilsynet named in the sentence, or linked from it (a link to datatilsynet.no). */
function namesDatatilsynet(ctx: RuleContext, sentence: Sentence): boolean {
  if (test(DATATILSYNET, sentence.text)) return true;
  return ctx.doc.links.some((l) => l.start < sentence.end && l.end > sentence.start && /datatilsynet\.no/iu.test(l.href));
}

/** A neighbouring sentence that gives Datatilsynet as where to go ("Dette gjør du til Datatilsynet."), not in another role. */
function routeNeighbour(ctx: RuleContext, sentence: Sentence): Sentence | undefined {
  return ctx
    .neighbours(sentence, 1, 2)
    .find((s) => namesDatatilsynet(ctx, s) && !test(AUTHORITY_OTHER_ROLE, s.text) && !test(DANISH_AUTHORITY, s.text));
}

export const complaintAuthority: Rule = {
  meta: {
    id: 'complaint-authority',
    kind: 'requirement',
    category: 'rights',
    severity: 'error',
    weight: 2,
    legalRef: 'GDPR art. 13(2)(d), art. 77; personopplysningsloven § 20',
    description: {
      nb: 'Erklæringen opplyser om retten til å klage til tilsynsmyndigheten, og navngir Datatilsynet.',
      en: 'The statement tells the data subject of the right to complain to the supervisory authority and names Datatilsynet.',
    },
    suggestion: {
      nb: 'Hvis du mener at vi behandler personopplysningene dine i strid med regelverket, har du rett til å klage til Datatilsynet (www.datatilsynet.no, Postboks 458 Sentrum, 0105 Oslo). Vi setter pris på om du tar kontakt med oss først.',
      nn: 'Dersom du meiner at vi behandlar personopplysningane dine i strid med regelverket, har du rett til å klage til Datatilsynet (www.datatilsynet.no, Postboks 458 Sentrum, 0105 Oslo). Vi set pris på om du tek kontakt med oss først.',
      en: 'If you believe we process your personal data in breach of the rules, you have the right to complain to the Norwegian Data Protection Authority (Datatilsynet, www.datatilsynet.no, Postboks 458 Sentrum, 0105 Oslo). We would appreciate it if you contacted us first.',
    },
    rationale: {
      nb: 'Den registrerte har rett til å klage til en tilsynsmyndighet (personvernforordningen artikkel 77), og artikkel 13 nr. 2 bokstav d krever at erklæringen opplyser om det. I Norge er tilsynsmyndigheten Datatilsynet (personopplysningsloven § 20). Å nevne «tilsynsmyndigheten» uten navn sender leseren på leting, og «klage til oss» er ikke det samme som retten til å klage til tilsynet.',
      en: 'Data subjects have the right to lodge a complaint with a supervisory authority (GDPR Article 77), and Article 13(2)(d) requires the statement to say so. In Norway the supervisory authority is Datatilsynet (Personal Data Act § 20). "The supervisory authority" without a name sends the reader searching, and "complain to us" is not the right to complain to the authority.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Mener du at vi behandler opplysningene dine i strid med regelverket, har du rett til å klage til Datatilsynet.' },
        { lang: 'nn', text: 'Du har rett til å klage til Datatilsynet dersom du meiner at vi ikkje følgjer personvernregelverket.' },
      ],
      warn: [
        { lang: 'nb', text: 'Du har også rett til å klage til tilsynsmyndigheten.' },
        { lang: 'nn', text: 'Du har òg rett til å klage til tilsynsstyresmakta.' },
      ],
      fail: [
        {
          lang: 'nb',
          text: 'Har du spørsmål om personvern, kan du kontakte oss på personvern@sykkelnord.no.',
          note: { nb: 'Bare kontakt med virksomheten, ingen klagerett til tilsynet.', en: 'Only contact with the organisation, no right to complain to the authority.' },
        },
        {
          lang: 'nn',
          text: 'Har du spørsmål om personvern, kan du kontakte oss på post@fjordvev.no.',
          note: { nb: 'Bare kontakt med virksomheten, ingen klagerett til tilsynet.', en: 'Only contact with the organisation, no right to complain to the authority.' },
        },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'Datatilsynet er oppgitt som klageinstans', en: 'Datatilsynet is named as where to complain' },
        warn: { nb: 'klagerett uten at Datatilsynet er navngitt', en: 'a right to complain without naming Datatilsynet' },
        fail: { nb: 'mangler', en: 'missing' },
      },
    },
  },
  check(ctx: RuleContext) {
    const named: Hit[] = [];
    const danish: Hit[] = [];
    const generic: Hit[] = [];
    for (const sentence of ctx.sentences) {
      const complaints = matchAll(COMPLAINT, sentence.text, sentence.start).filter((m) => !negatedHere(sentence, m));
      // "Rett til å klage" as a heading over "Du kan klage til Datatilsynet" is handled by the body; a heading alone is a topic.
      if (complaints.length === 0) continue;
      const first = complaints[0]!;
      const hit = { start: first.start, end: first.end, sentence };
      if (namesDatatilsynet(ctx, sentence)) {
        if (test(DANISH_AUTHORITY, sentence.text)) danish.push(hit);
        else named.push(hit);
        continue;
      }
      const next = routeNeighbour(ctx, sentence);
      if (next && (test(COMPLAINT_RIGHT, sentence.text) || test(GENERIC_AUTHORITY, sentence.text) || ctx.isHeading(sentence) || /^\s*(?:dette|det|this|you do|du gjer|du gjør)/iu.test(next.text))) {
        named.push(hit, { start: next.start, end: next.end, sentence: next });
        continue;
      }
      if (test(GENERIC_AUTHORITY, sentence.text) || (test(COMPLAINT_RIGHT, sentence.text) && !ctx.isHeading(sentence))) generic.push(hit);
    }
    // "Mener du at vi bryter regelverket, kan du kontakte Datatilsynet": the route, without the word "klage"
    for (const sentence of ctx.sentences) {
      if (named.length > 0) break;
      if (!namesDatatilsynet(ctx, sentence) || test(AUTHORITY_OTHER_ROLE, sentence.text) || test(DANISH_AUTHORITY, sentence.text)) continue;
      const contact = matchAll(CONTACT_AUTHORITY, sentence.text, sentence.start).find((m) => !negatedHere(sentence, m));
      if (contact && test(GRIEVANCE, sentence.text)) named.push({ start: contact.start, end: contact.end, sentence });
    }
    // a heading "Klage til Datatilsynet" over a complaint sentence
    for (const sentence of ctx.sentences) {
      if (named.length > 0) break;
      if (!test(COMPLAINT, sentence.text) || ctx.isHeading(sentence)) continue;
      if (headingChain(ctx, sentence).some((h) => test(DATATILSYNET, h) && test(COMPLAINT, h))) named.push({ start: sentence.start, end: sentence.end, sentence });
    }

    if (named.length > 0) {
      const top = named.find((h) => namesDatatilsynet(ctx, h.sentence) && !ctx.isHeading(h.sentence)) ?? named[0]!;
      return pass(
        {
          nb: `Datatilsynet er oppgitt som klageinstans: ${quoteList(ctx, [clauseAround(top.sentence, top)], 1)}.`,
          en: `Datatilsynet is named as where to complain: ${quoteList(ctx, [clauseAround(top.sentence, top)], 1)}.`,
        },
        distinctSpans(named.slice(0, 4).map((h) => quoteSpan(h.sentence, h))).slice(0, 3),
      );
    }
    if (danish.length > 0) {
      return warn(
        {
          nb: `Klageinstansen er det danske Datatilsynet (${quoteList(ctx, danish.map((h) => clauseAround(h.sentence, h)), 1)}); for norske virksomheter er det Datatilsynet i Norge (datatilsynet.no).`,
          en: `The complaint route is the Danish Datatilsynet (${quoteList(ctx, danish.map((h) => clauseAround(h.sentence, h)), 1)}); for Norwegian organisations it is the Norwegian Datatilsynet (datatilsynet.no).`,
        },
        danish.map((h) => quoteSpan(h.sentence, h)),
      );
    }
    if (generic.length > 0) {
      return warn(
        {
          nb: `Klageretten er nevnt, men uten å navngi Datatilsynet: ${quoteList(ctx, generic.map((h) => clauseAround(h.sentence, h)), 1)}.`,
          en: `The right to complain is mentioned without naming Datatilsynet: ${quoteList(ctx, generic.map((h) => clauseAround(h.sentence, h)), 1)}.`,
        },
        distinctSpans(generic.map((h) => quoteSpan(h.sentence, h))).slice(0, 3),
      );
    }
    const where = searched(ctx, 'complaint', 'rights');
    return fail({
      nb: `Fant ikke retten til å klage til Datatilsynet (art. 13(2)(d), art. 77). ${where.nb}`,
      en: `The right to complain to the supervisory authority, Datatilsynet, is not stated (art. 13(2)(d), art. 77). ${where.en}`,
    });
  },
};

export default complaintAuthority;
