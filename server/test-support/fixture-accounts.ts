import { markEmailConfirmed } from '../auth/email';
import type { Store } from '../store';

/**
 * Test fixtures are confirmed accounts, as the demo accounts are: a test about routing or
 * payments registers a citizen and sends at once. The portals tests start are remembered here by
 * address, and `ApiClient.register` confirms through the same store function the confirmation
 * link uses. Tests of the confirmation itself use `registerUnconfirmed`.
 */
const stores = new Map<string, Store>();
/** Portals in another process (server/bench/start-server-process.ts): their development mailbox. */
const mailboxes = new Map<string, string>();

export function confirmFixtureAccountsOf(portal: { url: string; store: Store }): void {
  stores.set(portal.url, portal.store);
}

export function confirmFixtureAccountsByMail(portal: { url: string; mailboxUrl?: string }): void {
  if (portal.mailboxUrl) mailboxes.set(portal.url, portal.mailboxUrl);
}

/** Confirms a fixture account's address; false where the portal is none a test or benchmark started. */
export async function confirmFixtureAccount(baseUrl: string, user: { id: string; email: string }): Promise<boolean> {
  const store = stores.get(baseUrl);
  if (store) return markEmailConfirmed(store, user.id, user.email);
  const mailbox = mailboxes.get(baseUrl);
  if (!mailbox) return false;
  await confirmFromMailbox(mailbox, baseUrl, user.email);
  return true;
}

/**
 * Confirms an address the way its owner does, for a portal in another process: the link from the
 * confirmation mail in that portal's development mailbox, sent to the confirm endpoint.
 */
export async function confirmFromMailbox(mailboxUrl: string, baseUrl: string, email: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(`${mailboxUrl}/messages.json`)).json()) as { to: string[]; links: string[] }[];
    const link = mails.filter((m) => m.to.includes(email.toLowerCase())).flatMap((m) => m.links).find((l) => l.includes('/email-bestaetigen#'));
    if (link) {
      const res = await fetch(`${baseUrl}/api/auth/email/confirm`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: new URL(baseUrl).origin },
        body: JSON.stringify({ token: link.slice(link.indexOf('#') + 1) }),
      });
      if (res.status !== 200) throw new Error(`confirming ${email} failed: ${res.status} ${await res.text()}`);
      return;
    }
    if (Date.now() > deadline) throw new Error(`no confirmation mail to ${email} in ${mailboxUrl}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
