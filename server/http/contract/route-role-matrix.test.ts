import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type Endpoint, type EndpointId } from '../../../domain/api';
import type { Portal } from '../../portal';
import { ApiClient } from '../../test-support/api-client';
import { registerFileTestService, noisyPng } from '../../test-support/file-test-service';
import { uploadFile } from '../../test-support/file-upload';
import { signedIn } from '../../test-support/staff-login';
import { startTestPortal } from '../../test-support/test-portal';
import { ANSWER_SCHEMAS, answerDrift } from './answer-check';
import { CALLER_ROLE, samples, type CallerName, type Fixture, type Sample } from './route-samples';

/**
 * Every route × every caller, against one real portal over HTTP: the answer is what the contract
 * declares (admitted, 401, 403, or 404 for what is someone else's), and no answer to anyone but
 * the owner and the owning department's staff carries the owner's data.
 */
const OWNER_NAME = 'Olga Eigentümerin';
const DEPARTMENT = 'abfall';
const OTHER_DEPARTMENT = 'fundbuero';
const DEPARTMENT_OF: Partial<Record<CallerName, string>> = { clerk: DEPARTMENT, lead: DEPARTMENT, otherClerk: OTHER_DEPARTMENT };

let portal: Portal;
let unregister: () => void;
const callers = {} as Record<CallerName, ApiClient>;
let fixture: Fixture;
let ownerEmail: string;

const staff = (email: string, password: string) => signedIn(portal.url, email, password);

beforeAll(async () => {
  unregister = registerFileTestService();
  portal = await startTestPortal();
  const owner = new ApiClient(portal.url);
  ownerEmail = (await owner.register(OWNER_NAME)).email;
  const other = new ApiClient(portal.url);
  await other.register('Otto Andere');
  const requestId = await owner.sendRouted();
  const reference = (await owner.current(requestId))!.reference!;
  const { id: fileId, complete } = await uploadFile(owner, noisyPng(8), { requestId: crypto.randomUUID(), name: 'geheimes-foto.png' });
  expect(complete.status).toBe(200);
  fixture = { requestId, reference, fileId, department: DEPARTMENT };
  Object.assign(callers, {
    anonymous: new ApiClient(portal.url),
    owner,
    otherCitizen: other,
    clerk: await staff('abfall@stadt-werne.example', 'werne-demo-abfall'),
    otherClerk: await staff('fundbuero@stadt-werne.example', 'werne-demo-fundbuero'),
    lead: await staff('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall'),
    treasury: await staff('kasse@stadt-werne.example', 'werne-demo-kasse'),
    admin: await staff('admin@stadt-werne.example', 'werne-demo-admin'),
  });
}, 120_000);
afterAll(async () => {
  unregister?.();
  await portal?.stop();
});

/** What the contract declares for this caller: admitted (the sample's statuses), or refused with these. */
function declared(e: Endpoint, who: CallerName, sample: Sample): { admitted: boolean; statuses: number[] } {
  const refused = (status: number) => ({ admitted: false, statuses: [status] });
  const admitted = { admitted: true, statuses: sample.ok ?? [] };
  if (e.access.public) return admitted;
  if (who === 'anonymous') return refused(401);
  if (!e.access.roles.includes(CALLER_ROLE[who] as never)) return refused(403);
  if (e.access.department && DEPARTMENT_OF[who] !== e.access.department) return refused(403);
  const special = sample.expect?.[who];
  if (special) return { admitted: false, statuses: special };
  // An id in the path names the owner's request, file or case: anyone else learns nothing, not even that it exists.
  if (e.params && e.access.scope === 'owner' && who !== 'owner') return refused(404);
  if (e.params && e.access.scope === 'department' && DEPARTMENT_OF[who] !== DEPARTMENT) return refused(404);
  return admitted;
}

async function send(client: ApiClient, e: Endpoint, sample: Sample): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { ...(client.cookieHeader ? { Cookie: client.cookieHeader } : {}), ...sample.headers };
  let body: string | undefined;
  if (sample.raw) {
    headers['Content-Type'] = sample.raw.type;
    body = sample.raw.data;
  } else if (sample.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(sample.body);
  }
  const abort = new AbortController();
  const res = await fetch(portal.url + sample.path, { method: e.method, headers, body, redirect: 'manual', signal: abort.signal });
  // The live stream never ends by itself: its answer is its status.
  if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
    abort.abort();
    return { status: res.status, text: '' };
  }
  return { status: res.status, text: await res.text() };
}

/** Answers the matrix cannot get as a success (its portal has no payment provider): checked in answer-schemas.test.ts. */
const ANSWERS_CHECKED_ELSEWHERE = ['payments.start'];

// The owner last: what the owner deletes or changes is still there for everyone else's attempt.
const CALLERS = [...(Object.keys(CALLER_ROLE) as CallerName[]).filter((c) => c !== 'owner'), 'owner' as const];

describe('every route × every caller answers as the contract declares', () => {
  it(`walks ${API.length} routes × ${CALLERS.length} callers`, async () => {
    expect(Object.keys(samples(fixture)).sort()).toEqual(API.map((e) => e.id).sort());
    // Logging out ends the caller's session: last.
    const endsSession = (id: string) => id === 'auth.logout' || id === 'auth.bundid.logout';
    const order = [...API.filter((e) => !endsSession(e.id)), ...API.filter((e) => endsSession(e.id))];
    const wrong: string[] = [];
    const secrets = [ownerEmail, OWNER_NAME, fixture.reference, 'geheimes-foto.png'];
    let cases = 0;
    const answersChecked = new Set<string>();
    for (const e of order) {
      for (const who of CALLERS) {
        const sample = samples(fixture)[e.id as EndpointId];
        const { status, text } = await send(callers[who], e, sample);
        cases++;
        const expected = declared(e, who, sample);
        const fine = expected.statuses.length ? expected.statuses.includes(status) : status >= 200 && status < 400;
        if (!fine) wrong.push(`${e.id} as ${who}: ${status}, declared ${expected.statuses.join('|') || '2xx/3xx'} ${text.slice(0, 120)}`);
        const drift = answerDrift(e, status, text);
        if (drift) wrong.push(`${e.id} as ${who}: the answer is not what the contract declares: ${drift}`);
        else if (ANSWER_SCHEMAS.has(e.id) && status >= 200 && status < 300 && status !== 204) answersChecked.add(e.id);
        const entitled = who === 'owner' || (e.access.public !== true && e.access.scope === 'department' && DEPARTMENT_OF[who] === DEPARTMENT);
        if (!entitled) for (const secret of secrets) if (text.includes(secret)) wrong.push(`${e.id} as ${who}: answer carries the owner's ${secret}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(cases).toBe(API.length * CALLERS.length);
    // Every declared answer schema met a real answer (none was skipped for want of a 2xx).
    expect([...ANSWER_SCHEMAS.keys()].filter((id) => !answersChecked.has(id))).toEqual(ANSWERS_CHECKED_ELSEWHERE);
  }, 300_000);
});
