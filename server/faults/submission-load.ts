import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import { ApiClient, sperrmuellDraft, submitted } from '../test-support/api-client';

export const LOAD_PASSWORD = 'correct horse battery';

/**
 * A citizen's device under faults: sends `count` requests, a few pushes in flight, and retries
 * each push until the server answers 200 — as RxDB's replication does. A push whose answer was
 * lost is sent again unchanged; the server's answer (stored, or a conflict with its master) both
 * mean "it is there". `base()` says where the server is now (it may move after a restart).
 */
export class SubmissionLoad {
  readonly docs: SyncedDoc<RequestDoc>[] = [];
  sent = 0;
  failedAttempts = 0;
  private client: ApiClient | undefined;

  constructor(
    private readonly base: () => string,
    private readonly email: string,
  ) {}

  private async session(): Promise<ApiClient> {
    const url = this.base();
    if (this.client?.baseUrl === url) return this.client;
    const client = new ApiClient(url);
    const res = await client.login(this.email, LOAD_PASSWORD);
    if (res.status !== 200) throw new Error(`login ${res.status}`);
    return (this.client = client);
  }

  /** Pushes until it is answered 200; network errors and 5xx are retried after a short pause. */
  async pushUntilStored(doc: SyncedDoc<RequestDoc>, deadline: number): Promise<void> {
    for (;;) {
      try {
        const client = await this.session();
        const res = await client.push([{ assumedMasterState: null, newDocumentState: doc }]);
        if (res.status === 200) return;
        if (res.status < 500 && res.status !== 401) throw new Error(`push refused: ${res.status} ${JSON.stringify(res.body)}`);
        if (res.status === 401) this.client = undefined;
      } catch (err) {
        if ((err as Error).message.startsWith('push refused')) throw err;
        this.client = undefined;
      }
      this.failedAttempts++;
      if (Date.now() > deadline) throw new Error('push retried past the deadline');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Sends `count` requests with `concurrency` pushes in flight; `onSent(n)` after each. */
  async run(count: number, concurrency: number, timeoutMs: number, onSent?: (n: number) => void): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let next = 0;
    const lane = async () => {
      while (next < count) {
        next++;
        const doc = submitted(sperrmuellDraft());
        this.docs.push(doc);
        await this.pushUntilStored(doc, deadline);
        this.sent++;
        onSent?.(this.sent);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
  }
}

export interface LoadOutcome {
  sent: number;
  /** Sent (answered 200) but not on the server. */
  lost: number;
  /** Ids the server returned more than once, or Aktenzeichen given to more than one request. */
  duplicated: number;
  /** On the server but not (yet) routed. */
  unrouted: number;
}

/** Everything the citizen's account holds now, compared with what the load sent. */
export async function checkOutcome(client: ApiClient, load: SubmissionLoad): Promise<LoadOutcome> {
  const seen = new Map<string, SyncedDoc<RequestDoc>>();
  let duplicated = 0;
  let checkpoint: { seq: string } | null = null;
  for (;;) {
    const res = await client.pull(checkpoint, 200);
    if (res.status !== 200) throw new Error(`pull ${res.status}`);
    for (const doc of res.body.documents) seen.set(doc.id, doc);
    checkpoint = res.body.checkpoint;
    if (res.body.documents.length === 0) break;
  }
  // One pull stream from the start lists each document once at its latest change.
  const references = new Map<string, number>();
  for (const doc of seen.values()) if (doc.reference) references.set(doc.reference, (references.get(doc.reference) ?? 0) + 1);
  for (const n of references.values()) if (n > 1) duplicated += n - 1;
  const sentIds = load.docs.slice(0, load.docs.length).map((d) => d.id);
  const lost = sentIds.filter((id) => !seen.has(id)).length;
  const unrouted = sentIds.filter((id) => seen.has(id) && seen.get(id)!.status === 'submitted').length;
  return { sent: load.sent, lost, duplicated, unrouted };
}
