import { describe, expect, it } from 'vitest';
import type { RequestDoc } from '../request/request-document';
import { requestStatesEqual, resolveRequestConflict } from './resolve-request-conflict';

const base: RequestDoc = {
  id: '3f1c2a4e-8b7d-4c1e-9a2b-1234567890ab',
  serviceId: 'sperrmuellkarte',
  catalogueVersion: 1,
  answers: { volume: '2' },
  status: 'draft',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  history: [],
  serverRev: '1-a',
};

describe('resolveRequestConflict', () => {
  it('keeps this device\'s draft text and the other version aside when both are drafts', () => {
    const master = { ...base, answers: { volume: '3' }, serverRev: '2-b', updatedAt: '2026-11-20T11:00:00.000Z' };
    const local = { ...base, answers: { volume: '4' }, updatedAt: '2026-11-20T12:00:00.000Z' };
    const out = resolveRequestConflict(master, local);
    expect(out.answers).toEqual({ volume: '4' });
    expect(out.keptAnswers).toEqual({ volume: '3' });
    expect(out.serverRev).toBe('2-b');
    expect(out.updatedAt).toBe('2026-11-20T12:00:00.000Z');
  });

  it('keeps nothing aside when the master only carries this device\'s own earlier answers', () => {
    // The device pushed { volume: '3' }, the server took it (new serverRev), the device typed on.
    const assumed: RequestDoc = { ...base, answers: { volume: '3' } };
    const master: RequestDoc = { ...assumed, serverRev: '2-b' };
    const local: RequestDoc = { ...assumed, answers: { volume: '4' }, status: 'submitted', updatedAt: '2026-11-20T12:00:00.000Z' };
    const out = resolveRequestConflict(master, local, assumed);
    expect(out.answers).toEqual({ volume: '4' });
    expect(out.status).toBe('submitted');
    expect(out.keptAnswers).toBeUndefined();
    // Another device's text, unknown to this one, is still kept aside.
    expect(resolveRequestConflict({ ...master, answers: { volume: '1' } }, local, assumed).keptAnswers).toEqual({ volume: '1' });
  });

  it('keeps, per field, what only the server changed besides what this device typed', () => {
    // The device's base was the draft before its own choice reached the server (a pull answered
    // just before that push was confirmed, issue 17 runs); it answered the next page on top.
    const assumed: RequestDoc = { ...base, answers: {} };
    const master: RequestDoc = { ...base, answers: { items: ['moebel'] }, serverRev: '2-b', updatedAt: '2026-11-20T11:00:00.000Z' };
    const local: RequestDoc = { ...base, answers: { volume: '4' }, updatedAt: '2026-11-20T12:00:00.000Z' };
    const out = resolveRequestConflict(master, local, assumed);
    expect(out.answers).toEqual({ items: ['moebel'], volume: '4' });
    expect(out.keptAnswers).toBeUndefined();
    // A field both changed: this device's typing wins, the other answer is kept aside; a field
    // this device cleared stays cleared.
    const both = resolveRequestConflict(
      { ...master, answers: { volume: '3', items: ['holz'] } },
      { ...local, answers: { volume: '4' } },
      { ...assumed, answers: { volume: '2', items: ['holz'] } },
    );
    expect(both.answers).toEqual({ volume: '4' });
    expect(both.keptAnswers).toEqual({ volume: '3', items: ['holz'] });
  });

  it('lets server-owned fields win and keeps unsent answers when the request was routed meanwhile', () => {
    const master: RequestDoc = {
      ...base,
      status: 'received',
      reference: 'SPM-2026-000001',
      department: 'abfall',
      serverRev: '3-c',
      history: [{ at: '2026-11-20T11:00:00.000Z', status: 'received', actor: 'system' }],
    };
    const local: RequestDoc = { ...base, answers: { volume: '5' }, reference: 'FORGED', department: 'stadtkasse' };
    const out = resolveRequestConflict(master, local);
    expect(out.status).toBe('received');
    expect(out.reference).toBe('SPM-2026-000001');
    expect(out.department).toBe('abfall');
    expect(out.answers).toEqual({ volume: '2' });
    expect(out.keptAnswers).toEqual({ volume: '5' });
  });

  it('keeps nothing aside when nothing would be lost (a reply lost on the way: no assumed master)', () => {
    // The server took the empty new draft but the device never heard back; it typed on offline.
    const master: RequestDoc = { ...base, answers: {}, serverRev: '1-a' };
    const local: RequestDoc = { ...base, answers: { volume: '4' }, status: 'submitted', updatedAt: '2026-11-20T12:00:00.000Z' };
    const out = resolveRequestConflict(master, local, null);
    expect(out.answers).toEqual({ volume: '4' });
    expect(out.keptAnswers).toBeUndefined();
    // The server holds part of the device's own answers: nothing of them is lost either.
    const part = resolveRequestConflict({ ...master, answers: { volume: '4' } }, { ...local, answers: { volume: '4', x: '1' } }, null);
    expect(part.keptAnswers).toBeUndefined();
    // Routed meanwhile with the device's answers: nothing to keep.
    const routed = { ...master, status: 'received', answers: { volume: '4' } } as RequestDoc;
    expect(resolveRequestConflict(routed, { ...local, answers: {} }).keptAnswers).toBeUndefined();
    expect(resolveRequestConflict(routed, local).keptAnswers).toBeUndefined();
  });

  it('keeps the citizen\'s payment choice until the fee is paid', () => {
    const payment = { state: 'open', amountCents: 3000 } as RequestDoc['payment'];
    const master: RequestDoc = { ...base, status: 'received', serverRev: '5-e', payment, updatedAt: '2026-11-20T11:00:00.000Z' };
    const local: RequestDoc = { ...base, status: 'received', paymentChoice: 'online', updatedAt: '2026-11-20T12:00:00.000Z' };
    const out = resolveRequestConflict(master, local);
    expect(out.paymentChoice).toBe('online');
    expect(out.payment).toEqual(payment);
    // Sent again (not the master any more), with the citizen's later time.
    expect(requestStatesEqual(out, master)).toBe(false);
    expect(out.updatedAt).toBe('2026-11-20T12:00:00.000Z');
    const paid = { ...master, payment: { ...payment!, state: 'paid' } } as RequestDoc;
    expect(requestStatesEqual(resolveRequestConflict(paid, local), paid)).toBe(true);
    const draft = resolveRequestConflict({ ...base, serverRev: '2-b' }, { ...base, paymentChoice: 'transfer' });
    expect(draft.paymentChoice).toBe('transfer');
  });

  it('keeps a withdrawal the citizen made offline while the request is still open', () => {
    const master: RequestDoc = { ...base, status: 'in_progress', serverRev: '4-d' };
    const out = resolveRequestConflict(master, { ...base, status: 'withdrawn' });
    expect(out.status).toBe('withdrawn');
    const done = resolveRequestConflict({ ...master, status: 'completed' }, { ...base, status: 'withdrawn' });
    expect(done.status).toBe('completed');
  });

  it('treats states that differ only in RxDB metadata as equal', () => {
    const a = { ...base, _meta: { lwt: 1 } } as RequestDoc;
    const b = { ...base, _meta: { lwt: 2 } } as RequestDoc;
    expect(requestStatesEqual(a, b)).toBe(true);
    expect(requestStatesEqual(base, { ...base, status: 'submitted' })).toBe(false);
  });
});
