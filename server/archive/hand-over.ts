import { randomUUID } from 'node:crypto';
import { checkEvaluation, type ArchiveOffer, type OfferedCase } from '../../domain/archive/hand-over';
import { HttpError } from '../http/api-error';
import type { Logger } from '../logger';
import type { StoredRequest } from '../requests';
import { getOrNull, isConflict, type Store } from '../store';
import { readEvaluation, readImport } from './hand-over-xml';
import { closedAt, deleteClosedCase } from './retention';

/** An offer as kept in the internal database; one document per hand-over process. */
interface StoredOffer extends ArchiveOffer {
  _id: string;
  _rev?: string;
  type: 'archiveOffer';
}

const offerId = (processId: string) => `archive-offer:${processId}`;
const plain = ({ _id, _rev, type, ...offer }: StoredOffer): ArchiveOffer => offer;

async function allOffers(store: Store): Promise<StoredOffer[]> {
  const res = await store.internal.list({ startkey: 'archive-offer:', endkey: 'archive-offer:\uffff', include_docs: true });
  return res.rows.map((r) => r.doc as unknown as StoredOffer).filter((d) => d?.type === 'archiveOffer');
}

export async function listOffers(store: Store): Promise<ArchiveOffer[]> {
  return (await allOffers(store)).map(plain).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

async function offerOr404(store: Store, processId: string): Promise<StoredOffer> {
  const offer = await getOrNull<StoredOffer>(store.internal, offerId(processId));
  if (!offer) throw new HttpError(404, 'not_found');
  return offer;
}

export const readOffer = async (store: Store, processId: string): Promise<ArchiveOffer> => plain(await offerOr404(store, processId));

async function save(store: Store, offer: StoredOffer): Promise<StoredOffer> {
  try {
    return { ...offer, _rev: (await store.internal.insert(offer as never)).rev };
  } catch (err) {
    // Two messages for one offer at once: the archive sends it again and is answered from the state then.
    if (isConflict(err)) throw new HttpError(409, 'edit_conflict');
    throw err;
  }
}

/**
 * Deletes what the archive has decided and the portal not yet done: destroyed cases (V) and cases
 * the archive confirmed as imported. Repeated after a crash, it finishes the rest; the offer is
 * done once nothing is left.
 */
async function settle(store: Store, offer: StoredOffer, logger?: Logger): Promise<StoredOffer> {
  let changed = false;
  for (const c of offer.cases) {
    if (c.gone || !(c.verdict === 'V' || c.archivedAs)) continue;
    const doc = await getOrNull<StoredRequest>(store.requests, c.requestId);
    if (doc && !doc.deleted) {
      const deleted = await deleteClosedCase(store, doc, c.verdict === 'V' ? 'Aussonderung: vom Archiv nicht übernommen' : 'Aussonderung: vom Archiv übernommen', logger);
      if (!deleted) continue; // changed meanwhile: the next run tries again
    }
    c.gone = true;
    changed = true;
  }
  if (offer.state === 'evaluated' && offer.cases.every((c) => c.gone)) {
    offer.state = 'done';
    changed = true;
  }
  return changed ? save(store, offer) : offer;
}

/**
 * The retention run's side when an archive is connected: the cases past retention that no open
 * offer holds yet go into a new offer (nothing is deleted before the archive decides), and open
 * offers finish what a crash left undone.
 */
export async function offerToArchive(store: Store, due: StoredRequest[], now = new Date(), logger?: Logger): Promise<ArchiveOffer | undefined> {
  const offers = await allOffers(store);
  for (const offer of offers) if (offer.state !== 'done') await settle(store, offer, logger).catch((err: unknown) => logger?.warn({ err: (err as Error).message }, 'archive offer not settled'));
  const held = new Set(offers.flatMap((o) => o.cases.filter((c) => !c.gone).map((c) => c.requestId)));
  const fresh = due.filter((d) => !held.has(d._id));
  if (fresh.length === 0) return undefined;
  const cases: OfferedCase[] = fresh.map((d) => ({
    requestId: d._id,
    reference: d.reference ?? d._id,
    serviceId: d.serviceId,
    department: d.department ?? '',
    closedOn: closedAt(d).slice(0, 10),
  }));
  const processId = randomUUID();
  const offer: StoredOffer = { _id: offerId(processId), type: 'archiveOffer', processId, createdAt: now.toISOString(), state: 'offered', cases };
  await store.internal.insert(offer as never);
  logger?.info({ processId, cases: cases.length }, 'closed cases offered to the archive');
  return plain(offer);
}

const refuse = (field: string, code: string) => new HttpError(400, 'validation_failed', [{ field, code }]);

/** Applies the archive's evaluation (0502): every offered case exactly once; V goes at once. */
export async function evaluateOffer(store: Store, processId: string, xml: string, logger?: Logger): Promise<{ archive: number; destroyed: number }> {
  const offer = await offerOr404(store, processId);
  if (offer.state !== 'offered') throw new HttpError(409, 'not_possible', [{ field: 'processId', code: 'alreadyEvaluated' }]);
  const verdicts = readEvaluation(xml, processId);
  const problems = checkEvaluation(
    offer.cases.map((c) => c.requestId),
    verdicts,
  );
  if (problems.length) throw new HttpError(400, 'validation_failed', problems.map((p) => ({ field: p.field, code: `${p.code}:${p.id}` })));
  const byId = new Map(verdicts.map((v) => [v.id, v.verdict]));
  for (const c of offer.cases) c.verdict = byId.get(c.requestId);
  offer.state = 'evaluated';
  const saved = await settle(store, await save(store, offer), logger);
  return { archive: saved.cases.filter((c) => c.verdict === 'A').length, destroyed: saved.cases.filter((c) => c.verdict === 'V').length };
}

/** The case's package (0503), only for a case the archive evaluated A and has not yet imported. */
export async function keptCase(store: Store, processId: string, requestId: string): Promise<void> {
  const offer = await offerOr404(store, processId);
  const c = offer.cases.find((x) => x.requestId === requestId);
  if (!c || c.gone) throw new HttpError(404, 'not_found');
  if (c.verdict !== 'A') throw new HttpError(409, 'not_possible', [{ field: 'requestId', code: c.verdict ? 'notKept' : 'notEvaluated' }]);
}

/** Applies the archive's import confirmation (0506): each case it imported is deleted from the portal. */
export async function confirmImport(store: Store, processId: string, xml: string, logger?: Logger): Promise<{ deleted: number; failed: number }> {
  const offer = await offerOr404(store, processId);
  if (offer.state === 'offered') throw new HttpError(409, 'not_possible', [{ field: 'processId', code: 'notEvaluated' }]);
  const results = readImport(xml, processId);
  for (const r of results) {
    const c = offer.cases.find((x) => x.requestId === r.id);
    if (!c || c.verdict !== 'A') throw refuse('AusgesondertesSGO.IDSGO', `notKept:${r.id}`);
  }
  let failed = 0;
  for (const r of results) {
    const c = offer.cases.find((x) => x.requestId === r.id)!;
    if (r.imported) c.archivedAs ??= r.archivedAs ?? processId;
    else failed++;
  }
  const before = offer.cases.filter((c) => c.gone).length;
  const saved = await settle(store, await save(store, offer), logger);
  return { deleted: saved.cases.filter((c) => c.gone).length - before, failed };
}
