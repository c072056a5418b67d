import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
// Only this page needs the map's frame and pin: they come with the map's code.
import './MapPicker.css';
import { TILE_PATH, type MapInfo } from '../../../domain/maps';

export interface PickerMap {
  /** Moves the map so that this point is under the pin (after the field was typed in). */
  show(lat: number, lon: number): void;
  remove(): void;
}

interface Options {
  info: MapInfo;
  start: { lat: number; lon: number };
  zoomIn: string;
  zoomOut: string;
  /** The point under the pin, after every move (drag, click, arrow keys, zoom). */
  onMove(lat: number, lon: number): void;
}

/**
 * Leaflet (≈ 40 KB gzip, loaded only on this page) draws the tiles and does dragging, zoom and
 * the keyboard (arrow keys pan, + and − zoom, when the map has focus). The chosen point is the
 * map's centre, under a fixed pin: moving the map by any means moves the point, so keyboard
 * users choose exactly as mouse users do. Leaflet sets positions through the CSSOM, which the
 * CSP (no inline style attributes or elements) allows.
 */
export function createPickerMap(element: HTMLElement, options: Options): PickerMap {
  const map = L.map(element, {
    center: [options.start.lat, options.start.lon],
    zoom: 16,
    maxZoom: options.info.maxZoom,
    zoomControl: false,
    keyboard: true,
  });
  map.attributionControl.setPrefix(false);
  L.control.zoom({ zoomInTitle: options.zoomIn, zoomOutTitle: options.zoomOut }).addTo(map);
  L.tileLayer(TILE_PATH, { attribution: options.info.attribution, maxZoom: options.info.maxZoom }).addTo(map);
  map.on('click', (event: L.LeafletMouseEvent) => map.panTo(event.latlng));
  map.on('moveend', () => {
    const centre = map.getCenter();
    options.onMove(centre.lat, centre.lng);
  });
  return {
    show(lat, lon) {
      const centre = map.getCenter();
      if (Math.abs(centre.lat - lat) < 1e-5 && Math.abs(centre.lng - lon) < 1e-5) return;
      map.setView([lat, lon], map.getZoom(), { animate: false });
    },
    remove: () => map.remove(),
  };
}
