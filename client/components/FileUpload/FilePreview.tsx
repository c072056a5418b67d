import { useEffect, useState } from 'preact/hooks';
import { readBlob, type DeviceFile } from '../../data/files/file-store';
import { useT } from '../../i18n/i18n';

/** Types every browser draws in an <img>; HEIC and PDF get no picture, only their name. */
const DRAWABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export function canPreview(file: Pick<DeviceFile, 'type'>): boolean {
  return DRAWABLE.has(file.type);
}

/**
 * A picture of the chosen photo, from this device's file store (so it shows offline and after a
 * reload), for the citizen to see that the meter or the damage is legible. Its alt text names the
 * file: a screen reader user hears which photo it is; the name is also written beside it.
 */
export function FilePreview({ file }: { file: Pick<DeviceFile, 'id' | 'name' | 'type'> }) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!canPreview(file)) return;
    let live = true;
    let made: string | null = null;
    readBlob(file.id)
      .then((blob) => {
        if (!live || !blob) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [file.id]);
  if (!url) return null;
  return <img class="file-list__preview" src={url} alt={t('files:preview', { name: file.name })} />;
}
