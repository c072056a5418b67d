import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueDateAfter } from '../../domain/payments/open-payment';
import { candidateSlots, SLOT_POOLS } from '../../domain/slots';
import { werneTimeToInstant } from '../../domain/slots/appointment-time';
import { markPaid } from '../payments';
import type { Portal } from '../portal';
import { ApiClient, appointmentDraft, eventually, settled, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { startReminderScan, type ReminderScan } from '.';

let portal: Portal;
const scans: ReminderScan[] = [];

beforeAll(async () => {
  portal = await startTestPortal({ env: { MAIL_RETRY_SECONDS: '1' } });
}, 120_000);

afterAll(async () => {
  await Promise.all(scans.map((s) => s.stop()));
  await portal?.stop();
});

/** The notifications a person got (the address confirmation after registering aside). */
const mailsTo = (email: string) => portal.mailbox!.mails().filter((m) => m.to.includes(email) && !m.links.some((l) => l.includes('/email-bestaetigen')));
/** Noon in Werne, `days` before the date (YYYY-MM-DD). */
const dayBefore = (date: string, days = 1) => new Date(werneTimeToInstant(date, '12:00').getTime() - days * 86_400_000);
/** Two workers' scans on the same store, on the same clock, each run twice (a restart). */
async function twoWorkersScanAt(clock: Date): Promise<void> {
  const [a, b] = [0, 1].map(() => startReminderScan(portal.store, portal.mailer, () => portal.url, { now: () => clock, intervalMs: 0 }));
  scans.push(a, b);
  await Promise.all([a.scan(), b.scan(), a.scan(), b.scan()]);
}
/** Lets the sender deliver whatever was queued, and a second delivery of anything show. */
const settle = () => new Promise((r) => setTimeout(r, 3_000));

async function citizen(profile: Record<string, unknown>): Promise<{ client: ApiClient; email: string }> {
  const client = new ApiClient(portal.url);
  const { email } = await client.register('Rita Reminder');
  expect((await client.call('POST', '/api/profile', { profile })).status).toBe(200);
  return { client, email };
}

async function send(client: ApiClient, draft: ReturnType<typeof sperrmuellDraft>) {
  expect((await client.push([{ assumedMasterState: null, newDocumentState: submitted(draft) }])).status).toBe(200);
  const doc = await settled(client, draft.id);
  expect(doc.status).toBe('received');
  return doc;
}

describe('reminders from the worker', () => {
  it('the day before a pickup and an appointment, and before a fee is due: once each with two workers, in the recipient’s language', async () => {
    const { client, email } = await citizen({ language: 'en', notifications: { reminder: true, fee: true } });
    const pickup = await send(client, sperrmuellDraft({ answers: { ...sperrmuellDraft().answers, phone: '0171 999888', itemsOther: 'Omas geheimes Klavier', items: ['moebel', 'sonstiges'] } }));
    const pickupDate = pickup.confirmedSlot!;
    expect(pickup.payment?.state).toBe('open');

    // The invoice: mailed once from the changes feed when routing issues it.
    const invoice = await eventually(async () => mailsTo(email).find((m) => m.subject === `Fee for your request ${pickup.reference}`), 20_000, 'the invoice mail');
    expect(invoice.text).toContain('€');
    expect(invoice.links).toEqual([`${portal.url}/antraege/${pickup.id}`]);

    await twoWorkersScanAt(dayBefore(pickupDate));
    const reminder = await eventually(async () => mailsTo(email).find((m) => m.subject.startsWith('Your bulky waste is collected tomorrow')), 20_000, 'the pickup reminder');
    expect(reminder.subject).toContain(pickup.reference!);
    expect(reminder.text).toContain(`${pickup.answers.street} ${pickup.answers.houseNumber}, 59368`);
    expect(reminder.text).toContain('- Furniture');
    expect(reminder.html).toContain('<li>Furniture</li>');
    expect(reminder.links).toEqual([`${portal.url}/antraege/${pickup.id}`]);
    // Nothing of the case beyond date, place and the categories: no phone, no free text.
    for (const secret of ['0171', 'Klavier']) expect(reminder.text + reminder.html).not.toContain(secret);

    const slot = candidateSlots(SLOT_POOLS.buergerbuero, new Date())[7];
    const appointment = await send(client, appointmentDraft(slot));
    await twoWorkersScanAt(dayBefore(slot.slice(0, 10)));
    const tomorrow = await eventually(async () => mailsTo(email).find((m) => m.subject.startsWith('Your appointment')), 20_000, 'the appointment reminder');
    expect(tomorrow.subject).toContain(appointment.reference!);
    // The Bürgerbüro's place in the recipient's language, its address from the city configuration.
    expect(tomorrow.text).toContain(`at ${slot.slice(11)}: Citizens' office (Bürgerbüro) in the town hall, Konrad-Adenauer-Platz 1`);
    expect(tomorrow.text).toContain('Please bring:');
    expect(tomorrow.text).toContain('biometric');

    const due = pickup.payment!.dueDate;
    await twoWorkersScanAt(dayBefore(due, 2));
    await eventually(async () => mailsTo(email).some((m) => m.subject.startsWith('Reminder: fee')), 20_000, 'the fee reminder');
    // Scanning again, later the same day and the next: nothing new.
    await twoWorkersScanAt(dayBefore(due, 1));
    await settle();
    expect(mailsTo(email).map((m) => m.subject).sort()).toEqual([
      `Fee for your request ${pickup.reference}`,
      `Reminder: fee for your request ${pickup.reference}`,
      `Your appointment at the citizens' office tomorrow (${appointment.reference})`,
      `Your bulky waste is collected tomorrow (${pickup.reference})`,
    ]);
  }, 120_000);

  it('sends no stale reminder: a withdrawn pickup, a moved appointment, a paid fee', async () => {
    const { client, email } = await citizen({ language: 'de', notifications: { reminder: true, fee: true } });
    const withdrawnPickup = await send(client, sperrmuellDraft());
    const paidPickup = await send(client, sperrmuellDraft());
    const slots = candidateSlots(SLOT_POOLS.buergerbuero, new Date());
    const [from, to] = [slots.find((s) => s.startsWith(dueDateAfter(new Date(), 3)))!, slots.at(-1)!];
    const appointment = await send(client, appointmentDraft(from ?? slots[10]));
    const oldSlot = appointment.confirmedSlot!;

    const withdrawn = { ...withdrawnPickup, status: 'withdrawn' as const, updatedAt: new Date().toISOString() };
    expect((await client.push([{ assumedMasterState: withdrawnPickup, newDocumentState: withdrawn }])).body.conflicts).toEqual([]);
    expect((await client.call('POST', `/api/termine/${appointment.id}/verlegen`, { slot: to })).status).toBe(200);
    expect((await markPaid(portal.store, paidPickup.id, { method: 'transfer', paidCents: paidPickup.payment!.amountCents })).outcome).toBe('changed');

    await twoWorkersScanAt(dayBefore(withdrawnPickup.confirmedSlot!));
    await twoWorkersScanAt(dayBefore(paidPickup.payment!.dueDate, 2));
    await twoWorkersScanAt(dayBefore(oldSlot.slice(0, 10)));
    await settle();
    // Only the invoices went out (from the feed, when routing issued them).
    const subjects = mailsTo(email).map((m) => m.subject);
    expect(subjects.filter((s) => s.startsWith('Gebühr für'))).toHaveLength(2);
    expect(subjects.filter((s) => s.startsWith('Erinnerung') || s.startsWith('Ihr Termin') || (s.startsWith('Morgen') && s.includes(withdrawnPickup.reference!)))).toEqual([]);
    // The paid pickup is still collected, so its day's reminder is not stale: it goes out when a
    // scan above fell on the day before it. Which day it got depends on the capacity the other
    // test files on the shared store used (a fresh-clone run once gave both pickups one day).
    const scanned = [dayBefore(withdrawnPickup.confirmedSlot!), dayBefore(paidPickup.payment!.dueDate, 2), dayBefore(oldSlot.slice(0, 10))].map((d) => d.getTime());
    const paidDayScanned = scanned.includes(dayBefore(paidPickup.confirmedSlot!).getTime());
    expect(subjects.filter((s) => s.startsWith('Morgen') && s.includes(paidPickup.reference!))).toHaveLength(paidDayScanned ? 1 : 0);
    // The moved appointment is reminded of on its new day.
    await twoWorkersScanAt(dayBefore(to.slice(0, 10)));
    await eventually(async () => mailsTo(email).some((m) => m.subject.startsWith('Ihr Termin im Bürgerbüro morgen')), 20_000, 'the moved appointment’s reminder');
  }, 120_000);

  it('honours the opt-out: reminders and fee mails off by default, each switch its own', async () => {
    const { client: quiet, email: quietEmail } = await citizen({ language: 'tr' });
    const { client: feesOnly, email: feesEmail } = await citizen({ language: 'uk', notifications: { fee: true, reminder: false } });
    const a = await send(quiet, sperrmuellDraft());
    const b = await send(feesOnly, sperrmuellDraft());
    await twoWorkersScanAt(dayBefore(a.confirmedSlot!));
    await twoWorkersScanAt(dayBefore(b.confirmedSlot!));
    await twoWorkersScanAt(dayBefore(a.payment!.dueDate, 2));
    await eventually(async () => mailsTo(feesEmail).length >= 2 || undefined, 20_000, 'the fee mails');
    await settle();
    expect(mailsTo(quietEmail)).toEqual([]);
    expect(mailsTo(feesEmail).map((m) => m.subject).sort()).toEqual([`Нагадування: плата за вашу заяву ${b.reference}`, `Плата за вашу заяву ${b.reference}`]);
  }, 120_000);
});
