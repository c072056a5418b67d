import { describe, expect, it } from 'vitest';
import { GiroCodeError, giroCodeAmount, giroCodePayload, type GiroCodeInput } from './girocode';
import { formatIban, isValidBic, isValidIban } from './iban';

const CITY: GiroCodeInput = {
  name: 'Stadt Werne',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  amountCents: 3000,
  creditorReference: 'RF18539007547034',
};

function problem(input: GiroCodeInput): string | undefined {
  try {
    giroCodePayload(input);
    return undefined;
  } catch (err) {
    return (err as GiroCodeError).code;
  }
}

describe('GiroCode payload (EPC069-12, version 002)', () => {
  it('writes the fields in the order and form the guideline fixes', () => {
    expect(giroCodePayload(CITY).split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'COBADEFFXXX',
      'Stadt Werne',
      'DE89370400440532013000',
      'EUR30.00',
      '',
      'RF18539007547034',
    ]);
  });

  it('leaves the BIC out when there is none (allowed from version 002 in the EEA)', () => {
    const lines = giroCodePayload({ ...CITY, bic: undefined }).split('\n');
    expect(lines[4]).toBe('');
    expect(lines[6]).toBe('DE89370400440532013000');
  });

  it('carries unstructured remittance in its own field and the note to the payer after it', () => {
    const lines = giroCodePayload({ ...CITY, creditorReference: undefined, remittanceText: 'Sperrmüllkarte SPM-2026-000123', information: 'Danke!' }).split('\n');
    expect(lines.slice(8)).toEqual(['', '', 'Sperrmüllkarte SPM-2026-000123', 'Danke!']);
  });

  it('writes amounts with a dot and two decimals, within EUR 0.01 … 999999999.99', () => {
    expect(giroCodeAmount(1)).toBe('EUR0.01');
    expect(giroCodeAmount(1234)).toBe('EUR12.34');
    expect(giroCodeAmount(99_999_999_999)).toBe('EUR999999999.99');
    for (const cents of [0, -5, 100_000_000_000, 12.5]) expect(problem({ ...CITY, amountCents: cents })).toBe('amountRange');
  });

  it('refuses a name that is missing or longer than 70 characters', () => {
    expect(problem({ ...CITY, name: '  ' })).toBe('nameMissing');
    expect(problem({ ...CITY, name: 'x'.repeat(71) })).toBe('nameTooLong');
    expect(problem({ ...CITY, name: 'ä'.repeat(70) })).toBeUndefined();
  });

  it('refuses a wrong IBAN or BIC', () => {
    expect(problem({ ...CITY, iban: 'DE89370400440532013001' })).toBe('ibanInvalid');
    expect(problem({ ...CITY, bic: 'COBA' })).toBe('bicInvalid');
  });

  it('takes either an RF reference or free text, never both and never neither', () => {
    expect(problem({ ...CITY, remittanceText: 'Gebühr' })).toBe('remittanceBoth');
    expect(problem({ ...CITY, creditorReference: undefined })).toBe('remittanceMissing');
    expect(problem({ ...CITY, creditorReference: 'RF19539007547034' })).toBe('referenceInvalid');
    expect(problem({ ...CITY, creditorReference: undefined, remittanceText: 'x'.repeat(141) })).toBe('remittanceTooLong');
    expect(problem({ ...CITY, information: 'x'.repeat(71) })).toBe('informationTooLong');
    expect(problem({ ...CITY, name: 'Stadt\nWerne' })).toBe('lineBreak');
  });

  it('stays within 331 bytes: an invoice with the longest name, RF reference and note fits; more is refused', () => {
    const longest = giroCodePayload({ ...CITY, name: 'ä'.repeat(70), creditorReference: 'RF09ZZZZZZZZZZZZZZZZZZZZZ', information: 'x'.repeat(70), amountCents: 99_999_999_999 });
    expect(new TextEncoder().encode(longest).length).toBeLessThanOrEqual(331);
    // Every field at its own limit is more than the whole may be (umlauts take two bytes each).
    expect(problem({ ...CITY, name: 'ä'.repeat(70), creditorReference: undefined, remittanceText: 'ü'.repeat(140), information: 'x'.repeat(70) })).toBe('tooLong');
  });
});

describe('IBAN and BIC', () => {
  it('checks the IBAN check digits and the German length', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('de89370400440532013000')).toBe(true);
    expect(isValidIban('DE88370400440532013000')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(isValidBic('COBADEFF')).toBe(true);
    expect(isValidBic('COBADEFFXXX')).toBe(true);
    expect(isValidBic('COBADE')).toBe(false);
  });
});
