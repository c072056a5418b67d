import express, { Router } from 'express';
import { requireRole } from '../auth';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';
import { CamtError } from '../payments/camt/camt053';
import type { Store } from '../store';
import { importStatement, listImports } from './statement-import';

/** A city's day statement is a few hundred KB; a month of a busy account a few MB. */
export const STATEMENT_MAX_BYTES = 10 * 1024 * 1024;
export const STATEMENT_TYPES = ['application/xml', 'text/xml'];

/**
 * The treasury (Stadtkasse) imports camt.053 bank statements and sees what is left to handle.
 * The statement is the request body itself (`Content-Type: application/xml`), not a multipart
 * form: no form parser is needed, and no cross-site HTML form can send XML (CSRF).
 * The file's name may come along in `X-File-Name` (URI-encoded).
 */
export function kasseRoutes(store: Store): Router {
  const router = Router();
  router.use(requireRole('treasury'));

  router.post('/kontoauszuege', express.text({ type: STATEMENT_TYPES, limit: STATEMENT_MAX_BYTES }), async (req, res) => {
    const t = translator(requestLanguage(req));
    if (!req.is(STATEMENT_TYPES)) throw new HttpError(415, 'xml_required', [], 'kasse:apiErrors.xml_required');
    const xml = typeof req.body === 'string' ? req.body : '';
    let fileName: string | undefined;
    try {
      fileName = req.get('X-File-Name') ? decodeURIComponent(req.get('X-File-Name')!) : undefined;
    } catch {
      fileName = undefined;
    }
    try {
      const result = await importStatement(store, xml, { id: req.user!.id, name: req.user!.name }, fileName);
      res.status(result.duplicate ? 200 : 201).json(result);
    } catch (err) {
      if (!(err instanceof CamtError)) throw err;
      const { code, ...params } = err.problem;
      throw new HttpError(
        400,
        'invalid_statement',
        [{ field: 'statement', code, message: t(`kasse:problems.${code}`, params) }],
        'kasse:apiErrors.invalid_statement',
      );
    }
  });

  router.get('/kontoauszuege', async (_req, res) => {
    res.json(await listImports(store));
  });

  return router;
}
