import { API, isRawBody, type Access, type Endpoint, type ObjectSchema } from '../../../domain/api';

/** `:id` → `{id}`: OpenAPI's path template. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

export function describeAccess(access: Access): string {
  if (access.public) return 'anyone (no session needed)';
  const who = access.roles.join(', ') + (access.department ? ` of department ${access.department}` : '');
  const scope = access.scope === 'owner' ? '; only their own data (anything else: 404)' : access.scope === 'department' ? "; only their department's cases (anything else: 404)" : '';
  return who + scope;
}

function parameters(schema: ObjectSchema | undefined, where: 'path' | 'query') {
  if (!schema || typeof schema !== 'object' || !('properties' in schema) || !schema.properties) return [];
  const required = new Set<string>(((schema as { required?: readonly string[] }).required ?? []) as string[]);
  return Object.entries(schema.properties).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: s }));
}

function requestBody(e: Endpoint) {
  if (!e.body) return undefined;
  if (isRawBody(e.body)) {
    return { required: true, content: Object.fromEntries(e.body.raw.map((t) => [t, { schema: { type: 'string', format: 'binary', maxLength: e.body && isRawBody(e.body) ? e.body.maxBytes : undefined } }])) };
  }
  return { required: false, content: { 'application/json': { schema: e.body } } };
}

const ERROR = {
  type: 'object',
  properties: {
    error: { type: 'string' },
    message: { type: 'string' },
    field: { type: 'string' },
    problems: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } }, required: ['code'] } },
  },
  required: ['error', 'message'],
} as const;

function responses(e: Endpoint) {
  const { status, type, schema } = e.response;
  const ok = type === 'none' ? { description: 'Success' } : { description: 'Success', content: { [type]: { schema: schema ?? (type === 'application/json' ? { type: 'object' } : { type: 'string' }) } } };
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } });
  return {
    [String(status)]: ok,
    '400': error('A field is unknown, missing or invalid; `field` names it.'),
    ...(e.access.public ? {} : { '401': error('No session.'), '403': error('The role may not call this.') }),
    ...(e.access.public || e.access.scope === 'none' ? {} : { '404': error('Not found, or not yours.') }),
  };
}

/** The contract as an OpenAPI 3.1 document. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of API) {
    const item = (paths[openApiPath(e.path)] ??= {});
    item[e.method.toLowerCase()] = {
      operationId: e.id,
      summary: e.summary,
      description: `Who may call it: ${describeAccess(e.access)}.`,
      tags: [e.tag],
      'x-access': e.access,
      parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
      ...(requestBody(e) ? { requestBody: requestBody(e) } : {}),
      responses: responses(e),
      ...(e.access.public ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bürgerportal API',
      version: '1',
      description: 'The HTTP API of the Bürgerportal. Every field not declared here is refused with 400 `unknown_field`. Errors answer `{ error, message, field?, problems? }`.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    paths,
    components: {
      schemas: { ApiError: ERROR },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'bp_session' } },
    },
    security: [{ session: [] }],
  };
}
