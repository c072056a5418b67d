import type { DocumentScope } from 'nano';
import { capacityOf, findPool } from '../../domain/slots';
import type { StoredRequest } from '../requests';
import { DATABASE_KINDS, type Store } from '../store';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function allDocs(db: DocumentScope<any>): Promise<any[]> {
  const res = await db.list({ include_docs: true, conflicts: true } as never);
  return res.rows.map((r) => r.doc).filter((d) => d && !String(d._id).startsWith('_design/'));
}

/** Ids of documents that still carry `_conflicts`, per database. */
export async function documentsWithConflicts(store: Store): Promise<string[]> {
  const found: string[] = [];
  for (const kind of DATABASE_KINDS) {
    for (const doc of await allDocs(store[kind])) if (doc._conflicts?.length) found.push(`${kind}/${doc._id}`);
  }
  return found;
}

/** What a user (or an auditor) would call wrong in the numbering, routing and slots of one store. */
export async function invariantViolations(store: Store): Promise<string[]> {
  const problems: string[] = [];
  const requests = (await allDocs(store.requests)).filter((d) => d.type === 'request') as StoredRequest[];
  const counters = await allDocs(store.counters);
  const byReference = new Map<string, string[]>();
  for (const r of requests) {
    const received = r.history.filter((h) => h.status === 'received').length;
    if (received > 1) problems.push(`${r._id} received twice`);
    if (r.reference) byReference.set(r.reference, [...(byReference.get(r.reference) ?? []), r._id]);
  }
  for (const [ref, ids] of byReference) if (ids.length > 1) problems.push(`${ref} belongs to ${ids.length} requests`);
  const assignments = new Map(counters.filter((d) => d.type === 'reference').map((d) => [d._id.slice(4), d.reference as string]));
  const claims = new Map(counters.filter((d) => d.type === 'refno').map((d) => [d._id.slice(6), d.requestId as string]));
  for (const r of requests) {
    if (!r.reference) continue;
    if (assignments.get(r._id) !== r.reference) problems.push(`${r._id} shows ${r.reference}, its assignment says ${assignments.get(r._id)}`);
    if (claims.get(r.reference) !== r._id) problems.push(`${r.reference} is claimed by ${claims.get(r.reference)}, not ${r._id}`);
  }
  const byId = new Map(requests.map((r) => [r._id, r]));
  for (const slot of counters.filter((d) => d.type === 'slot')) {
    const [, poolId, district, ...rest] = String(slot._id).split(':');
    const pool = findPool(poolId)!;
    const capacity = capacityOf(pool, district === 'all' ? undefined : district);
    if (slot.holders.length > capacity) problems.push(`${slot._id} holds ${slot.holders.length} > ${capacity}`);
    for (const h of slot.holders as string[]) {
      const r = byId.get(h);
      if (r && r.confirmedSlot && r.confirmedSlot !== rest.join(':')) problems.push(`${h} held in ${slot._id} but confirmed ${r.confirmedSlot}`);
    }
  }
  const holders = new Map<string, number>();
  for (const slot of counters.filter((d) => d.type === 'slot')) for (const h of slot.holders as string[]) holders.set(h, (holders.get(h) ?? 0) + 1);
  for (const r of requests) {
    if (r.confirmedSlot && ['received', 'in_progress'].includes(r.status) && !holders.get(r._id)) problems.push(`${r._id} confirmed ${r.confirmedSlot} without a place`);
  }
  return problems;
}

export async function requestsOf(store: Store): Promise<StoredRequest[]> {
  return (await allDocs(store.requests)).filter((d) => d.type === 'request');
}
