import { fail, pass, warn, type RuleContext } from '../src/engine/context.js';
import type { Rule } from '../src/types.js';

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

const LABEL = /(?<![\p{L}])(?:org(?:anisasjons)?\.?\s*-?\s*n(?:umme)?r\.?|organisasjonsnummer(?:et)?|orgnr\.?|foretaksnummer|organization number|company (?:registration )?number|reg\. ?nr\.?)\s*[:.]?\s*(?:NO\s?)?/giu;
const NUMBER = /(?<![\d])(?:NO\s?)?(\d{3})[\s.\u00a0]?(\d{3})[\s.\u00a0]?(\d{3})(?![\d])(?:\s?MVA)?/gu;

export const orgNumber: Rule = {
  meta: {
    id: 'org-number',
    kind: 'requirement',
    category: 'identity',
    severity: 'info',
    weight: 1,
    legalRef: 'GDPR art. 13(1)(a); enhetsregisterloven',
    description: {
      nb: 'Organisasjonsnummeret er oppgitt og har gyldig kontrollsiffer (modulus 11).',
      en: 'The organisation number is given and its check digit is valid (modulus 11).',
    },
    suggestion: {
      nb: 'Oppgi organisasjonsnummeret ved navnet på virksomheten, f.eks. «Eksempel AS, org.nr. 974 761 467».',
      nn: 'Oppgje organisasjonsnummeret ved namnet på verksemda, t.d. «Døme AS, org.nr. 974 761 467».',
      en: 'Give the organisation number next to the organisation\'s name, e.g. "Eksempel AS, org.nr. 974 761 467".',
    },
  },
  check(ctx: RuleContext) {
    const found: Array<{ start: number; end: number; digits: string; labelled: boolean }> = [];
    for (const sentence of ctx.sentences) {
      NUMBER.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = NUMBER.exec(sentence.text)) !== null) {
        const digits = `${m[1]}${m[2]}${m[3]}`;
        const before = sentence.text.slice(Math.max(0, m.index - 40), m.index);
        LABEL.lastIndex = 0;
        const labelled = LABEL.test(before);
        // Unlabelled nine-digit runs are phone numbers or amounts unless they look like an org. number (8xx/9xx, grouped 3-3-3).
        const grouped = /^\d{3}[\s.\u00a0]\d{3}[\s.\u00a0]\d{3}/.test(m[0].replace(/^NO\s?/, ''));
        if (!labelled && !(grouped && /^[89]/.test(digits) && /MVA/.test(m[0]))) continue;
        found.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, digits, labelled });
      }
    }
    if (found.length === 0) {
      return warn({
        nb: 'Fant ikke noe organisasjonsnummer.',
        en: 'No organisation number found.',
      });
    }
    const invalid = found.filter((f) => !isValidOrgNumber(f.digits));
    if (invalid.length > 0) {
      return fail(
        {
          nb: `Organisasjonsnummeret ${invalid.map((f) => f.digits).join(', ')} har feil kontrollsiffer (modulus 11).`,
          en: `The organisation number ${invalid.map((f) => f.digits).join(', ')} has a wrong check digit (modulus 11).`,
        },
        invalid,
      );
    }
    return pass(
      {
        nb: `Gyldig organisasjonsnummer: ${found.map((f) => f.digits).join(', ')}.`,
        en: `Valid organisation number: ${found.map((f) => f.digits).join(', ')}.`,
      },
      found,
    );
  },
};

export default orgNumber;
