/**
 * ISO 11649 check (mod 97 over the reference moved behind "RF" + check digits, letters as
 * 10–35), used to tell where an RF reference typed into a free purpose line ends.
 * TODO(merge): pay-server's domain/payments/rf-reference.ts is the one home of this rule;
 * this file goes once that is on the branch.
 */
export function hasValidRfCheckDigits(reference: string): boolean {
  const ref = reference.replace(/\s+/g, '').toUpperCase();
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(ref)) return false;
  const moved = ref.slice(4) + ref.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const n = c >= 'A' ? c.charCodeAt(0) - 55 : Number(c);
    rest = (rest * (n >= 10 ? 100 : 10) + n) % 97;
  }
  return rest === 1;
}
