import type { Router } from 'express';
import { api } from '../../domain/api';
import { findStreet } from '../../domain/places';
import { cityCalendar, calendarFileName, parseWasteTypes, streetCalendar, streetCalendarTexts, todayInWerne, type WasteType } from '../../domain/waste-calendar';
import { contractRouter } from '../http/contract';
import { LANGUAGES, translator, type Language } from '../http/i18n';

/**
 * `GET /api/abfallkalender/<Straße>.ics?arten=papier,bio&sprache=en`: a street's pickups as a
 * calendar feed that calendar apps subscribe to (`webcal:`). Public data, no session; calendar
 * apps send no Accept-Language, so the language is part of the address.
 */
export function wasteFeedRoutes(now: () => Date = () => new Date()): Router {
  const { router, route } = contractRouter('/api/abfallkalender');
  // An unknown query parameter never gets here: the contract's door refuses it by its name.
  route(api('wasteCalendar.feed'), ({ params, query }, _req, res) => {
    const sprache = query.sprache ?? 'de';
    const lng: Language = (LANGUAGES as readonly string[]).includes(sprache) ? (sprache as Language) : 'de';
    const t = translator(lng);
    const refuse = (status: number, code: string, field?: string, values?: Record<string, string>) =>
      res.status(status).json({ error: code, message: t(`waste:apiErrors.${code}`, values), ...(field ? { problems: [{ field, code }] } : {}) });

    if (query.sprache !== undefined && !(LANGUAGES as readonly string[]).includes(query.sprache)) {
      return refuse(400, 'unknown_parameter', 'sprache');
    }
    let types: WasteType[] | undefined;
    if (query.arten !== undefined) {
      types = parseWasteTypes(query.arten);
      if (!types) return refuse(400, 'invalid_types', 'arten');
    }
    const match = /^(.+)\.ics$/.exec(params.file);
    const street = match ? findStreet(match[1]) : undefined;
    if (!street) return refuse(404, 'unknown_street', 'street', { street: match ? match[1] : params.file });

    const at = now();
    const today = todayInWerne(at);
    // DTSTAMP at the start of the day: the same file all day long, so ETag and 304 work.
    const ics = streetCalendar(
      cityCalendar(),
      street.name,
      today,
      streetCalendarTexts(t, street.name),
      { types, now: new Date(`${today}T00:00:00Z`) },
    );
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${calendarFileName(street.name)}"`);
    // Public and the same for everyone; pickups change seldom, a calendar app polls a few times a day.
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.send(ics);
  });
  return router;
}
