import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Props = { position: string };

/** The place map's code (component, Leaflet, styles) loads only for a case that has a position. */
export function LazyPlaceMap(props: Props) {
  const [Map, setMap] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./PlaceMap').then((m) => live && setMap(() => m.PlaceMap));
    return () => {
      live = false;
    };
  }, []);
  return Map ? <Map {...props} /> : null;
}
