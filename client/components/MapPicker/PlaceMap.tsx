import { useEffect, useRef } from 'preact/hooks';
import { formatLatLon, parseLatLon } from '../../../domain/maps';
import { useT } from '../../i18n/i18n';
import { useMapInfo } from './use-map-info';
import { namespaceReady } from '../../i18n/namespace-texts';

/**
 * A report's place on the map, read-only (the clerk's case page). The map itself is hidden from
 * assistive technology: it shows nothing the caption below does not say.
 */
export function PlaceMap({ position }: { position: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const info = useMapInfo();
  const point = parseLatLon(position);

  useEffect(() => {
    if (!info?.available || !box.current || !point) return;
    let live = true;
    let map: { remove(): void } | null = null;
    void import('./leaflet-map').then(({ createPlaceMap }) => {
      if (live && box.current) map = createPlaceMap(box.current, info, point);
    });
    return () => {
      live = false;
      map?.remove();
    };
  }, [info?.available, point?.lat, point?.lon]);

  if (!point || !info?.available || !namespaceReady('map')) return null;
  return (
    <figure class="map-picker">
      <div class="map-picker__frame">
        <div ref={box} class="map-picker__map" aria-hidden="true" />
        <span class="map-picker__pin" aria-hidden="true" />
      </div>
      <figcaption class="map-picker__chosen">{t('map:reported', { position: formatLatLon(point.lat, point.lon) })}</figcaption>
    </figure>
  );
}
