/**
 * Citations of Norwegian statutes in privacy statements: which act a "§ N" belongs to,
 * and whether a personopplysningsloven section can only be the repealed 2000 Act
 * (LOV-2000-04-14-31). Section meanings follow /work/shared/legal-facts.md § 2.
 */
import type { RuleContext } from '../../src/engine/context.js';
import type { Sentence, Span } from '../../src/types.js';

export interface BlockText {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: string;
}

export function blockTexts(ctx: RuleContext): BlockText[] {
  return ctx.doc.blocks.map((b, index) => ({ index, start: b.start, end: b.end, text: ctx.text.slice(b.start, b.end), kind: b.kind }));
}

/** Names of personopplysningsloven (either Act), Bokmål, Nynorsk, abbreviations and English. */
const POL_NAME_SOURCE =
  '(?:personopplysningslov(?:en|a|ens|as)?|personopplysningslovgivning[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*|popl\\.?|pol\\.?(?=[ \\t\\u00a0]*§)|personal[ \\t]+data[ \\t]+act|lov[ \\t]+om[ \\t]+behandling[ \\t]+av[ \\t]+personopplysning(?:er|ar))';
/** Any other act or legal instrument that can own a "§". */
const OTHER_LAW_SOURCE =
  '(?:[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]+(?:loven|lova|lovens|lovas|lov|lovgivningen|forskriften|forskrifta|forskrift)|lov[ \\t]+om[ \\t]+[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]+(?:[ \\t]+[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]+){0,3}|gdpr|personvernforordning[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*|forordning[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]*|(?:electronic[ \\t]+communications|marketing(?:[ \\t]+control)?|accounting|bookkeeping)[ \\t]+act)';

const LAW_NAME = new RegExp(`(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])(?:(${POL_NAME_SOURCE})|(${OTHER_LAW_SOURCE}))(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])`, 'giu');

export interface LawName extends Span {
  pol: boolean;
  text: string;
}

export function lawNames(text: string, base = 0): LawName[] {
  const out: LawName[] = [];
  LAW_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LAW_NAME.exec(text)) !== null) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length, pol: m[1] !== undefined, text: m[0] });
  }
  return out;
}

const LAW_AT_START = new RegExp(
  `^[ \\t\\u00a0]*(?:(?:første|fyrste|andre|annet|tredje|fjerde|femte)[ \\t]+ledd[ \\t]*)?(?:(?:i|in|of|av)[ \\t\\u00a0]+)?(?:(?:the|den|nye|gamle)[ \\t]+)?(?:(${POL_NAME_SOURCE})|(${OTHER_LAW_SOURCE}))(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])`,
  'iu',
);

// "§ 18", "§§ 18 og 27", "paragraf 27", "section 18". Chapter-style numbers ("§ 2-7") belong to other acts.
const REF = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])(§§?|paragrafane|paragrafene|paragrafer|paragraf|sections|section|sec\.)[ \t\u00a0]*(\d{1,3})(?![0-9])(?![ \t\u00a0]*[-–][ \t\u00a0]*\d)/giu;
const LITRA = /^[ \t\u00a0]*(?:(?:første|fyrste|andre|annet|tredje)[ \t]+ledd[ \t,]*)?(?:(?:bokstav|litra|letter)[ \t\u00a0]*)?\(?([a-h])\)?(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])/iu;
const MORE_NUMBERS = /^[ \t\u00a0]*(?:,|og|eller|samt|and|or|&|\/)[ \t\u00a0]*(\d{1,3})(?![0-9])(?![ \t\u00a0]*[-–][ \t\u00a0]*\d)/iu;

export interface SectionRef extends Span {
  /** The section number. */
  n: number;
  /** A letter after the number ("§ 8 a", "§ 9 f)"): the 2000 Act's conditions were lettered. */
  litra: boolean;
  /** Start of the § sign (or of the number for extra numbers after "§§"). */
  refStart: number;
  /** The act named with the reference, if any. */
  owner?: LawName;
  /** The act is named right before the reference ("personopplysningsloven § 18"). */
  direct: boolean;
  block: number;
}

/**
 * Every section reference in the document and the act it belongs to: an act named right
 * after it ("§ 18 i personopplysningsloven"), else the last act named before it in the
 * block, else (for list items and short lines) in the lead-in before the list or the
 * section heading.
 */
export function sectionRefs(ctx: RuleContext, blocks: BlockText[]): SectionRef[] {
  const out: SectionRef[] = [];
  for (const block of blocks) {
    const names = lawNames(block.text, block.start);
    REF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REF.exec(block.text)) !== null) {
      const refStart = block.start + m.index;
      let localEnd = m.index + m[0].length;
      const numbers: Array<{ n: number; start: number; end: number }> = [{ n: Number(m[2]), start: refStart, end: block.start + localEnd }];
      let litra = false;
      const lit = LITRA.exec(block.text.slice(localEnd));
      if (lit) litra = true;
      if (/^(?:§§|paragrafane|paragrafene|paragrafer|sections)$/iu.test(m[1]!)) {
        for (let guard = 0; guard < 8; guard++) {
          const more = MORE_NUMBERS.exec(block.text.slice(localEnd));
          if (!more) break;
          const numStart = localEnd + more[0].length - more[1]!.length;
          localEnd += more[0].length;
          numbers.push({ n: Number(more[1]), start: block.start + numStart, end: block.start + localEnd });
        }
      }
      const after = LAW_AT_START.exec(block.text.slice(localEnd + (lit ? lit[0].length : 0)));
      let owner: LawName | undefined;
      let direct = false;
      if (after) {
        const at = block.start + localEnd + (lit ? lit[0].length : 0) + after[0].length;
        const name = after[1] ?? after[2]!;
        owner = { start: at - name.length, end: at, pol: after[1] !== undefined, text: name };
      } else {
        const before = names.filter((n) => n.end <= refStart);
        owner = before[before.length - 1];
        if (owner) direct = /^[ \t\u00a0]*[-–,]?[ \t\u00a0]*$/u.test(ctx.text.slice(owner.end, refStart));
        if (!owner) owner = inheritedLaw(ctx, blocks, block);
      }
      numbers.forEach((num, i) => {
        const isFirst = i === 0;
        out.push({
          start: isFirst && direct && owner ? owner.start : num.start,
          end: num.end,
          refStart: num.start,
          n: num.n,
          litra: isFirst && litra,
          owner,
          direct: isFirst && direct,
          block: block.index,
        });
      });
    }
  }
  return out;
}

/** For a list item or a short line without an act: the act named in the lead-in before the list, or in the section heading. */
function inheritedLaw(ctx: RuleContext, blocks: BlockText[], block: BlockText): LawName | undefined {
  if (block.kind === 'list-item' || block.kind === 'table-row' || block.text.length <= 60) {
    for (let i = block.index - 1, steps = 0; i >= 0 && steps < 12; i--, steps++) {
      const prev = blocks[i]!;
      const names = lawNames(prev.text, prev.start);
      if (names.length > 0) return names[names.length - 1];
      if (prev.kind !== 'list-item' && prev.kind !== 'table-row') break;
    }
  }
  const section = ctx.sectionOf(block.start);
  const inHeading = lawNames(section.heading, section.headingStart);
  return inHeading[inHeading.length - 1];
}

type Default = 'old' | 'new' | 'context';

interface SectionMeaning {
  default: Default;
  /** Topic words that only fit the 2000 Act's section with this number. */
  old?: RegExp;
  /** Topic words that fit the 2018 Act's section with this number. */
  current?: RegExp;
  /** What the section was in the 2000 Act (for messages). */
  old2000: string;
  old2000En: string;
}

const w = (source: string) => new RegExp(`(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f])(?:${source})`, 'iu');

const SANCTIONS = w('overtredelsesgebyr|gebyr|tvangsmulkt|sanksjon|straff|erstatning|fine|penalt');
const SUPERVISION = w('datatilsynet|tilsynsmyndighet|tilsyn|klage|personvernnemnd|pålegg|vedtak|data inspectorate|supervis');
const RESEARCH = w('forskning|forsking|arkiv|statistikk|research|archiv|statistic');

/** The 2000 Act's sections and how to tell them from the 2018 Act's sections with the same number. */
export const SECTION_MEANINGS: Record<number, SectionMeaning> = {
  2: { default: 'new', old: w('definisjon|menes med|forstås med|definition'), old2000: 'definisjoner', old2000En: 'definitions' },
  8: {
    default: 'context',
    old: w('grunnlag|behandlingsgrunnlag|hjemmel|rettslig|rettsleg|samtykk|vilkår|lovlig|berettig|avtale|nødvendig|interesseavveining|legal basis|lawful|consent'),
    current: RESEARCH,
    old2000: 'vilkår for å behandle personopplysninger (behandlingsgrunnlag)', old2000En: 'conditions for processing (legal basis)',
  },
  9: { default: 'context', old: w('sensitiv|sensitive'), current: RESEARCH, old2000: 'behandling av sensitive personopplysninger', old2000En: 'processing of sensitive data' },
  11: {
    default: 'context',
    old: w('grunnkrav|formål|føremål|saklig|korrekt|oppdatert|lagr|slett|oppbevar|lenger enn|lengre enn|purpose|retention|stor'),
    current: w('straff|lovovertred|criminal'),
    old2000: 'grunnkrav til behandlingen (formål, kvalitet, lagringstid)', old2000En: 'basic requirements (purpose, quality, storage time)',
  },
  13: { default: 'old', old: w('sikkerhet|sikring|tryggleik|konfidensial|security'), current: RESEARCH, old2000: 'informasjonssikkerhet', old2000En: 'information security' },
  14: { default: 'old', old: w('internkontroll|rutine|internal control'), current: RESEARCH, old2000: 'internkontroll', old2000En: 'internal control' },
  15: { default: 'old', old: w('databehandler|databehandlar|processor'), current: RESEARCH, old2000: 'databehandlerens rådighet over opplysningene', old2000En: 'how the processor may use the data' },
  16: { default: 'context', old: w('svarfrist|frist for svar|innen 30 dager|innan 30 dagar'), current: w('unntak|begrens|avgrens|innsyn|exception'), old2000: 'frist for svar', old2000En: 'deadline for answers' },
  17: { default: 'context', old: w('gebyr for innsyn|vederlag|betaling for innsyn'), current: w('unntak|innsyn|exception'), old2000: 'vederlag for innsyn', old2000En: 'fees for access' },
  18: {
    default: 'context',
    old: w('innsyn|kopi|få vite|få opplyst|informasjon om|access'),
    current: w('personvernombud|personvernombod|data protection officer|dpo'),
    old2000: 'rett til innsyn', old2000En: 'right of access',
  },
  19: {
    default: 'context',
    old: w('informasjon|informere|opplysningsplikt|informasjonsplikt|varsl|underrett|informert|inform'),
    current: w('personvernombud|personvernombod|data protection officer'),
    old2000: 'informasjonsplikt når opplysningene samles inn fra den registrerte', old2000En: 'duty to inform when data is collected from the data subject',
  },
  20: { default: 'context', old: w('informasjon|informere|informasjonsplikt|fra andre|frå andre|inform'), current: SUPERVISION, old2000: 'informasjonsplikt når opplysningene samles inn fra andre', old2000En: 'duty to inform when data is collected from others' },
  21: { default: 'context', old: w('profil|personprofil|informasjon|inform'), current: SUPERVISION, old2000: 'informasjon ved bruk av personprofiler', old2000En: 'information when personal profiles are used' },
  22: { default: 'context', old: w('innsyn|automat|avgjørelse|avgjerd|rett til|protest|reserv|decision'), current: SUPERVISION, old2000: 'rettigheter etter 2000-loven kapittel III', old2000En: 'rights under chapter III of the 2000 Act' },
  23: { default: 'context', old: w('innsyn|automat|avgjørelse|avgjerd|unntak fra|protest|reserv'), current: SUPERVISION, old2000: 'unntak fra retten til informasjon og innsyn', old2000En: 'exceptions to the rights to information and access' },
  24: { default: 'context', old: w('innsyn|automat|avgjørelse|avgjerd|rett til|protest|reserv'), current: SUPERVISION, old2000: 'rettigheter etter 2000-loven kapittel III', old2000En: 'rights under chapter III of the 2000 Act' },
  25: { default: 'context', old: w('innsyn|automat|avgjørelse|avgjerd|rett til|protest|reserv'), current: SUPERVISION, old2000: 'automatiserte avgjørelser', old2000En: 'automated decisions' },
  26: {
    default: 'context',
    old: w('markedsføring|reserv|direkte|avvik|brudd|varsl|marketing|breach'),
    current: SANCTIONS,
    old2000: 'reservasjon mot direkte markedsføring (opphevet 2009)', old2000En: 'opting out of direct marketing (repealed 2009)',
  },
  27: { default: 'old', old: w('rett|korriger|feil|uriktig|ufullstendig|rectif|correct'), current: SANCTIONS, old2000: 'retting av mangelfulle personopplysninger', old2000En: 'rectification of deficient data' },
  28: { default: 'old', old: w('slett|oppbevar|lagr|sperr|erase|delet'), current: SANCTIONS, old2000: 'sletting av unødvendige personopplysninger', old2000En: 'erasure of unnecessary data' },
  29: { default: 'old', old: w('overfør|utland|tredjeland|eøs|transfer'), current: SANCTIONS, old2000: 'overføring av personopplysninger til utlandet', old2000En: 'transfer of personal data abroad' },
  30: { default: 'old', old: w('overfør|utland|tredjeland|eøs|transfer'), current: SANCTIONS, old2000: 'unntak for overføring til utlandet', old2000En: 'exceptions for transfers abroad' },
  31: { default: 'old', old: w('meld|notif'), current: w('kamera|falsk|camera'), old2000: 'meldeplikt til Datatilsynet', old2000En: 'notification duty to Datatilsynet' },
  32: { default: 'context', old: w('meld|notif'), current: w('ikrafttred|i kraft|in force'), old2000: 'meldingens innhold', old2000En: 'content of the notification' },
  33: { default: 'context', old: w('konsesjon|licen'), current: w('overgang|transition'), old2000: 'konsesjonsplikt', old2000En: 'licence duty' },
  34: { default: 'context', old: w('konsesjon|licen'), current: w('endring|amend'), old2000: 'konsesjonsvedtaket', old2000En: 'the licence decision' },
};

/** The 2018 Act ends at § 34; a higher number can only be the 2000 Act. */
export const LAST_SECTION_2018 = 34;

export type Verdict = 'old' | 'new' | 'unclear';

/** Whether a personopplysningsloven section, read with its context, can only be the 2000 Act. */
export function judgeSection(n: number, litra: boolean, context: string): Verdict {
  if (n > LAST_SECTION_2018) return 'old';
  const meaning = SECTION_MEANINGS[n];
  if (!meaning) return 'new';
  // The 2000 Act's §§ 8 and 9 listed their conditions as letters a–h; the 2018 Act's do not.
  if (litra && (n === 8 || n === 9)) return 'old';
  if (meaning.current?.test(context)) return 'new';
  if (meaning.old?.test(context)) return 'old';
  if (meaning.default === 'old') return 'old';
  return meaning.default === 'new' ? 'new' : 'unclear';
}

export function describeOldSection(n: number): { nb: string; en: string } | undefined {
  const meaning = SECTION_MEANINGS[n];
  return meaning ? { nb: meaning.old2000, en: meaning.old2000En } : undefined;
}

/** Cues that a sentence speaks about the old rules as history ("erstattet av", "ble opphevet", "gjelder ikke lenger"). */
export const HISTORICAL =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:erstatt[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|erstatta|avløs[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|avløyst[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|opphev[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|oppheva|opphevd|oppheving[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|avskaff[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|falt bort|fall bort|bortfall[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|gjaldt|galdt|(?:ikke|ikkje)[ \t]+(?:lenger|lengre)[ \t]+(?:gjeld[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|gyldig[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|i kraft)|(?:fram|frem|inntil|før)[ \t]+(?:20\.?[ \t]+juli[ \t]+)?2018|replaced|repeal[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|supersed[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|abolish[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|no longer (?:valid|in force|appl[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*)|until (?:july )?2018|was in force)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** Adjectives right before a name that mark it as the old rules ("den tidligere personopplysningsloven"). */
export const HISTORICAL_BEFORE = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:tidligere|tidlegare|gamle|forrige|førre|opphevede|oppheva|opphevde|former|previous|old|repealed)[ \t\u00a0]+(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+[ \t\u00a0]+)?$/iu;

/** The sentence around an offset (the one it starts in). */
export function sentenceAt(ctx: RuleContext, offset: number): Sentence | undefined {
  return ctx.sentences.find((s) => s.start <= offset && offset < s.end);
}

/** The 2000 Act named by its year or date ("personopplysningsloven av 2000", "lov 14. april 2000 nr. 31", "LOV-2000-04-14-31"). */
export const ACT_2000 = new RegExp(
  [
    `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])${POL_NAME_SOURCE}[ \\t\\u00a0]*[(,]?[ \\t\\u00a0]*(?:(?:av|fra|frå|of|from|dated|datert)[ \\t\\u00a0]+)?(?:(?:år|the year)[ \\t\\u00a0]+)?(?:14\\.?[ \\t\\u00a0]*(?:april|apr\\.?)[ \\t\\u00a0]*2000|14\\.04\\.2000|2000-04-14|2000)(?![0-9])(?:[ \\t\\u00a0]*\\)?[ \\t\\u00a0]*(?:nr\\.?|no\\.?)[ \\t\\u00a0]*31(?![0-9]))?\\)?`,
    `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])(?:lov(?:en|a)?|act)[ \\t\\u00a0]+(?:(?:av|of)[ \\t\\u00a0]+)?(?:14\\.?[ \\t\\u00a0]*(?:april|apr\\.?)[ \\t\\u00a0]*2000|14\\.04\\.2000|2000-04-14)(?![0-9])(?:[ \\t\\u00a0]*(?:nr\\.?|no\\.?)[ \\t\\u00a0]*31(?![0-9]))?`,
    `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])(?:14\\.?[ \\t\\u00a0]*april[ \\t\\u00a0]*2000|14\\.04\\.2000)[ \\t\\u00a0]*(?:nr\\.?|no\\.?)[ \\t\\u00a0]*31(?![0-9])`,
    `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])(?:LOV-2000-04-14-31|lov\\/2000-04-14-31)(?![0-9])`,
  ].join('|'),
  'giu',
);

/** The 2000 Act's regulation (FOR-2000-12-15-1265). */
export const OLD_REGULATION = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:personopplysningsforskrift[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|personal data regulations|FOR-2000-12-15-1265)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])/giu;

/** The 1978 Act, replaced from 2001. */
export const ACT_1978 = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:personregisterlov[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|personal data registers act)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;

/** Notification duty to Datatilsynet (abolished 2018). */
export const NOTIFICATION =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:meldeplikt[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|meldepliktig[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|(?:meldt|melding|meldinga|meldingen|melde|meldes|meldast|melda)[ \t\u00a0]+(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f.]+[ \t\u00a0]+){0,4}?til[ \t\u00a0]+datatilsynet|notifi[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*[ \t\u00a0]+(?:to[ \t\u00a0]+)?the[ \t\u00a0]+(?:norwegian[ \t\u00a0]+)?data[ \t\u00a0]+(?:protection[ \t\u00a0]+authority|inspectorate))(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;

/** Licence (konsesjon) from Datatilsynet. */
export const LICENCE = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:konsesjon[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|licen[cs]e[ \t\u00a0]+from[ \t\u00a0]+the[ \t\u00a0]+(?:norwegian[ \t\u00a0]+)?data[ \t\u00a0]+(?:protection[ \t\u00a0]+authority|inspectorate))(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;

/** Breach notification to Datatilsynet is a GDPR art. 33 duty, not the old notification duty. */
export const BREACH = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:avvik[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|brudd[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|sikkerhetsbrudd[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|personvernbrudd[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|datainnbrudd[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|hendelse[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|72 timar|72 timer|breach[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|incident[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
/** Notification to other bodies (child welfare, NAV, police): not about personal data processing. */
export const OTHER_BODY = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:barnevern[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|nav|politi[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|skatteetaten|helsetilsyn[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|nkom)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
/** Licences that survived 2018 (credit reporting, doping control), and licences from other regulators. */
export const SURVIVING_LICENCE = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:kredittopplys[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|kredittvurder[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|doping[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|nve|energi[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|kraft[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|finanstilsyn[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|nkom|skjenke[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|løyve[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|taxi[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
export const DATATILSYNET = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:datatilsyn[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|data inspectorate|data protection authority)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
export const PERSONAL_DATA = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:personopplysning[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|personregister[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|behandling[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|behandlinga|personal data)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** Names of the Electronic Communications Act (either Act). */
export const EKOM_NAME =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:ekom-?lov(?:en|a|ens|as)?|lov[ \t\u00a0]+om[ \t\u00a0]+elektronisk[ \t\u00a0]+kommunikasjon|(?:the[ \t\u00a0]+)?(?:norwegian[ \t\u00a0]+)?electronic[ \t\u00a0]+communications?[ \t\u00a0]+act)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;

/** The old cookie rule, ekomloven 2003 § 2-7 b ("§ 2-7 b", "§ 2-7b", "paragraf 2-7b", "§ 2–7 bokstav b"). */
export const COOKIE_SECTION_2_7B =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])(?:(?:§|paragraf(?:en)?|section|sec\.)[ \t\u00a0]*)?2[ \t\u00a0]*[-–][ \t\u00a0]*7[ \t\u00a0]*(?:bokstav[ \t\u00a0]*|litra[ \t\u00a0]*)?\(?b\)?(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])/giu;

/** The 2003 Act named by its year or date ("ekomloven av 2003", "lov 4. juli 2003 nr. 83", "LOV-2003-07-04-83"). */
export const EKOM_2003 =
  /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])(?:(?:ekom-?lov(?:en|a|ens|as)?|lov[ \t\u00a0]+om[ \t\u00a0]+elektronisk[ \t\u00a0]+kommunikasjon|electronic[ \t\u00a0]+communications?[ \t\u00a0]+act)[ \t\u00a0]*[(,]?[ \t\u00a0]*(?:(?:av|fra|frå|of|from)[ \t\u00a0]+)?(?:4\.?[ \t\u00a0]*juli[ \t\u00a0]*2003|04\.07\.2003|2003-07-04|2003)(?![0-9])(?:[ \t\u00a0]*(?:nr\.?|no\.?)[ \t\u00a0]*83(?![0-9]))?\)?|(?:lov[ \t\u00a0]+(?:av[ \t\u00a0]+)?)?(?:4\.?[ \t\u00a0]*juli[ \t\u00a0]*2003|04\.07\.2003)[ \t\u00a0]*(?:nr\.?|no\.?)[ \t\u00a0]*83(?![0-9])|LOV-2003-07-04-83|lov\/2003-07-04-83)/giu;

/** The rule's place in the 2025 Act, cited next to the old one in transition notes. */
export const COOKIE_SECTION_NEW = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9])(?:§|paragraf|section)[ \t\u00a0]*3[ \t\u00a0]*[-–][ \t\u00a0]*15(?![0-9])/iu;

export const COOKIE_CONTEXT = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:informasjonskaps[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|cookie[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|kjeks|sporing[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|sporingsteknolog[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|lagring av (?:og tilgang til )?(?:opplysninger|informasjon)|terminalutstyr[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|nettleser[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|ekom[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*|elektronisk kommunikasjon|tracking|browser)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;
