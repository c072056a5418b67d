import type { Request, Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { serviceTitle } from '../documents/request-texts';
import { FINAL_STATUSES } from '../../domain/lifecycle/request-status';
import { chainDecisions, listAudit, verifyAudit } from '../audit';
import { findUserById, findUsersByIds, requireRole } from '../auth';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';
import { toDeviceDoc, type StoredRequest } from '../requests';
import type { Store } from '../store';
import { applyAction, audit, colleague, departmentRequest, readActionInput } from './case-actions';
import { addCaseMessageRoutes } from './case-messages-routes';
import { addDeskRoutes } from './desk-routes';
import { addNote, assign, listNotes, readAssignments, unassign, type Assignment } from './casework';
import { toCsv } from './inbox-csv';
import { adjustCounts, parseInboxQuery, recentCountByStatus, queryInbox, totalFromCounts, type InboxRow } from './inbox-query';
import { wordClerkProblems } from './clerk-problems';
import { paymentText } from './payment-text';
import { departmentStaff } from './staff';
import { decide, draftLetter, readDecision } from './decide';
import { bulkAction } from './bulk';
import { clearFollowUp, readFollowUpInput, readFollowUps, setFollowUp } from './follow-ups';
import { letterDigest } from '../documents';
import { DECISION_OUTCOMES } from '../../domain/decisions/decision-letter';

const CSV_MAX_ROWS = 10_000;

async function withCitizen(store: Store, doc: StoredRequest) {
  const [citizen, assignments, decision, followUps] = await Promise.all([
    findUserById(store, doc.owner),
    readAssignments(store, [doc._id]),
    readDecision(store, doc._id),
    readFollowUps(store, [doc._id]),
  ]);
  const { _deleted, ...request } = toDeviceDoc(doc);
  const assignment = assignments.get(doc._id);
  return {
    ...request,
    citizen: citizen ? { name: citizen.name, email: citizen.email } : null,
    assignee: assignment ? { id: assignment.assigneeId, name: assignment.assigneeName } : null,
    readOnly: FINAL_STATUSES.includes(doc.status),
    decision,
    followUp: followUps.get(doc._id) ?? null,
  };
}

/** The page's rows with the citizen's name, who works the case and its follow-up; assignments the query read already are not read again. */
async function describeRows(store: Store, rows: InboxRow[], known?: Map<string, Assignment>) {
  const [citizens, assignments, followUps] = await Promise.all([
    findUsersByIds(store, rows.map((r) => r.owner)),
    known ?? readAssignments(store, rows.map((r) => r.id)),
    readFollowUps(store, rows.map((r) => r.id)),
  ]);
  return rows.map(({ owner, ...row }) => ({
    ...row,
    citizenName: citizens.get(owner)?.name ?? null,
    assigneeName: assignments.get(row.id)?.assigneeName ?? null,
    followUpDate: followUps.get(row.id)?.date ?? null,
  }));
}

/** Closed requests are records: nothing more is added to them. */
function requireOpen(doc: StoredRequest) {
  if (FINAL_STATUSES.includes(doc.status)) throw new HttpError(409, 'invalid_transition', [{ field: 'status', code: 'archived' }]);
}

function text(body: unknown, field: string, max: number): string {
  const value = typeof body === 'string' ? body.trim() : '';
  if (!value) throw new HttpError(400, 'validation_failed', [{ field, code: 'required' }]);
  if (value.length > max) throw new HttpError(400, 'validation_failed', [{ field, code: 'tooLong' }]);
  return value;
}

/** The department's inbox, its cases, the clerk's decisions, internal notes and the audit trail. */
export function clerkRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/clerk');
  router.use(requireRole('clerk', 'lead'));
  const dept = (req: Request) => req.user!.department!;

  route(api('clerk.inbox'), async ({ query }, req, res) => {
    const filter = { ...parseInboxQuery(dept(req), query), assigneeId: req.user!.id };
    const [{ rows, hasNext, total, totalMoreThan, assignments }, counts] = await Promise.all([queryInbox(store, filter), recentCountByStatus(store, dept(req))]);
    const requests = await describeRows(store, rows, assignments);
    res.json({
      requests,
      page: filter.page,
      pageSize: filter.pageSize,
      hasNext,
      counts,
      total: totalMoreThan !== undefined ? null : (total ?? totalFromCounts(filter, counts)),
      ...(totalMoreThan !== undefined ? { totalMoreThan } : {}),
    } satisfies ResponseOf<'clerk.inbox'>);
  });

  route(api('clerk.inboxCsv'), async ({ query }, req, res) => {
    const filter = { ...parseInboxQuery(dept(req), query, CSV_MAX_ROWS), page: 1, pageSize: CSV_MAX_ROWS, assigneeId: req.user!.id };
    const found = await queryInbox(store, filter);
    const rows = await describeRows(store, found.rows, found.assignments);
    await audit(store, req, 'exportInbox', undefined, { rows: rows.length });
    const lng = requestLanguage(req);
    const t = translator(lng);
    const locale = lng === 'en' ? 'en-GB' : 'de-DE';
    const csv = toCsv(
      [...['reference', 'service', 'status', 'receivedAt', 'citizen', 'assignee'].map((k) => t(`clerk-api:csv.${k}`)), t('clerk-payments:column')],
      rows.map((r) => [
        r.reference,
        serviceTitle(t, r.serviceId),
        t(`common:statuses.${r.status}`),
        r.receivedAt,
        r.citizenName ?? '',
        r.assigneeName ?? '',
        paymentText(t, r.payment, locale),
      ]),
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="posteingang-${dept(req)}.csv"`);
    res.send(csv);
  });

  route(api('clerk.staff'), async (_input, req, res) => {
    res.json({ staff: await departmentStaff(store, dept(req)) } satisfies ResponseOf<'clerk.staff'>);
  });

  route(api('clerk.case'), async ({ params }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    await audit(store, req, 'read', doc);
    res.json({ request: await withCitizen(store, doc) } satisfies ResponseOf<'clerk.case'>);
  });

  route(api('clerk.action'), async ({ params, body }, req, res) => {
    const input = await readActionInput(store, body, dept(req));
    // Closing a case goes out as a letter the clerk has seen (clerk.decide), never as a bare status.
    if ((DECISION_OUTCOMES as readonly string[]).includes(input.action)) {
      throw new HttpError(400, 'decision_required', [{ field: 'action', code: 'decisionRequired' }], 'clerk-decisions:apiErrors.decision_required');
    }
    // The decision's audit record is stored with it (a start before payment with its reason);
    // chained now when the trail is free, else by the worker's follower — never a 500 here.
    const { doc, from } = await applyAction(store, req, params.id, input);
    adjustCounts(store, dept(req), from, -1);
    adjustCounts(store, doc.department!, doc.status, +1);
    await chainDecisions(store, [doc]).catch((err: unknown) => req.log?.warn?.({ err: (err as Error).message }, 'audit entry left to the worker'));
    // A forwarded case is the new department's to assign.
    if (input.action === 'forward') await unassign(store, doc._id);
    res.json({ request: await withCitizen(store, doc) });
  });

  route(api('clerk.decisionPreview'), async ({ params, body }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    const letter = await draftLetter(store, req, doc, body.outcome, body.text);
    res.json({ letter, digest: letterDigest(letter) } satisfies ResponseOf<'clerk.decisionPreview'>);
  });

  route(api('clerk.decide'), async ({ params, body }, req, res) => {
    const doc = await decide(store, req, params.id, body);
    await chainDecisions(store, [doc]).catch((err: unknown) => req.log?.warn?.({ err: (err as Error).message }, 'audit entry left to the worker'));
    res.json({ request: await withCitizen(store, doc) } satisfies ResponseOf<'clerk.decide'>);
  });

  route(api('clerk.assignment'), async ({ params, body }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    requireOpen(doc);
    const action = body.action;
    if (action === 'assignToMe') {
      await assign(store, doc._id, req.user!);
    } else if (action === 'assign') {
      const other = await colleague(store, req, body.assigneeId);
      // Taking a case is everyone's; handing one to someone else is the lead's (reassign).
      if (other.id !== req.user!.id && req.user!.role !== 'lead') throw new HttpError(403, 'forbidden');
      await assign(store, doc._id, other);
    } else if (action === 'unassign') {
      if (req.user!.role !== 'lead') throw new HttpError(403, 'forbidden');
      await unassign(store, doc._id);
    } else {
      throw new HttpError(400, 'invalid_action');
    }
    await audit(store, req, action, doc, action === 'assign' ? { assignee: String(body.assigneeId) } : undefined);
    res.json({ request: await withCitizen(store, doc) });
  });

  route(api('clerk.bulk'), async ({ body }, req, res) => {
    res.json({ results: await bulkAction(store, req, body) } satisfies ResponseOf<'clerk.bulk'>);
  });

  route(api('clerk.setFollowUp'), async ({ params, body }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    requireOpen(doc);
    const followUp = await setFollowUp(store, req, doc, readFollowUpInput(body));
    await audit(store, req, 'followUp', doc, { date: followUp.date });
    res.json({ followUp } satisfies ResponseOf<'clerk.setFollowUp'>);
  });

  route(api('clerk.clearFollowUp'), async ({ params }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    await clearFollowUp(store, doc._id);
    await audit(store, req, 'followUpCleared', doc);
    res.json({ followUp: null } satisfies ResponseOf<'clerk.clearFollowUp'>);
  });

  route(api('clerk.notes'), async ({ params }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    res.json({ notes: await listNotes(store, doc._id) } satisfies ResponseOf<'clerk.notes'>);
  });

  route(api('clerk.addNote'), async ({ params, body }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    requireOpen(doc);
    const note = await addNote(store, doc._id, req.user!, text(body.text, 'note', 4000));
    await audit(store, req, 'note', doc, { note: note.id });
    res.status(201).json({ note });
  });

  addCaseMessageRoutes(route, store);
  addDeskRoutes(route, store);

  route(
    api('clerk.audit'),
    async ({ query }, req, res) => {
    const before = Number(query.before) || undefined;
    const [entries, check] = await Promise.all([listAudit(store, dept(req), 100, before), verifyAudit(store, dept(req))]);
    res.json({ entries, verification: check });
    },
    requireRole('lead'),
  );

  router.use(wordClerkProblems);
  return router;
}
