import { districtName } from '../../../domain/places/streets';
import { nearestStreet } from '../../../domain/places/nearest-street';
import { useT } from '../../i18n/i18n';

/**
 * The street at the pin, in words: keyboard users moving the map with the arrow keys hear where
 * the pin now is. A polite status, so screen readers announce it when the street changes (an
 * unchanged text is not read again on every step); worked out on the device from the street
 * list, so nothing about the citizen's position leaves it.
 */
export function PinStreet({ id, point }: { id: string; point: { lat: number; lon: number } | null }) {
  const t = useT();
  const found = point && nearestStreet(point);
  return (
    <p class="map-picker__street" id={id} role="status">
      {point && (found ? t('map:nearestStreet', { street: found.street.name, district: districtName(found.street.district) }) : t('map:noStreet'))}
    </p>
  );
}
