import type { TrustLevel } from '../account/trust-level';
import type { RequestDoc } from '../request/request-document';
import type { FieldError } from '../validation/validate-answers';

/**
 * Why the server did not take a sending (draft → submitted) from a push: the account cannot be
 * reached yet (unconfirmed address) or this login is below the service's trust level. Both are
 * about who sends, not about the answers, so they travel like the routing worker's hand-back:
 * the server keeps the request as a draft with this problem (nothing typed is lost), the push
 * answers it as the row's master state, and the device's conflict handler takes it. The other
 * rows of the push go through as usual.
 */
export type SendRefusalCode = 'emailUnconfirmed' | 'trustLevel';

const FIELD = 'status';
const CODES: readonly string[] = ['emailUnconfirmed', 'trustLevel'] satisfies SendRefusalCode[];

export interface SendRefusal extends FieldError {
  field: typeof FIELD;
  code: SendRefusalCode;
  /** `sentAt`: the refused sending's time (the device's `submittedAt`); `level`: the level needed. */
  params: { sentAt: string; level?: TrustLevel };
}

/** The problem the server stores with a refused sending. */
export function sendRefusal(code: SendRefusalCode, refused: Pick<RequestDoc, 'submittedAt' | 'updatedAt'>, level?: TrustLevel): SendRefusal {
  return { field: FIELD, code, params: { sentAt: refused.submittedAt ?? refused.updatedAt, ...(level ? { level } : {}) } };
}

export function isSendRefusal(problem: FieldError): problem is SendRefusal {
  return problem.field === FIELD && CODES.includes(problem.code);
}

/** The refusal a request carries, if its last sending was refused. */
export function sendRefusalOf(doc: Pick<RequestDoc, 'status' | 'problems'>): SendRefusal | undefined {
  return doc.status === 'draft' ? doc.problems?.find(isSendRefusal) : undefined;
}

/**
 * Whether `local` is the very sending the server refused (or an older one): then the device
 * takes the server's draft instead of pushing the same sending again for ever. A sending made
 * after the refusal (e.g. after a login at the right level) is a new try and stays.
 */
export function isRefusedSending(master: Pick<RequestDoc, 'status' | 'problems'>, local: Pick<RequestDoc, 'status' | 'submittedAt' | 'updatedAt'>): boolean {
  const refusal = sendRefusalOf(master);
  return Boolean(refusal && local.status === 'submitted' && (local.submittedAt ?? local.updatedAt) <= refusal.params.sentAt);
}
