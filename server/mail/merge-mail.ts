import type { OutboxDoc } from './outbox';

const RANK: Record<OutboxDoc['state'], number> = { sent: 3, failed: 2, sending: 1, pending: 0 };

/**
 * Two leaves of one queued mail (two workers in a partition): a leaf that says it was sent wins,
 * so a merge never puts a sent mail back in the queue; otherwise the one with more attempts.
 */
export function mergeMailLeaves<T extends Pick<OutboxDoc, 'state' | 'attempts'> & { _rev: string }>(leaves: T[]): T {
  return [...leaves].sort((a, b) => RANK[b.state] - RANK[a.state] || b.attempts - a.attempts || b._rev.localeCompare(a._rev))[0];
}
