import type { Logger } from '../logger';
import { DATABASE_KINDS, isConflict, type Store } from './store-connection';

/** Mango indexes per database: what the portal queries by. */
const INDEXES: Partial<Record<(typeof DATABASE_KINDS)[number], { name: string; fields: string[] }[]>> = {
  // Pull finds a citizen's document ids by owner; the clerk inbox lists a department's
  // requests newest first.
  requests: [
    { name: 'by-owner', fields: ['owner'] },
    { name: 'by-department-received', fields: ['department', 'receivedAt'] },
  ],
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
  // The public list shows the items still waiting in the Fundbüro.
  fundsachen: [{ name: 'by-status-found', fields: ['status', 'foundOn'] }],
};

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
  ],
};

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

/** Creates databases, Mango indexes and design documents; safe to run any number of times. */
export async function setupDatabases(store: Store, logger?: Logger): Promise<void> {
  for (const kind of DATABASE_KINDS) {
    const name = store.names[kind];
    await ensureDatabase(store, name);
    for (const index of INDEXES[kind] ?? []) {
      await store.server.use(name).createIndex({ index: { fields: index.fields }, name: index.name, ddoc: `idx-${index.name}`, type: 'json' });
    }
    for (const ddoc of DESIGN_DOCS[kind] ?? []) await ensureDesignDoc(store, name, ddoc);
  }
  logger?.info({ databases: Object.values(store.names) }, 'store ready');
}
