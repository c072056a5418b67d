import type { NotificationKind } from '../../domain/account/notification-kinds';
import type { MailKind, MailParams } from '../mail';
import type { StoredMessage } from '../messages/stored-message';
import type { StoredRequest } from '../requests';

/** One thing that happened to a citizen's request, worth a mail. `id` is the same however often it is derived. */
export interface NotificationEvent {
  id: string;
  kind: NotificationKind;
  owner: string;
  requestId: string;
  reference?: string;
  at: string;
  /** The mail to send when it is not the kind's usual one (reminders, invoices). */
  mailKind?: MailKind;
  /** What that mail names beyond reference and link: a date, a place, what to bring. */
  details?: Omit<MailParams, 'link' | 'reference'>;
}

const KIND_OF_STATUS: Partial<Record<StoredRequest['status'], NotificationKind>> = {
  needs_info: 'question',
  completed: 'decision',
  rejected: 'decision',
  received: 'status',
  in_progress: 'status',
};

/**
 * The events in a request's history that the city made (a clerk or the routing worker, never the
 * citizen). Derived from the stored history, not from "what changed", so re-reading a document
 * after a restart, or by a second worker, yields the same ids: the outbox keeps each id once.
 */
export function requestEvents(doc: StoredRequest): NotificationEvent[] {
  if (doc.type !== 'request' || doc.deleted || !doc.owner) return [];
  return (doc.history ?? []).flatMap((entry) => {
    const kind = entry.actor !== 'citizen' ? KIND_OF_STATUS[entry.status] : undefined;
    if (!kind) return [];
    return [{ id: `${doc._id}:${entry.status}:${entry.at}`, kind, owner: doc.owner, requestId: doc._id, reference: doc.reference, at: entry.at }];
  });
}

/** A department's message in the Postfach (the citizen's own messages are no news to them). */
export function messageEvents(doc: StoredMessage, reference: string | undefined): NotificationEvent[] {
  if (doc.type !== 'message' || doc.from !== 'clerk' || !doc.owner) return [];
  return [{ id: `message:${doc._id}`, kind: 'message', owner: doc.owner, requestId: doc.requestId, reference, at: doc.createdAt }];
}
