import type { Portal } from '../portal';
import { eventually } from './api-client';

/** The newest mail to `to` whose subject matches, newer than mail `after`, once the portal's development mailbox caught it. */
export function mailTo(portal: Portal, to: string, subject: RegExp, after = 0) {
  return eventually(async () => portal.mailbox!.mails().filter((m) => m.to.includes(to) && subject.test(m.subject) && m.id > after).at(-1), 15_000, `a mail to ${to}`);
}

/** The one-time token in a mailed link (it rides in the fragment). */
export const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);

export const lastMailId = (portal: Portal) => portal.mailbox!.mails().at(-1)?.id ?? 0;
