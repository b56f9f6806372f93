import { distance } from 'fastest-levenshtein';
import { fail, pass, type RuleContext } from '../src/engine/context.js';
import { matchAll, test } from '../src/nlp/patterns.js';
import type { Rule, Sentence, Span } from '../src/types.js';
import { nordicLanguage } from './lib/currency-language.js';
import {
  CONTROLLER_WORDS,
  KEY_TERMS,
  MISUSES,
  ON_BEHALF,
  OTHER_VALID_WORDS,
  PROCESSOR_WORD,
  RESPONSIBLE_PROCESSOR,
  type KeyTerm,
} from './lib/currency-terms.js';

/** Shorter words have too many real neighbours to judge by spelling. */
const MIN_LENGTH = 9;
/** Words of this length may be two edits off; shorter ones one. */
const TWO_EDITS_FROM = 12;

interface Finding extends Span {
  text: string;
  nb: string;
  en: string;
  tier: 'legal' | 'document';
}

const VALID = new Set<string>([...KEY_TERMS.flatMap((k) => k.forms), ...OTHER_VALID_WORDS]);

/** The key terms' forms by first letter, in the order of KEY_TERMS: a misspelling keeps its first letter. */
const FORMS_BY_FIRST_LETTER = new Map<string, Array<{ term: KeyTerm; form: string }>>();
for (const term of KEY_TERMS) {
  for (const form of term.forms) {
    const list = FORMS_BY_FIRST_LETTER.get(form[0]!) ?? [];
    list.push({ term, form });
    FORMS_BY_FIRST_LETTER.set(form[0]!, list);
  }
}

/** The key term a word is a near miss of, if any. */
export function nearMiss(word: string): { term: KeyTerm; form: string; distance: number } | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_LENGTH || VALID.has(lower)) return undefined;
  const maxEdits = lower.length >= TWO_EDITS_FROM ? 2 : 1;
  let best: { term: KeyTerm; form: string; distance: number } | undefined;
  for (const { term, form } of FORMS_BY_FIRST_LETTER.get(lower[0]!) ?? []) {
    if (Math.abs(form.length - lower.length) > maxEdits) continue;
    const d = distance(lower, form);
    if (d >= 1 && d <= maxEdits && (!best || d < best.distance)) best = { term, form, distance: d };
  }
  return best;
}

const WORD = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/gu;

/** Misspelt key terms, word by word; parts of e-mail addresses, links and suspended compounds ("personopplysnings- og") are left out. */
function misspellings(ctx: RuleContext, skip: Span[]): Finding[] {
  const out: Finding[] = [];
  for (const sentence of ctx.sentences) {
    for (const token of sentence.tokens) {
      // no word in a shorter token is long enough to judge
      if (token.end - token.start < MIN_LENGTH) continue;
      if (/[@/]|\.[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/u.test(token.word)) continue;
      const local = token.start - sentence.start;
      const raw = sentence.text.slice(local, local + (token.end - token.start));
      for (const m of raw.matchAll(WORD)) {
        const start = token.start + m.index!;
        const end = start + m[0].length;
        if (ctx.text[end] === '-' && end === token.end) continue;
        if (skip.some((s) => start < s.end && s.start < end)) continue;
        const near = nearMiss(m[0]);
        if (!near) continue;
        out.push({
          start,
          end,
          text: m[0],
          tier: near.term.tier,
          nb: `feilstavet «${near.term.term}»`,
          en: `misspelt "${near.term.term}"`,
        });
      }
    }
  }
  return out;
}

function misuses(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const misuse of MISUSES) {
    for (const m of matchAll(misuse.pattern, ctx.text)) out.push({ ...m, nb: misuse.nb, en: misuse.en, tier: 'legal' });
  }
  return out;
}

const CALLS_ITSELF_PROCESSOR =
  /(?:(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:vi|we|\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f&.-]{0,60}(?:[ \t]+(?:AS|ASA|SA|BA|SUS|ANS|DA|NUF))?)[ \t]+(?:er|blir|vert|is|are|acts as)[ \t]+(?:den[ \t]+|the[ \t]+|en[ \t]+|a[ \t]+)?(?:databehandler(?:en)?|databehandlar(?:en)?|data processor)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]))|^[ \t]*(?:databehandler(?:en)?|databehandlar(?:en)?|data processor)[ \t]*(?::|er|is)[ \t]/iu;

/**
 * The organisation calls itself "databehandler" (processor) and never controller, or labels the one
 * responsible as "ansvarlig databehandler": the roles are mixed up.
 */
function controllerCalledProcessor(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const mentionsController = test(CONTROLLER_WORDS, ctx.text);
  for (const sentence of ctx.sentences) {
    const responsible = matchAll(RESPONSIBLE_PROCESSOR, sentence.text, sentence.start);
    const callsItself = !mentionsController && CALLS_ITSELF_PROCESSOR.test(sentence.text);
    if (responsible.length === 0 && !callsItself) continue;
    const around: Sentence[] = [sentence, ...ctx.neighbours(sentence, 0, 1)];
    if (around.some((s) => test(ON_BEHALF, s.text))) continue;
    for (const m of responsible) {
      out.push({
        ...m,
        tier: 'legal',
        nb: 'den ansvarlige kalt databehandler; den som bestemmer over behandlingen er behandlingsansvarlig',
        en: 'the one responsible called processor (databehandler); whoever decides on the processing is the controller (behandlingsansvarlig)',
      });
    }
    if (!callsItself) continue;
    for (const m of matchAll(PROCESSOR_WORD, sentence.text, sentence.start)) {
      if (responsible.some((r) => m.start < r.end && r.start < m.end)) continue;
      out.push({
        ...m,
        tier: 'legal',
        nb: 'virksomheten kaller seg databehandler, men beskriver egen behandling (behandlingsansvarlig)',
        en: 'the organisation calls itself processor (databehandler) while describing its own processing (controller)',
      });
    }
  }
  return out;
}

function quote(list: Finding[], lang: 'nb' | 'en'): string {
  const seen = new Map<string, Finding>();
  for (const f of list) if (!seen.has(f.text.toLowerCase())) seen.set(f.text.toLowerCase(), f);
  const shown = [...seen.values()].slice(0, 8).map((f) => `«${f.text}» (${f[lang]})`);
  const more = seen.size > 8 ? ` (+${seen.size - 8})` : '';
  return shown.join(', ') + more;
}

export const terminology: Rule = {
  meta: {
    id: 'terminology',
    kind: 'defect',
    category: 'quality',
    severity: 'warning',
    weight: 1,
    legalRef: 'GDPR art. 12(1) (klart og enkelt språk)',
    description: {
      nb: 'Juridiske begreper som er feil brukt eller feilstavet: «berettiget samtykke», «personvern ordningen», «personvernopplysninger», den ansvarlige kalt «ansvarlig databehandler», personvernforordningen kalt forskrift, og nesten-treff på nøkkelbegreper (personvernforordningen, personopplysningsloven, personopplysninger, Datatilsynet, behandlingsansvarlig, databehandler, samtykke, interesseavveining). Gyldige nynorske former («personopplysingar») og andre ord («personalopplysninger») regnes ikke som feil.',
      en: 'Legal terms misused or misspelt: "berettiget samtykke", "personvern ordningen", "personvernopplysninger", the one responsible called "ansvarlig databehandler" (responsible processor), the GDPR called a "forskrift", and near misses of key terms (personvernforordningen, personopplysningsloven, personopplysninger, Datatilsynet, behandlingsansvarlig, databehandler, samtykke, interesseavveining). Valid Nynorsk forms ("personopplysingar") and other words ("personalopplysninger", personnel data) are not counted.',
    },
    suggestion: {
      nb: 'Bruk de juridiske begrepene riktig: «personvernforordningen (GDPR)», «personopplysningsloven», «personopplysninger», «Datatilsynet», «behandlingsansvarlig». Skill mellom samtykke (art. 6 nr. 1 bokstav a) og berettiget interesse (art. 6 nr. 1 bokstav f).',
      nn: 'Bruk dei juridiske omgrepa rett: «personvernforordninga (GDPR)», «personopplysningslova», «personopplysningar», «Datatilsynet», «behandlingsansvarleg». Skil mellom samtykke (art. 6 nr. 1 bokstav a) og berettiga interesse (art. 6 nr. 1 bokstav f).',
      en: 'Use the legal terms correctly: "personvernforordningen (GDPR)", "personopplysningsloven", "personopplysninger", "Datatilsynet", "behandlingsansvarlig". Keep consent (Art. 6(1)(a)) and legitimate interest (Art. 6(1)(f)) apart.',
    },
    rationale: {
      nb: 'Informasjonen skal gis i et klart og enkelt språk (personvernforordningen artikkel 12 nr. 1). Feilbrukte juridiske begreper villeder: «berettiget samtykke» blander sammen to ulike grunnlag (samtykke, artikkel 6 nr. 1 bokstav a, og berettiget interesse, bokstav f), og feilstavede navn på loven, forordningen eller Datatilsynet gjør det vanskelig å slå opp regelverket og svekker tilliten til teksten.',
      en: 'The information must be given in clear and plain language (GDPR Article 12(1)). Misused legal terms mislead: "berettiget samtykke" mixes up two different bases (consent, Article 6(1)(a), and legitimate interests, point (f)), and misspelt names of the Act, the Regulation or Datatilsynet make the law hard to look up and undermine trust in the text.',
    },
    examples: {
      pass: [
        { lang: 'nb', text: 'Vi behandler personopplysninger i samsvar med personvernforordningen. Du kan klage til Datatilsynet.' },
        { lang: 'nn', text: 'Vi behandlar personopplysningar i samsvar med personvernforordninga. Du kan klage til Datatilsynet.' },
      ],
      fail: [
        {
          lang: 'nb',
          text: 'Behandlingen av opplysningene bygger på berettiget samtykke.',
          note: { nb: 'Samtykke og berettiget interesse blandet sammen.', en: 'Consent and legitimate interests mixed up.' },
        },
        {
          lang: 'nn',
          text: 'Vi behandlar peronopplysningar i samsvar med personvernforordninga.',
          note: { nb: 'Feilstavet «personopplysningar».', en: 'A misspelling of "personopplysningar".' },
        },
        {
          lang: 'nb',
          text: 'Behandlingen skjer i henhold til personvernforskriften (GDPR).',
          note: { nb: 'Personvernforordningen er en forordning, ikke en forskrift.', en: 'The GDPR is a regulation (forordning), not a forskrift.' },
        },
      ],
    },
    docs: {
      statuses: {
        pass: { nb: 'ingen feilbrukte eller feilstavede juridiske begreper funnet', en: 'no misused or misspelt legal terms found' },
        fail: { nb: 'juridiske begreper feilbrukt eller feilstavet («berettiget samtykke», «peronopplysninger», personvernforordningen kalt forskrift), hver forekomst sitert', en: 'legal terms misused or misspelt ("berettiget samtykke", "peronopplysninger", the GDPR called a "forskrift"), every occurrence quoted' },
      },
    },
  },
  check(ctx: RuleContext) {
    const misused = [...misuses(ctx), ...controllerCalledProcessor(ctx)];
    // Danish and Swedish spell the key terms differently; only Norwegian text is held to Norwegian spelling.
    const norwegianSpelling = ctx.doc.language.code === 'eng' || nordicLanguage(ctx.text) === 'nor';
    const spelled = norwegianSpelling ? misspellings(ctx, misused) : [];
    const defects = [...misused, ...spelled.filter((f) => f.tier === 'legal')].sort((a, b) => a.start - b.start);
    const slips = spelled.filter((f) => f.tier === 'document');
    if (defects.length > 0) {
      return fail(
        {
          nb: `Feil brukte eller feilstavede juridiske begreper: ${quote(defects, 'nb')}.`,
          en: `Misused or misspelt legal terms: ${quote(defects, 'en')}.`,
        },
        defects,
      );
    }
    if (slips.length > 0) {
      return pass({
        nb: `Fant ingen feil brukte eller feilstavede juridiske begreper. Skrivefeil i vanlige ord som ikke er juridiske begreper: ${quote(slips, 'nb')}.`,
        en: `No misused or misspelt legal terms found. Typos in ordinary words that are not legal terms: ${quote(slips, 'en')}.`,
      });
    }
    return pass({
      nb: 'Fant ingen feil brukte eller feilstavede juridiske begreper.',
      en: 'No misused or misspelt legal terms found.',
    });
  },
};

export default terminology;
