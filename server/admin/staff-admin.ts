import type { Request, Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { checkStaffPlacement, isStaffRole, worksCases, type StaffRole } from '../../domain/staff/roles';
import { checkAccountFields } from '../../domain/account/account-rules';
import {
  countActiveAdmins,
  createUser,
  EmailTakenError,
  endUserSessions,
  InvitationNotPendingError,
  sendStaffInvitation,
  type InvitationDeps,
  listStaffAccounts,
  readStaffAccount,
  updateStaffAccount,
  type StaffAccount,
  type StaffChange,
} from '../auth';
import { activeDepartment } from '../departments';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';
import { auditAdmin } from './admin-audit';
import { invalid, notPossible } from './admin-problems';

async function account(store: Store, id: string): Promise<StaffAccount> {
  const found = await readStaffAccount(store, id);
  if (!found) throw new HttpError(404, 'not_found');
  return found;
}

/** Role and department as sent: a staff role, and a department exactly when the role works cases (one that takes requests). */
async function readPlacement(store: Store, body: Record<string, unknown>, keepDepartment?: string) {
  const { role, department } = body;
  const problems = checkStaffPlacement(role, department);
  if (!problems.length && worksCases(role as StaffRole) && department !== keepDepartment && !(await activeDepartment(store, department as string))) {
    problems.push({ field: 'department', code: 'invalid' });
  }
  return { role: role as StaffRole, department: worksCases(role as StaffRole) ? (department as string) : undefined, problems };
}

/**
 * The last active administrator can't be demoted or deactivated. The count before the write
 * catches the ordinary case; the count after it catches two administrators removing each other
 * at the same moment — the loser's change is undone, so at least one always stays.
 */
export async function guardLastAdmin(store: Store, target: StaffAccount, change: StaffChange, field: string): Promise<StaffAccount> {
  const removesAdmin = target.role === 'admin' && target.active && (change.active === false || (change.role && change.role !== 'admin'));
  if (removesAdmin && (await countActiveAdmins(store)) <= 1) throw notPossible(field, 'lastAdmin');
  const updated = await updateStaffAccount(store, target.id, change);
  if (removesAdmin && (await countActiveAdmins(store)) === 0) {
    await updateStaffAccount(store, target.id, { role: 'admin', department: null, active: true });
    throw notPossible(field, 'lastAdmin');
  }
  return updated;
}

function own(req: Request, id: string): boolean {
  return req.user!.id === id;
}

/**
 * Staff accounts: list, create (with an invitation mail: the administrator never knows or chooses
 * the password), resend the invitation, change role/department, deactivate, reactivate.
 */
export function staffAdminRoutes(store: Store, invitations: Omit<InvitationDeps, 'store'>): Router {
  const invite = (id: string) => sendStaffInvitation({ store, ...invitations }, id);
  const { router, route } = contractRouter('/api/admin/staff');

  route(api('admin.staff'), async (_input, _req, res) => {
    res.json({ staff: await listStaffAccounts(store) } satisfies ResponseOf<'admin.staff'>);
  });

  route(api('admin.staffAccount'), async ({ params }, _req, res) => {
    res.json({ account: await account(store, params.id) } satisfies ResponseOf<'admin.staffAccount'>);
  });

  route(api('admin.createStaff'), async ({ body }, req, res) => {
    const placement = await readPlacement(store, body);
    const problems = [...checkAccountFields({ name: body.name, email: body.email, password: 'x'.repeat(20) }), ...placement.problems];
    if (problems.length) throw invalid(problems);
    let created;
    try {
      // An empty hash never verifies: no password login until the person chooses one.
      created = await createUser(store, { name: String(body.name), email: String(body.email), passwordHash: '', role: placement.role, department: placement.department });
    } catch (err) {
      if (err instanceof EmailTakenError) throw new HttpError(409, 'email_taken', [{ field: 'email', code: 'taken' }]);
      throw err;
    }
    await invite(created.id);
    await auditAdmin(store, req, 'createStaff', { account: created.id, email: created.email, role: created.role, department: created.department, invitation: 'sent' });
    res.status(201).json({ account: await account(store, created.id) } satisfies ResponseOf<'admin.createStaff'>);
  });

  route(api('admin.resendInvitation'), async ({ params }, req, res) => {
    const target = await account(store, params.id);
    if (!target.active) throw notPossible('invitation', 'inactive');
    try {
      await invite(target.id);
    } catch (err) {
      if (err instanceof InvitationNotPendingError) throw notPossible('invitation', 'passwordSet');
      throw err;
    }
    await auditAdmin(store, req, 'resendInvitation', { account: target.id, email: target.email });
    res.json({ account: await account(store, target.id) } satisfies ResponseOf<'admin.resendInvitation'>);
  });

  route(api('admin.changeStaff'), async ({ params, body }, req, res) => {
    const target = await account(store, params.id);
    const placement = await readPlacement(store, body, target.department);
    if (placement.problems.length) throw invalid(placement.problems);
    if (own(req, target.id) && placement.role !== 'admin') throw notPossible('role', 'ownAccount');
    const updated = await guardLastAdmin(store, target, { role: placement.role, department: placement.department ?? null }, 'role');
    if (updated.role !== target.role || updated.department !== target.department) {
      await auditAdmin(store, req, 'changeStaff', {
        account: target.id,
        email: target.email,
        fromRole: target.role,
        role: updated.role,
        fromDepartment: target.department,
        department: updated.department,
      });
    }
    res.json({ account: updated });
  });

  route(api('admin.deactivateStaff'), async ({ params }, req, res) => {
    const target = await account(store, params.id);
    if (own(req, target.id)) throw notPossible('active', 'ownAccount');
    const updated = target.active ? await guardLastAdmin(store, target, { active: false }, 'active') : target;
    // Every device of the person is signed out now, not when a session would have expired.
    const sessions = await endUserSessions(store, target.id);
    if (target.active) await auditAdmin(store, req, 'deactivateStaff', { account: target.id, email: target.email, sessions });
    res.json({ account: updated });
  });

  route(api('admin.reactivateStaff'), async ({ params }, req, res) => {
    const target = await account(store, params.id);
    if (!isStaffRole(target.role)) throw new HttpError(404, 'not_found');
    if (target.active) return res.json({ account: target });
    if (target.department && !(await activeDepartment(store, target.department))) throw notPossible('department', 'inactive');
    const updated = await updateStaffAccount(store, target.id, { active: true });
    await auditAdmin(store, req, 'reactivateStaff', { account: target.id, email: target.email });
    res.json({ account: updated });
  });

  return router;
}
