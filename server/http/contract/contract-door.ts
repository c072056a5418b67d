import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { NextFunction, Request, Response } from 'express';
import { match, type MatchFunction } from 'path-to-regexp';
import { API, isRawBody, type Endpoint } from '../../../domain/api';
import { requestLanguage, translator } from '../i18n';
import { HttpError } from '../api-error';

interface Door {
  endpoint: Endpoint;
  matches: MatchFunction<Record<string, string>>;
  params?: ValidateFunction;
  query?: ValidateFunction;
  body?: ValidateFunction;
}

/** What the door let through, for `route()` to hand to the handler. */
export interface Admitted {
  endpoint: Endpoint;
  params: unknown;
  query: unknown;
  body: unknown;
}

// No coercion, no defaults, no removal: what is validated is exactly what the client sent.
const ajv = new Ajv({ allErrors: false, strictTypes: false });

const doors: Door[] = API.map((endpoint) => ({
  endpoint,
  matches: match<Record<string, string>>(endpoint.path),
  params: endpoint.params && ajv.compile(endpoint.params),
  query: endpoint.query && ajv.compile(endpoint.query),
  body: endpoint.body && !isRawBody(endpoint.body) ? ajv.compile(endpoint.body) : undefined,
}));

const NO_FIELDS = ajv.compile({ type: 'object', additionalProperties: false });

/** The contract entry for a request, with its params; undefined when the contract has none. */
export function findEndpoint(method: string, path: string): { door: Door; params: Record<string, string> } | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  for (const door of doors) {
    if (door.endpoint.method !== wanted) continue;
    let found;
    try {
      found = door.matches(path);
    } catch {
      // An undecodable path names nothing the contract describes.
      return undefined;
    }
    if (found) return { door, params: found.params };
  }
  return undefined;
}

const CODES: Record<string, string> = {
  required: 'required',
  maxLength: 'tooLong',
  minLength: 'tooShort',
  pattern: 'format',
  format: 'format',
  enum: 'invalid',
  const: 'invalid',
  type: 'type',
  minimum: 'outOfRange',
  maximum: 'outOfRange',
  maxItems: 'tooMany',
  maxProperties: 'tooMany',
};

/** The first problem ajv found, as the field it is about (dotted: `profile.street`, `rows.0`). */
function describe(error: ErrorObject): { unknown: boolean; field: string; code: string } {
  const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') return { unknown: true, field: [...path, String(error.params.additionalProperty)].join('.'), code: 'unknown' };
  if (error.keyword === 'required') return { unknown: false, field: [...path, String(error.params.missingProperty)].join('.'), code: 'required' };
  return { unknown: false, field: path.join('.') || 'body', code: CODES[error.keyword] ?? 'invalid' };
}

function refuse(req: Request, res: Response, error: ErrorObject): void {
  const { unknown, field, code } = describe(error);
  const t = translator(requestLanguage(req));
  const problem = unknown ? 'unknown_field' : 'validation_failed';
  res.status(400).json({
    error: problem,
    field,
    message: t(unknown ? 'common:apiErrors.unknown_field' : 'common:apiErrors.invalid_field', { field }),
    problems: [{ field, code, message: t(`common:fieldErrors.${field}.${code}`, { defaultValue: '' }) || undefined }],
  });
}

/**
 * The API's door: finds the contract entry of the request, refuses callers the entry does not
 * admit (401 without a session, 403 with another role or department), then validates params,
 * query and JSON body against the entry's strict schemas. An unknown field is a 400 naming it,
 * never dropped; a body on an endpoint that takes none is refused the same way. Mounted after the
 * session is read and the JSON body parsed (or, for raw bodies, in front of their own parser).
 */
export function contractDoor() {
  return (req: Request, res: Response, next: NextFunction) => {
    const path = (req.baseUrl + req.path).replace(/(.)\/$/, '$1');
    const found = findEndpoint(req.method, path);
    if (!found) return next();
    const { door, params } = found;
    const { access } = door.endpoint;
    if (!access.public) {
      if (!req.user) return next(new HttpError(401, 'not_authenticated'));
      if (!access.roles.includes(req.user.role)) return next(new HttpError(403, 'forbidden'));
      if (access.department && req.user.department !== access.department) return next(new HttpError(403, 'forbidden'));
    }
    const checks: [ValidateFunction | undefined, unknown][] = [
      [door.params ?? NO_FIELDS, params],
      [door.query ?? NO_FIELDS, { ...req.query }],
    ];
    const raw = door.endpoint.body && isRawBody(door.endpoint.body);
    if (!raw) checks.push([door.body ?? NO_FIELDS, req.body ?? {}]);
    for (const [validate, value] of checks) {
      if (validate && !validate(value)) return refuse(req, res, validate.errors![0]);
    }
    const admitted: Admitted = { endpoint: door.endpoint, params, query: { ...req.query }, body: raw ? undefined : (req.body ?? {}) };
    res.locals.admitted = admitted;
    next();
  };
}
