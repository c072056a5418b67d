import { expect } from '@playwright/test';
import { E2E_MAILBOX_URL } from '../playwright.config';

/** The portal's development mailbox (DEV_MAILBOX_PORT in playwright.config.ts): its mails as JSON. */
export const MAILBOX_URL = E2E_MAILBOX_URL;

export interface CaughtMail {
  id: number;
  to: string[];
  subject: string;
  text: string;
  links: string[];
}

async function mails(): Promise<CaughtMail[]> {
  const res = await fetch(`${MAILBOX_URL}/messages.json`);
  return (await res.json()) as CaughtMail[];
}

/** Waits for the newest mail to `to` whose subject matches (newer than `afterId`), as a person waits for it in their inbox. */
export async function mailTo(to: string, subject: RegExp, afterId = 0): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(async () => {
      found = (await mails()).filter((m) => m.id > afterId && m.to.includes(to.toLowerCase()) && subject.test(m.subject)).at(-1);
      return Boolean(found);
    }, { timeout: 20_000, message: `a mail to ${to} (${subject})` })
    .toBe(true);
  return found!;
}

export async function lastMailId(): Promise<number> {
  return (await mails()).at(-1)?.id ?? 0;
}

/** The mails to `to` that have arrived so far (newer than `afterId`), without waiting. */
export async function mailsSoFar(to: string, afterId = 0): Promise<CaughtMail[]> {
  return (await mails()).filter((m) => m.id > afterId && m.to.includes(to.toLowerCase()));
}
