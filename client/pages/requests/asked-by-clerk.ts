import type { RequestDoc } from '../../../domain/request/request-document';

/** A department's question waits for the citizen (a full slot asks differently: by alternatives). */
export function askedByClerk(doc: RequestDoc): boolean {
  return doc.status === 'needs_info' && !doc.slotAlternatives?.length && !!doc.statusReason;
}
