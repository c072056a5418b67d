/**
 * The lifecycle of a request (Antrag), as DESIGN.md fixes it:
 * draft → submitted → received → in_progress → (needs_info ↔ in_progress) → completed | rejected,
 * plus withdrawn by the citizen before completion.
 */
export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'received',
  'in_progress',
  'needs_info',
  'completed',
  'rejected',
  'withdrawn',
] as const;

export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type Actor = 'citizen' | 'clerk' | 'system';

/** Transitions each actor may make. Anything not listed is refused on the server. */
const TRANSITIONS: Record<Actor, Partial<Record<RequestStatus, readonly RequestStatus[]>>> = {
  citizen: {
    draft: ['submitted'],
    submitted: ['withdrawn'],
    received: ['withdrawn'],
    in_progress: ['withdrawn'],
    // "Answer and send again": the citizen changed answers or picked an offered alternative.
    needs_info: ['submitted', 'withdrawn'],
  },
  // The routing worker: accepts a submission, hands an invalid one back as a draft, or asks the
  // citizen to choose again (e.g. the wished slot filled up meanwhile).
  // The server also puts a question the citizen answered in the Postfach back into the
  // department's work (needs_info → in_progress), so the answer is not left unseen.
  system: {
    submitted: ['received', 'draft', 'needs_info'],
    needs_info: ['in_progress'],
  },
  // `received` again: forwarded to another department, which starts afresh.
  clerk: {
    received: ['in_progress', 'rejected', 'received'],
    in_progress: ['completed', 'rejected', 'needs_info', 'received'],
    needs_info: ['in_progress', 'rejected', 'received'],
  },
};

export function canTransition(actor: Actor, from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[actor][from]?.includes(to) ?? false;
}

/** The citizen may still withdraw: sent, and the city has not decided yet. */
export function canWithdraw(status: RequestStatus): boolean {
  return canTransition('citizen', status, 'withdrawn');
}

/** Statuses that mean the city holds the request (it has a reference number and a department). */
export const ROUTED_STATUSES: readonly RequestStatus[] = [
  'received',
  'in_progress',
  'needs_info',
  'completed',
  'rejected',
];

/** Statuses in which the citizen may change the answers (and then send again). */
export const EDITABLE_STATUSES: readonly RequestStatus[] = ['draft', 'needs_info'];

export function isEditable(status: RequestStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/** Statuses after which nothing changes any more. */
export const FINAL_STATUSES: readonly RequestStatus[] = ['completed', 'rejected', 'withdrawn'];

export function isRouted(status: RequestStatus): boolean {
  return ROUTED_STATUSES.includes(status);
}

/** Clerk actions and the status each one leads to. */
export const CLERK_ACTIONS = {
  start: 'in_progress',
  askForInfo: 'needs_info',
  complete: 'completed',
  reject: 'rejected',
  forward: 'received',
} as const satisfies Record<string, RequestStatus>;

export type ClerkAction = keyof typeof CLERK_ACTIONS;

/** Actions that must carry a reason (or question) the citizen will read. */
export const ACTIONS_NEEDING_REASON: readonly ClerkAction[] = ['reject', 'askForInfo', 'forward'];

/**
 * Case work that changes no status: who works the case. Only the assignee's department sees it;
 * a clerk may take a case, a department lead may give it to anyone of the department.
 */
export const ASSIGN_ACTIONS = ['assignToMe', 'assign', 'unassign'] as const;
export type AssignAction = (typeof ASSIGN_ACTIONS)[number];
