import { useEffect, useState } from 'preact/hooks';
import type { MapInfo } from '../../../domain/maps';

/** What `/api/karte` says (whether there is a map, its attribution); null until known or when unreachable. */
export function useMapInfo(): MapInfo | null {
  const [info, setInfo] = useState<MapInfo | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/karte')
      .then((answer) => (answer.ok ? (answer.json() as Promise<MapInfo>) : null))
      .then((found) => live && setInfo(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return info;
}
