import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRequestValidatorSource } from './generate-request-validator';
import { validateRequestDoc } from './validate-request-doc';

const valid = {
  id: '3f1c2a9e-0000-4000-8000-000000000001',
  serviceId: 'sperrmuellkarte',
  catalogueVersion: 1,
  answers: { items: ['moebel'], volume: '2,5', pickupDate: { day: '1', month: 'Dezember', year: '2026' } },
  status: 'draft',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  history: [],
  _deleted: false,
};

describe('precompiled request validator', () => {
  it('is up to date with the schema in domain/ (else run generate-request-validator.ts)', () => {
    const committed = readFileSync(new URL('./request-validator.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(generateRequestValidatorSource());
  });

  it('accepts a draft as RxDB stores it, bookkeeping fields included', () => {
    expect(validateRequestDoc({ ...valid, _meta: { lwt: 1 }, _rev: '1-a', _attachments: {} })).toEqual([]);
  });

  it('refuses unknown fields, wrong statuses and over-long answers', () => {
    expect(validateRequestDoc({ ...valid, owner: 'someone' })).not.toEqual([]);
    expect(validateRequestDoc({ ...valid, status: 'approved' })).not.toEqual([]);
    expect(validateRequestDoc({ ...valid, answers: { street: 'x'.repeat(2001) } })).not.toEqual([]);
  });

  it('counts length in characters as the server does, not UTF-16 units', () => {
    expect(validateRequestDoc({ ...valid, answers: { street: '😀'.repeat(2000) } })).toEqual([]);
  });
});
