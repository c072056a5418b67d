import { describe, expect, it } from 'vitest';
import { mergeLeaves } from '../conflicts/merge-by-kind';
import { retryDelay } from './mail-sender';

describe('two leaves of one queued mail', () => {
  it('keeps the leaf that says sent, so a merge never queues a sent mail again', () => {
    const pending = { _id: 'mail:1', _rev: '3-b', type: 'mail', state: 'pending', attempts: 2 };
    const sent = { _id: 'mail:1', _rev: '3-a', type: 'mail', state: 'sent', attempts: 1 };
    expect(mergeLeaves([pending, sent]).merged).toBe(sent);
    expect(mergeLeaves([sent, pending]).merged).toBe(sent);
  });
});

describe('retry delay', () => {
  it('doubles from the base and stops growing at the maximum', () => {
    const config = { retryBaseMs: 10_000, retryMaxMs: 60_000 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, config))).toEqual([10_000, 20_000, 40_000, 60_000, 60_000]);
  });
});
