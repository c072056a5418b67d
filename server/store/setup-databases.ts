import type { Logger } from '../logger';
import { SEARCH_WORDS_VERSION } from '../../domain/search';
import { DATABASE_KINDS, isConflict, isNotFound, type Store } from './store-connection';
import { INBOX_ASSIGNEE_DESIGN } from './inbox-assignee-design';

/** Mango indexes per database: what the portal queries by. */
const INDEXES: Partial<Record<(typeof DATABASE_KINDS)[number], { name: string; fields: string[] }[]>> = {
  // Pull finds a citizen's document ids by owner; the clerk inbox lists a department's
  // requests newest first.
  requests: [
    { name: 'by-owner', fields: ['owner'] },
    { name: 'by-department-received', fields: ['department', 'receivedAt'] },
    // The inbox's filters and sort orders, each fully covered by an index so the store can stop
    // after one page instead of filtering a department's whole history in memory.
    { name: 'by-department-status-received', fields: ['department', 'status', 'receivedAt'] },
    { name: 'by-department-service-received', fields: ['department', 'serviceId', 'receivedAt'] },
    { name: 'by-department-status-service-received', fields: ['department', 'status', 'serviceId', 'receivedAt'] },
    { name: 'by-department-reference', fields: ['department', 'reference'] },
    { name: 'by-creditor-reference', fields: ['payment.creditorReference'] },
    // The inbox's payment filter (issue 4), alone and with a status; beside a service it filters in memory.
    { name: 'by-department-payment-received', fields: ['department', 'payment.state', 'receivedAt'] },
    { name: 'by-department-status-payment-received', fields: ['department', 'status', 'payment.state', 'receivedAt'] },
    // The retention job finds closed requests by when they were closed.
    { name: 'by-status-updated', fields: ['status', 'updatedAt'] },
    // Holding limits count the slots confirmed in a day or a year (server/slots/holding-limits).
    { name: 'by-confirmed-slot', fields: ['confirmedSlot'] },
    // The worker's fee reminders find open invoices by due date (server/notifications).
    { name: 'by-payment-due', fields: ['payment.state', 'payment.dueDate'] },
  ],
  messages: [{ name: 'by-owner', fields: ['owner'] }, { name: 'by-request', fields: ['requestId', 'createdAt'] }],
  internal: [{ name: 'by-request', fields: ['requestId', 'createdAt'] }],
  // by-user: deleting an account ends all of its sessions.
  sessions: [
    { name: 'by-expiry', fields: ['expiresAt'] },
    { name: 'by-user', fields: ['userId'] },
  ],
  // A request's files: for the clerk's list, the receipt and the retention job; a person's files
  // for account deletion (also those of drafts the server never saw).
  files: [
    { name: 'by-request', fields: ['requestId'] },
    { name: 'by-file-owner', fields: ['owner'] },
    // Uploads given up halfway (or refused) are swept after a while.
    { name: 'by-file-state', fields: ['state', 'createdAt'] },
  ],
  // Colleagues of a department, for assigning cases; staff accounts by role for the administrator.
  users: [
    { name: 'by-department', fields: ['department'] },
    { name: 'by-role', fields: ['role'] },
    // A rename whose requests' search words were not all rewritten yet (finished at start).
    { name: 'by-search-words-pending', fields: ['searchWordsPending'] },
  ],
  // The treasury's earlier imports, newest first, and the statement lines left for manual handling;
  // a transfer's request by the RF reference it carries.
  kasse: [
    { name: 'by-kind-imported', fields: ['kind', 'importedAt'] },
    { name: 'by-kind-handling-booked', fields: ['kind', 'handling', 'bookingDate'] },
  ],
  // The public list shows the items still waiting in the Fundbüro.
  fundsachen: [{ name: 'by-status-found', fields: ['status', 'foundOn'] }],
  // Audit entries derived from a clerk's decision name it, so deriving again never appends twice.
  audit: [{ name: 'by-source', fields: ['source'] }],
  // The reconciliation pass finds the ledgers with an unfinished attempt or an unsettled request.
  payments: [{ name: 'by-reconcile', fields: ['reconcile', 'updatedAt'] }],
  // The mail sender takes what is due: new mail, a retry whose wait is over, a claim that lapsed.
  outbox: [{ name: 'by-due', fields: ['state', 'dueAt'] }],
};

/** An inbox case (routed, not deleted); shared by the views below. Written for CouchDB's JavaScript engine too: ES5 only. */
const IN_INBOX = "doc.type === 'request' && doc.department && doc.receivedAt && !doc.deleted";
/** What a filter, the sort and the count need of a case, so only the page shown is read in full. */
const SUMMARY = "[doc.receivedAt, doc.status, doc.serviceId, doc.payment ? doc.payment.state || null : null, doc.reference || null, doc.department]";
/** A word row's value (inbox-word-search WordRow): the summary's filter fields and the case's words. */
const WORD_ROW = "[doc.receivedAt, doc.status, doc.serviceId, doc.payment ? doc.payment.state || null : null, doc.search.words]";

/** Design documents with map/reduce views; `version` lets a changed view replace the old one. */
const DESIGN_DOCS: Partial<Record<(typeof DATABASE_KINDS)[number], { _id: string; version: number; views: Record<string, { map: string; reduce?: string }> }[]>> = {
  requests: [
    {
      _id: '_design/inbox',
      version: 1,
      views: {
        // Counts per department and status for the clerks' inbox headings.
        'by-department-status': {
          map: 'function (doc) { if (doc.department && doc.status) { emit([doc.department, doc.status], null); } }',
          reduce: '_count',
        },
      },
    },
    {
      _id: '_design/inbox-search',
      version: 2,
      views: {
        // Cases' summaries by id: "assigned to me" and "follow-up due" know the ids from the
        // internal database and read only these rows, not the documents.
        summary: { map: `function (doc) { if (${IN_INBOX}) emit(doc._id, ${SUMMARY}); }` },
        // Requests whose words are missing or of an older version: derived again at start.
        stale: {
          map: `function (doc) { if (doc.type === 'request' && !doc.deleted && !(doc.search && doc.search.v === ${SEARCH_WORDS_VERSION})) emit(null, null); }`,
        },
      },
    },
    {
      _id: '_design/inbox-words',
      version: 2,
      views: {
        // The inbox search (server/clerk/inbox-word-search): each stored word of a case under its
        // department, then what the page is sorted by. The value (WORD_ROW) carries what the other
        // filters and the other typed words are checked against, so a search walks one word's
        // rows in the order shown and stops when the page is full; `_count` gives a word's total.
        'by-word-received': {
          map: `function (doc) { if (${IN_INBOX} && doc.search && doc.search.words) { var v = ${WORD_ROW}; for (var i = 0; i < doc.search.words.length; i++) emit([doc.department, doc.search.words[i], doc.receivedAt], v); } }`,
          reduce: '_count',
        },
        'by-word-status-received': {
          map: `function (doc) { if (${IN_INBOX} && doc.status && doc.search && doc.search.words) { var v = ${WORD_ROW}; for (var i = 0; i < doc.search.words.length; i++) emit([doc.department, doc.search.words[i], doc.status, doc.receivedAt], v); } }`,
          reduce: '_count',
        },
        'by-word-reference': {
          map: `function (doc) { if (${IN_INBOX} && doc.search && doc.search.words) { var v = ${WORD_ROW}; for (var i = 0; i < doc.search.words.length; i++) emit([doc.department, doc.search.words[i], doc.reference || ''], v); } }`,
        },
      },
    },
    INBOX_ASSIGNEE_DESIGN,
  ],
  // The inbox's "assigned to me" and "follow-up due": the request ids straight from the view rows
  // (no document read), joined to inbox-search/summary by id. Who works a case stays here, never
  // on the request, which replicates to the citizen's device.
  internal: [
    {
      _id: '_design/inbox-internal',
      version: 1,
      views: {
        'by-assignee': { map: "function (doc) { if (doc.type === 'assignment' && doc.assigneeId && doc.requestId) { emit(doc.assigneeId, doc.requestId); } }" },
        'follow-up-by-department-date': {
          map: "function (doc) { if (doc.type === 'followUp' && doc.department && doc.followUpDate && doc.requestId) { emit([doc.department, doc.followUpDate], doc.requestId); } }",
        },
      },
    },
  ],
};

/**
 * Design documents no longer queried: removed, since CouchDB keeps building every view in the
 * background. The word search moved from the documents' text to their stored words (inbox-search).
 */
const RETIRED_DESIGN_DOCS: Partial<Record<(typeof DATABASE_KINDS)[number], string[]>> = {
  requests: ['_design/search'],
  users: ['_design/search'],
  // "Assigned to me" and "follow-up due" read the view inbox-internal instead (no document reads).
  internal: ['_design/idx-by-assignee', '_design/idx-by-department-follow-up'],
};

async function removeDesignDoc(store: Store, dbName: string, id: string): Promise<void> {
  const db = store.server.use(dbName);
  try {
    const existing = await db.get(id);
    await db.destroy(id, existing._rev);
  } catch (err) {
    if (!isNotFound(err) && !isConflict(err)) throw err;
  }
}

async function ensureDatabase(store: Store, name: string): Promise<void> {
  try {
    await store.server.db.create(name);
  } catch (err) {
    // 412: it exists already — setup runs at every start and from every server process.
    if ((err as { statusCode?: number }).statusCode !== 412) throw err;
  }
}

async function ensureDesignDoc(store: Store, dbName: string, doc: { _id: string; version: number }): Promise<void> {
  const db = store.server.use<any>(dbName);
  try {
    const existing = await db.get(doc._id);
    if (existing.version === doc.version) return;
    await db.insert({ ...doc, _rev: existing._rev });
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) {
      try {
        await db.insert(doc);
      } catch (e) {
        if (!isConflict(e)) throw e;
      }
      return;
    }
    if (!isConflict(err)) throw err;
  }
}

/**
 * Creates databases, Mango indexes and design documents; safe to run any number of times.
 * The databases side by side and each one's indexes at once: one after the other these were ~60
 * round trips per start, each a wait for the store's turn on a busy machine (a portal start took
 * 12–20 s there, the test suite starts ~200 of them); the store's work is the same either way.
 */
export async function setupDatabases(store: Store, logger?: Logger): Promise<void> {
  await Promise.all(DATABASE_KINDS.map((kind) => setupDatabase(store, kind)));
  logger?.info({ databases: Object.values(store.names) }, 'store ready');
}

async function setupDatabase(store: Store, kind: (typeof DATABASE_KINDS)[number]): Promise<void> {
  const name = store.names[kind];
  await ensureDatabase(store, name);
  const db = store.server.use(name);
  await Promise.all([
    ...(INDEXES[kind] ?? []).map((index) => db.createIndex({ index: { fields: index.fields }, name: index.name, ddoc: `idx-${index.name}`, type: 'json' })),
    ...(DESIGN_DOCS[kind] ?? []).map((ddoc) => ensureDesignDoc(store, name, ddoc)),
    ...(RETIRED_DESIGN_DOCS[kind] ?? []).map((id) => removeDesignDoc(store, name, id)),
  ]);
}
