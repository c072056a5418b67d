import { createHash } from 'node:crypto';
import type { ChainCheck } from '../../domain/audit/chain-check';
import type { DecisionRecord } from '../requests';
import { isConflict, type Store } from '../store';

/** The source an entry derived from a decision names. */
export const decisionSource = (d: DecisionRecord) => `decision:${d.id}`;

/** What a clerk did: read a case, decided, wrote, exported. */
export interface AuditInput {
  department: string;
  actorId: string;
  actorName: string;
  action: string;
  requestId?: string;
  reference?: string;
  /** Short facts about the action (target department, message id); never answers or reasons. */
  detail?: Record<string, string | number>;
}

/** Where an entry came from (`decision:<id>`), so deriving it again never appends it twice; not hashed. */
export interface AuditSource {
  source?: string;
}

export interface AuditEntry extends AuditInput {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);
const SEQ_DIGITS = 12;

function entryId(department: string, seq: number): string {
  return `chain:${department}:${String(seq).padStart(SEQ_DIGITS, '0')}`;
}

/** Key order fixed, so the same entry always hashes the same, whatever JSON order a store returns. */
function canonical(entry: Omit<AuditEntry, 'hash'>): string {
  const detail = entry.detail ? Object.fromEntries(Object.entries(entry.detail).sort(([a], [b]) => a.localeCompare(b))) : null;
  return JSON.stringify([entry.seq, entry.at, entry.department, entry.actorId, entry.actorName, entry.action, entry.requestId ?? null, entry.reference ?? null, detail, entry.prevHash]);
}

export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(canonical(entry)).digest('hex');
}

async function lastEntry(store: Store, department: string): Promise<AuditEntry | undefined> {
  const res = await store.audit.list({
    startkey: `chain:${department}:\uffff`,
    endkey: `chain:${department}:`,
    descending: true,
    limit: 1,
    include_docs: true,
  });
  return res.rows[0]?.doc as AuditEntry | undefined;
}

/**
 * Appends one entry to the department's chain. Each entry's id is its sequence number, so two
 * writers racing for the same place can't both win: the store refuses the second (409), which
 * re-reads the new end of the chain and tries again — across server processes too.
 */
export async function appendAudit(store: Store, input: AuditInput, now: () => Date = () => new Date()): Promise<AuditEntry> {
  return (await queued(store, input, now))!;
}

/** Appends an entry derived from `source` unless the trail has it already; true when appended now. */
export async function appendDerivedAudit(store: Store, input: AuditInput, source: string, now: () => Date = () => new Date()): Promise<boolean> {
  return !!(await queued(store, { ...input, source }, now));
}

function queued(store: Store, input: AuditInput & AuditSource, now: () => Date): Promise<AuditEntry | undefined> {
  // One append per department at a time in this process: clerks acting at once queue here
  // instead of racing each other for the same sequence number until one gives up.
  const key = `${store.names.audit}|${input.department}`;
  const queue = (tails.get(key) ?? Promise.resolve()).then(() => appendNow(store, input, now));
  const tail = queue.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return queue;
}

const tails = new Map<string, Promise<void>>();

/** Whether an entry derived from `source` is in the trail already. */
async function chainedAlready(store: Store, source: string): Promise<boolean> {
  const res = await store.audit.find({ selector: { source }, fields: ['_id'], limit: 1, use_index: 'idx-by-source' } as never);
  return res.docs.length > 0;
}

async function appendNow(store: Store, input: AuditInput & AuditSource, now: () => Date): Promise<AuditEntry | undefined> {
  const { source, ...fields } = input;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (source && (await chainedAlready(store, source))) return undefined;
    const last = await lastEntry(store, input.department);
    const base = {
      ...fields,
      seq: (last?.seq ?? 0) + 1,
      at: now().toISOString(),
      prevHash: last?.hash ?? GENESIS,
    };
    const entry: AuditEntry = { ...base, hash: hashEntry(base) };
    try {
      await store.audit.insert({ _id: entryId(input.department, entry.seq), type: 'audit', ...entry, ...(source ? { source } : {}) });
      return entry;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new Error('audit trail busy: could not append');
}

/** The department's entries, newest first, a page at a time. */
export async function listAudit(store: Store, department: string, limit: number, beforeSeq?: number): Promise<AuditEntry[]> {
  const res = await store.audit.list({
    startkey: beforeSeq ? entryId(department, beforeSeq - 1) : `chain:${department}:\uffff`,
    endkey: `chain:${department}:`,
    descending: true,
    limit,
    include_docs: true,
  });
  return res.rows.map((r) => strip(r.doc as AuditEntry & { _id: string; _rev: string; type: string }));
}

function strip(doc: AuditEntry & { _id?: string; _rev?: string; type?: string; source?: string }): AuditEntry {
  const { _id, _rev, type, source: _source, ...entry } = doc;
  return entry;
}

/**
 * Walks the whole chain from its start: each entry must follow the previous one without a gap,
 * name the previous entry's hash, and hash to what it says. A changed, removed or inserted
 * entry breaks one of the three.
 */
export async function verifyAudit(store: Store, department: string): Promise<ChainCheck> {
  const sources = new Set<string>();
  const walked = await walkChain(store, department, sources);
  if (!walked.ok) return walked;
  const missing = await missingDecisions(store, department, sources);
  return missing ? { ok: false, entries: walked.entries, brokenAt: walked.entries + 1, missing } : walked;
}

/**
 * Decisions stored with their requests that the department's trail does not hold. A decision
 * still being chained counts as missing until it is: the check says only what the trail shows.
 */
async function missingDecisions(store: Store, department: string, sources: Set<string>): Promise<number> {
  const res = await store.requests.find({ selector: { type: 'request', decisions: { $elemMatch: { department } } }, fields: ['decisions'], limit: 1_000_000 } as never);
  let missing = 0;
  for (const doc of res.docs as { decisions?: DecisionRecord[] }[]) {
    for (const d of doc.decisions ?? []) if (d.department === department && !sources.has(decisionSource(d))) missing++;
  }
  return missing;
}

async function walkChain(store: Store, department: string, sources: Set<string>): Promise<ChainCheck> {
  let prevHash = GENESIS;
  let expected = 1;
  let startkey = `chain:${department}:`;
  const endkey = `chain:${department}:\uffff`;
  for (;;) {
    const res = await store.audit.list({ startkey, endkey, limit: 501, include_docs: true });
    const rows = res.rows.slice(0, 500);
    for (const row of rows) {
      const source = (row.doc as AuditSource).source;
      if (source) sources.add(source);
      const entry = strip(row.doc as AuditEntry);
      const { hash, ...rest } = entry;
      if (row.id !== entryId(department, expected) || entry.seq !== expected || entry.prevHash !== prevHash || hashEntry(rest) !== hash) {
        return { ok: false, entries: expected - 1, brokenAt: expected };
      }
      prevHash = hash;
      expected++;
    }
    if (res.rows.length <= 500) return { ok: true, entries: expected - 1 };
    startkey = res.rows[500].id;
  }
}
