import type { RequestStatus } from '../../../domain/lifecycle/request-status';
import type { RequestDoc } from '../../../domain/request/request-document';
import { sendRefusalOf } from '../../../domain/sync/send-refusal';

/**
 * What a citizen is told about a request. The lifecycle statuses, plus three that only the
 * device knows: a returned draft (the routing worker found problems; or the server did not take
 * the sending, `notSent`), a submission still on
 * this device ("Wartet auf Versand"), and one the server has confirmed but not yet routed.
 */
export type DisplayState = RequestStatus | 'returned' | 'notSent' | 'pendingSend' | 'sent';

export function displayState(doc: Pick<RequestDoc, 'status' | 'problems'>, pendingOnDevice: boolean): DisplayState {
  // The server did not take the sending (domain/sync/send-refusal.ts): nothing about the answers.
  if (sendRefusalOf(doc)) return 'notSent';
  if (doc.status === 'draft') return doc.problems && doc.problems.length > 0 ? 'returned' : 'draft';
  if (doc.status === 'submitted') return pendingOnDevice ? 'pendingSend' : 'sent';
  return doc.status;
}
