import type { NextFunction, Request, Response, Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { isFundCategory, toPublicFoundItem, validateFoundItemInput, type FoundItemInput } from '../../domain/fundsachen';
import { requireRole } from '../auth';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';
import type { Store } from '../store';
import { allItems, availableItems, createFoundItem } from './found-items';
import { lostReportsLike, routedClaims } from './lost-reports';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Only the Fundbüro's clerks: other departments and citizens are refused, strangers asked to log in. */
function fundbueroClerk(req: Request, res: Response, next: NextFunction) {
  requireRole('clerk')(req, res, (err?: unknown) => {
    if (err) return next(err);
    if (req.user!.department !== 'fundbuero') return next(new HttpError(403, 'forbidden'));
    next();
  });
}

/**
 * The Fundbüro's found items: the public list (no login, only the allow-listed fields) and the
 * clerks' entry and overview.
 */
export function fundsachenRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/fundsachen');

  route(api('fundsachen.list'), async (_input, _req, res) => {
    const items = (await availableItems(store)).map(toPublicFoundItem);
    res.json({ items, asOf: new Date().toISOString() } satisfies ResponseOf<'fundsachen.list'>);
  });

  route(api('fundsachen.overview'), async (_input, _req, res) => {
    const [items, claims] = await Promise.all([allItems(store), routedClaims(store)]);
    const numbers = new Set(items.map((i) => i.number));
    res.json({
      items: items.map(({ createdBy: _c, ...item }) => ({ ...item, claims: claims.filter((c) => c.itemNumber === item.number) })),
      // A claim whose number names no item (mistyped on the number page): the clerk must still see it.
      unmatchedClaims: claims.filter((c) => !numbers.has(c.itemNumber)),
    } satisfies ResponseOf<'fundsachen.overview'>);
  }, fundbueroClerk);

  route(
    api('fundsachen.lostReports'),
    async ({ query }, _req, res) => {
      const category = query.category;
      if (!isFundCategory(category)) throw new HttpError(400, 'validation_failed', [{ field: 'category', code: 'invalid' }]);
      res.json({ reports: await lostReportsLike(store, category) } satisfies ResponseOf<'fundsachen.lostReports'>);
    },
    fundbueroClerk,
  );

  route(api('fundsachen.create'), async ({ body }, req, res) => {
    if (typeof body.id !== 'string' || !UUID.test(body.id)) throw new HttpError(400, 'validation_failed', [{ field: 'id', code: 'invalid' }]);
    const input: Partial<FoundItemInput> = {
      category: body.category,
      description: body.description,
      place: body.place,
      foundOn: body.foundOn,
      storageNumber: body.storageNumber,
    };
    const errors = validateFoundItemInput(input);
    if (errors.length) {
      const t = translator(requestLanguage(req));
      const problems = errors.map((e) => ({ field: e.field, code: e.code, message: t(`fundsachen-liste:clerk.errors.${e.field}.${e.code}`, e.params ?? {}) }));
      throw new HttpError(400, 'validation_failed', problems);
    }
    const item = await createFoundItem(store, body.id, input as FoundItemInput, req.user!.id);
    const matches = await lostReportsLike(store, item.category);
    res.status(201).json({ item, matches } satisfies ResponseOf<'fundsachen.create'>);
  }, fundbueroClerk);

  return router;
}

