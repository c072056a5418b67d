import type { Answers } from '../catalogue/service-definition';
import { canTransition } from '../lifecycle/request-status';
import type { RequestDoc } from '../request/request-document';
import { isRefusedSending } from './send-refusal';

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sameAnswers(a: Answers | undefined, b: Answers | undefined): boolean {
  return sameValue(a ?? {}, b ?? {});
}

/**
 * Whether taking `winner` drops something of `loser`: an answer the winner lacks or has
 * otherwise. Empty answers, or ones the winner holds as well, lose nothing — keeping them
 * would only show a false "Angaben nicht übernommen" (issue 15: `{}` kept after a lost reply).
 */
function losesSomething(loser: Answers | undefined, winner: Answers | undefined): boolean {
  return Object.entries(loser ?? {}).some(
    ([field, value]) => value !== undefined && !sameValue(value, winner?.[field]),
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
 * The draft's answers after a conflict, field by field against the state both sides started from
 * (`base`, what the device believed the server had): a field this device changed keeps its
 * answer, a field only the other side changed takes that one. So an answer the server has and
 * this device never saw (its base was an older state, e.g. pulled just before its own push was
 * confirmed) stays, instead of being overwritten by a draft that simply lacked it.
 */
function mergeAnswers(base: Answers | undefined, master: Answers | undefined, local: Answers | undefined): Answers {
  const merged: Answers = {};
  const fields = new Set([...Object.keys(base ?? {}), ...Object.keys(master ?? {}), ...Object.keys(local ?? {})]);
  for (const field of fields) {
    const value = sameValue(local?.[field], base?.[field]) ? master?.[field] : local?.[field];
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

/**
 * Decides what a device keeps when the server's state (master) moved on while the device
 * changed the same request. Server-owned fields always come from the master; a draft's answers
 * are merged per field (`mergeAnswers`). The citizen's text is never dropped silently: answers
 * that cannot win are kept in `keptAnswers`, which the device offers to copy into a new draft.
 *
 * `assumedMaster` is the state the device believed the server had (RxDB passes it). Most
 * conflicts are not between devices at all: every accepted push gives the request a new
 * `serverRev`, so the device's next push still names the old one. Then the master's answers are
 * the device's own earlier ones — nothing of anyone else is overwritten, and keeping them as
 * "answers not included" would only alarm the citizen.
 */
export function resolveRequestConflict<T extends RequestDoc>(master: T, local: T, assumedMaster?: RequestDoc | null): T {
  if (master.status === 'draft') {
    // Both sides still a draft: per field, this device's latest typing wins over the other
    // side's; what the other side changed alone joins it. A version that still loses is kept.
    const masterIsNews = !assumedMaster || !sameAnswers(assumedMaster.answers, master.answers);
    const answers = assumedMaster ? mergeAnswers(assumedMaster.answers, master.answers, local.answers) : local.answers;
    const overwritten = masterIsNews && losesSomething(master.answers, answers) ? master.answers : master.keptAnswers;
    // A sending the server refused (send-refusal.ts) is not pushed again: the draft says why.
    const status = local.status === 'submitted' && !isRefusedSending(master, local) ? 'submitted' : 'draft';
    return {
      ...master,
      answers,
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
