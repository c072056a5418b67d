import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { startNotificationFollower, type NotificationFollower } from '.';
import { decideCase } from '../test-support/decide';

let portal: Portal;
let clerk: ApiClient;
const extra: NotificationFollower[] = [];

beforeAll(async () => {
  portal = await startTestPortal({ env: { MAIL_RETRY_SECONDS: '1' } });
  clerk = new ApiClient(portal.url);
  expect((await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
}, 120_000);
afterAll(async () => {
  await Promise.all(extra.map((f) => f.stop()));
  await portal?.stop();
});

const mailsTo = (email: string) => portal.mailbox!.mails().filter((m) => m.to.includes(email));
const act = (id: string, action: string, reason?: string) => clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action, ...(reason ? { reason } : {}), paymentOverride: 'Im Test ohne Zahlung' });

describe('notifications by mail', () => {
  it('mails a clerk’s question and decision exactly once, with two more workers following the same store and one restarted midway', async () => {
    // Two more followers, as a second worker whose lease overlapped would run them.
    extra.push(await startNotificationFollower(portal.store, portal.mailer, () => portal.url));
    extra.push(await startNotificationFollower(portal.store, portal.mailer, () => portal.url));
    const citizen = new ApiClient(portal.url);
    const { email } = await citizen.register('Nora Nachricht');
    await citizen.call('POST', '/api/profile', { profile: { language: 'en' } });
    const id = await citizen.sendRouted();
    const reference = (await citizen.current(id))!.reference!;

    expect((await act(id, 'start')).status).toBe(200);
    expect((await act(id, 'askForInfo', 'Bitte nennen Sie Ihre Telefonnummer 0171 geheim')).status).toBe(200);
    const question = await eventually(async () => mailsTo(email).find((m) => m.subject.includes(reference)), 20_000, 'the question mail');
    expect(question.subject).toBe(`A question about your request ${reference}`);
    expect(question.links).toEqual([`${portal.url}/antraege/${id}`]);
    // No case data beyond the reference: the clerk's question stays in the portal.
    expect(question.text).not.toContain('geheim');
    expect(question.html).not.toContain('geheim');

    // A worker restarted midway: its checkpoint lost, it reads the whole feed again.
    await extra.pop()!.stop();
    const checkpoint = await portal.store.requests.get('_local/notification-checkpoint');
    await portal.store.requests.insert({ ...checkpoint, seq: 0 });
    extra.push(await startNotificationFollower(portal.store, portal.mailer, () => portal.url));

    expect((await act(id, 'start')).status).toBe(200);
    expect((await decideCase(clerk, id, 'complete')).status).toBe(200);
    await eventually(async () => mailsTo(email).some((m) => m.subject.startsWith('A decision')), 20_000, 'the decision mail');
    await new Promise((r) => setTimeout(r, 3_000));
    // Exactly one of each, though three followers (and a restart) saw every change;
    // "in progress" is a status change, off unless asked for.
    expect(mailsTo(email).map((m) => m.subject).filter((s) => s.includes(reference)).sort()).toEqual([
      `A decision on your request ${reference}`,
      `A question about your request ${reference}`,
    ]);
  }, 90_000);

  it('follows each citizen’s choice per kind: decisions off, status changes on', async () => {
    const citizen = new ApiClient(portal.url);
    const { email } = await citizen.register('Otto Optout');
    expect((await citizen.call('POST', '/api/profile', { profile: { notifications: { decision: false, status: true } } })).status).toBe(200);
    expect((await citizen.call('POST', '/api/profile', { profile: { notifications: { gossip: true } } })).status).toBe(400);
    const id = await citizen.sendRouted();
    const reference = (await citizen.current(id))!.reference!;
    expect((await act(id, 'start')).status).toBe(200);
    expect((await decideCase(clerk, id, 'reject', 'Nicht zuständig')).status).toBe(200);
    // Routing's "received" and the clerk's "in progress" are status changes, the rejection a decision.
    await eventually(async () => mailsTo(email).filter((m) => m.subject.startsWith('Neuer Stand')).length >= 2 || undefined, 20_000, 'status mails');
    await new Promise((r) => setTimeout(r, 2_000));
    expect(mailsTo(email).filter((m) => m.subject.includes(reference)).map((m) => m.subject)).toEqual([
      `Neuer Stand zu Ihrem Antrag ${reference}`,
      `Neuer Stand zu Ihrem Antrag ${reference}`,
    ]);
  }, 90_000);

  it('mails a department’s message in the Postfach once to whoever asked for it, without its text; by default nothing', async () => {
    const asked = new ApiClient(portal.url);
    const { email } = await asked.register('Mira Mitteilung');
    expect((await asked.call('POST', '/api/profile', { profile: { notifications: { message: true } } })).status).toBe(200);
    const quiet = new ApiClient(portal.url);
    const { email: quietEmail } = await quiet.register('Quentin Ruhig');
    const id = await asked.sendRouted();
    const reference = (await asked.current(id))!.reference!;
    const quietId = await quiet.sendRouted();
    const quietReference = (await quiet.current(quietId))!.reference!;
    for (const caseId of [id, quietId]) {
      expect((await clerk.call('POST', `/api/clerk/requests/${caseId}/messages`, { text: 'Ihr Sperrmüll steht im Hof, Code 4711 geheim' })).status).toBe(201);
    }
    const mail = await eventually(async () => mailsTo(email).find((m) => m.subject === `Neue Nachricht zu Ihrem Antrag ${reference}`), 20_000, 'the message mail');
    expect(mail.links).toEqual([expect.stringContaining(`${portal.url}/antraege/${id}`)]);
    expect(mail.text).not.toContain('geheim');
    expect(mail.html).not.toContain('4711');
    await new Promise((r) => setTimeout(r, 2_000));
    expect(mailsTo(email).filter((m) => m.subject.startsWith('Neue Nachricht'))).toHaveLength(1);
    expect(mailsTo(quietEmail).filter((m) => m.subject.includes(quietReference))).toEqual([]);
  }, 90_000);
});
