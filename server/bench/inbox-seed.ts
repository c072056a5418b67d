/**
 * Seeding for `bench:inbox`: routed requests written straight to the store in large
 * `_bulk_docs` batches, each built by the functions routing and the clerk's actions use
 * (decideRouting, applyRouting, withSearchWords, formatReference), so the documents, their
 * search words and the views' summaries are what a running portal would hold.
 */
import { randomUUID } from 'node:crypto';
import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { allStreets } from '../../domain/places';
import type { RequestStatus } from '../../domain/lifecycle/request-status';
import { formatReference } from '../../domain/request/reference-number';
import { applyRouting, decideRouting, referenceYear } from '../routing/route-request';
import { withSearchWords, type StoredRequest } from '../requests';
import type { Store } from '../store';
import { futureWeekday } from '../test-support/api-client';

const FIRST = ['Anna', 'Bernd', 'Clara', 'Deniz', 'Emil', 'Frieda', 'Gül', 'Hans', 'Ilse', 'Jonas', 'Katrin', 'Lukas', 'Mira', 'Niklas', 'Özlem'];
const LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Yılmaz', 'Koch', 'Richter', 'Klein', 'Wolf'];
// Streets of the configured city (the bench searches for the first two), and one no city has
// (Südring). Taken from the register, not named here: a city's streets live in its configuration.
export const STREETS = [...allStreets().slice(0, 7).map((s) => s.name), 'Südring'];
// A realistic mix: most requests are closed, a tenth each wait or are being worked on.
const STATUS_MIX: [RequestStatus, number][] = [['received', 0.1], ['in_progress', 0.1], ['needs_info', 0.03], ['completed', 0.6], ['rejected', 0.1], ['withdrawn', 0.07]];
/** Large batches: the embedded store's cost per `_bulk_docs` call is mostly per call, not per document. */
const BATCH = 5000;
const DAY_MS = 86_400_000;

export const OPEN: RequestStatus[] = ['received', 'in_progress', 'needs_info'];

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length];
}

function statusFor(r: number): RequestStatus {
  let acc = 0;
  for (const [status, share] of STATUS_MIX) if (r < (acc += share)) return status;
  return 'completed';
}

/** Most requests go to waste management (the Sperrmüllkarte's department), the rest spread out. */
export function departmentFor(i: number): string {
  return i % 10 < 6 ? 'abfall' : pick(DEPARTMENTS, i).id;
}

/** The `k`-th request's reference: numbered in seeding order, as routing numbers them. */
export function benchReference(k: number, now = new Date()): string {
  return formatReference('SPM', referenceYear(now), k + 1);
}

/** A submitted Sperrmüllkarte (form version 1: a free pickup date) as a device pushes it. */
function submittedRequest(k: number, owner: string, receivedAt: string): StoredRequest {
  return {
    _id: randomUUID(),
    type: 'request',
    owner,
    serviceId: 'sperrmuellkarte',
    catalogueVersion: 1,
    answers: { items: ['moebel'], volume: '2', street: pick(STREETS, k), houseNumber: String(1 + (k % 90)), postcode: allStreets()[0].postcode, pickupDate: futureWeekday() },
    status: 'submitted',
    createdAt: receivedAt,
    updatedAt: receivedAt,
    submittedAt: receivedAt,
    history: [{ at: receivedAt, status: 'submitted', actor: 'citizen' }],
  } as StoredRequest;
}

/** A later status as the clerk's action (or the citizen's withdrawal) stores it: status and a history line. */
function laterStatus(doc: StoredRequest, status: RequestStatus, at: string): StoredRequest {
  if (status === 'received') return doc;
  const actor = status === 'withdrawn' ? 'citizen' : 'clerk';
  return { ...doc, status, updatedAt: at, history: [...doc.history, { at, status, actor }] } as StoredRequest;
}

export interface Seeded {
  citizens: number;
  /** Open cases of the waste department (some get an assignment or a follow-up). */
  openAbfall: string[];
  /** The reference of a request of 'abfall', for the reference search. */
  abfallReference: string;
}

/** Writes `requests` routed requests of `citizens` citizens, spread over the last two years. */
export async function seedRequests(store: Store, requests: number, onProgress?: (done: number) => void): Promise<Seeded> {
  const citizens = Math.min(10_000, Math.max(1, Math.floor(requests / 5)));
  const citizenIds = Array.from({ length: citizens }, () => randomUUID());
  const names = new Map(citizenIds.map((id, i) => [id, `${pick(FIRST, i)} ${pick(LAST, Math.floor(i / FIRST.length))}`]));
  const createdAt = new Date().toISOString();
  for (let i = 0; i < citizens; i += BATCH) {
    await store.users.bulk({
      docs: citizenIds.slice(i, i + BATCH).map((id, k) => ({ _id: `user:${id}`, type: 'user', role: 'citizen', email: `b${i + k}@example.org`, name: names.get(id), profile: {}, passwordHash: 'x', createdAt })),
    });
  }
  const now = new Date();
  const start = now.getTime() - 730 * DAY_MS;
  // One routing decision for the form's answers (the same fee and prefix for all); the bench
  // then spreads the requests over departments itself.
  const decision = decideRouting(submittedRequest(0, citizenIds[0], createdAt), now);
  if (decision.kind !== 'route') throw new Error(`bench request not routable: ${JSON.stringify(decision)}`);
  const openAbfall: string[] = [];
  let abfallReference = '';
  for (let i = 0; i < requests; i += BATCH) {
    const docs: StoredRequest[] = [];
    for (let k = i; k < Math.min(i + BATCH, requests); k++) {
      const receivedAt = new Date(start + Math.floor((k / requests) * 730 * DAY_MS));
      const status = statusFor(((k * 7919) % 1000) / 1000);
      const department = departmentFor(k);
      const owner = pick(citizenIds, k * 31);
      const routed = applyRouting(submittedRequest(k, owner, receivedAt.toISOString()), { ...decision, department }, benchReference(k, now), receivedAt);
      const doc = laterStatus(routed, status, new Date(receivedAt.getTime() + DAY_MS).toISOString());
      if (department === 'abfall') {
        if (OPEN.includes(status)) openAbfall.push(doc._id);
        if (k === Math.floor(requests * 0.06) * 10) abfallReference = doc.reference!;
      }
      docs.push(withSearchWords(doc, names.get(owner)));
    }
    const results = await store.requests.bulk({ docs });
    const failed = results.find((r) => r.error);
    if (failed) throw new Error(`seeding refused ${failed.id}: ${failed.error}`);
    onProgress?.(Math.min(i + BATCH, requests));
  }
  return { citizens, openAbfall, abfallReference };
}

/**
 * The workday's internal data, as casework.assign and follow-ups.setFollowUp store it: a third
 * of the open cases assigned (half of those to `clerkId`), every tenth with a follow-up, a
 * quarter of those due.
 */
export async function seedWorkday(store: Store, openAbfall: string[], clerkId: string) {
  const at = new Date().toISOString();
  const internal = openAbfall.flatMap((requestId, i) => [
    ...(i % 3 === 0 ? [{ _id: `assignment:${requestId}`, type: 'assignment', requestId, assigneeId: i % 2 ? clerkId : 'someone-else', assigneeName: 'Sachbearbeitung', at }] : []),
    ...(i % 10 === 0
      ? [{ _id: `followup:${requestId}`, type: 'followUp', requestId, department: 'abfall', followUpDate: i % 40 === 0 ? '2020-01-01' : '2099-01-01', note: '', authorId: clerkId, authorName: 'x', at }]
      : []),
  ]);
  for (let i = 0; i < internal.length; i += BATCH) await store.internal.bulk({ docs: internal.slice(i, i + BATCH) });
  return { assigned: internal.filter((d) => d.type === 'assignment').length, followUps: internal.filter((d) => d.type === 'followUp').length };
}
