import { describe, expect, it } from 'vitest';
import { mergeLeaves, type Leaf } from './merge-by-kind';

const leaf = (rev: string, body: Record<string, unknown>): Leaf => ({ _id: 'x', _rev: rev, ...body });

describe('merging conflicting leaves by kind', () => {
  it('keeps the higher counter value, whichever leaf CouchDB chose', () => {
    const merged = mergeLeaves([leaf('3-b', { type: 'counter', value: 17 }), leaf('3-a', { type: 'counter', value: 23 })]).merged;
    expect(merged.value).toBe(23);
  });

  it('unites the holders of a slot and sends back those beyond its capacity', () => {
    const id = 'slot:buergerbuero:all:2026-12-10T09:00';
    const out = mergeLeaves([
      { _id: id, _rev: '2-b', type: 'slot', holders: ['r1', 'r2'] },
      { _id: id, _rev: '2-a', type: 'slot', holders: ['r1', 'r3'] },
    ], 2);
    expect(out.merged.holders).toHaveLength(2);
    expect(out.merged.holders).toContain('r1');
    expect(out.overflow?.requestIds).toHaveLength(1);
    expect([...out.merged.holders, ...out.overflow!.requestIds].sort()).toEqual(['r1', 'r2', 'r3']);
  });

  it('lets paid win over every other state of a payment attempt, and keeps every attempt', () => {
    const attempt = (paymentId: string, status: string, updatedAt: string) => ({ paymentId, status, createdAt: '2026-01-01T00:00:00Z', updatedAt });
    const out = mergeLeaves([
      leaf('4-z', { type: 'payment-ledger', attempts: [attempt('p.1', 'FAILED', '2026-01-01T00:10:00Z'), attempt('p.2', 'INITIAL', '2026-01-01T00:11:00Z')], reconcile: false, updatedAt: '2026-01-01T00:11:00Z' }),
      leaf('4-a', { type: 'payment-ledger', attempts: [attempt('p.1', 'PAYED', '2026-01-01T00:05:00Z')], reconcile: true, updatedAt: '2026-01-01T00:05:00Z' }),
    ]).merged;
    expect(merged(out)).toEqual({ 'p.1': 'PAYED', 'p.2': 'INITIAL' });
    expect(out.reconcile).toBe(true);
  });

  it('gives a contested number to one request and asks for the others to be numbered again', () => {
    const out = mergeLeaves([leaf('1-b', { type: 'refno', requestId: 'r-b' }), leaf('1-a', { type: 'refno', requestId: 'r-a' })]);
    expect(out.merged.requestId).toBe('r-a');
    expect(out.recheckReferences?.sort()).toEqual(['r-a', 'r-b']);
  });

  it('merges a request: the later server transition decides, the other leaf’s text is kept to take over', () => {
    const base = { type: 'request', owner: 'o', serviceId: 's', catalogueVersion: 1, createdAt: '2026-01-01T00:00:00Z' };
    const routed = leaf('3-a', { ...base, status: 'received', reference: 'SPM-2026-000002', answers: { v: '1' }, updatedAt: '2026-01-01T00:01:00Z', history: [{ at: '2026-01-01T00:02:00Z', status: 'received', actor: 'system' }] });
    const edited = leaf('3-b', { ...base, status: 'submitted', answers: { v: '2' }, updatedAt: '2026-01-01T00:03:00Z', history: [{ at: '2026-01-01T00:01:30Z', status: 'submitted', actor: 'citizen' }] });
    for (const order of [[routed, edited], [edited, routed]]) {
      const m = mergeLeaves(order).merged;
      expect(m).toMatchObject({ status: 'received', reference: 'SPM-2026-000002', answers: { v: '1' }, keptAnswers: { v: '2' } });
      expect(m.history.map((h: { status: string }) => h.status)).toEqual(['submitted', 'received']);
    }
  });
});

function merged(ledger: Leaf): Record<string, string> {
  return Object.fromEntries((ledger.attempts as { paymentId: string; status: string }[]).map((a) => [a.paymentId, a.status]));
}
