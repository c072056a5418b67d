import { useEffect, useRef } from 'preact/hooks';
import { mapStart, formatLatLon, parseLatLon } from '../../../domain/maps';
import { useT } from '../../i18n/i18n';
import { useMapInfo } from './use-map-info';
import { namespaceReady } from '../../i18n/namespace-texts';
import type { PickerMap } from './leaflet-map';
import { NearbyReports } from './NearbyReports';
import { PinStreet } from './PinStreet';
import type { NearbyReport } from './nearby-reports-api';

interface Props {
  id: string;
  value: string;
  onPick(value: string): void;
}

/**
 * The map on the location question: an enhancement over the text field above it, which stays
 * the accessible way (and the only one when the portal has no map or the device is offline
 * before tiles were fetched). The map's code loads only here; the chosen point is written into
 * the field and shown as text below the map.
 */
export function MapPicker({ id, value, onPick }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<PickerMap | null>(null);
  const info = useMapInfo();
  const reports = useRef<NearbyReport[]>([]);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!info?.available || !box.current) return;
    let live = true;
    void import('./leaflet-map').then(({ createPickerMap }) => {
      if (!live || !box.current) return;
      map.current = createPickerMap(box.current, {
        info,
        start: parseLatLon(value) ?? mapStart(),
        zoomIn: t('map:zoomIn'),
        zoomOut: t('map:zoomOut'),
        onMove: (lat, lon) => pick.current(formatLatLon(lat, lon)),
      });
      map.current.showReports(reports.current);
    });
    return () => {
      live = false;
      map.current?.remove();
      map.current = null;
    };
  }, [info?.available]);

  // Typed or located in the field: the map follows.
  useEffect(() => {
    const point = parseLatLon(value);
    if (point) map.current?.show(point.lat, point.lon);
  }, [value]);

  // Its texts live in the lazy `map` namespace.
  if (!info?.available || !namespaceReady('map')) return null;
  const point = parseLatLon(value);
  return (
    <div class="map-picker">
      <p class="hint" id={`${id}-map-hint`}>
        {t('map:hint')}
      </p>
      <div class="map-picker__frame">
        <div ref={box} class="map-picker__map" role="application" aria-label={t('map:label')} aria-describedby={`${id}-map-hint ${id}-map-chosen ${id}-map-street`} />
        <span class="map-picker__pin" aria-hidden="true" />
      </div>
      <p class="map-picker__chosen" id={`${id}-map-chosen`}>
        {point ? t('map:chosen', { position: formatLatLon(point.lat, point.lon) }) : t('map:none')}
      </p>
      <PinStreet id={`${id}-map-street`} point={point} />
      <NearbyReports
        id={id}
        point={point ?? mapStart()}
        onReports={(found) => {
          reports.current = found;
          map.current?.showReports(found);
        }}
      />
    </div>
  );
}
