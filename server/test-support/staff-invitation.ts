import { expect } from 'vitest';
import type { Portal } from '../portal';
import type { OutboxDoc } from '../mail';
import { unseal } from '../mail/seal';
import type { SealedMail } from '../mail/outbox';
import { ApiClient, eventually } from './api-client';
import { mailTo, tokenOf } from './portal-mailbox';

/**
 * The token of the newest invitation to `email`: from the development mailbox when this portal
 * sends mail, else from the queued mail itself (a portal without a worker only queues).
 */
export async function invitationToken(portal: Portal, email: string, after = 0): Promise<string> {
  if (portal.mailbox) return tokenOf((await mailTo(portal, email, /Einladung|Zugang|Invitation/, after)).links[0]!);
  return eventually(async () => {
    const { docs } = await portal.store.outbox.find({ selector: { type: 'mail', kind: 'staffInvitation' }, limit: 10_000 } as never);
    const mails = (docs as OutboxDoc[])
      .filter((d) => d.sealed)
      .map((d) => ({ at: d.createdAt, ...unseal<SealedMail>(portal.mailer.key, d.sealed!) }))
      .filter((m) => m.to === email.toLowerCase())
      .sort((a, b) => a.at.localeCompare(b.at));
    const link = mails.at(-1)?.params.link;
    return link ? tokenOf(link) : undefined;
  }, 15_000, `an invitation to ${email}`);
}

/** Creates a staff account as the administrator and takes up its invitation with `password`, as the invited person would. */
export async function createInvitedStaff(portal: Portal, admin: ApiClient, body: Record<string, unknown>, password = 'mein eigenes passwort') {
  const res = await admin.call('POST', '/api/admin/staff', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const account = res.body.account as { id: string; email: string; role: string; department?: string; active: boolean; invitationPending: boolean };
  const set = await new ApiClient(portal.url).call('POST', '/api/auth/password/invitation', { token: await invitationToken(portal, account.email), password });
  expect(set.status, JSON.stringify(set.body)).toBe(200);
  return { account, password };
}
