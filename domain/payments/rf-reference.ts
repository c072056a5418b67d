/**
 * ISO 11649 structured creditor reference ("RF reference"): `RF`, two check digits, then up to
 * 21 letters and digits. Banks check the digits (ISO 7064 MOD 97-10, as for the IBAN) when the
 * citizen types it in, and the treasury matches incoming transfers by it.
 */

import { mod97, toDigits } from './mod97';

const BODY_PATTERN = /^[A-Z0-9]{1,21}$/;

/** Spaces removed, upper case: how a reference is written on paper is not what is compared. */
export function normalizeRfReference(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** `RF` + check digits + body; the body must be 1–21 letters or digits. */
export function createRfReference(body: string): string {
  const clean = normalizeRfReference(body);
  if (!BODY_PATTERN.test(clean)) throw new Error(`RF reference body must be 1–21 letters or digits: ${body}`);
  const check = 98 - mod97(toDigits(`${clean}RF00`));
  return `RF${String(check).padStart(2, '0')}${clean}`;
}

/** True when the text (spaces allowed, any case) is an RF reference with correct check digits. */
export function isValidRfReference(text: string): boolean {
  const ref = normalizeRfReference(text);
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(ref)) return false;
  return mod97(toDigits(ref.slice(4) + ref.slice(0, 4))) === 1;
}

/** The RF reference of a request, from its Aktenzeichen: `SPM-2026-000123` → `RF…SPM2026000123`. */
export function rfReferenceForAktenzeichen(reference: string): string {
  return createRfReference(reference.replace(/[^A-Za-z0-9]/g, ''));
}

/** Groups of four, as printed on invoices: `RF18 5390 0754 7034`. */
export function formatRfReference(text: string): string {
  return normalizeRfReference(text).replace(/(.{4})(?=.)/g, '$1 ');
}
