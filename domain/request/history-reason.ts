/**
 * Reasons in a request's history are either words a clerk wrote (shown as written) or codes the
 * server set (`slotTaken`, `answered`), worded per language under `requests:historyReasons`.
 */
export const HISTORY_REASON_CODES = ['slotTaken', 'answered', 'slotLimitPersonDay', 'slotLimitAddressYear'] as const;

type Translate = (key: string) => string;

export function historyReasonText(t: Translate, reason: string): string {
  return (HISTORY_REASON_CODES as readonly string[]).includes(reason) ? t(`requests:historyReasons.${reason}`) : reason;
}
