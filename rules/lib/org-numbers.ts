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
