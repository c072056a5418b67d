import { dueDateAfter } from '../../domain/payments/open-payment';
import type { Logger } from '../logger';
import type { Mailer } from '../mail';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';
import { FEE_REMINDER_DAYS, reminderEvents } from './reminder-events';
import { queueNotification } from './send-notification';

/** How often the worker looks for reminders that have become due. */
export const REMINDER_SCAN_MS = 10 * 60 * 1000;
const PAGE = 200;

export interface ReminderScan {
  /** One look at the store: queues every reminder due now; returns how many this call queued. */
  scan(): Promise<number>;
  stop(): Promise<void>;
}

export interface ReminderScanOptions {
  /** The clock, injectable so tests can stand on the day before a pickup. */
  now?: () => Date;
  intervalMs?: number;
  logger?: Logger;
}

async function findAll(store: Store, selector: Record<string, unknown>, index: string): Promise<StoredRequest[]> {
  const found: StoredRequest[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = (await store.requests.find({ selector, limit: PAGE, skip, use_index: index } as never)).docs as StoredRequest[];
    found.push(...page);
    if (page.length < PAGE) return found;
  }
}

/**
 * Time-based reminders, in the worker: the day before a pickup or an appointment, and before an
 * open fee's due date. Each scan asks the store for the few candidates (tomorrow's confirmed
 * slots, open fees due within the window) and queues their reminders under ids fixed by the
 * request and the date reminded of, so a second worker or a restart queues nothing twice
 * (send-notification.ts). Each candidate is read again just before queueing, so a pickup moved
 * or a fee paid meanwhile sends no stale reminder.
 */
export function startReminderScan(store: Store, mailer: Mailer, publicBase: () => string, options: ReminderScanOptions = {}): ReminderScan {
  const now = options.now ?? (() => new Date());
  let running: Promise<number> = Promise.resolve(0);
  const scanOnce = async (): Promise<number> => {
    const at = now();
    const tomorrow = dueDateAfter(at, 1);
    const candidates = [
      ...(await findAll(store, { confirmedSlot: { $gte: tomorrow, $lt: `${tomorrow}\uffff` } }, 'idx-by-confirmed-slot')),
      ...(await findAll(store, { 'payment.state': 'open', 'payment.dueDate': { $gte: dueDateAfter(at, 0), $lte: dueDateAfter(at, FEE_REMINDER_DAYS) } }, 'idx-by-payment-due')),
    ];
    let queued = 0;
    for (const id of new Set(candidates.map((d) => d._id))) {
      const fresh = (await store.requests.get(id).catch(() => undefined)) as StoredRequest | undefined;
      if (!fresh) continue;
      for (const event of reminderEvents(fresh, at)) if (await queueNotification(store, mailer, publicBase(), event)) queued++;
    }
    return queued;
  };
  // Scans never overlap: a slow store makes the next one wait, not run twice at once.
  const scan = () => (running = running.catch(() => 0).then(scanOnce));
  const tick = () => void scan().catch((err: unknown) => options.logger?.warn({ err: (err as Error).message }, 'reminder scan failed'));
  // 0: no timer, the caller scans (tests on an injected clock).
  const interval = options.intervalMs ?? REMINDER_SCAN_MS;
  const timer = interval > 0 ? setInterval(tick, interval) : undefined;
  timer?.unref();
  if (timer) tick();
  return {
    scan,
    async stop() {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
