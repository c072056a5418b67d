/**
 * Reasons in a request's history are either words a clerk wrote (shown as written) or codes the
 * server set (`slotTaken`, `answered`), worded per language under `requests:historyReasons`.
 */
export const HISTORY_REASON_CODES = ['slotTaken', 'answered', 'slotLimitPersonDay', 'slotLimitAddressYear', 'pickupDone'] as const;

type Translate = (key: string) => string;

/** A pickup the disposer could not make: the code, then the crew's words (`pickupNotPossible:Nichts bereitgestellt`). */
export const PICKUP_NOT_POSSIBLE = 'pickupNotPossible:';

export function historyReasonText(t: Translate, reason: string): string {
  if (reason.startsWith(PICKUP_NOT_POSSIBLE)) return `${t('requests:historyReasons.pickupNotPossible')} ${reason.slice(PICKUP_NOT_POSSIBLE.length)}`;
  return (HISTORY_REASON_CODES as readonly string[]).includes(reason) ? t(`requests:historyReasons.${reason}`) : reason;
}
