import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateMessageValidatorSource } from './generate-message-validator';
import { validateMessageDoc } from './validate-message-doc';

const valid = {
  id: '3f1c2a9e-0000-4000-8000-000000000001',
  requestId: '3f1c2a9e-0000-4000-8000-000000000002',
  from: 'citizen',
  text: 'Danke!',
  createdAt: '2026-11-25T10:00:00.000Z',
  _deleted: false,
};

describe('precompiled message validator', () => {
  it('is up to date with the schema in domain/ (else run generate-message-validator.ts)', () => {
    expect(readFileSync(new URL('./message-validator.generated.ts', import.meta.url), 'utf8')).toBe(generateMessageValidatorSource());
  });

  it('accepts a reply as RxDB stores it and refuses empty or foreign ones', () => {
    expect(validateMessageDoc({ ...valid, _meta: { lwt: 1 }, _rev: '1-a' })).toEqual([]);
    expect(validateMessageDoc({ ...valid, text: '' })).not.toEqual([]);
    expect(validateMessageDoc({ ...valid, owner: 'x' })).not.toEqual([]);
    expect(validateMessageDoc({ ...valid, from: 'admin' })).not.toEqual([]);
  });
});
