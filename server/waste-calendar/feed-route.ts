import { Router, type Request, type Response } from 'express';
import { findStreet } from '../../domain/places';
import { WERNE_CALENDAR, calendarFileName, parseWasteTypes, streetCalendar, streetCalendarTexts, todayInWerne, type WasteType } from '../../domain/waste-calendar';
import { LANGUAGES, translator, type Language } from '../http/i18n';

const ALLOWED_QUERY = new Set(['arten', 'sprache']);

/**
 * `GET /api/abfallkalender/<Straße>.ics?arten=papier,bio&sprache=en`: a street's pickups as a
 * calendar feed that calendar apps subscribe to (`webcal:`). Public data, no session; calendar
 * apps send no Accept-Language, so the language is part of the address.
 */
export function wasteFeedRoutes(now: () => Date = () => new Date()): Router {
  const router = Router();
  router.get('/:file', (req: Request, res: Response) => {
    const sprache = typeof req.query.sprache === 'string' ? req.query.sprache : 'de';
    const lng: Language = (LANGUAGES as readonly string[]).includes(sprache) ? (sprache as Language) : 'de';
    const t = translator(lng);
    const refuse = (status: number, code: string, field?: string) =>
      res.status(status).json({ error: code, message: t(`waste:apiErrors.${code}`), ...(field ? { problems: [{ field, code }] } : {}) });

    const unknown = Object.keys(req.query).find((k) => !ALLOWED_QUERY.has(k));
    if (unknown) return refuse(400, 'unknown_parameter', unknown);
    if (req.query.sprache !== undefined && !(LANGUAGES as readonly string[]).includes(String(req.query.sprache))) {
      return refuse(400, 'unknown_parameter', 'sprache');
    }
    let types: WasteType[] | undefined;
    if (req.query.arten !== undefined) {
      types = typeof req.query.arten === 'string' ? parseWasteTypes(req.query.arten) : undefined;
      if (!types) return refuse(400, 'invalid_types', 'arten');
    }
    const match = /^(.+)\.ics$/.exec(String(req.params.file));
    const street = match ? findStreet(match[1]) : undefined;
    if (!street) return refuse(404, 'unknown_street', 'street');

    const at = now();
    const today = todayInWerne(at);
    // DTSTAMP at the start of the day: the same file all day long, so ETag and 304 work.
    const ics = streetCalendar(
      WERNE_CALENDAR,
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
