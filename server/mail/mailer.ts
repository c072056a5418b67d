import type { Store } from '../store';
import { enqueueMail, type MailRequest } from './outbox';
import { sealingKey } from './seal';

/** What request handlers use to send mail: it only queues (outbox.ts), the worker sends. */
export interface Mailer {
  send(mail: MailRequest): Promise<string>;
  /** The sealing key, shared with the worker's sender. */
  key: Buffer;
}

export function createMailer(store: Store, secret: string): Mailer {
  const key = sealingKey(secret);
  return { key, send: (mail) => enqueueMail(store, key, mail) };
}
