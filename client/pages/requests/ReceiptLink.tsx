import { useEffect, useState } from 'preact/hooks';
import type { RequestDoc } from '../../../domain/request/request-document';
import { ActionPictogram } from '../../easy-language/Pictogram';
import { useT } from '../../i18n/i18n';

/** Cache of documents the citizen keeps on the device; logout deletes every `bp-user*` cache. */
export const DOCUMENTS_CACHE = 'bp-user-documents';

interface KeptDocumentProps {
  /** The server's URL of the PDF; also the key in the documents cache. */
  url: string;
  filename: string;
  label: string;
  offlineText: string;
  id: string;
}

/**
 * A document kept on the device: fetched once while online into the documents cache, then
 * offered from there (as a blob), so it opens without a connection too.
 */
export function KeptDocumentLink({ url, filename, label, offlineText, id }: KeptDocumentProps) {
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
        if (!fresh.ok) throw new Error(`document: ${fresh.status}`);
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

  if (!href) return unavailable ? <p>{offlineText}</p> : null;
  return (
    <p>
      <a href={href} download={filename} id={id}>
        <ActionPictogram name="document" />
        {label}
      </a>
    </p>
  );
}

/** The Eingangsbestätigung, kept on the device. */
export function ReceiptLink({ doc }: { doc: RequestDoc }) {
  const t = useT();
  return (
    <KeptDocumentLink
      url={`/api/requests/${encodeURIComponent(doc.id)}/receipt.pdf`}
      filename={`Eingangsbestaetigung-${doc.reference ?? doc.id}.pdf`}
      label={t('messages:receiptDownload')}
      offlineText={t('messages:receiptOffline')}
      id="receipt-link"
    />
  );
}
