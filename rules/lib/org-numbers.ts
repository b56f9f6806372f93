const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Brønnøysund's modulus-11 check: weights 3 2 7 6 5 4 3 2; remainder 1 means no valid check digit exists. */
export function isValidOrgNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const r = sum % 11;
  if (r === 1) return false;
  const check = r === 0 ? 0 : 11 - r;
  return check === Number(digits[8]);
}

const LABEL = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:org(?:anisasjons)?\.?\s*-?\s*n(?:umme)?r\.?|organisasjonsnummer(?:et)?|orgnr\.?|foretaksnummer|organization number|company (?:registration )?number|reg\. ?nr\.?)\s*[:.]?\s*(?:NO\s?)?/giu;
const NUMBER = /(?<![\d])(?:NO\s?)?(\d{3})[\s.\u00a0]?(\d{3})[\s.\u00a0]?(\d{3})(?![\d])(?:\s?MVA)?/gu;

export interface OrganisationNumber {
  index: number;
  length: number;
  digits: string;
  /** Given with a label ("Org.nr.", "organisasjonsnummer") in the 40 characters before it. */
  labelled: boolean;
}

/**
 * The organisation numbers in a text: nine digits with a label before them, or unlabelled but grouped 3-3-3,
 * starting with 8 or 9 and marked MVA. Other unlabelled nine-digit runs are phone numbers or amounts.
 */
export function organisationNumbersIn(text: string): OrganisationNumber[] {
  const out: OrganisationNumber[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text)) !== null) {
    const digits = `${m[1]}${m[2]}${m[3]}`;
    LABEL.lastIndex = 0;
    const labelled = LABEL.test(text.slice(Math.max(0, m.index - 40), m.index));
    const grouped = /^\d{3}[\s.\u00a0]\d{3}[\s.\u00a0]\d{3}/.test(m[0].replace(/^NO\s?/, ''));
    if (!labelled && !(grouped && /^[89]/.test(digits) && /MVA/.test(m[0]))) continue;
    out.push({ index: m.index, length: m[0].length, digits, labelled });
  }
  return out;
}
