import { randomUUID } from 'node:crypto';
import type { PaymentInformation, PaymentNotification } from '../provider';
import { SIGNATURE_HEADER, signBody } from '../webhook-signature';

export interface WebhookBehaviour {
  /** Share of notifications sent a second time (real providers deliver at least once). */
  duplicateRate: number;
  /** Each delivery waits a random 0…jitterMs first, so notifications may overtake each other. */
  jitterMs: number;
  /** First retry after this, doubling each time (capped at 30 s). */
  retryBaseMs: number;
  maxAttempts: number;
  /** Notifications are dropped on the floor (a lost webhook, for tests of reconciliation). */
  drop: boolean;
}

export const DEFAULT_WEBHOOK_BEHAVIOUR: WebhookBehaviour = { duplicateRate: 0.1, jitterMs: 50, retryBaseMs: 500, maxAttempts: 8, drop: false };

/**
 * Delivers signed notifications like a real provider: HMAC-SHA256 over the exact bytes sent,
 * retried with exponential backoff until the portal answers 2xx, sometimes twice, not
 * necessarily in order.
 */
export class WebhookSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];
  delivered = 0;
  failedAttempts = 0;

  constructor(
    private readonly secret: string,
    readonly behaviour: WebhookBehaviour,
    private readonly random: () => number = Math.random,
  ) {}

  send(url: string, payment: PaymentInformation): void {
    if (this.behaviour.drop || this.stopped) return;
    const notification: PaymentNotification = { eventId: randomUUID(), sentAt: new Date().toISOString(), payment: { ...payment } };
    const body = JSON.stringify(notification);
    this.schedule(url, body, 0, this.random() * this.behaviour.jitterMs);
    if (this.random() < this.behaviour.duplicateRate) this.schedule(url, body, 0, this.random() * this.behaviour.jitterMs * 2);
  }

  /** Resolves when no delivery is waiting or running (tests and the benchmark wait for it). */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    // Waiting deliveries are gone; running ones count themselves down when they return.
    this.inFlight -= this.timers.size;
    this.timers.clear();
    this.settle();
  }

  private schedule(url: string, body: string, attempt: number, delayMs: number): void {
    this.inFlight++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(url, body, attempt);
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt(url: string, body: string, attempt: number): Promise<void> {
    let ok = false;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: signBody(this.secret, body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      ok = res.ok;
    } catch {
      ok = false;
    }
    if (ok) this.delivered++;
    else {
      this.failedAttempts++;
      if (!this.stopped && attempt + 1 < this.behaviour.maxAttempts) {
        this.schedule(url, body, attempt + 1, Math.min(30_000, this.behaviour.retryBaseMs * 2 ** attempt));
      }
    }
    this.inFlight--;
    this.settle();
  }

  private settle(): void {
    if (this.inFlight > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
