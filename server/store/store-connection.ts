import nano, { type DocumentScope, type ServerScope } from 'nano';

/** The databases of the portal: one per kind of document, never one per citizen (DESIGN.md). */
// `internal` (assignments, internal notes), `audit` and `kasse` (the treasury's bank statements) are never read by a sync endpoint.
// `payments` (online payment attempts per request) is server-only too: the device sees `RequestDoc.payment`.
export const DATABASE_KINDS = ['users', 'sessions', 'requests', 'counters', 'fundsachen', 'files', 'messages', 'internal', 'audit', 'payments', 'kasse', 'outbox'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

export interface Store {
  server: ServerScope;
  names: Record<DatabaseKind, string>;
  users: DocumentScope<any>;
  sessions: DocumentScope<any>;
  requests: DocumentScope<any>;
  counters: DocumentScope<any>;
  /** Found items of the Fundbüro (server/fundsachen). */
  fundsachen: DocumentScope<any>;
  /** Uploaded files (photos, proofs) as attachments, apart from the synced requests. */
  files: DocumentScope<any>;
  messages: DocumentScope<any>;
  internal: DocumentScope<any>;
  audit: DocumentScope<any>;
  /** Online payment attempts, one ledger per request (server/payments). */
  payments: DocumentScope<any>;
  /** The treasury's imported bank statements and their lines (server/kasse). */
  kasse: DocumentScope<any>;
  /** Mail waiting to be sent, one document per mail (server/mail). */
  outbox: DocumentScope<any>;
}

export function openStore(url: string, prefix: string): Store {
  const server = nano({ url });
  const names = Object.fromEntries(DATABASE_KINDS.map((k) => [k, `${prefix}${k}`])) as Record<DatabaseKind, string>;
  return {
    server,
    names,
    users: server.use(names.users),
    sessions: server.use(names.sessions),
    requests: server.use(names.requests),
    counters: server.use(names.counters),
    fundsachen: server.use(names.fundsachen),
    files: server.use(names.files),
    messages: server.use(names.messages),
    internal: server.use(names.internal),
    audit: server.use(names.audit),
    payments: server.use(names.payments),
    kasse: server.use(names.kasse),
    outbox: server.use(names.outbox),
  };
}

/** Waits until the store answers, so start-up order between store and server never matters. */
export async function waitForStore(store: Store, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await store.server.info();
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`Der Datenspeicher ist nicht erreichbar: ${(lastError as Error)?.message ?? lastError}`);
}

/** True when CouchDB answered 409: another writer got in first on this node. The absence of a 409 decides nothing across nodes. */
export function isConflict(err: unknown): boolean {
  return (err as { statusCode?: number })?.statusCode === 409;
}

export function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: number })?.statusCode === 404;
}

/** A document, or null when it doesn't exist; every other store failure still throws. */
export async function getOrNull<T>(db: DocumentScope<any>, id: string): Promise<(T & { _id: string; _rev: string }) | null> {
  try {
    return (await db.get(id)) as T & { _id: string; _rev: string };
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}
