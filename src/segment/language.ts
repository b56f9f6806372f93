import { franc } from 'franc';
import type { Block, LanguageCode, LanguageInfo } from '../types.js';

/** The languages franc is asked to choose between (all written in Latin script). */
export const CANDIDATES = ['nob', 'nno', 'eng', 'dan', 'swe'];
const CHUNK = 300;
/** franc's trigram count is the cost of detection; a long statement is judged on chunks spread over all of it. */
const MAX_CHUNKS = 6;

/** Function words that tell Nynorsk from Bokmål better than trigrams do on short texts. */
const NYNORSK = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:ikkje|eg|kva|korleis|kvifor|kven|dei|vert|vart|frå|berre|mykje|eit|ein|òg|noko|nokon|desse|fordi|sida|korleis|opplysningane|behandlinga|vere|hjå|heile|sjølv|kjeks|dykk|dykkar|deira|slik at)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;
const BOKMAAL = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:ikke|jeg|hva|hvordan|hvorfor|hvem|de|blir|ble|fra|bare|mye|et|en|også|noe|noen|disse|siden|opplysningene|behandlingen|være|hos|hele|selv|dere|deres)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/giu;

function normaliseCode(code: string): LanguageCode {
  if (code === 'nob' || code === 'dan' || code === 'swe') return 'nob';
  if (code === 'nno') return 'nno';
  if (code === 'eng') return 'eng';
  return 'und';
}

/** Chunks of at least CHUNK characters, made of whole blocks. */
function chunks(text: string, blocks: Block[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const block of blocks) {
    current += text.slice(block.start, block.end) + '\n';
    if (current.length >= CHUNK) {
      out.push(current);
      current = '';
    }
  }
  if (current.trim().length > 0) {
    if (current.length < CHUNK / 2 && out.length > 0) out[out.length - 1] += current;
    else out.push(current);
  }
  return out;
}

/** At most `max` items, evenly spread from the first to the last. */
function evenSample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]!);
}

/**
 * Decides the document's language with franc, chunk by chunk, so that a
 * Norwegian statement with an English appendix is told from a mixed one.
 * Bokmål versus Nynorsk is settled by function words, which franc's trigrams
 * confuse on short texts.
 */
export function detectLanguage(text: string, blocks: Block[]): LanguageInfo {
  const counts: Partial<Record<LanguageCode, number>> = {};
  let total = 0;
  for (const chunk of evenSample(chunks(text, blocks), MAX_CHUNKS)) {
    const code = normaliseCode(franc(chunk, { only: CANDIDATES, minLength: 20 }));
    counts[code] = (counts[code] ?? 0) + chunk.length;
    total += chunk.length;
  }
  const norwegian = (counts.nob ?? 0) + (counts.nno ?? 0);
  if (norwegian > 0) {
    const nn = text.match(NYNORSK)?.length ?? 0;
    const nb = text.match(BOKMAAL)?.length ?? 0;
    const variant: LanguageCode = nn > nb ? 'nno' : 'nob';
    delete counts.nob;
    delete counts.nno;
    counts[variant] = norwegian;
  }
  const shares: Partial<Record<LanguageCode, number>> = {};
  let code: LanguageCode = 'und';
  let best = 0;
  for (const [lang, n] of Object.entries(counts) as Array<[LanguageCode, number]>) {
    shares[lang] = total > 0 ? Math.round((n / total) * 1000) / 1000 : 0;
    if (n > best && lang !== 'und') {
      best = n;
      code = lang;
    }
  }
  const sorted = Object.entries(shares)
    .filter(([lang]) => lang !== 'und')
    .map(([, share]) => share ?? 0)
    .sort((a, b) => b - a);
  const mixed = sorted.length > 1 && (sorted[1] ?? 0) >= 0.25;
  return { code, shares, mixed };
}
