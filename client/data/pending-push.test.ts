import { describe, expect, it } from 'vitest';
import { applyPushResult, pendingIds, trackWrite, untrackWrite } from './pending-push';

const T1 = '2026-11-25T10:00:00.001Z';
const T2 = '2026-11-25T10:00:00.002Z';
const T3 = '2026-11-25T10:00:00.003Z';
const SERVER = '2026-11-24T08:00:00.000Z';

describe('pending-push tracker', () => {
  it('tracks the newest local write per request', () => {
    let e = trackWrite({}, 'a', T2);
    e = trackWrite(e, 'a', T1); // an older write arriving late never lowers the mark
    e = trackWrite(e, 'b', T1);
    expect(e).toEqual({ a: T2, b: T1 });
    expect(pendingIds(e)).toEqual(['a', 'b']);
  });

  it('clears a request once a push of its newest state succeeds', () => {
    const e = applyPushResult({ a: T2, b: T1 }, [{ id: 'a', updatedAt: T2 }], []);
    expect(e).toEqual({ b: T1 });
  });

  it('keeps a request pending when the citizen typed again while the push was under way', () => {
    const e = applyPushResult({ a: T3 }, [{ id: 'a', updatedAt: T2 }], []);
    expect(e).toEqual({ a: T3 });
  });

  it('keeps a conflicting request pending until the resolved state is pushed', () => {
    let e = applyPushResult({ a: T2 }, [{ id: 'a', updatedAt: T2 }], [{ id: 'a', updatedAt: SERVER }]);
    expect(e).toEqual({ a: SERVER });
    // The resolved state is pushed again and accepted.
    e = applyPushResult(e, [{ id: 'a', updatedAt: SERVER }], []);
    expect(e).toEqual({});
  });

  it('clears a conflict whose resolution is the server state: RxDB sends nothing again', () => {
    const e = applyPushResult({ a: T2 }, [{ id: 'a', updatedAt: T2 }], [{ id: 'a', updatedAt: SERVER, settled: true }]);
    expect(e).toEqual({});
  });

  it('lowers the mark when the stored write got a later updatedAt than the one it was tracked with', () => {
    // writeRequest moves updatedAt past a pulled server change; the entry keeps the earlier mark.
    const e = applyPushResult({ a: T1 }, [{ id: 'a', updatedAt: T2 }], [{ id: 'a', updatedAt: SERVER }]);
    expect(e).toEqual({ a: SERVER });
  });

  it('does not lower the mark of a newer write when an older push conflicts', () => {
    const e = applyPushResult({ a: T3 }, [{ id: 'a', updatedAt: T2 }], [{ id: 'a', updatedAt: SERVER }]);
    expect(e).toEqual({ a: T3 });
    const settled = applyPushResult({ a: T3 }, [{ id: 'a', updatedAt: T2 }], [{ id: 'a', updatedAt: SERVER, settled: true }]);
    expect(settled).toEqual({ a: T3 });
  });

  it('forgets a tracked write that failed, but not a newer one', () => {
    expect(untrackWrite({ a: T1 }, 'a', T1)).toEqual({});
    expect(untrackWrite({ a: T2 }, 'a', T1)).toEqual({ a: T2 });
  });

  it('ignores pushes of requests it never tracked (e.g. resolved conflicts of pulled data)', () => {
    const e = { a: T1 };
    expect(applyPushResult(e, [{ id: 'x', updatedAt: T3 }], [])).toEqual({ a: T1 });
  });
});
