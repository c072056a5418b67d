import { signal } from '@preact/signals';

/**
 * The files a citizen chose, kept on this device until the server has them: a small IndexedDB
 * database of its own (`bp-user-<user>-files`), not RxDB attachments. Why: the requests collection
 * then needs no schema change, migration or new validator; blobs never pass through RxDB's
 * validated storage or its replication (which would have to strip them again); and the upload
 * queue can record progress per file without rewriting a request document per piece.
 * Metadata and bytes live in two object stores, so progress updates never copy the bytes.
 */
export type DeviceFileState = 'stored' | 'uploading' | 'uploaded' | 'refused' | 'deleting';

export interface DeviceFile {
  id: string;
  requestId: string;
  serviceId: string;
  catalogueVersion: number;
  fieldId: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  state: DeviceFileState;
  /** Bytes the server confirmed (whole pieces), for the progress shown. */
  sentBytes: number;
  refusedCode?: string;
  addedAt: string;
}

const META = 'files';
const BLOBS = 'blobs';
const CHANNEL = 'bp-files';

/** Bumped on every change in this tab or (through a BroadcastChannel) in another: lists re-read. */
export const fileStoreVersion = signal(0);

let current: { name: string; db: Promise<IDBDatabase>; channel?: BroadcastChannel } | undefined;

export function fileDatabaseName(dbName: string): string {
  return `${dbName}-files`;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Opens the signed-in person's file store (called with the RxDB database name of that person). */
export function openFileStore(userDbName: string): void {
  const name = fileDatabaseName(userDbName);
  if (current?.name === name) return;
  closeFileStore();
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    const meta = db.createObjectStore(META, { keyPath: 'id' });
    meta.createIndex('requestId', 'requestId');
    db.createObjectStore(BLOBS);
  };
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
  if (channel) channel.onmessage = () => fileStoreVersion.value++;
  current = {
    name,
    channel,
    db: promised(request).then((db) => {
      // Another tab deleting the database (logout) must not be blocked by this connection.
      db.onversionchange = () => db.close();
      return db;
    }),
  };
  const waiting = openWaiters;
  openWaiters = [];
  waiting.forEach((wake) => wake());
}

export function closeFileStore(): void {
  if (!current) return;
  const { db, channel } = current;
  current = undefined;
  channel?.close();
  void db.then((d) => d.close()).catch(() => undefined);
}

/** Logout: the person's files leave the device with their drafts. */
export async function deleteFileStore(userDbName: string): Promise<void> {
  closeFileStore();
  if (typeof indexedDB === 'undefined') return;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(fileDatabaseName(userDbName));
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
  fileStoreVersion.value++;
}

let openWaiters: (() => void)[] = [];

/**
 * The open database. A page may ask a moment before the session has opened the store (right
 * after a reload): it waits a few seconds for that instead of showing no files.
 */
async function database(): Promise<IDBDatabase> {
  if (!current) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('file store not open')), 5000);
      openWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  if (!current) throw new Error('file store not open');
  return current.db;
}

function changed(): void {
  fileStoreVersion.value++;
  current?.channel?.postMessage('changed');
}

export async function addFile(file: DeviceFile, blob: Blob): Promise<void> {
  const db = await database();
  const tx = db.transaction([META, BLOBS], 'readwrite');
  tx.objectStore(META).put(file);
  tx.objectStore(BLOBS).put(blob, file.id);
  await done(tx);
  changed();
}

export async function getFiles(ids: readonly string[]): Promise<DeviceFile[]> {
  if (!ids.length) return [];
  const db = await database();
  const store = db.transaction(META).objectStore(META);
  const found = await Promise.all(ids.map((id) => promised(store.get(id) as IDBRequest<DeviceFile | undefined>)));
  return found.filter((f): f is DeviceFile => !!f);
}

export async function allFiles(): Promise<DeviceFile[]> {
  const db = await database();
  return promised(db.transaction(META).objectStore(META).getAll() as IDBRequest<DeviceFile[]>);
}

export async function readBlob(id: string): Promise<Blob | undefined> {
  const db = await database();
  return promised(db.transaction(BLOBS).objectStore(BLOBS).get(id) as IDBRequest<Blob | undefined>);
}

/**
 * Changes one file's metadata, in one transaction with reading it: a file removed meanwhile
 * stays removed, and `unless` can refuse the change for the state found (e.g. "deleting").
 */
export async function updateFile(id: string, change: Partial<DeviceFile>, unless?: (file: DeviceFile) => boolean): Promise<boolean> {
  const db = await database();
  const tx = db.transaction(META, 'readwrite');
  const store = tx.objectStore(META);
  const file = (await promised(store.get(id) as IDBRequest<DeviceFile | undefined>)) ?? undefined;
  const apply = !!file && !unless?.(file);
  if (apply) store.put({ ...file, ...change });
  await done(tx);
  if (apply) changed();
  return apply;
}

export async function removeFile(id: string): Promise<void> {
  const db = await database();
  const tx = db.transaction([META, BLOBS], 'readwrite');
  tx.objectStore(META).delete(id);
  tx.objectStore(BLOBS).delete(id);
  await done(tx);
  changed();
}

/** Whether the store is open (a citizen is signed in on this tab). */
export function fileStoreOpen(): boolean {
  return !!current;
}
