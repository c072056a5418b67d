import { randomUUID } from 'node:crypto';
import { CookieJar, loginAtSandbox, send } from '../../server/auth/oidc/bundid-test-flow';

/**
 * A citizen logged in with BundID at "basis" through the identity sandbox, as the accessibility
 * matrix needs one: the profile's BundID state, and a complete Meldebescheinigung draft whose
 * sending that level does not allow (issue 13). Returns the session cookie and the draft's id.
 */
export async function bundIdCitizen(baseUrl: string): Promise<{ session: string; trustDraftId: string }> {
  const jar = new CookieJar();
  const callback = await loginAtSandbox(baseUrl, jar, { person: 'sandbox-erika-mustermann', level: 'basis' });
  await send(jar, callback);
  const cookie = jar.get('bp_session');
  if (!cookie) throw new Error('BundID login at the sandbox gave no session');
  const now = new Date().toISOString();
  const draft = {
    id: randomUUID(),
    serviceId: 'meldebescheinigung',
    catalogueVersion: 1,
    answers: { kind: 'einfach', purpose: 'Für meinen Arbeitgeber', delivery: 'postfach' },
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  };
  const pushed = await send(jar, `${baseUrl}/api/sync/requests/push`, {
    method: 'POST',
    headers: { Origin: baseUrl, 'Content-Type': 'application/json' },
    body: JSON.stringify({ rows: [{ assumedMasterState: null, newDocumentState: draft }] }),
  });
  if (pushed.status !== 200) throw new Error(`Meldebescheinigung draft not stored: ${pushed.status} ${await pushed.text()}`);
  return { session: `bp_session=${cookie}`, trustDraftId: draft.id };
}
