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
