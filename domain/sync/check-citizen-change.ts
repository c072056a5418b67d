import { findService } from '../catalogue';
import { canMigrate } from '../catalogue/migration-paths';
import { canTransition, isEditable } from '../lifecycle/request-status';
import { SERVER_OWNED_FIELDS, type RequestDoc } from '../request/request-document';

export interface ChangeProblem {
  field: string;
  /** serverOwned | immutable | transition | notEditable | unknownService | notDeletable */
  code: string;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function isEmptyServerField(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

/** A draft the device moved to a newer form version (see `domain/catalogue/migrate-draft`). */
function isDraftUpgrade(master: RequestDoc, next: RequestDoc): boolean {
  return (
    master.status === 'draft' &&
    next.catalogueVersion > master.catalogueVersion &&
    canMigrate(master.serviceId, master.catalogueVersion, next.catalogueVersion) &&
    !!findService(next.serviceId, next.catalogueVersion)
  );
}

/**
 * What a citizen's device may do to a request: create and edit drafts, submit, withdraw, and
 * delete a draft — never set status otherwise, nor reference, department or history.
 * `master` is the server's state (null for a request the server hasn't seen yet).
 */
export function checkCitizenChange(master: RequestDoc | null, next: RequestDoc & { _deleted?: boolean }): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  if (!master) {
    if (!findService(next.serviceId, next.catalogueVersion)) problems.push({ field: 'serviceId', code: 'unknownService' });
    if (next.status !== 'draft' && next.status !== 'submitted') problems.push({ field: 'status', code: 'transition' });
    for (const field of SERVER_OWNED_FIELDS) {
      if (!isEmptyServerField(next[field])) problems.push({ field, code: 'serverOwned' });
    }
    return problems;
  }
  for (const field of ['serviceId', 'catalogueVersion', 'createdAt'] as const) {
    if (field === 'catalogueVersion' && isDraftUpgrade(master, next)) continue;
    if (!same(master[field], next[field])) problems.push({ field, code: 'immutable' });
  }
  for (const field of SERVER_OWNED_FIELDS) {
    if (field === 'serverRev') continue; // checked by the caller against the stored revision
    if (!same(master[field], next[field])) problems.push({ field, code: 'serverOwned' });
  }
  if (next.status !== master.status && !canTransition('citizen', master.status, next.status)) {
    problems.push({ field: 'status', code: 'transition' });
  }
  if (!isEditable(master.status) && !same(master.answers, next.answers)) {
    problems.push({ field: 'answers', code: 'notEditable' });
  }
  if (master.status !== 'draft') {
    // Sending again from needs_info records a new submission time; anything else keeps it.
    const resubmitting = master.status === 'needs_info' && next.status === 'submitted';
    if (!resubmitting && !same(master.submittedAt, next.submittedAt)) problems.push({ field: 'submittedAt', code: 'notEditable' });
    if (next._deleted) problems.push({ field: '_deleted', code: 'notDeletable' });
  }
  return problems;
}
