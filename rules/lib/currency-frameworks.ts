/**
 * Invalidated EU–US transfer frameworks (Safe Harbor 2000/520/EC, struck down 6 Oct 2015;
 * Privacy Shield 2016/1250, struck down 16 Jul 2020 in Schrems II) and the repealed
 * Data Protection Directive 95/46/EC, and the wording that presents them as history.
 */
import type { RuleContext } from '../../src/engine/context.js';
import { matchAll } from '../../src/nlp/patterns.js';
import type { Sentence, Span } from '../../src/types.js';
import { sentenceAt } from './currency-law.js';

const SEP = '[ \\t\\u00a0\\-–]*';

/** "Privacy Shield", "EU-US Privacy Shield", "Safe Harbor", "trygg havn", "personvernskjoldet". */
export const OLD_FRAMEWORK = new RegExp(
  `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])(?:(?:(?:eu|ef|eøs|swiss|sveits)${SEP}(?:us|usa|u\\.s\\.)|(?:us|usa|u\\.s\\.)${SEP}(?:eu|swiss))${SEP})?(?:privacy${SEP}shield|safe${SEP}harbou?r|trygg[ \\t\\u00a0]+havn|personvernskjold[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*)(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])`,
  'giu',
);

/** The framework is spoken of as invalid, replaced or past. */
export const FRAMEWORK_HISTORICAL = new RegExp(
  [
    'ugyldig[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'opphev[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'oppheva',
    'annuller[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'underkjen[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'kjent ugyldig',
    'ikke (?:lenger|lengre)',
    'ikkje (?:lenger|lengre)',
    'ingen (?:lenger|lengre)',
    'no longer',
    'invalid[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'struck down',
    'annul[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'schrems',
    'erstatt[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'erstatta',
    'avløs[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'etterfølg[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'arvtaker[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'replac[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'supersed[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'successor',
    'tidligere',
    'tidlegare',
    'formerly',
    'previous[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'former',
    'gjaldt',
    'galdt',
    'eu-domstol[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'ef-domstol[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'cjeu',
    'court of justice',
    'not valid',
    'ceased',
  ].map((t) => `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])${t}(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])`).join('|'),
  'iu',
);

/** The framework is given as the basis or safeguard of a transfer. */
export const FRAMEWORK_CURRENT = new RegExp(
  [
    'sertifiser[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'selvsertifiser[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'certif[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'self-certif[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'er med i',
    'deltar i',
    'deltek i',
    'tilslutt[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'participat[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'under',
    'gjennom',
    'basert på',
    'på grunnlag av',
    'i henhold til',
    'iht\\.?',
    'i samsvar med',
    'i tråd med',
    'omfattet av',
    'omfatta av',
    'complian[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'compl(?:y|ies)',
    'adhere[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'registered',
    'registrert',
    'godkjen[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'garanti[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'overfør[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'transfer[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'sikre[rt]?',
    'safeguard[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'oppfyller',
    'covered',
    'member[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'medlem[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'in accordance with',
    'pursuant',
    'tilstrekkelig[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'adequa[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'beskyttelsesnivå[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'vernenivå[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'grunnlag[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'basis',
    'relies on',
  ].map((t) => `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])${t}(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])`).join('|'),
  'iu',
);

/** Directive 95/46/EC by number or name. */
export const OLD_DIRECTIVE = new RegExp(
  [
    '(?:(?:eu|ef|eus|eu\'s)[ \\t\\u00a0-]*)?(?:personverndirektiv[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*|personvernsdirektiv[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*|datadirektiv[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*|databeskyttelsesdirektiv[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*)',
    '(?:(?:eu|ef|eg|ec|eøs)[ \\t\\u00a0-]*)?(?:direktiv(?:et)?|directive)[ \\t\\u00a0]*(?:nr\\.?[ \\t\\u00a0]*|no\\.?[ \\t\\u00a0]*)?95\\/46(?:\\/(?:ef|ec|eg|eu|eøs|ce))?',
    '95\\/46\\/(?:ef|ec|eg|eu|ce)',
    '(?:the[ \\t\\u00a0]+)?(?:eu[ \\t\\u00a0]+|european[ \\t\\u00a0]+)?data[ \\t\\u00a0]+protection[ \\t\\u00a0]+directive',
  ]
    .map((alt) => `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])(?:${alt})(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])`)
    .join('|'),
  'giu',
);

/** Other directives that the same words may name: ePrivacy (2002/58/EC), the law-enforcement directive (2016/680). */
export const OTHER_DIRECTIVE_AFTER = /^[ \t\u00a0,]*(?:\(?[ \t]*2002\/58|\(?[ \t]*2016\/680|for[ \t]+elektronisk[ \t]+kommunikasjon|om[ \t]+elektronisk[ \t]+kommunikasjon|(?:on|for)[ \t]+electronic[ \t]+communications|\(?e-?privacy)/iu;
export const OTHER_DIRECTIVE_BEFORE = /(?:e-?privacy|law[ \t]+enforcement|politi[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|kommunikasjonsvern[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*)[ \t\u00a0-]*$/iu;

/** The directive is spoken of as repealed, replaced or past. */
export const DIRECTIVE_HISTORICAL = new RegExp(
  [
    'erstatt[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'erstatta',
    'avløs[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'opphev[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'oppheva',
    'oppheving[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'replac[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'repeal[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'supersed[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'tidligere',
    'tidlegare',
    'formerly',
    'previous[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*',
    'former',
    'gjaldt',
    'galdt',
    'gjennomførte',
    'implementerte',
    'implemented',
    'was in force',
    'ikke (?:lenger|lengre)',
    'ikkje (?:lenger|lengre)',
    'no longer',
    '(?:fram|frem|inntil|før|til) 25\\.? mai 2018',
    '(?:fram|frem|inntil|før) 2018',
    'until (?:25 may )?2018',
    'før (?:gdpr|personvernforordning[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*)',
    'before (?:the )?gdpr',
  ].map((t) => `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])${t}(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])`).join('|'),
  'iu',
);

export interface Mention extends Span {
  text: string;
  sentence?: Sentence;
}

export function mentions(ctx: RuleContext, pattern: RegExp): Mention[] {
  return matchAll(pattern, ctx.text).map((m) => ({ ...m, sentence: sentenceAt(ctx, m.start) }));
}

/** The mention's own sentence, and the next one when it continues it ("Den ble …", "This framework …"). */
export function mentionContext(ctx: RuleContext, mention: Mention): { own: string; next?: string } {
  const s = mention.sentence;
  if (!s) return { own: ctx.text.slice(Math.max(0, mention.start - 150), mention.end + 150) };
  const next = ctx.sentences[s.index + 1];
  const continues = next && next.section === s.section && /^(?:den|denne|dette|det|ordningen|ordninga|avtalen|rammeverket|it|this|the framework|the shield)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu.test(next.text);
  return { own: s.text, next: continues ? next.text : undefined };
}
