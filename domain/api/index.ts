/**
 * The HTTP API of the portal, declared once: every endpoint's method, path, params, query and
 * body (strict JSON Schemas), its success answer, and who may call it. The server validates at
 * the door and hands handlers only the validated value; the client takes its types from here;
 * `/api/openapi.json` is generated from it.
 */
import { adminEndpoints } from './endpoints/admin';
import { archiveEndpoints } from './endpoints/archive';
import { authEndpoints } from './endpoints/auth';
import { bundIdEndpoints } from './endpoints/bundid';
import { capacityEndpoints } from './endpoints/capacity';
import { clerkEndpoints } from './endpoints/clerk';
import { disposerEndpoints } from './endpoints/disposer';
import { documentEndpoints } from './endpoints/documents';
import { emailEndpoints } from './endpoints/email';
import { fileEndpoints } from './endpoints/files';
import { fundsachenEndpoints } from './endpoints/fundsachen';
import { kasseEndpoints } from './endpoints/kasse';
import { messageEndpoints } from './endpoints/messages';
import { passwordEndpoints } from './endpoints/password';
import { paymentEndpoints } from './endpoints/payments';
import { profileEndpoints } from './endpoints/profile';
import { publicEndpoints } from './endpoints/public';
import { syncEndpoints } from './endpoints/sync';
import { staffLoginEndpoints } from './endpoints/staff-login';
import type { Endpoint } from './endpoint';

export * from './endpoint';
export { adminEndpoints, archiveEndpoints, authEndpoints, bundIdEndpoints, capacityEndpoints, clerkEndpoints, disposerEndpoints, documentEndpoints, emailEndpoints, fileEndpoints, fundsachenEndpoints, kasseEndpoints, messageEndpoints, passwordEndpoints, paymentEndpoints, profileEndpoints, publicEndpoints, syncEndpoints };

/** Every endpoint by id, typed, for `route(API_BY_ID[...])` and the client. */
const API_LIST = [
  ...publicEndpoints,
  ...authEndpoints,
  ...bundIdEndpoints,
  ...staffLoginEndpoints,
  ...passwordEndpoints,
  ...emailEndpoints,
  ...profileEndpoints,
  ...syncEndpoints,
  ...fileEndpoints,
  ...messageEndpoints,
  ...documentEndpoints,
  ...paymentEndpoints,
  ...clerkEndpoints,
  ...adminEndpoints,
  ...capacityEndpoints,
  ...kasseEndpoints,
  ...fundsachenEndpoints,
  ...disposerEndpoints,
  ...archiveEndpoints,
] as const;
type All = (typeof API_LIST)[number];
export const API: readonly Endpoint[] = API_LIST;
export type EndpointId = All['id'];
export type EndpointById<I extends EndpointId> = Extract<All, { id: I }>;

const BY_ID = new Map(API.map((e) => [e.id, e]));

/** The endpoint with this id, typed: `route(api('auth.register'), …)`. */
export function api<I extends EndpointId>(id: I): EndpointById<I> {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`no endpoint ${id}`);
  return found as EndpointById<I>;
}

export type * from './responses';
