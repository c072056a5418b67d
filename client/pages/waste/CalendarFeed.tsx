import type { Street } from '../../../domain/places';
import { WASTE_TYPES, type WasteType } from '../../../domain/waste-calendar';
import { language, useT } from '../../i18n/i18n';

/** The server's feed for a street, in the page's language and with the chosen bins. */
export function feedPath(street: string, types: readonly WasteType[], lng: string): string {
  const params = new URLSearchParams();
  if (types.length < WASTE_TYPES.length) params.set('arten', types.join(','));
  if (lng !== 'de') params.set('sprache', lng);
  const query = params.toString();
  return `/api/abfallkalender/${encodeURIComponent(street)}.ics${query ? `?${query}` : ''}`;
}

/**
 * Subscribing: a `webcal:` link opens the calendar app, which then polls the feed by itself; the
 * https address beside it is for apps that ask for one (a read-only field, so it can be copied).
 */
export function CalendarFeed({ street, types }: { street: Street; types: readonly WasteType[] }) {
  const t = useT();
  const path = feedPath(street.name, types, language.value);
  const https = `${location.origin}${path}`;
  const webcal = https.replace(/^https?:/, 'webcal:');
  return (
    <>
      <h3 class="heading-m">{t('waste:feed.title')}</h3>
      <p>{t('waste:feed.text')}</p>
      <p>
        <a href={webcal} id="waste-feed-link">
          {t('waste:feed.link', { street: street.name })}
        </a>
      </p>
      <div class="form-group">
        <label class="label" for="waste-feed-address">
          {t('waste:feed.address')}
        </label>
        <input class="input" id="waste-feed-address" type="text" readOnly value={https} dir="ltr" spellcheck={false} />
      </div>
    </>
  );
}
