/**
 * The citizen's on-device database. This module pulls in RxDB (~125 KB gzip), so it is only ever
 * loaded with `import()` after the first paint (see user-data.ts): the start page never waits.
 * RxDB's dev-mode plugin is never imported — in browsers it injects a tracking iframe.
 */
import {
  addRxPlugin,
  createRxDatabase,
  removeRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxJsonSchema,
  type RxStorage,
} from 'rxdb/plugins/core';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { MESSAGE_SCHEMA, messagesEqual, type MessageDoc } from '../../domain/messages/message-document';
import { REQUEST_SCHEMA, type RequestDoc } from '../../domain/request/request-document';
import { requestStatesEqual, resolveRequestConflict } from '../../domain/sync/resolve-request-conflict';
import { databaseNameFor } from './database-name';
import { validatedStorage } from './request-validation/validated-storage';
import { keepNewerRequests } from './keep-newer-requests';
import type { PendingEntries } from './pending-push';
import { startMessageReplication } from './message-replication';
import { startRequestReplication, type ReplicationControl, type ReplicationHooks } from './request-replication';

addRxPlugin(RxDBLocalDocumentsPlugin);
// A schema change (new optional server fields) must keep every stored draft: see migrationStrategies.
addRxPlugin(RxDBMigrationSchemaPlugin);
// Several tabs share one database; only the leader tab replicates, so pushes never race.
addRxPlugin(RxDBLeaderElectionPlugin);

export type RequestCollection = RxCollection<RequestDoc>;
export type MessageCollection = RxCollection<MessageDoc>;

/** What the rest of the client may do with an open database. */
export interface UserDatabase {
  readonly requests: RequestCollection;
  /** The Postfach: messages of every request, readable offline; replies wait here until sent. */
  readonly messages: MessageCollection;
  /** Changes the pending-push record atomically (RxDB serialises incremental writes). */
  modifyPending(change: (entries: PendingEntries) => PendingEntries): Promise<void>;
  readPending(): Promise<PendingEntries>;
  /** Calls back with the pending-push record now and after every change (also from other tabs). */
  watchPending(listener: (entries: PendingEntries) => void): () => void;
  /** Stops replication and closes the database; the data stays on the device. */
  close(): Promise<void>;
  /** Stops replication and deletes the whole database from the device (logout). */
  remove(): Promise<void>;
}

const PENDING_DOC_ID = 'pending-push';
interface PendingDocData {
  entries: PendingEntries;
}

let storage: RxStorage<unknown, unknown> | undefined;
function getStorage(): RxStorage<unknown, unknown> {
  // Every write is checked against the same JSON schema the server uses for pushes (precompiled
  // ajv: the CSP forbids the eval that wrappedValidateAjvStorage would need).
  // A pull answered before the device's last push never takes back what was sent since.
  storage ??= keepNewerRequests(validatedStorage(getRxStorageDexie())) as RxStorage<unknown, unknown>;
  return storage;
}

export async function openUserDatabase(userId: string, hooks: ReplicationHooks): Promise<UserDatabase> {
  const db: RxDatabase = await createRxDatabase({
    name: databaseNameFor(userId),
    storage: getStorage(),
    multiInstance: true,
    // A re-login in the same tab may find the previous instance still open.
    closeDuplicates: true,
  });
  const collections = await db.addCollections({
    requests: {
      schema: REQUEST_SCHEMA as unknown as RxJsonSchema<RequestDoc>,
      localDocuments: true,
      // Versions 1 and 2 only added optional fields (fee, slot; payment choice and payment):
      // documents stay as they are.
      migrationStrategies: { 1: (doc: RequestDoc) => doc, 2: (doc: RequestDoc) => doc },
      conflictHandler: {
        isEqual: (a, b) => requestStatesEqual(a, b),
        resolve: async ({ realMasterState, newDocumentState, assumedMasterState }) =>
          resolveRequestConflict(realMasterState, newDocumentState, assumedMasterState),
      },
    },
    messages: {
      schema: MESSAGE_SCHEMA as unknown as RxJsonSchema<MessageDoc>,
      // A stored message never changes: whatever the server holds is the message.
      conflictHandler: {
        isEqual: (a, b) => messagesEqual(a, b),
        resolve: async ({ realMasterState }) => realMasterState,
      },
    },
  });
  const messages = collections.messages as MessageCollection;
  const requests = collections.requests as RequestCollection;
  if (!(await requests.getLocal(PENDING_DOC_ID))) {
    await requests.upsertLocal<PendingDocData>(PENDING_DOC_ID, { entries: {} });
  }

  const replication: ReplicationControl = startRequestReplication(requests, userId, hooks, (change) =>
    modifyPending(change),
  );

  const messageReplication: ReplicationControl = startMessageReplication(messages, userId, hooks);

  async function modifyPending(change: (entries: PendingEntries) => PendingEntries): Promise<void> {
    const doc = (await requests.getLocal<PendingDocData>(PENDING_DOC_ID)) ??
      (await requests.upsertLocal<PendingDocData>(PENDING_DOC_ID, { entries: {} }));
    await doc.incrementalModify((data) => ({ entries: change(data.entries ?? {}) }));
  }

  return {
    requests,
    messages,
    modifyPending,
    async readPending() {
      const doc = await requests.getLocal<PendingDocData>(PENDING_DOC_ID);
      return (doc?.toJSON().data.entries as PendingEntries | undefined) ?? {};
    },
    watchPending(listener) {
      const sub = requests.getLocal$<PendingDocData>(PENDING_DOC_ID).subscribe((doc) => {
        listener((doc?.toJSON().data.entries as PendingEntries | undefined) ?? {});
      });
      return () => sub.unsubscribe();
    },
    async close() {
      await messageReplication.stop();
      await replication.stop();
      await db.close();
    },
    async remove() {
      await messageReplication.stop();
      await replication.stop();
      // db.remove() empties every store the database made (requests, local documents, the
      // replication's checkpoints) and closes it; the IndexedDB databases themselves remain.
      await db.remove();
      await deleteIndexedDbs(db.name);
    },
  };
}

/** Deletes a user's database that is not open in this tab (e.g. logout right after a reload). */
export async function removeUserDatabase(userId: string): Promise<void> {
  const name = databaseNameFor(userId);
  await removeRxDatabase(name, getStorage(), true);
  await deleteIndexedDbs(name);
}

/** A tab that still has the database open delays deletion; it then finishes in the background. */
const DELETE_WAIT_MS = 3000;

/**
 * RxDB's Dexie storage "removes" a database by emptying its tables: the IndexedDB databases
 * stay, named after the user (`rxdb-dexie-bp-user-<id>--0--requests`, …). Logout must leave
 * nothing of the person behind, so they are deleted too.
 */
async function deleteIndexedDbs(rxdbName: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const prefix = `rxdb-dexie-${rxdbName}--`;
  const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith(prefix));
  await Promise.all(
    names.map(
      (n) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(n);
          request.onsuccess = () => resolve();
          request.onerror = () => resolve();
          setTimeout(resolve, DELETE_WAIT_MS);
        }),
    ),
  );
}
