import { useEffect, useState } from 'preact/hooks';
import { fileStoreOpen, fileStoreVersion, getFiles } from './file-store';

/**
 * The names of files kept on this device, by id, so a check page can say "zaehler.png" instead
 * of "1 Datei". Files not on this device (another device's, a clerk's view) are simply absent.
 */
export function useFileNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const version = fileStoreVersion.value;
  const key = ids.join(',');
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    if (!ids.length || !fileStoreOpen()) return;
    getFiles(ids)
      .then((files) => current && setNames(new Map(files.map((f) => [f.id, f.name]))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [key, version]);
  return names;
}
