import { createHash } from 'node:crypto';
import { wantsNotification } from '../../domain/account/notification-kinds';
import { profileUiLanguage } from '../../domain/profile';
import { findActiveUserById } from '../auth';
import { enqueueMail, type Mailer, type MailKind } from '../mail';
import { isConflict, type Store } from '../store';
import type { NotificationEvent } from './notification-events';

const MAIL_KIND: Record<NotificationEvent['kind'], MailKind> = {
  question: 'notifyQuestion',
  decision: 'notifyDecision',
  message: 'notifyMessage',
  status: 'notifyStatus',
  fee: 'notifyStatus',
  reminder: 'notifyStatus',
};

/** The outbox id of an event's mail: fixed by the event, so a second queueing is refused by the store (409). */
export function notificationMailId(event: NotificationEvent): string {
  return `mail:notify-${createHash('sha256').update(event.id).digest('base64url')}`;
}

/**
 * Queues the mail for one event, once: the outbox document's id is the event's, so a restart or a
 * second worker that derives the same event again is refused by the store, and nothing is sent
 * twice. Only the reference number and a link travel (no case data); the recipient's language.
 * Returns whether this call queued it.
 */
export async function queueNotification(store: Store, mailer: Mailer, publicBase: string, event: NotificationEvent): Promise<boolean> {
  const user = await findActiveUserById(store, event.owner);
  if (!user || user.role !== 'citizen' || !wantsNotification(user.profile.notifications, event.kind)) return false;
  try {
    await enqueueMail(store, mailer.key, {
      id: notificationMailId(event),
      to: user.email,
      kind: event.mailKind ?? MAIL_KIND[event.kind],
      language: profileUiLanguage(user.profile) ?? 'de',
      params: { ...event.details, link: `${publicBase}/antraege/${event.requestId}`, ...(event.reference ? { reference: event.reference } : {}) },
    });
    return true;
  } catch (err) {
    if (isConflict(err)) return false;
    throw err;
  }
}
