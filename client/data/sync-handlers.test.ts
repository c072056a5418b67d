import { describe, expect, it, vi } from 'vitest';
import { ApiRequestError, NetworkError } from '../api/api-client';
import { createPullHandler, createPushHandler, type SyncHandlerHooks } from './sync-handlers';

function hooks(): SyncHandlerHooks & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    onReachability: (r) => void calls.push(`reachable:${r}`),
    onUnauthenticated: () => void calls.push('401'),
    onPushed: (p, c) => void calls.push(`pushed:${p.map((x) => x.id)}|${c.map((x) => x.id)}`),
  };
}

const doc = { id: 'a', updatedAt: '2026-11-25T10:00:00.000Z', _deleted: false } as never;

describe('sync handlers', () => {
  it('pulls with the checkpoint and keeps the old checkpoint when the server sends none', async () => {
    const h = hooks();
    const fetcher = vi.fn().mockResolvedValue({ documents: [], checkpoint: null });
    const pull = createPullHandler(h, fetcher as never);
    const result = await pull({ seq: '5-x' }, 50);
    expect(fetcher).toHaveBeenCalledWith('/api/sync/requests/pull', { body: { checkpoint: { seq: '5-x' }, batchSize: 50 } });
    expect(result).toEqual({ documents: [], checkpoint: { seq: '5-x' } });
    expect(h.calls).toEqual(['reachable:true']);
  });

  it('throws on a 401 so RxDB does not take it for "no changes", and reports the ended session', async () => {
    const h = hooks();
    const fetcher = vi.fn().mockRejectedValue(new ApiRequestError(401, { error: 'not_authenticated', message: '' }));
    await expect(createPullHandler(h, fetcher as never)(undefined, 10)).rejects.toThrow();
    expect(h.calls).toEqual(['reachable:true', '401']);
  });

  it('reports an unreachable server on network errors and 5xx, and still throws', async () => {
    const h = hooks();
    const offline = vi.fn().mockRejectedValue(new NetworkError(new TypeError('Failed to fetch')));
    await expect(createPushHandler(h, offline as never)([{ newDocumentState: doc }])).rejects.toThrow();
    const down = vi.fn().mockRejectedValue(new ApiRequestError(503, { error: 'store_unavailable', message: '' }));
    await expect(createPullHandler(h, down as never)(undefined, 10)).rejects.toThrow();
    expect(h.calls).toEqual(['reachable:false', 'reachable:false']);
  });

  it('refuses malformed answers', async () => {
    const fetcher = vi.fn().mockResolvedValue({ nope: true });
    await expect(createPushHandler(hooks(), fetcher as never)([{ newDocumentState: doc }])).rejects.toThrow('Malformed');
  });

  it('sends rows with a null assumed state and tells the tracker what was pushed', async () => {
    const h = hooks();
    const master = { id: 'a', updatedAt: '2026-11-20T00:00:00.000Z', _deleted: false };
    const fetcher = vi.fn().mockResolvedValue({ conflicts: [master] });
    const conflicts = await createPushHandler(h, fetcher as never)([{ newDocumentState: doc }]);
    expect(fetcher.mock.calls[0][1]).toEqual({ body: { rows: [{ assumedMasterState: null, newDocumentState: doc }] } });
    expect(conflicts).toEqual([master]);
    expect(h.calls).toEqual(['reachable:true', 'pushed:a|a']);
  });
});
