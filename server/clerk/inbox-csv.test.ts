import { describe, expect, it } from 'vitest';
import { toCsv } from './inbox-csv';

describe('CSV', () => {
  it('quotes every field, doubles quotes, keeps line breaks inside a field and defuses formulas', () => {
    const csv = toCsv(['a', 'b'], [['Er sagte "ja"; dann', 'zwei\nZeilen'], ['=SUMME(A1)', undefined]]);
    expect(csv).toBe('\uFEFF"a";"b"\r\n"Er sagte ""ja""; dann";"zwei\nZeilen"\r\n"\'=SUMME(A1)";""\r\n');
  });
});
