import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { Role } from '../staff/roles';

/** Who may call an endpoint. `anonymous` also lets anyone with a session in. */
export type Caller = 'anonymous' | Role;

/**
 * Access as declared, and enforced at the door before any handler runs:
 * - `public`: anyone, with or without a session;
 * - `roles`: a session whose role is one of these (401 without a session, 403 with another role);
 * - `department`: only staff of that one department (403 for the others);
 * - `scope`: what the handler narrows to, answered 404 for anything else (ids reveal nothing):
 *   `owner` (the citizen's own), `department` (the clerk's department's), `none`.
 */
export type Access =
  | { public: true; scope?: 'none' }
  | { public?: false; roles: readonly Role[]; department?: string; scope: 'owner' | 'department' | 'none' };

/** A JSON Schema of an object, strict: every property named, nothing else accepted. */
export type ObjectSchema = JSONSchema & { type: 'object'; additionalProperties: false };

/** A body that is not JSON (file pieces, PDFs, bank statements, signed webhooks): read raw by the handler. */
export interface RawBody {
  raw: readonly string[];
  /** Largest accepted body in bytes. */
  maxBytes: number;
}

export interface Endpoint {
  /** Unique, stable: the OpenAPI operationId. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express syntax, from the root of the site: `/api/files/:id`. */
  readonly path: string;
  /** One sentence for integrators (OpenAPI summary). */
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly params?: ObjectSchema;
  readonly query?: ObjectSchema;
  readonly body?: ObjectSchema | RawBody;
  /** What a success answers: status, media type, and (for JSON) the schema of the body if declared. */
  readonly response: { readonly status: number; readonly type: string; readonly schema?: JSONSchema };
}

/** Keeps the literal schema types, so params, query and body types are inferred from them. */
export function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}

type Infer<S> = S extends JSONSchema ? FromSchema<S> : Record<string, never>;

/** The validated input a handler receives. */
export interface EndpointInput<E extends Endpoint> {
  params: E['params'] extends ObjectSchema ? Infer<E['params']> : Record<string, never>;
  query: E['query'] extends ObjectSchema ? Infer<E['query']> : Record<string, never>;
  body: E['body'] extends ObjectSchema ? Infer<E['body']> : E['body'] extends RawBody ? unknown : undefined;
}

export type BodyOf<E extends Endpoint> = EndpointInput<E>['body'];
export type QueryOf<E extends Endpoint> = EndpointInput<E>['query'];

export function isRawBody(body: Endpoint['body']): body is RawBody {
  return Boolean(body && 'raw' in body);
}

/** Shorthands for the strict object schemas the contract is made of. */
// Without the overload, an omitted `required` was typed as every key (the constraint), so FromSchema
// made optional fields look always present to handlers and callers.
export function object<const P extends Record<string, JSONSchema>>(properties: P): { readonly type: 'object'; readonly properties: P; readonly required: readonly []; readonly additionalProperties: false };
export function object<const P extends Record<string, JSONSchema>, const R extends readonly (keyof P & string)[]>(
  properties: P,
  required: R,
): { readonly type: 'object'; readonly properties: P; readonly required: R; readonly additionalProperties: false };
export function object(properties: Record<string, JSONSchema>, required: readonly string[] = []) {
  return { type: 'object', properties, required, additionalProperties: false } as const;
}
