import { isValidBic, isValidIban, normalizeIban } from './iban';
import { isValidRfReference, normalizeRfReference } from './rf-reference';

/**
 * The GiroCode: the European Payments Council's QR code for a SEPA credit transfer (EPC069-12,
 * "Quick Response Code: guidelines to enable data capture for the initiation of a SCT"). A
 * banking app scans it and fills in the transfer. Version 002, where the BIC may be left out
 * inside the EEA; UTF-8.
 */
export interface GiroCodeInput {
  /** Beneficiary name, at most 70 characters. */
  name: string;
  iban: string;
  bic?: string;
  /** EUR 0.01 … 999,999,999.99. */
  amountCents: number;
  /** Structured remittance: an ISO 11649 RF reference (then no unstructured text). */
  creditorReference?: string;
  /** Unstructured remittance, at most 140 characters (then no RF reference). */
  remittanceText?: string;
  /** Beneficiary-to-originator note shown by the banking app, at most 70 characters. */
  information?: string;
}

export const GIROCODE_PROBLEMS = [
  'nameMissing',
  'nameTooLong',
  'ibanInvalid',
  'bicInvalid',
  'amountRange',
  'remittanceMissing',
  'remittanceBoth',
  'referenceInvalid',
  'remittanceTooLong',
  'informationTooLong',
  'lineBreak',
  'tooLong',
] as const;
export type GiroCodeProblem = (typeof GIROCODE_PROBLEMS)[number];

export class GiroCodeError extends Error {
  constructor(readonly code: GiroCodeProblem) {
    super(`GiroCode: ${code}`);
  }
}

/** The whole payload may have at most 331 bytes (EPC069-12, section 4). */
export const GIROCODE_MAX_BYTES = 331;

function chars(text: string): number {
  return [...text].length;
}

/** `EUR12.34`: the amount field, with a dot and two decimals, no thousands separator. */
export function giroCodeAmount(cents: number): string {
  if (!Number.isInteger(cents) || cents < 1 || cents > 99_999_999_999) throw new GiroCodeError('amountRange');
  return `EUR${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** The payload a QR encoder turns into the GiroCode; throws GiroCodeError naming the broken rule. */
export function giroCodePayload(input: GiroCodeInput): string {
  const name = input.name.trim();
  const fields = [name, input.bic ?? '', input.remittanceText ?? '', input.information ?? ''];
  // The format is line-based: a line break inside a field would shift every later field.
  if (fields.some((f) => /[\r\n]/.test(f))) throw new GiroCodeError('lineBreak');
  if (!name) throw new GiroCodeError('nameMissing');
  if (chars(name) > 70) throw new GiroCodeError('nameTooLong');
  if (!isValidIban(input.iban)) throw new GiroCodeError('ibanInvalid');
  const bic = (input.bic ?? '').trim().toUpperCase();
  if (bic && !isValidBic(bic)) throw new GiroCodeError('bicInvalid');
  const amount = giroCodeAmount(input.amountCents);
  const reference = input.creditorReference ? normalizeRfReference(input.creditorReference) : '';
  const text = (input.remittanceText ?? '').trim();
  if (reference && text) throw new GiroCodeError('remittanceBoth');
  if (!reference && !text) throw new GiroCodeError('remittanceMissing');
  if (reference && !isValidRfReference(reference)) throw new GiroCodeError('referenceInvalid');
  if (chars(text) > 140) throw new GiroCodeError('remittanceTooLong');
  const information = (input.information ?? '').trim();
  if (chars(information) > 70) throw new GiroCodeError('informationTooLong');
  const lines = [
    'BCD', // service tag
    '002', // version: BIC optional
    '1', // character set: UTF-8
    'SCT', // SEPA credit transfer
    bic,
    name,
    normalizeIban(input.iban),
    amount,
    '', // purpose code: none
    reference,
    text,
    information,
  ];
  // Trailing empty fields may be left out; the last used field ends without a line break.
  while (lines[lines.length - 1] === '') lines.pop();
  const payload = lines.join('\n');
  if (new TextEncoder().encode(payload).length > GIROCODE_MAX_BYTES) throw new GiroCodeError('tooLong');
  return payload;
}
