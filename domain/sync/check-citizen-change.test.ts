import { describe, expect, it } from 'vitest';
import type { RequestDoc } from '../request/request-document';
import { checkCitizenChange } from './check-citizen-change';

const draft: RequestDoc = {
  id: '3f1c2a4e-8b7d-4c1e-9a2b-1234567890ab',
  serviceId: 'sperrmuellkarte',
  catalogueVersion: 1,
  answers: {},
  status: 'draft',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  history: [],
};

describe('checkCitizenChange', () => {
  it('allows creating, editing and submitting a draft', () => {
    expect(checkCitizenChange(null, draft)).toEqual([]);
    expect(checkCitizenChange(null, { ...draft, status: 'submitted' })).toEqual([]);
    expect(checkCitizenChange(draft, { ...draft, answers: { volume: '2' } })).toEqual([]);
    expect(checkCitizenChange(draft, { ...draft, status: 'submitted', submittedAt: '2026-11-20T11:00:00.000Z' })).toEqual([]);
  });

  it('refuses a device that sets status, reference or department itself', () => {
    expect(checkCitizenChange(null, { ...draft, status: 'received' })).toContainEqual({ field: 'status', code: 'transition' });
    expect(checkCitizenChange(null, { ...draft, reference: 'SPM-2026-000001' })).toContainEqual({ field: 'reference', code: 'serverOwned' });
    const routed: RequestDoc = { ...draft, status: 'received', department: 'abfall', reference: 'SPM-2026-000001' };
    expect(checkCitizenChange(routed, { ...routed, status: 'completed' })).toContainEqual({ field: 'status', code: 'transition' });
    expect(checkCitizenChange(routed, { ...routed, department: 'stadtkasse' })).toContainEqual({ field: 'department', code: 'serverOwned' });
  });

  it('freezes the answers once sent, but lets the citizen withdraw', () => {
    const sent: RequestDoc = { ...draft, status: 'submitted', answers: { volume: '2' } };
    expect(checkCitizenChange(sent, { ...sent, answers: { volume: '5' } })).toContainEqual({ field: 'answers', code: 'notEditable' });
    expect(checkCitizenChange(sent, { ...sent, status: 'withdrawn' })).toEqual([]);
    expect(checkCitizenChange(sent, { ...sent, _deleted: true })).toContainEqual({ field: '_deleted', code: 'notDeletable' });
  });

  it('refuses an unknown service or changed identity', () => {
    expect(checkCitizenChange(null, { ...draft, serviceId: 'nope' })).toContainEqual({ field: 'serviceId', code: 'unknownService' });
    expect(checkCitizenChange(draft, { ...draft, createdAt: '2020-01-01T00:00:00.000Z' })).toContainEqual({ field: 'createdAt', code: 'immutable' });
  });
});

describe('checkCitizenChange: form version upgrades', () => {
  it('lets a draft move to a newer form version the device migrated it to, never back or once sent', () => {
    expect(checkCitizenChange(draft, { ...draft, catalogueVersion: 2, answers: { pickupSlot: '2026-12-02' } })).toEqual([]);
    const upgraded: RequestDoc = { ...draft, catalogueVersion: 2 };
    expect(checkCitizenChange(upgraded, { ...upgraded, catalogueVersion: 1 })).toContainEqual({ field: 'catalogueVersion', code: 'immutable' });
    expect(checkCitizenChange(draft, { ...draft, catalogueVersion: 7 })).toContainEqual({ field: 'catalogueVersion', code: 'immutable' });
    const sent: RequestDoc = { ...draft, status: 'submitted' };
    expect(checkCitizenChange(sent, { ...sent, catalogueVersion: 2 })).toContainEqual({ field: 'catalogueVersion', code: 'immutable' });
  });
});
