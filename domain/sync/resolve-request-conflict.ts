import type { Answers } from '../catalogue/service-definition';
import { canTransition } from '../lifecycle/request-status';
import type { RequestDoc } from '../request/request-document';
import { isRefusedSending } from './send-refusal';

function sameAnswers(a: Answers | undefined, b: Answers | undefined): boolean {
  return JSON.stringify(sortKeys(a ?? {})) === JSON.stringify(sortKeys(b ?? {}));
}

/**
 * Whether taking `winner` drops something of `loser`: an answer the winner lacks or has
 * otherwise. Empty answers, or ones the winner holds as well, lose nothing — keeping them
 * would only show a false "Angaben nicht übernommen" (issue 15: `{}` kept after a lost reply).
 */
function losesSomething(loser: Answers | undefined, winner: Answers | undefined): boolean {
  return Object.entries(loser ?? {}).some(
    ([field, value]) => value !== undefined && JSON.stringify(sortKeys(value)) !== JSON.stringify(sortKeys(winner?.[field])),
  );
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/**
 * Decides what a device keeps when the server's state (master) moved on while the device
 * changed the same request. Server-owned fields always come from the master. The citizen's
 * text is never dropped silently: answers that cannot win are kept in `keptAnswers`, which the
 * device offers to copy into a new draft.
 *
 * `assumedMaster` is the state the device believed the server had (RxDB passes it). Most
 * conflicts are not between devices at all: every accepted push gives the request a new
 * `serverRev`, so the device's next push still names the old one. Then the master's answers are
 * the device's own earlier ones — nothing of anyone else is overwritten, and keeping them as
 * "answers not included" would only alarm the citizen.
 */
export function resolveRequestConflict<T extends RequestDoc>(master: T, local: T, assumedMaster?: RequestDoc | null): T {
  if (master.status === 'draft') {
    // Both sides still a draft: this device's latest typing wins, the other version is kept.
    const masterIsNews = !assumedMaster || !sameAnswers(assumedMaster.answers, master.answers);
    const overwritten = masterIsNews && losesSomething(master.answers, local.answers) ? master.answers : master.keptAnswers;
    // A sending the server refused (send-refusal.ts) is not pushed again: the draft says why.
    const status = local.status === 'submitted' && !isRefusedSending(master, local) ? 'submitted' : 'draft';
    return {
      ...master,
      answers: local.answers,
      currentPage: local.currentPage,
      ...(local.paymentChoice ?? master.paymentChoice ? { paymentChoice: local.paymentChoice ?? master.paymentChoice } : {}),
      status,
      submittedAt: status === 'submitted' ? local.submittedAt : master.submittedAt,
      updatedAt: local.updatedAt > master.updatedAt ? local.updatedAt : master.updatedAt,
      keptAnswers: overwritten ?? local.keptAnswers,
    };
  }
  const resolved: T = { ...master };
  if (local.status === 'withdrawn' && canTransition('citizen', master.status, 'withdrawn')) {
    resolved.status = 'withdrawn';
    resolved.updatedAt = local.updatedAt;
  }
  // "Online or by bank transfer" stays the citizen's to change until the fee is paid (e.g. made
  // on the pay page while the server was recording the payment's start).
  if (local.paymentChoice && local.paymentChoice !== master.paymentChoice && master.payment?.state !== 'paid') {
    resolved.paymentChoice = local.paymentChoice;
    if (local.updatedAt > resolved.updatedAt) resolved.updatedAt = local.updatedAt;
  }
  if (losesSomething(local.answers, master.answers)) {
    resolved.keptAnswers = local.answers;
  } else if (local.keptAnswers && !master.keptAnswers) {
    resolved.keptAnswers = local.keptAnswers;
  }
  return resolved;
}

/** Equality RxDB uses to decide whether two states of a request conflict at all. */
export function requestStatesEqual(a: RequestDoc, b: RequestDoc): boolean {
  const strip = ({ ...doc }: RequestDoc & { _meta?: unknown; _rev?: unknown; _attachments?: unknown }) => {
    delete doc._meta;
    delete doc._rev;
    delete doc._attachments;
    return sortKeys(doc);
  };
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
