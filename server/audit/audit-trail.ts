import { createHash } from 'node:crypto';
import type { ChainCheck } from '../../domain/audit/chain-check';
import { isConflict, type Store } from '../store';

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
  for (let attempt = 0; attempt < 20; attempt++) {
    const last = await lastEntry(store, input.department);
    const base = {
      ...input,
      seq: (last?.seq ?? 0) + 1,
      at: now().toISOString(),
      prevHash: last?.hash ?? GENESIS,
    };
    const entry: AuditEntry = { ...base, hash: hashEntry(base) };
    try {
      await store.audit.insert({ _id: entryId(input.department, entry.seq), type: 'audit', ...entry });
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

function strip(doc: AuditEntry & { _id?: string; _rev?: string; type?: string }): AuditEntry {
  const { _id, _rev, type, ...entry } = doc;
  return entry;
}

/**
 * Walks the whole chain from its start: each entry must follow the previous one without a gap,
 * name the previous entry's hash, and hash to what it says. A changed, removed or inserted
 * entry breaks one of the three.
 */
export async function verifyAudit(store: Store, department: string): Promise<ChainCheck> {
  let prevHash = GENESIS;
  let expected = 1;
  let startkey = `chain:${department}:`;
  const endkey = `chain:${department}:\uffff`;
  for (;;) {
    const res = await store.audit.list({ startkey, endkey, limit: 501, include_docs: true });
    const rows = res.rows.slice(0, 500);
    for (const row of rows) {
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
