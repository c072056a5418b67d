import { useEffect, useState } from 'preact/hooks';
import { NetworkError } from '../../api/api-client';
import { connected } from '../../data/sync-state';
import { fetchPayment, type InvoiceData } from './payments-api';

const POLL_MS = 2000;
const POLL_TRIES = 30;

/**
 * The fee's state as the server reports it. After the return from the provider the device's
 * synced copy may not have caught up yet, and the page must show what the server knows; while a
 * payment is pending (webhook not in yet) it asks again every two seconds for a minute.
 * `refresh` asks once more (after a page restored by the back button, after an error).
 */
export function useServerPayment(requestId: string, enabled: boolean) {
  const [data, setData] = useState<InvoiceData | undefined>(undefined);
  const [offline, setOffline] = useState(false);
  const [round, setRound] = useState(0);
  const online = connected.value;

  useEffect(() => {
    if (!enabled || !online) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const ask = async () => {
      try {
        const fresh = await fetchPayment(requestId);
        if (cancelled) return;
        setOffline(false);
        setData(fresh);
        if (fresh.payment.state === 'pending' && ++tries < POLL_TRIES) timer = setTimeout(ask, POLL_MS);
      } catch (error) {
        if (!cancelled && error instanceof NetworkError) setOffline(true);
      }
    };
    void ask();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [requestId, enabled, online, round]);

  return { data, offline: offline || !online, refresh: () => setRound((n) => n + 1) };
}
