import type { Request, Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { isTourDay, tourCsv } from '../../domain/disposer/tour';
import { HttpError } from '../http/api-error';
import { contractRouter } from '../http/contract';
import { requestLanguage, translator } from '../http/i18n';
import type { Store } from '../store';
import type { DisposerCompany } from './companies';
import { callingCompany } from './key-auth';
import { markPickup } from './mark-pickup';
import { itemWords, tourPdf } from './tour-pdf';
import { loadTour } from './tour-list';

/**
 * The disposer's tour lists: JSON for its own system, CSV for a spreadsheet, PDF for the crew,
 * and the crew's report per pickup. A company sees only the districts it drives: any other is
 * answered 404, like a district that does not exist.
 */
export function disposerRoutes(store: Store, companies: readonly DisposerCompany[]): Router {
  const { router, route } = contractRouter('/api/entsorger');
  const tourOf = (req: Request, params: { day: string; district: string }) => {
    const company = callingCompany(req, companies);
    if (!isTourDay(params.day)) throw new HttpError(400, 'validation_failed', [{ field: 'day', code: 'format' }], 'disposer:apiErrors.invalid_day');
    if (!company.districts.includes(params.district)) throw new HttpError(404, 'not_found', [], 'disposer:apiErrors.not_your_district');
    return { day: params.day, district: params.district, company: company.id };
  };
  route(api('disposer.tour'), async ({ params }, req, res) => {
    const tour = tourOf(req, params);
    res.json((await loadTour(store, tour.day, tour.district, tour.company)) satisfies ResponseOf<'disposer.tour'>);
  });
  route(api('disposer.tourCsv'), async ({ params }, req, res) => {
    const { day, district, company } = tourOf(req, params);
    const tour = await loadTour(store, day, district, company);
    const t = translator(requestLanguage(req));
    const readable = { ...tour, pickups: tour.pickups.map((p) => ({ ...p, items: [itemWords(t, p.items)].filter(Boolean), outcome: p.outcome && { ...p.outcome, state: t(`disposer:outcomes.${p.outcome.state}`) as never } })) };
    const header = ['reference', 'address', 'postcode', 'items', 'volume', 'phone', 'outcome', 'reason'].map((k) => t(`disposer:csv.${k}`) as string);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="Tour-${tour.day}-${tour.district}.csv"`);
    res.send(tourCsv(readable, header));
  });
  route(api('disposer.tourPdf'), async ({ params }, req, res) => {
    const { day, district, company } = tourOf(req, params);
    const tour = await loadTour(store, day, district, company);
    const language = requestLanguage(req);
    const pdf = await tourPdf(translator(language), language, tour);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="Tour-${tour.day}-${tour.district}.pdf"`);
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.send(Buffer.from(pdf));
  });
  route(api('disposer.mark'), async ({ params, body }, req, res) => {
    const tour = tourOf(req, params);
    const outcome = await markPickup(store, tour, params.id, body.outcome, body.reason);
    res.json({ id: params.id, outcome: { state: outcome.state, ...(outcome.reason ? { reason: outcome.reason } : {}), at: outcome.at } } satisfies ResponseOf<'disposer.mark'>);
  });
  return router;
}
