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
  `(?<![\\p{L}])(?:(?:(?:eu|ef|eøs|swiss|sveits)${SEP}(?:us|usa|u\\.s\\.)|(?:us|usa|u\\.s\\.)${SEP}(?:eu|swiss))${SEP})?(?:privacy${SEP}shield|safe${SEP}harbou?r|trygg[ \\t\\u00a0]+havn|personvernskjold\\p{L}*)(?![\\p{L}])`,
  'giu',
);

/** The framework is spoken of as invalid, replaced or past. */
export const FRAMEWORK_HISTORICAL = new RegExp(
  [
    'ugyldig\\p{L}*',
    'opphev\\p{L}*',
    'oppheva',
    'annuller\\p{L}*',
    'underkjen\\p{L}*',
    'kjent ugyldig',
    'ikke (?:lenger|lengre)',
    'ikkje (?:lenger|lengre)',
    'ingen (?:lenger|lengre)',
    'no longer',
    'invalid\\p{L}*',
    'struck down',
    'annul\\p{L}*',
    'schrems',
    'erstatt\\p{L}*',
    'erstatta',
    'avløs\\p{L}*',
    'etterfølg\\p{L}*',
    'arvtaker\\p{L}*',
    'replac\\p{L}*',
    'supersed\\p{L}*',
    'successor',
    'tidligere',
    'tidlegare',
    'formerly',
    'previous\\p{L}*',
    'former',
    'gjaldt',
    'galdt',
    'eu-domstol\\p{L}*',
    'ef-domstol\\p{L}*',
    'cjeu',
    'court of justice',
    'not valid',
    'ceased',
  ].map((t) => `(?<![\\p{L}])${t}(?![\\p{L}])`).join('|'),
  'iu',
);

/** The framework is given as the basis or safeguard of a transfer. */
export const FRAMEWORK_CURRENT = new RegExp(
  [
    'sertifiser\\p{L}*',
    'selvsertifiser\\p{L}*',
    'certif\\p{L}*',
    'self-certif\\p{L}*',
    'er med i',
    'deltar i',
    'deltek i',
    'tilslutt\\p{L}*',
    'participat\\p{L}*',
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
    'complian\\p{L}*',
    'compl(?:y|ies)',
    'adhere\\p{L}*',
    'registered',
    'registrert',
    'godkjen\\p{L}*',
    'garanti\\p{L}*',
    'overfør\\p{L}*',
    'transfer\\p{L}*',
    'sikre[rt]?',
    'safeguard\\p{L}*',
    'oppfyller',
    'covered',
    'member\\p{L}*',
    'medlem\\p{L}*',
    'in accordance with',
    'pursuant',
    'tilstrekkelig\\p{L}*',
    'adequa\\p{L}*',
    'beskyttelsesnivå\\p{L}*',
    'vernenivå\\p{L}*',
    'grunnlag\\p{L}*',
    'basis',
    'relies on',
  ].map((t) => `(?<![\\p{L}])${t}(?![\\p{L}])`).join('|'),
  'iu',
);

/** Directive 95/46/EC by number or name. */
export const OLD_DIRECTIVE = new RegExp(
  [
    '(?:(?:eu|ef|eus|eu\'s)[ \\t\\u00a0-]*)?(?:personverndirektiv\\p{L}*|personvernsdirektiv\\p{L}*|datadirektiv\\p{L}*|databeskyttelsesdirektiv\\p{L}*)',
    '(?:(?:eu|ef|eg|ec|eøs)[ \\t\\u00a0-]*)?(?:direktiv(?:et)?|directive)[ \\t\\u00a0]*(?:nr\\.?[ \\t\\u00a0]*|no\\.?[ \\t\\u00a0]*)?95\\/46(?:\\/(?:ef|ec|eg|eu|eøs|ce))?',
    '95\\/46\\/(?:ef|ec|eg|eu|ce)',
    '(?:the[ \\t\\u00a0]+)?(?:eu[ \\t\\u00a0]+|european[ \\t\\u00a0]+)?data[ \\t\\u00a0]+protection[ \\t\\u00a0]+directive',
  ]
    .map((alt) => `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);

/** Other directives that the same words may name: ePrivacy (2002/58/EC), the law-enforcement directive (2016/680). */
export const OTHER_DIRECTIVE_AFTER = /^[ \t\u00a0,]*(?:\(?[ \t]*2002\/58|\(?[ \t]*2016\/680|for[ \t]+elektronisk[ \t]+kommunikasjon|om[ \t]+elektronisk[ \t]+kommunikasjon|(?:on|for)[ \t]+electronic[ \t]+communications|\(?e-?privacy)/iu;
export const OTHER_DIRECTIVE_BEFORE = /(?:e-?privacy|law[ \t]+enforcement|politi\p{L}*|kommunikasjonsvern\p{L}*)[ \t\u00a0-]*$/iu;

/** The directive is spoken of as repealed, replaced or past. */
export const DIRECTIVE_HISTORICAL = new RegExp(
  [
    'erstatt\\p{L}*',
    'erstatta',
    'avløs\\p{L}*',
    'opphev\\p{L}*',
    'oppheva',
    'oppheving\\p{L}*',
    'replac\\p{L}*',
    'repeal\\p{L}*',
    'supersed\\p{L}*',
    'tidligere',
    'tidlegare',
    'formerly',
    'previous\\p{L}*',
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
    'før (?:gdpr|personvernforordning\\p{L}*)',
    'before (?:the )?gdpr',
  ].map((t) => `(?<![\\p{L}])${t}(?![\\p{L}])`).join('|'),
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
  const continues = next && next.section === s.section && /^(?:den|denne|dette|det|ordningen|ordninga|avtalen|rammeverket|it|this|the framework|the shield)(?![\p{L}])/iu.test(next.text);
  return { own: s.text, next: continues ? next.text : undefined };
}
