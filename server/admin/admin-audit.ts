import type { Request } from 'express';
import { appendAudit } from '../audit';
import type { Store } from '../store';

/**
 * Administrators' changes go to their own hash chain in the audit trail: they belong to no
 * department (a new department has no chain yet, a staff move touches two), and the
 * administration answers for them as a whole. Department ids are slugs starting with a letter,
 * so this chain name can never be a department's.
 */
export const ADMIN_AUDIT_CHAIN = '_admin';

/** Appends what the signed-in administrator changed; `detail` holds facts, never a password. */
export function auditAdmin(store: Store, req: Request, action: string, detail: Record<string, string | number | undefined>) {
  const user = req.user!;
  const facts = Object.fromEntries(Object.entries(detail).filter((e): e is [string, string | number] => e[1] !== undefined));
  return appendAudit(store, { department: ADMIN_AUDIT_CHAIN, actorId: user.id, actorName: user.name, action, detail: facts });
}
