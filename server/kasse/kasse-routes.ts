import express, { type Request, type Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { appendAudit } from '../audit';
import { requireRole } from '../auth';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';
import { CamtError } from '../payments/camt/camt053';
import type { Store } from '../store';
import { closeLine, importStatement, LINE_NOTE_MAX, LineNotOpenError, listImports, type ImportResult } from './statement-import';
import { STATEMENT_MAX_BYTES } from '../../domain/payments/statement-limits';

/**
 * The treasury's imports and settled lines go to their own hash chain in the audit trail: the
 * Stadtkasse belongs to no department. Department ids are slugs starting with a letter.
 */
export const KASSE_AUDIT_CHAIN = '_kasse';

function auditKasse(store: Store, req: Request, action: string, detail: Record<string, string | number>) {
  return appendAudit(store, { department: KASSE_AUDIT_CHAIN, actorId: req.user!.id, actorName: req.user!.name, action, detail });
}

const counts = (r: ImportResult) => ({
  statements: r.statements.map((s) => s.statementId).join(', ').slice(0, 200),
  matched: r.matched.length,
  overpaid: r.overpaid.length,
  underpaid: r.underpaid.length,
  unmatched: r.unmatched.length,
});

export const STATEMENT_TYPES = ['application/xml', 'text/xml'];

/**
 * The treasury (Stadtkasse) imports camt.053 bank statements and sees what is left to handle.
 * The statement is the request body itself (`Content-Type: application/xml`), not a multipart
 * form: no form parser is needed, and no cross-site HTML form can send XML (CSRF).
 * The file's name may come along in `X-File-Name` (URI-encoded).
 */
export function kasseRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/kasse');
  router.use(requireRole('treasury'));

  route(
    api('kasse.import'),
    async ({ body }, req, res) => {
    const t = translator(requestLanguage(req));
    if (!req.is(STATEMENT_TYPES)) throw new HttpError(415, 'xml_required', [], 'kasse:apiErrors.xml_required');
    const xml = typeof body === 'string' ? body : '';
    let fileName: string | undefined;
    try {
      fileName = req.get('X-File-Name') ? decodeURIComponent(req.get('X-File-Name')!) : undefined;
    } catch {
      fileName = undefined;
    }
    try {
      const result = await importStatement(store, xml, { id: req.user!.id, name: req.user!.name }, fileName);
      await auditKasse(store, req, result.duplicate ? 'importStatementAgain' : 'importStatement', counts(result));
      res.status(result.duplicate ? 200 : 201).json(result satisfies ResponseOf<'kasse.import'>);
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
    },
    express.text({ type: STATEMENT_TYPES, limit: STATEMENT_MAX_BYTES }),
  );

  route(api('kasse.imports'), async (_input, _req, res) => {
    res.json((await listImports(store)) satisfies ResponseOf<'kasse.imports'>);
  });

  // A line left for manual handling is dealt with: `{ note }` says what was done.
  route(api('kasse.closeLine'), async ({ params, body }, req, res) => {
    const note = body.note?.trim() ?? '';
    if (!note || note.length > LINE_NOTE_MAX) {
      throw new HttpError(400, 'validation_failed', [{ field: 'note', code: note ? 'tooLong' : 'required', message: translator(requestLanguage(req))(`kasse:problems.note.${note ? 'tooLong' : 'required'}`) }]);
    }
    let line;
    try {
      line = await closeLine(store, params.id, { id: req.user!.id, name: req.user!.name }, note);
    } catch (err) {
      if (err instanceof LineNotOpenError) throw new HttpError(409, 'not_possible');
      throw err;
    }
    if (!line) throw new HttpError(404, 'not_found', [], 'kasse:apiErrors.line_not_found');
    await auditKasse(store, req, 'closeLine', { line: line._id, outcome: line.outcome, amountCents: line.amountCents });
    res.json({ line } satisfies ResponseOf<'kasse.closeLine'>);
  });

  return router;
}
