import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n';

/**
 * The GiroCode (EPC069-12 QR) as an image. The qrcode package loads only here, on the invoice
 * page, so it never weighs on the first visit's bundle. The alternative text says what the code
 * is for; the same data stands as text next to it for those who cannot scan.
 */
export function GiroCode({ payload, alt }: { payload: string; alt: string }) {
  const t = useT();
  const [src, setSrc] = useState<string | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void import(/* webpackChunkName: "qrcode" */ 'qrcode')
      // EPC069-12 asks for error correction level M.
      .then((qr) => qr.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, width: 240 }))
      .then((url) => {
        if (!cancelled) setSrc(url);
      });
    return () => {
      cancelled = true;
    };
  }, [payload]);
  if (!src) return <p>{t('payments:invoice.qrLoading')}</p>;
  return <img class="girocode" src={src} alt={alt} width={240} height={240} />;
}
