import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { followChanges, getOrNull, isConflict, type Store } from '../store';
import type { MailConfig } from './mail-config';
import type { OutboxDoc, SealedMail } from './outbox';
import { renderMail } from './render-mail';
import { unseal } from './seal';
import { isPermanentRefusal, smtpTransport } from './smtp-transport';

/** A claim not finished by then (a worker that died mid-send) is taken up again. */
const CLAIM_MS = 2 * 60_000;
const BATCH = 25;

export interface MailSender {
  /** One pass over the mail that is due now; resolves when it is done (tests). */
  pass(): Promise<void>;
  stop(): Promise<void>;
}

export function retryDelay(attempts: number, config: Pick<MailConfig, 'retryBaseMs' | 'retryMaxMs'>): number {
  return Math.min(config.retryBaseMs * 2 ** Math.max(0, attempts - 1), config.retryMaxMs);
}

/**
 * Sends the outbox, in the worker (one active at a time under the lease). Each mail is claimed
 * with its `_rev` before it is sent and the claim read back, so of two workers that race (a lease
 * that lapsed under a partition) only one sends it. A failure puts the mail back with a growing
 * delay; the mail stays in the store until a server has taken it.
 */
export async function startMailSender(store: Store, config: MailConfig & { smtpUrl: string }, key: Buffer, logger?: Logger): Promise<MailSender> {
  const transport = smtpTransport(config.smtpUrl, config.smtpCa);
  const me = randomUUID();
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let queued = false;

  const claim = async (doc: OutboxDoc, now: Date): Promise<OutboxDoc | undefined> => {
    // The query's index can lag behind the documents it returns: a mail another worker claimed (or
    // sent) a moment ago comes back as it is now. Measured: without this check both workers sent it.
    const claimable = doc.state === 'pending' || (doc.state === 'sending' && doc.dueAt <= now.toISOString());
    if (!claimable || doc.dueAt > now.toISOString()) return undefined;
    const claimed: OutboxDoc = { ...doc, state: 'sending', claimedBy: me, dueAt: new Date(now.getTime() + CLAIM_MS).toISOString() };
    try {
      const written = await store.outbox.insert(claimed);
      claimed._rev = written.rev;
    } catch (err) {
      if (isConflict(err)) return undefined;
      throw err;
    }
    // On a cluster an accepted write is not yet a win: only the revision the store shows counts.
    const winner = await getOrNull<OutboxDoc>(store.outbox, doc._id);
    return winner?.claimedBy === me && winner._rev === claimed._rev ? claimed : undefined;
  };

  const sendOne = async (doc: OutboxDoc) => {
    const now = new Date();
    const claimed = await claim(doc, now);
    if (!claimed || !claimed.sealed) return;
    let next: OutboxDoc;
    try {
      const { to, params } = unseal<SealedMail>(key, claimed.sealed);
      const mail = renderMail(claimed.kind, claimed.language, params);
      // The outbox id as Message-ID: a receiving server can tell a resend after a crash from new mail.
      await transport.sendMail({ from: config.from, to, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<${claimed._id.slice(5)}@buergerportal>` });
      const { sealed: _dropped, lastError: _e, ...rest } = claimed;
      next = { ...rest, state: 'sent', attempts: claimed.attempts + 1, sentAt: new Date().toISOString() };
    } catch (err) {
      const attempts = claimed.attempts + 1;
      const permanent = isPermanentRefusal(err);
      const message = (err as Error).message.replace(/[^\s<>]+@[^\s<>]+/g, '<address>').slice(0, 300);
      logger?.warn({ mail: claimed._id, kind: claimed.kind, attempts, permanent, err: message }, permanent ? 'mail refused for good' : 'mail not sent; retried later');
      next = permanent
        ? { ...claimed, state: 'failed', attempts, lastError: message, sealed: undefined }
        : { ...claimed, state: 'pending', attempts, lastError: message, dueAt: new Date(Date.now() + retryDelay(attempts, config)).toISOString() };
    }
    const { claimedBy: _c, ...unclaimed } = next;
    // A store that hiccups right after a send must not leave the mail claimed: it would be sent
    // again once the claim lapses. A few tries before giving up to that.
    for (let attempt = 1; ; attempt++) {
      try {
        await store.outbox.insert(unclaimed);
        return;
      } catch (err) {
        if (isConflict(err) || attempt >= 4) throw err;
        await new Promise((r) => setTimeout(r, 250 * attempt));
      }
    }
  };

  const due = async (): Promise<OutboxDoc[]> => {
    const now = new Date().toISOString();
    const byState = async (state: 'pending' | 'sending') =>
      (await store.outbox.find({ selector: { state, dueAt: { $lte: now } }, limit: BATCH, use_index: 'idx-by-due' } as never)).docs as OutboxDoc[];
    return [...(await byState('pending')), ...(await byState('sending'))];
  };

  const runPass = async () => {
    queued = false;
    for (let full = true; full && !stopped; ) {
      try {
        const docs = await due();
        for (const doc of docs) {
          if (stopped) return;
          await sendOne(doc);
        }
        full = docs.length >= BATCH;
      } catch (err) {
        logger?.warn({ err: (err as Error).message }, 'mail pass failed');
        full = false;
      }
    }
  };

  const pass = () => {
    // Passes never overlap, and many wake-ups while one runs make one more pass, not many.
    if (!queued) {
      queued = true;
      running = running.then(runPass);
    }
    return running;
  };

  const info = (await store.outbox.info()) as { update_seq: string | number };
  const feed = followChanges(store, { db: store.names.outbox, since: info.update_seq, logger, onBatch: async () => void pass() });
  const timer = setInterval(() => void pass(), config.pollMs);
  timer.unref();
  void pass();
  return {
    pass,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await feed.stop();
      await running;
      transport.close();
    },
  };
}
