import { useEffect, useState } from 'preact/hooks';
import type { RequestDoc } from '../../../domain/request/request-document';
import { ActionPictogram } from '../../easy-language/Pictogram';
import { useT } from '../../i18n/i18n';

/** Cache of documents the citizen keeps on the device; logout deletes every `bp-user*` cache. */
export const DOCUMENTS_CACHE = 'bp-user-documents';

/**
 * The Eingangsbestätigung, kept on the device: fetched once while online into the documents
 * cache, then offered from there (as a blob), so it opens without a connection too.
 */
export function ReceiptLink({ doc }: { doc: RequestDoc }) {
  const t = useT();
  const url = `/api/requests/${encodeURIComponent(doc.id)}/receipt.pdf`;
  const [href, setHref] = useState<string | undefined>(undefined);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    (async () => {
      if (typeof caches === 'undefined') return setHref(url);
      const cache = await caches.open(DOCUMENTS_CACHE);
      let response = await cache.match(url);
      if (!response) {
        const fresh = await fetch(url, { credentials: 'same-origin' });
        if (!fresh.ok) throw new Error(`receipt: ${fresh.status}`);
        await cache.put(url, fresh.clone());
        response = fresh;
      }
      objectUrl = URL.createObjectURL(await response.blob());
      if (cancelled) URL.revokeObjectURL(objectUrl);
      else setHref(objectUrl);
    })().catch(() => {
      if (!cancelled) setUnavailable(true);
    });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);

  if (!href) return unavailable ? <p>{t('messages:receiptOffline')}</p> : null;
  return (
    <p>
      <a href={href} download={`Eingangsbestaetigung-${doc.reference ?? doc.id}.pdf`} id="receipt-link">
        <ActionPictogram name="document" />
        {t('messages:receiptDownload')}
      </a>
    </p>
  );
}
