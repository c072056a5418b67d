import { randomUUID } from 'node:crypto';
import type { Language } from '../http/i18n';
import type { Store } from '../store';
import { seal } from './seal';

/** The kinds of mail the portal sends; each has its texts under `mail:<kind>` in every language. */
export const MAIL_KINDS = ['passwordReset', 'passwordChanged', 'emailConfirm', 'existingAccount', 'emailChange', 'emailChangeNotice', 'notifyQuestion', 'notifyDecision', 'notifyMessage', 'notifyStatus', 'notifyFeeDue', 'notifyFeeReminder', 'notifyPickup', 'notifyAppointment', 'staffInvitation'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * What a mail's text may name: a link and its lifetime, a reference number, and for a reminder
 * the date, time and place with what to bring or put out. Nothing else of a case.
 */
export interface MailParams {
  link?: string;
  minutes?: number;
  hours?: number;
  reference?: string;
  /** YYYY-MM-DD, written out in the recipient's language. */
  date?: string;
  /** HH:MM, Werne's time. */
  time?: string;
  place?: string;
  /** A place the portal words itself (`ns:key`, e.g. the Bürgerbüro's), in the recipient's language, instead of `place`. */
  placeKey?: string;
  amountCents?: number;
  /** Text keys (`ns:key`) of a list, worded in the recipient's language (what to bring, what to put out). */
  items?: string[];
}

/** What is sealed until sending (seal.ts). */
export interface SealedMail {
  to: string;
  params: MailParams;
}

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/** One queued mail. `dueAt` is when the sender may next take it (a retry, or a claim that lapsed). */
export interface OutboxDoc {
  _id: string;
  _rev?: string;
  type: 'mail';
  kind: MailKind;
  language: Language;
  state: OutboxState;
  dueAt: string;
  createdAt: string;
  attempts: number;
  /** Address and link, sealed; removed once sent. */
  sealed?: string;
  claimedBy?: string;
  sentAt?: string;
  /** The last failure, without the address (server log and the sender's figures). */
  lastError?: string;
}

export interface MailRequest {
  /** A fixed outbox id (`mail:…`) for a mail that must be queued at most once (server/notifications). */
  id?: string;
  to: string;
  kind: MailKind;
  language: Language;
  params?: MailParams;
}

/**
 * Puts a mail into the outbox and returns at once: sending is the worker's (mail-sender.ts), so a
 * mail server that is slow or down never holds up a request, and a mail is never lost with it.
 */
export async function enqueueMail(store: Store, key: Buffer, mail: MailRequest, now = new Date()): Promise<string> {
  const doc: OutboxDoc = {
    _id: mail.id ?? `mail:${randomUUID()}`,
    type: 'mail',
    kind: mail.kind,
    language: mail.language,
    state: 'pending',
    dueAt: now.toISOString(),
    createdAt: now.toISOString(),
    attempts: 0,
    sealed: seal(key, { to: mail.to, params: mail.params ?? {} } satisfies SealedMail),
  };
  await store.outbox.insert(doc);
  return doc._id;
}
