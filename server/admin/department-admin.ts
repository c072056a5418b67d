import type { Router } from 'express';
import { api } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { catalogueEntries, effectiveRule, ruleTargets } from '../../domain/catalogue';
import { checkDepartmentId, checkDepartmentNames, cleanDepartmentNames, type DepartmentRecord } from '../../domain/catalogue/departments';
import { FINAL_STATUSES, REQUEST_STATUSES } from '../../domain/lifecycle/request-status';
import { worksCases } from '../../domain/staff/roles';
import { listStaffAccounts } from '../auth';
import { departmentDocId, listDepartments, readDepartmentDoc, toRecord, type DepartmentDoc } from '../departments';
import { HttpError } from '../http/api-error';
import { readRoutingOverrides } from '../routing';
import { isConflict, StoreBusyError, updateDocument, type Store } from '../store';
import { auditAdmin } from './admin-audit';
import { invalid, notPossible } from './admin-problems';

/**
 * Every status but the final ones: a request sent again after a question (`submitted`) or handed
 * back (`draft`) still carries the department it came from.
 */
const OPEN_STATUSES = REQUEST_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));

/** Whether any request of the department is still open (one indexed query per status, each stops at the first). */
async function hasOpenRequests(store: Store, department: string): Promise<boolean> {
  for (const status of OPEN_STATUSES) {
    const found = await store.requests.find({
      selector: { department, status },
      fields: ['_id'],
      limit: 1,
      use_index: 'idx-by-department-status-received',
    } as never);
    if (found.docs.length) return true;
  }
  return false;
}

/** The services whose rule (with its override) can still send requests to the department. */
async function servicesRoutingTo(store: Store, department: string): Promise<string[]> {
  const { services: overrides } = await readRoutingOverrides(store);
  const ids = new Set<string>();
  // Every version: a draft of an older version is still routed by its own version's rule.
  for (const entry of catalogueEntries()) {
    if (entry.kind === 'form' && ruleTargets(effectiveRule(entry.routing, overrides[entry.id])).includes(department)) ids.add(entry.id);
  }
  return [...ids];
}

/**
 * Why a department can't stop taking requests now: active clerks or leads in it, requests still
 * open there, or a routing rule that sends requests to it. Each is a problem of its own.
 */
async function reasonsAgainstDeactivating(store: Store, id: string): Promise<string[]> {
  const [staff, open, routed] = await Promise.all([
    listStaffAccounts(store),
    hasOpenRequests(store, id),
    servicesRoutingTo(store, id),
  ]);
  return [
    ...(staff.some((a) => a.active && a.department === id && worksCases(a.role)) ? ['hasStaff'] : []),
    ...(open ? ['hasOpenRequests'] : []),
    ...(routed.length ? ['routedTo'] : []),
  ];
}

/** Longer ids were never valid: answered "not found" without asking the store. */
function notFoundUnlessPlausible(id: string): void {
  if (typeof id !== 'string' || id.length > 40) throw new HttpError(404, 'not_found');
}

function foundDepartment<T extends DepartmentDoc>(doc: T | null): T {
  if (!doc || doc.type !== 'department') throw new HttpError(404, 'not_found');
  return doc;
}

async function existing(store: Store, id: string): Promise<DepartmentDoc & { _rev: string }> {
  notFoundUnlessPlausible(id);
  return foundDepartment(await readDepartmentDoc(store, id));
}

/** Writes a department with its `_rev`; another administrator's change in between is re-read and applied again. */
async function changeDepartment(store: Store, id: string, change: (doc: DepartmentDoc) => DepartmentDoc): Promise<{ before: DepartmentRecord; after: DepartmentRecord }> {
  notFoundUnlessPlausible(id);
  let before: DepartmentRecord | undefined;
  try {
    const written = await updateDocument<DepartmentDoc>(store.users, departmentDocId(id), (current) => {
      const doc = foundDepartment(current);
      before = toRecord(doc);
      return { ...change(doc), updatedAt: new Date().toISOString() };
    });
    return { before: before!, after: toRecord(written!) };
  } catch (err) {
    if (err instanceof StoreBusyError) throw new HttpError(409, 'edit_conflict');
    throw err;
  }
}

/**
 * Departments: list, create, rename, deactivate and reactivate. There is no delete: requests,
 * letters and audit chains name a department for years, so its name stays and its id is never
 * reused; an inactive department takes no new requests, staff or routing rules.
 */
export function departmentAdminRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/admin/departments');

  route(api('admin.departments'), async (_input, _req, res) => {
    const [departments, staff] = await Promise.all([listDepartments(store), listStaffAccounts(store)]);
    res.json({
      departments: departments.map((d) => ({
        ...d,
        staff: staff.filter((a) => a.active && a.department === d.id).length,
      })),
    });
  });

  route(api('admin.department'), async ({ params }, _req, res) => {
    res.json({ department: toRecord(await existing(store, params.id)) });
  });

  route(api('admin.createDepartment'), async ({ body }, req, res) => {
    const { id, names } = body;
    const problems = [...checkDepartmentId(id), ...checkDepartmentNames(names)];
    if (problems.length) throw invalid(problems);
    const doc: DepartmentDoc = {
      _id: departmentDocId(id as string),
      type: 'department',
      names: cleanDepartmentNames(names ?? {}),
      active: true,
      createdAt: new Date().toISOString(),
    };
    try {
      await store.users.insert(doc);
    } catch (err) {
      if (isConflict(err)) throw invalid([{ field: 'id', code: 'taken' }]);
      throw err;
    }
    await auditAdmin(store, req, 'createDepartment', { department: id, name: doc.names!.de });
    res.status(201).json({ department: toRecord(doc) });
  });

  route(api('admin.renameDepartment'), async ({ params, body }, req, res) => {
    const names = body.names;
    const problems = checkDepartmentNames(names);
    if (problems.length) throw invalid(problems);
    const { before, after } = await changeDepartment(store, params.id, (doc) => ({ ...doc, names: cleanDepartmentNames(names ?? {}) }));
    await auditAdmin(store, req, 'renameDepartment', { department: after.id, from: before.names.de, to: after.names.de });
    res.json({ department: after });
  });

  route(api('admin.deactivateDepartment'), async ({ params }, req, res) => {
    const doc = await existing(store, params.id);
    if (doc.active === false) return res.json({ department: toRecord(doc) });
    const reasons = await reasonsAgainstDeactivating(store, params.id);
    if (reasons.length) throw notPossible('active', ...reasons);
    const { after } = await changeDepartment(store, params.id, (d) => ({ ...d, active: false }));
    await auditAdmin(store, req, 'deactivateDepartment', { department: after.id });
    res.json({ department: after });
  });

  route(api('admin.reactivateDepartment'), async ({ params }, req, res) => {
    const { before, after } = await changeDepartment(store, params.id, (d) => ({ ...d, active: true }));
    if (!before.active) await auditAdmin(store, req, 'reactivateDepartment', { department: after.id });
    res.json({ department: after });
  });

  return router;
}
