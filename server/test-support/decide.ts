import { randomUUID } from 'node:crypto';
import type { ApiClient } from './api-client';

/**
 * Closes a case as a clerk does: preview the decision letter, then send exactly that letter.
 * Returns the answer to the sending.
 */
export async function decideCase(clerk: ApiClient, id: string, outcome: 'complete' | 'reject', text = '') {
  const preview = await clerk.call('POST', `/api/clerk/requests/${id}/decision/preview`, { outcome, text });
  if (preview.status !== 200) return preview;
  return clerk.call('POST', `/api/clerk/requests/${id}/decision`, { outcome, text, digest: preview.body.digest, decisionId: randomUUID() });
}

/** A routed request of `citizen` that the `clerk` has started, without payment, ready to be decided. */
export async function caseInProgress(citizen: ApiClient, clerk: ApiClient): Promise<string> {
  const id = await citizen.sendRouted();
  const started = await clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' });
  if (started.status !== 200) throw new Error(`starting ${id}: ${started.status}`);
  return id;
}
