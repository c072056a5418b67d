import type { AnswerValue, Answers, ServiceDefinition } from '../../domain/catalogue/service-definition';
import { canWithdraw } from '../../domain/lifecycle/request-status';
import type { RequestDoc } from '../../domain/request/request-document';
import type { PaymentMethod } from '../../domain/payments/payment-summary';
import { dropJournalEntry, journalAnswers, journalValues, readJournal, settleJournal } from './input-journal';
import { localWrites } from './local-writes';
import type { UserDatabase } from './rxdb-database';
import { trackWrite, untrackWrite } from './pending-push';
import { nextUpdatedAt } from './updated-at';
import { whenDatabaseReady } from './user-data';
import { effect } from '@preact/signals';
import { connected, firstPullDone } from './sync-state';

/**
 * Every change a citizen makes to a request, written to the device at once. Each write is
 * first recorded as pending (so the sync state and the logout warning know about it even if
 * the tab closes right after), then applied to the document.
 */

/** The newest `updatedAt` this tab issued per request, so rapid writes never share a timestamp. */
const lastIssued = new Map<string, string>();

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

type Change = (doc: RequestDoc) => RequestDoc | undefined;

/** `change` returns the new state, or undefined for "nothing to do" (no write, nothing pending). */
/** Resolves once the first pull has brought the server's copies, or the device is offline. */
function pulledOrOffline(): Promise<void> {
  return new Promise((resolve) => {
    const stop = effect(() => {
      if (!firstPullDone.value && connected.value) return;
      resolve();
      queueMicrotask(() => stop());
    });
  });
}

async function writeRequest(id: string, change: Change, database?: UserDatabase): Promise<void> {
  const db = database ?? (await whenDatabaseReady());
  let doc = await db.requests.findOne(id).exec();
  // Typed on a new device before its first pull brought the draft (the question page no longer
  // waits for it, issue 17): the write waits for the draft instead of failing.
  if (!doc && !database && !firstPullDone.peek()) {
    await pulledOrOffline();
    doc = await db.requests.findOne(id).exec();
  }
  if (!doc) throw new Error(`Request ${id} not found`);
  if (!change(doc.toMutableJSON())) return;
  const updatedAt = nextUpdatedAt(later(lastIssued.get(id), doc.updatedAt));
  lastIssued.set(id, updatedAt);
  await db.modifyPending((entries) => trackWrite(entries, id, updatedAt));
  try {
    await doc.incrementalModify((current) => {
      const next = change({ ...current });
      if (!next) return current;
      // Another write (e.g. a pulled server change) may have moved updatedAt on meanwhile.
      next.updatedAt = current.updatedAt >= updatedAt ? nextUpdatedAt(current.updatedAt) : updatedAt;
      return next;
    });
  } catch (error) {
    await db.modifyPending((entries) => untrackWrite(entries, id, updatedAt));
    throw error;
  }
}

function newDraft(service: ServiceDefinition, answers: Answers, currentPage: string): RequestDoc {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    serviceId: service.id,
    catalogueVersion: service.version,
    answers,
    currentPage,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
  };
}

async function insertDraft(draft: RequestDoc): Promise<void> {
  const db = await whenDatabaseReady();
  lastIssued.set(draft.id, draft.updatedAt);
  await db.modifyPending((entries) => trackWrite(entries, draft.id, draft.updatedAt));
  await db.requests.insert(draft);
}

/** Starts a service: a new draft on the first page. Resolves with the new request's id. */
export async function createDraft(service: ServiceDefinition): Promise<RequestDoc> {
  const draft = newDraft(service, {}, service.pages[0].id);
  await localWrites.enqueue(undefined, () => insertDraft(draft));
  return draft;
}

/**
 * Saves answers as typed (every keystroke). Only drafts change; a request already sent is
 * left alone (the form shows that it was sent).
 */
export function saveAnswers(id: string, values: Record<string, AnswerValue | undefined>): Promise<void> {
  // Synchronously first: a reload right after the keystroke must not lose it.
  journalAnswers(id, values);
  const key = `${id}:answers:${Object.keys(values).sort().join(',')}`;
  const saved = localWrites.enqueue(key, () => writeRequest(id, withAnswers(values)));
  return saved.then(() => settleJournal(id, values));
}

function withAnswers(values: Record<string, AnswerValue | undefined>): Change {
  return (doc) => {
    if (doc.status !== 'draft') return undefined;
    const answers: Answers = { ...doc.answers };
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined) delete answers[field];
      else answers[field] = value;
    }
    return { ...doc, answers };
  };
}

/**
 * Writes answers the journal still holds — typed just before a reload or a closed tab — into
 * the freshly opened database, before any page reads it. Entries of requests this database
 * doesn't have (another person's) are dropped.
 */
export async function replayInputJournal(db: UserDatabase): Promise<void> {
  for (const [id, entry] of Object.entries(readJournal())) {
    const values = journalValues(entry);
    if (!(await db.requests.findOne(id).exec())) {
      dropJournalEntry(id);
      continue;
    }
    await writeRequest(id, withAnswers(values), db);
    settleJournal(id, values);
  }
}

/** Remembers where the citizen is, so "continue" and a reload resume on that page. */
export function setCurrentPage(id: string, page: string): Promise<void> {
  return localWrites.enqueue(`${id}:page`, () =>
    writeRequest(id, (doc) => (doc.status !== 'draft' || doc.currentPage === page ? undefined : { ...doc, currentPage: page })),
  );
}

/** "Absenden": marks the draft as submitted; replication sends it when it can. */
export function submitRequest(id: string): Promise<void> {
  return localWrites.enqueue(undefined, () =>
    writeRequest(id, (doc) =>
      doc.status !== 'draft' ? undefined : { ...doc, status: 'submitted', submittedAt: new Date().toISOString() },
    ),
  );
}

/**
 * "Online or by bank transfer": stored on the device at once (offline too) and sent with the
 * request; it may change until the fee is paid, after which the choice no longer matters.
 */
export function choosePayment(id: string, choice: PaymentMethod): Promise<void> {
  return localWrites.enqueue(`${id}:payment`, () =>
    writeRequest(id, (doc) =>
      doc.paymentChoice === choice || doc.payment?.state === 'paid' ? undefined : { ...doc, paymentChoice: choice },
    ),
  );
}

/** "Antrag zurückziehen": only while the city has not decided; replication sends it when it can. */
export function withdrawRequest(id: string): Promise<void> {
  return localWrites.enqueue(undefined, () =>
    writeRequest(id, (doc) => (canWithdraw(doc.status) ? { ...doc, status: 'withdrawn' } : undefined)),
  );
}

/**
 * "Als neuen Entwurf übernehmen": answers that lost a conflict become a new draft (on its check
 * page), and the old request no longer offers them. Answers to questions the form no longer
 * asks are left out, so the new draft can be sent.
 */
export async function adoptKeptAnswers(id: string, service: ServiceDefinition): Promise<RequestDoc | undefined> {
  let created: RequestDoc | undefined;
  await localWrites.enqueue(undefined, async () => {
    const db = await whenDatabaseReady();
    const doc = await db.requests.findOne(id).exec();
    const kept = doc?.toMutableJSON().keptAnswers;
    if (!kept) return;
    const answers = Object.fromEntries(Object.entries(kept).filter(([field]) => field in service.fields));
    // Nothing the form still asks for: no empty draft, only the notice goes.
    if (Object.keys(answers).length > 0) {
      created = newDraft(service, answers, 'pruefen');
      await insertDraft(created);
    }
    await writeRequest(id, (current) => {
      if (!current.keptAnswers) return undefined;
      const { keptAnswers: _adopted, ...rest } = current;
      return rest;
    });
  });
  return created;
}

/**
 * A draft made with an older version of its form, moved to `toVersion` when the citizen opens it
 * (e.g. Sperrmüllkarte 1 → 2: the typed date becomes a pickup slot). Sent requests never change.
 */
export function upgradeDraft(id: string, toVersion: number): Promise<void> {
  return localWrites.enqueue(`${id}:version`, async () => {
    // Loaded only when an old draft is opened: the migrations need the slot calendar.
    const { migrateDraft } = await import('../../domain/catalogue/migrate-draft');
    await writeRequest(id, (doc) => migrateDraft(doc, toVersion));
  });
}

/**
 * The citizen picked one of the slots the server offered instead of a taken one: the answer
 * changes and the request is sent again (needs_info → submitted), offline as a wish like any other.
 */
export function chooseOfferedSlot(id: string, field: string, slot: string): Promise<void> {
  return localWrites.enqueue(undefined, () =>
    writeRequest(id, (doc) =>
      doc.status !== 'needs_info'
        ? undefined
        : { ...doc, answers: { ...doc.answers, [field]: slot }, status: 'submitted', submittedAt: new Date().toISOString() },
    ),
  );
}

/**
 * "Entwurf löschen": only a draft, on the device at once and on the server with the next push
 * (the server lets a citizen delete drafts only). Resolves with the draft as it was, for "undo".
 */
export async function deleteDraft(id: string): Promise<RequestDoc | undefined> {
  let removed: RequestDoc | undefined;
  await localWrites.enqueue(undefined, async () => {
    const db = await whenDatabaseReady();
    const found = await db.requests.findOne(id).exec();
    if (!found || found.status !== 'draft') return;
    removed = found.toMutableJSON();
    // A new updatedAt first, tracked as pending: the push of the deletion carries it and clears it.
    await writeRequest(id, (doc) => (doc.status === 'draft' ? { ...doc } : undefined), db);
    const current = await db.requests.findOne(id).exec();
    await current?.incrementalRemove();
  });
  return removed;
}

/** "Rückgängig": the deleted draft comes back as it was (a new write, so it is sent again). */
export async function restoreDraft(draft: RequestDoc): Promise<void> {
  await localWrites.enqueue(undefined, async () => {
    const db = await whenDatabaseReady();
    const updatedAt = nextUpdatedAt(later(lastIssued.get(draft.id), draft.updatedAt));
    lastIssued.set(draft.id, updatedAt);
    await db.modifyPending((entries) => trackWrite(entries, draft.id, updatedAt));
    await db.requests.upsert({ ...draft, updatedAt });
  });
}
