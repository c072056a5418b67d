import { randomUUID } from 'node:crypto';
import type { RequestDoc } from '../../domain/request/request-document';
import { confirmFixtureAccount } from './fixture-accounts';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import type { ApiError, PullResponseBody, PushResponseBody, SyncedDoc } from '../../domain/sync/sync-protocol';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

/** A browser-like HTTP client: keeps the session cookie, speaks JSON. */
export class ApiClient {
  private cookie = '';

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return this.cookie;
  }

  async call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        // As a browser does on every state-changing request (server/http/same-origin.ts).
        ...(method !== 'GET' && method !== 'HEAD' ? { Origin: new URL(this.baseUrl).origin } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    // A cleared cookie still comes back as `bp_session=;` — keep the old one to test replays.
    if (setCookie && !/^bp_session=;/.test(setCookie)) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T };
  }

  /** A confirmed citizen, signed in on this client (see fixture-accounts.ts). */
  async register(name = 'Test Person'): Promise<{ id: string; email: string }> {
    const user = await this.registerUnconfirmed(name);
    if (!(await confirmFixtureAccount(this.baseUrl, user))) throw new Error(`no test portal at ${this.baseUrl} to confirm ${user.email}`);
    return { ...user, emailConfirmed: true } as typeof user;
  }

  /** A citizen as registration leaves them: signed in, the address not yet confirmed. */
  async registerUnconfirmed(name = 'Test Person'): Promise<{ id: string; email: string }> {
    const email = `person-${randomUUID()}@example.org`;
    const res = await this.call('POST', '/api/auth/register', { email, password: 'correct horse battery', name });
    if (res.status !== 202) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
    // Registration never logs in (its answer must not tell a new address from a known one): the app logs in next.
    const login = await this.login(email, 'correct horse battery');
    if (login.status !== 200) throw new Error(`login after register failed: ${login.status} ${JSON.stringify(login.body)}`);
    return login.body.user;
  }

  async login(email: string, password: string): Promise<ApiResponse> {
    return this.call('POST', '/api/auth/login', { email, password });
  }

  pull(checkpoint: { seq: string } | null = null, batchSize = 100): Promise<ApiResponse<PullResponseBody>> {
    return this.call('POST', '/api/sync/requests/pull', { checkpoint, batchSize });
  }

  push(rows: { assumedMasterState: SyncedDoc<RequestDoc> | null; newDocumentState: SyncedDoc<RequestDoc> }[]): Promise<ApiResponse<PushResponseBody & Partial<ApiError> & { problems: any[] }>> {
    return this.call('POST', '/api/sync/requests/push', { rows });
  }

  /** Pulls everything and returns the document with this id (or undefined). */
  async current(id: string): Promise<SyncedDoc<RequestDoc> | undefined> {
    const res = await this.pull(null, 200);
    if (res.status !== 200) throw new Error(`pull failed: ${res.status}`);
    return res.body.documents.find((d) => d.id === id);
  }

  /** Sends a Sperrmüllkarte (answers changed by `answers`) and waits until routing received it; returns its id. */
  async sendRouted(answers: Partial<RequestDoc['answers']> = {}): Promise<string> {
    const draft = sperrmuellDraft();
    const doc = submitted({ ...draft, answers: { ...draft.answers, ...answers } as RequestDoc['answers'] });
    const pushed = await this.push([{ assumedMasterState: null, newDocumentState: doc }]);
    if (pushed.status !== 200) throw new Error(`push refused: ${pushed.status} ${JSON.stringify(pushed.body)}`);
    // Routing is asynchronous (the worker follows the changes feed); on a loaded machine it took over 10 s.
    await eventually(async () => (await this.current(doc.id))?.status === 'received', 30_000, 'routing');
    return doc.id;
  }
}

/** The next weekday at least `minDays` ahead, as the date input's three fields. */
export function futureWeekday(minDays = 3): { day: string; month: string; year: string } {
  const d = new Date(Date.now() + minDays * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

let nextPickupDay = 0;

/**
 * A pickup day of the Sperrmüll pool, a different one on each call (round robin over the
 * bookable days), so tests that submit many requests don't fill one day's capacity by accident.
 */
export function pickupDay(now = new Date()): string {
  const days = candidateSlots(SLOT_POOLS.sperrmuell, now);
  return days[nextPickupDay++ % days.length];
}

let nextHouseNumber = 0;

/** A fresh draft of a catalogue entry with these answers, as a device creates it. */
function draftOf(serviceId: string, catalogueVersion: number, answers: RequestDoc['answers'], overrides: Partial<RequestDoc>): SyncedDoc<RequestDoc> {
  const now = new Date().toISOString();
  return { id: randomUUID(), serviceId, catalogueVersion, answers, status: 'draft', createdAt: now, updatedAt: now, history: [], _deleted: false, ...overrides };
}

const SPERRMUELL_ANSWERS = { items: ['moebel', 'matratzen'], volume: '2,5', street: 'Bonenstraße', postcode: '59368' };

/**
 * A complete Sperrmüllkarte draft of the current form version (2: pickup slot, fee), each from
 * another house of the street, so tests that send many stay within the pickup days an address
 * may hold per year (domain/catalogue/holding-limits).
 */
export function sperrmuellDraft(overrides: Partial<RequestDoc> = {}): SyncedDoc<RequestDoc> {
  const houseNumber = String(1 + (nextHouseNumber++ % 999));
  return draftOf('sperrmuellkarte', 2, { ...SPERRMUELL_ANSWERS, houseNumber, pickupSlot: pickupDay() }, overrides);
}

/** A draft of version 1 (a free preferred date), as devices made them before version 2. */
export function sperrmuellDraftV1(overrides: Partial<RequestDoc> = {}): SyncedDoc<RequestDoc> {
  return draftOf('sperrmuellkarte', 1, { ...SPERRMUELL_ANSWERS, houseNumber: '12', pickupDate: futureWeekday() }, overrides);
}

/** A Bürgerbüro appointment draft for one slot of the office pool. */
export function appointmentDraft(slot: string, overrides: Partial<RequestDoc> = {}): SyncedDoc<RequestDoc> {
  const answers = { concern: 'personalausweis', persons: '1', slot, name: 'Erika Muster', email: 'erika@example.org' };
  return draftOf('termin-buergerbuero', 1, answers, overrides);
}

/** Waits until routing has decided about a sent request (any status but `submitted`). */
export async function settled(client: ApiClient, id: string): Promise<SyncedDoc<RequestDoc>> {
  return eventually(async () => {
    const doc = await client.current(id);
    return doc && doc.status !== 'submitted' ? doc : undefined;
  }, 20_000, `routing of ${id}`);
}

export function submitted(doc: SyncedDoc<RequestDoc>): SyncedDoc<RequestDoc> {
  return { ...doc, status: 'submitted', submittedAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
}

/** Polls until `check` returns a value (or fails after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
