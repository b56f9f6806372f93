/**
 * Contact channels in a statement: e-mail addresses (well-formed or not), phone
 * numbers, postal addresses and mailto links, each with a guess at whose channel
 * it is (the controller's, Datatilsynet's or a third party's).
 */
import type { RuleContext } from '../../src/engine/context.js';
import type { Sentence, Span } from '../../src/types.js';
import { matchAll } from '../../src/nlp/patterns.js';
import { isHostingInternal } from './identity-hosting.js';
import { findPlaceholders, overlapsAny, type Placeholder } from './identity-placeholder.js';
import {
  AUTHORITY,
  CONTROLLER_ROLE,
  DATATILSYNET_CONTACT,
  FIRST_PERSON,
  LEGAL_FORM_SOURCE,
  PHONE_LABEL,
  STREET_SUFFIX,
  THIRD_PARTY_DOMAINS,
  THIRD_PARTY_NAMES,
} from './identity-terms.js';

export type ChannelKind = 'email' | 'phone' | 'address' | 'mailto';
export type Owner = 'controller' | 'authority' | 'third-party';

export interface EmailCandidate extends Span {
  text: string;
  /** Lower-cased domain as written (may be malformed). */
  domain: string;
  /** Why the address cannot work, if it is malformed. */
  problem?: 'double-at' | 'space' | 'comma' | 'no-domain' | 'no-tld' | 'bad-tld' | 'empty-label' | 'bad-local';
  /** From a mailto: link rather than the visible text. */
  fromLink?: boolean;
}

export interface Channel extends Span {
  kind: ChannelKind;
  text: string;
  owner: Owner;
}

const LOCAL_CHAR = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9._%+'-]/u;
const DOMAIN_CHAR = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9.-]/u;

/** What is wrong with an e-mail address, if anything. */
export function classifyEmail(local: string, domainRaw: string, flags: { doubleAt?: boolean; spaced?: boolean } = {}): EmailCandidate['problem'] {
  if (flags.doubleAt) return 'double-at';
  if (flags.spaced) return 'space';
  if (domainRaw.includes(',')) return 'comma';
  if (domainRaw.length === 0) return 'no-domain';
  if (local.length === 0 || /^\.|\.$|\.\./.test(local)) return 'bad-local';
  if (!domainRaw.includes('.')) return 'no-tld';
  const labels = domainRaw.split('.');
  if (labels.some((l) => l.length === 0)) return 'empty-label';
  const tld = labels[labels.length - 1]!;
  if (!/^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,24}$/u.test(tld)) return 'bad-tld';
  return undefined;
}

/** Every "@" in the text read as an e-mail address, malformed ones included; handles ("@firma") are left out. */
export function findEmails(ctx: RuleContext, placeholders: readonly Span[] = findPlaceholders(ctx)): EmailCandidate[] {
  const text = ctx.text;
  const out: EmailCandidate[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (text[at - 1] === '@') continue; // second "@" of "@@", handled with the first
    let spaced = false;
    let ls = at;
    while (ls > 0 && LOCAL_CHAR.test(text[ls - 1]!)) ls--;
    if (ls === at && text[at - 1] === ' ' && at >= 2 && LOCAL_CHAR.test(text[at - 2]!)) {
      spaced = true;
      ls = at - 1;
      while (ls > 0 && LOCAL_CHAR.test(text[ls - 1]!)) ls--;
    }
    const local = text.slice(ls, spaced ? at - 1 : at);
    let p = at + 1;
    let doubleAt = false;
    while (text[p] === '@') {
      doubleAt = true;
      p++;
    }
    if (text[p] === ' ' && p + 1 < text.length && DOMAIN_CHAR.test(text[p + 1]!) && local.length > 0) {
      // "post@ firma.no": only when what follows looks like a domain
      const rest = /^ [A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9-]+\.[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,}/u.exec(text.slice(p, p + 80));
      if (rest) {
        spaced = true;
        p++;
      }
    }
    const ds = p;
    while (p < text.length) {
      const ch = text[p]!;
      if (DOMAIN_CHAR.test(ch)) {
        p++;
        continue;
      }
      // "post@firma,no": a comma glued between letters
      if (ch === ',' && /^,[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,6}(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9@])/u.test(text.slice(p, p + 8)) && !text.slice(ds, p).includes('.')) {
        p++;
        continue;
      }
      break;
    }
    let de = p;
    while (de > ds && /[.\-,]/.test(text[de - 1]!)) de--;
    const domainRaw = text.slice(ds, de);
    if (local.length === 0) continue; // a handle ("@firma") or a lone "@"
    // "Instagram @firma": a word before a handle, not an address with a space in it
    if (spaced && text[at - 1] === ' ' && !/\.[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,}$/u.test(domainRaw)) continue;
    if (domainRaw.length === 0 && !/^\p{Ll}/u.test(local)) continue;
    const start = ls;
    const end = Math.max(de, at + 1);
    if (overlapsAny(placeholders, start, end)) continue;
    const problem = classifyEmail(local, domainRaw, { doubleAt, spaced });
    out.push({ start, end, text: text.slice(start, end), domain: domainRaw.toLowerCase(), problem });
    at = end - 1;
  }
  for (const link of ctx.doc.links) {
    const m = /^mailto:([^?]*)/i.exec(link.href.trim());
    if (!m) continue;
    let address: string;
    try {
      address = decodeURIComponent(m[1]!).trim();
    } catch {
      address = m[1]!.trim();
    }
    if (address.length === 0) continue;
    const visible = text.slice(link.start, link.end);
    if (visible.includes('@') || overlapsAny(placeholders, link.start, link.end)) continue; // already read from the text
    const [local = '', ...rest] = address.split('@');
    const domainRaw = rest.join('@');
    const problem = classifyEmail(local, domainRaw, { doubleAt: rest.length > 1, spaced: /\s/.test(address) });
    out.push({ start: link.start, end: link.end, text: visible, domain: domainRaw.toLowerCase(), problem, fromLink: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Hosting platforms whose subdomains belong to different sites (like public suffixes). */
const SHARED_SUFFIXES = [
  'github.io', 'gitlab.io', 'herokuapp.com', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'firebaseapp.com',
  'azurewebsites.net', 'wixsite.com', 'wordpress.com', 'blogspot.com', 'squarespace.com', 'webflow.io', 'framer.website',
];

/** The registrable part of a host: "mail.ikomm.no" → "ikomm.no" (two labels; enough for .no/.com/.org). */
export function registrable(host: string): string {
  const h = host.toLowerCase().replace(/^www\./, '');
  const shared = SHARED_SUFFIXES.find((suf) => h.endsWith(`.${suf}`));
  if (shared) return h.split('.').slice(-(shared.split('.').length + 1)).join('.');
  const labels = h.split('.');
  if (labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2) {
    return labels.slice(-3).join('.');
  }
  return labels.slice(-2).join('.');
}

export function domainIn(host: string, list: readonly string[]): boolean {
  const h = host.toLowerCase();
  return list.some((d) => h === d || h.endsWith(`.${d}`));
}

const THIRD_PARTY_PATTERN = new RegExp(
  `(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])(?:${THIRD_PARTY_NAMES.filter((n) => !/^(?:Norsk|Norge|Norway|Nkom)$/.test(n))
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])`,
  'gu',
);

type Cue = { at: number; owner: Owner };

/** The sentence containing `offset` (binary search; sentences are in text order). */
export function sentenceAt(ctx: RuleContext, offset: number): Sentence | undefined {
  const list = ctx.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function cuesIn(sentence: Sentence, ownNames: RegExp | undefined): Cue[] {
  const cues: Cue[] = [];
  const add = (re: RegExp, owner: Owner) => {
    for (const m of matchAll(re, sentence.text, sentence.start)) cues.push({ at: m.start, owner });
  };
  add(AUTHORITY, 'authority');
  add(THIRD_PARTY_PATTERN, 'third-party');
  add(FIRST_PERSON, 'controller');
  add(CONTROLLER_ROLE, 'controller');
  if (ownNames) add(ownNames, 'controller');
  // "Behandlingsansvarlig er Posten Norge AS, Postboks 1500 …": a listed company named as the controller is the controller here
  const named = NAMED_AS_CONTROLLER.exec(sentence.text);
  if (named) {
    const end = sentence.start + named.index + named[0].length;
    const start = end - named[1]!.length;
    for (const cue of cues) if (cue.owner === 'third-party' && cue.at >= start && cue.at < end) cue.owner = 'controller';
  }
  return cues.sort((a, b) => a.at - b.at);
}

/** "Behandlingsansvarlig er X … AS", "Behandlingsansvarleg: X AS" — the name right after the role, with its legal form. */
const NAMED_AS_CONTROLLER = new RegExp(
  `^[ \\u00a0]*(?:[Bb]ehandlingsansvarl(?:ig|eg)|[Dd]ata controller|[Tt]he controller)(?:[ \\u00a0]+(?:er|is)|[ \\u00a0]*:)[ \\u00a0]+((?:[A-ZÆØÅ][A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f&.-]*[ \\u00a0]+){1,4}(?:${LEGAL_FORM_SOURCE}))(?![A-Za-z])`,
  'u',
);

/**
 * Whose channel the span is: the nearest cue before it in its sentence (or right after it,
 * if none before), else the last cue in the up to three sentences before it in the
 * same section, else its section heading. No cue: the controller's.
 */
export function ownerOf(ctx: RuleContext, span: Span, ownNames?: RegExp): Owner {
  return ownerCue(ctx, span, ownNames).owner;
}

/** The owner, and whether a cue in the span's own sentence decided it. */
function ownerCue(ctx: RuleContext, span: Span, ownNames?: RegExp): { owner: Owner; inSentence: boolean } {
  const sentence = sentenceAt(ctx, span.start);
  if (!sentence) return { owner: 'controller', inSentence: false };
  const own = cuesIn(sentence, ownNames);
  const before = own.filter((c) => c.at < span.start);
  if (before.length > 0) return { owner: before[before.length - 1]!.owner, inSentence: true };
  // a cue right after it ("22 39 69 00 (Datatilsynet)"); one further on belongs to the next clause
  const after = own.filter((c) => c.at >= span.end && c.at - span.end <= 15);
  if (after.length > 0) return { owner: after[0]!.owner, inSentence: true };
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 3); i--) {
    const prev = ctx.sentences[i]!;
    if (prev.section !== sentence.section) break;
    const cues = cuesIn(prev, ownNames);
    if (cues.length > 0) return { owner: cues[cues.length - 1]!.owner, inSentence: false };
  }
  const section = ctx.sectionOf(sentence);
  const heading = section.heading ? sentenceAt(ctx, section.headingStart) : undefined;
  if (heading && heading.index !== sentence.index) {
    const cues = cuesIn(heading, ownNames);
    if (cues.length > 0) return { owner: cues[cues.length - 1]!.owner, inSentence: false };
  }
  return { owner: 'controller', inSentence: false };
}

const PHONE = /(?<![\d+])(?:(?:\+|00)[ \u00a0]?47[ \u00a0-]?)?(?:\d{2}[ \u00a0]\d{2}[ \u00a0]\d{2}[ \u00a0]\d{2}|\d{3}[ \u00a0]\d{2}[ \u00a0]\d{3}|\d{4}[ \u00a0]\d{4}|\d{8})(?![\d])/gu;
const POSTCODE_PLACE = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9.])(\d{4})[ \u00a0]+(\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]+)/gu;
const STREET_BEFORE = /(?:\p{Lu}\p{Ll}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f.'-]*[ \u00a0]){0,3}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f.'-]+[ \u00a0]\d{1,4}[ \u00a0]?[A-Za-z]?[ \u00a0]*[,|·•–-]?[ \u00a0]*$/u;
const BOX_BEFORE = /(?:[Pp]ostboks|[Pp]ostboks:|[Bb]oks|P\.?[Bb]\.?|P\.?O\.? [Bb]ox)[ \u00a0]*\d{1,5}(?:[ \u00a0]+\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]+){0,2}[ \u00a0]*[,|·•–-]?[ \u00a0]*$/u;
const NAMED_PLACE_BEFORE = /\p{Lu}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'-]+[ \u00a0]*[,|·•][ \u00a0]*$/u;
/** "post(at)eksempel.no", "post [at] eksempel.no": written to fool spam robots, but it works. */
const OBFUSCATED_AT = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9._%+-])[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9._%+-]+[ \u00a0]*[([{][ \u00a0]*(?:at|alfakrøll|krøllalfa|snabel-a)[ \u00a0]*[)\]}][ \u00a0]*[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9-]+(?:(?:\.|[ \u00a0]*[([{][ \u00a0]*(?:dot|punktum)[ \u00a0]*[)\]}][ \u00a0]*)[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9-]+)+/giu;

/** Norwegian phone numbers (8 digits, optional +47); unlabelled run-together digits only with +47. */
export function findPhones(ctx: RuleContext): Span[] {
  const out: Span[] = [];
  for (const sentence of ctx.sentences) {
    PHONE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PHONE.exec(sentence.text)) !== null) {
      const national = m[0].replace(/^(?:\+|00)[ \u00a0]?47[ \u00a0-]?/, '');
      const hasPrefix = national.length !== m[0].length;
      if (!/^[2-9]/.test(national)) continue;
      const before = sentence.text.slice(Math.max(0, m.index - 30), m.index);
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (/^\s*(?:kr|nok|,-|%|år|kroner)/i.test(after) || /(?:kr\.?|nok|konto\w*|org\.?\s?nr\.?|organisasjonsnummer)\s*[:.]?\s*$/i.test(before)) continue;
      const labelled = PHONE_LABEL.test(before);
      if (!hasPrefix && !labelled && /^(?:\d{8}|\d{4}[ \u00a0]\d{4})$/.test(national)) continue;
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  }
  return out;
}

/** Postal addresses: a street and number, a post box or a named place, then "NNNN Place". */
export function findAddresses(ctx: RuleContext): Span[] {
  const out: Span[] = [];
  for (const sentence of ctx.sentences) {
    POSTCODE_PLACE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = POSTCODE_PLACE.exec(sentence.text)) !== null) {
      const before = sentence.text.slice(Math.max(0, m.index - 80), m.index);
      const street = STREET_BEFORE.exec(before) ?? BOX_BEFORE.exec(before);
      let startRel: number | undefined;
      if (street) startRel = m.index - (before.length - street.index);
      else {
        const named = NAMED_PLACE_BEFORE.exec(before);
        if (named && (STREET_SUFFIX.test(named[0].replace(/,[ \u00a0]*$/, '')) || /adresse|address/i.test(before))) {
          startRel = m.index - (before.length - named.index);
        } else if (named && /(?:gården|garden|huset|senteret|tunet|bygget|brygga|bryggen)$/iu.test(named[0].replace(/,[ \u00a0]*$/, ''))) {
          startRel = m.index - (before.length - named.index);
        }
      }
      if (startRel === undefined) continue;
      // years are not postcodes: "i 2019 Oslo" never has a street before it, but "juni 2020" could
      if (/(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)[ \u00a0]*$/i.test(before)) continue;
      out.push({ start: sentence.start + startRel, end: sentence.start + m.index + m[0].length });
    }
  }
  return out;
}

/** A pattern for the organisation's own names (config), to recognise them as owner cues. */
export function namesPattern(names: readonly string[] | undefined): RegExp | undefined {
  const list = (names ?? []).map((n) => n.trim()).filter((n) => n.length >= 2);
  if (list.length === 0) return undefined;
  return new RegExp(`(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])(?:${list.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9])`, 'giu');
}

/**
 * Working contact channels with their owner. Placeholders ("[KONTAKT@EXAMPLE.NO]")
 * and malformed addresses are left out.
 */
export function findChannels(ctx: RuleContext, placeholders: readonly Placeholder[] = findPlaceholders(ctx)): Channel[] {
  const ownNames = namesPattern(ctx.options.organisationNames);
  const out: Channel[] = [];
  const owned = (span: Span, kind: ChannelKind, valueOwner?: Owner) => {
    if (overlapsAny(placeholders, span.start, span.end)) return;
    const text = ctx.text.slice(span.start, span.end);
    let owner = valueOwner;
    if (!owner) {
      const cue = ownerCue(ctx, span, ownNames);
      // Datatilsynet's own address or number, unless the sentence itself says it is "ours"
      const datatilsynet = DATATILSYNET_CONTACT.some((re) => re.test(text));
      owner = datatilsynet && !(cue.inSentence && cue.owner === 'controller') ? 'authority' : cue.owner;
    }
    out.push({ ...span, kind, text, owner });
  };
  for (const e of findEmails(ctx, placeholders)) {
    if (e.problem || isHostingInternal(e.domain)) continue;
    const valueOwner: Owner | undefined = domainIn(e.domain, ['datatilsynet.no', 'datatilsynet.dk'])
      ? 'authority'
      : domainIn(e.domain, THIRD_PARTY_DOMAINS)
        ? 'third-party'
        : undefined;
    owned(e, e.fromLink ? 'mailto' : 'email', valueOwner);
  }
  for (const m of ctx.findInText(OBFUSCATED_AT)) {
    const domain = m.text.replace(/^.*?[)\]}][ \u00a0]*/u, '').toLowerCase();
    owned(m, 'email', domainIn(domain, THIRD_PARTY_DOMAINS) ? 'third-party' : undefined);
  }
  for (const p of findPhones(ctx)) owned(p, 'phone');
  for (const a of findAddresses(ctx)) owned(a, 'address');
  return out.sort((a, b) => a.start - b.start);
}
