/**
 * ISO 7064 MOD 97-10, the check shared by the IBAN and the RF creditor reference: letters
 * become two digits (A = 10 … Z = 35), and the remainder is taken piece by piece, so no
 * BigInt is needed for 30-odd digits.
 */
export function toDigits(text: string): string {
  let out = '';
  for (const ch of text) out += /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
  return out;
}

export function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  return rest;
}
