import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { DECISION_TEXT_MAX, type DecisionLetter, type DecisionOutcome, type DecisionRecordView } from '../../domain/decisions/decision-letter';
import { CLERK_ACTIONS, canTransition } from '../../domain/lifecycle/request-status';
import { findUserById } from '../auth';
import { departmentNamer } from '../departments';
import { decisionLetter, decisionPdf, letterDigest } from '../documents';
import { HttpError } from '../http/api-error';
import { translator } from '../http/i18n';
import { ATTACHMENT_NAME, type StoredMessage } from '../messages/stored-message';
import type { StoredRequest } from '../requests';
import { getOrNull, isConflict, type Store } from '../store';
import { applyAction, audit, departmentRequest } from './case-actions';
import { adjustCounts } from './inbox-query';

/** The department's record of a case's decision, in the internal database; its id is the case's, so a case has one. */
interface StoredDecision extends DecisionRecordView {
  _id: string;
  _rev?: string;
  type: 'decision';
  requestId: string;
  digest: string;
  actorId: string;
  state: 'claimed' | 'sent';
}

const decisionDocId = (requestId: string) => `decision:${requestId}`;
const de = translator('de');

/** A UUID derived from the decision's, so a repeated send finds the message it already wrote. */
function messageIdOf(decisionId: string): string {
  const h = createHash('sha256').update(`decision-message:${decisionId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function checkDecidable(doc: StoredRequest, outcome: DecisionOutcome, text: string) {
  if (!canTransition('clerk', doc.status, CLERK_ACTIONS[outcome])) throw new HttpError(409, 'invalid_transition', [{ field: 'outcome', code: 'notNow' }]);
  if (outcome === 'reject' && !text.trim()) throw new HttpError(400, 'reason_required', [{ field: 'decisionText', code: 'required' }]);
  if (text.length > DECISION_TEXT_MAX) throw new HttpError(400, 'validation_failed', [{ field: 'decisionText', code: 'tooLong' }]);
}

/** The letter this clerk would send now for this case: what the preview shows and the confirmation must match. */
export async function draftLetter(store: Store, req: Request, doc: StoredRequest, outcome: DecisionOutcome, text: string): Promise<DecisionLetter> {
  checkDecidable(doc, outcome, text);
  const citizen = await findUserById(store, doc.owner);
  return decisionLetter(de, await departmentNamer(store, 'de'), {
    outcome,
    serviceId: doc.serviceId,
    catalogueVersion: doc.catalogueVersion,
    reference: doc.reference ?? doc._id,
    department: doc.department!,
    recipient: citizen?.name ?? '',
    clerkName: req.user!.name,
    text,
  });
}

export async function readDecision(store: Store, requestId: string): Promise<DecisionRecordView | null> {
  const stored = await getOrNull<StoredDecision>(store.internal, decisionDocId(requestId));
  if (!stored || stored.state !== 'sent') return null;
  const { decisionId, letter, decidedAt, actorName, messageId, sha256 } = stored;
  return { decisionId, letter, decidedAt, actorName, messageId, sha256 };
}

/**
 * How long a claim may stay unfinished before it counts as abandoned. A send takes seconds (the
 * first PDF of a process up to ~10 s on a loaded machine); a claim older than this belongs to a
 * process that died midway and would otherwise block the case for good.
 */
export const DECISION_CLAIM_LEASE_MS = 2 * 60_000;

const alreadyDecided = () => new HttpError(409, 'already_decided', [{ field: 'outcome', code: 'alreadyDecided' }], 'clerk-decisions:apiErrors.already_decided');
const abandoned = (claim: StoredDecision) => claim.state === 'claimed' && Date.now() - Date.parse(claim.decidedAt) > DECISION_CLAIM_LEASE_MS;
const carries = (doc: StoredRequest, claim: StoredDecision) => (doc.decisions ?? []).some((x) => x.detail?.decisionId === claim.decisionId);

export interface DecideInput {
  outcome: DecisionOutcome;
  text: string;
  digest: string;
  decisionId: string;
}

/**
 * Closes the case with its letter in one request: claim the case's decision (one per case, so of
 * two clerks deciding at once one gets 409), set the status, put the PDF into the citizen's
 * Postfach, audit. Sending the same decision again (a double click, a retry after a lost answer
 * or a crash midway) finishes what is missing and changes nothing else.
 */
export async function decide(store: Store, req: Request, requestId: string, input: DecideInput): Promise<StoredRequest> {
  let doc = await departmentRequest(store, req, requestId);
  let claim: StoredDecision | null = await getOrNull<StoredDecision>(store.internal, decisionDocId(doc._id));
  if (claim && claim.decisionId !== input.decisionId) {
    if (!abandoned(claim)) throw alreadyDecided();
    if (carries(doc, claim)) {
      // The case was decided but the process died before the letter went out: send it now, once.
      await finish(store, req, requestId, doc, claim);
      throw alreadyDecided();
    }
    // Claimed by a send that died before it set the status: the case is open, so this clerk may decide it.
  }
  if (!claim || claim.decisionId !== input.decisionId) {
    const letter = await draftLetter(store, req, doc, input.outcome, input.text);
    if (letterDigest(letter) !== input.digest) throw new HttpError(409, 'preview_stale', [{ field: 'decisionText', code: 'previewStale' }], 'clerk-decisions:apiErrors.preview_stale');
    const fresh: StoredDecision = {
      _id: decisionDocId(doc._id),
      type: 'decision',
      requestId: doc._id,
      decisionId: input.decisionId,
      letter,
      digest: input.digest,
      decidedAt: new Date().toISOString(),
      actorId: req.user!.id,
      actorName: req.user!.name,
      messageId: messageIdOf(input.decisionId),
      sha256: '',
      state: 'claimed',
    };
    try {
      // Taking over an abandoned claim writes on its revision, so of two clerks doing so one wins.
      fresh._rev = (await store.internal.insert(claim ? { ...fresh, _rev: claim._rev } : fresh)).rev;
      claim = fresh;
    } catch (err) {
      if (!isConflict(err)) throw err;
      claim = await getOrNull<StoredDecision>(store.internal, fresh._id);
      if (!claim || claim.decisionId !== input.decisionId) throw alreadyDecided();
    }
  }
  return finish(store, req, requestId, doc, claim);
}

async function finish(store: Store, req: Request, requestId: string, current: StoredRequest, claim: StoredDecision): Promise<StoredRequest> {
  let doc = current;
  const ours = (d: StoredRequest) => carries(d, claim);
  if (!ours(doc)) {
    try {
      const outcome = await applyAction(store, req, doc._id, { action: claim.letter.outcome, reason: claim.letter.outcome === 'reject' ? claim.letter.text : '', decisionId: claim.decisionId });
      doc = outcome.doc;
      adjustCounts(store, doc.department!, outcome.from, -1);
      adjustCounts(store, doc.department!, doc.status, +1);
    } catch (err) {
      doc = await departmentRequest(store, req, requestId);
      if (!ours(doc)) {
        // The case moved on (withdrawn meanwhile) or the write failed: the claim must not block the department.
        if (claim._rev) await store.internal.destroy(claim._id, claim._rev).catch(() => undefined);
        throw err;
      }
    }
  }
  if (claim.state !== 'sent') await deliver(store, req, doc, claim);
  return doc;
}

async function deliver(store: Store, req: Request, doc: StoredRequest, claim: StoredDecision) {
  const pdf = Buffer.from(await decisionPdf(de, claim.letter));
  const existing = await getOrNull<StoredMessage>(store.messages, claim.messageId);
  let sha256 = existing?.attachment?.sha256 ?? '';
  if (!existing) {
    sha256 = createHash('sha256').update(pdf).digest('hex');
    const message: StoredMessage = {
      _id: claim.messageId,
      type: 'message',
      requestId: doc._id,
      owner: doc.owner,
      department: doc.department!,
      from: 'clerk',
      text: de(`decision-letter:message.${claim.letter.outcome}`, { reference: claim.letter.reference }),
      createdAt: new Date().toISOString(),
      authorId: claim.actorId,
      attachment: { name: `Bescheid-${claim.letter.reference}.pdf`, size: pdf.length, sha256 },
      _attachments: { [ATTACHMENT_NAME]: { content_type: 'application/pdf', data: pdf.toString('base64') } },
    };
    try {
      await store.messages.insert(message as never);
    } catch (err) {
      if (!isConflict(err)) throw err;
      sha256 = (await getOrNull<StoredMessage>(store.messages, claim.messageId))?.attachment?.sha256 ?? sha256;
    }
  }
  try {
    await store.internal.insert({ ...claim, sha256, state: 'sent' });
  } catch (err) {
    if (isConflict(err)) return; // a parallel send of the same decision finished it
    throw err;
  }
  await audit(store, req, 'decision', doc, { outcome: claim.letter.outcome, decisionId: claim.decisionId, message: claim.messageId, sha256 });
}
