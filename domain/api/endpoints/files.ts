import { CHUNK_BYTES, MAX_NAME_LENGTH } from '../../files/file-rules';
import { DIGITS, SHORT_TEXT, UUID } from '../fields';
import { endpoint, object } from '../endpoint';
import { CHUNK_RECEIPT, FILE_LIST, UPLOAD_STATUS } from '../responses/files';

const citizen = { roles: ['citizen'], scope: 'owner' } as const;
const ID = object({ id: UUID }, ['id']);
const JSON_OK = { status: 200, type: 'application/json' } as const;

export const fileEndpoints = [
  endpoint({
    id: 'files.list',
    method: 'GET',
    path: '/api/files',
    tag: 'files',
    summary: "The files of a request: the citizen's own, or a request of the clerk's department.",
    access: { roles: ['citizen', 'clerk'], scope: 'owner' },
    query: object({ request: UUID }, ['request']),
    response: { ...JSON_OK, schema: FILE_LIST },
  }),
  endpoint({
    id: 'files.create',
    method: 'PUT',
    path: '/api/files/:id',
    tag: 'files',
    summary: 'Announce an upload (or learn how far it got: the resume step).',
    access: citizen,
    params: ID,
    body: object(
      {
        requestId: UUID,
        serviceId: SHORT_TEXT,
        catalogueVersion: { type: 'integer', minimum: 1 },
        fieldId: SHORT_TEXT,
        name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH },
        size: { type: 'integer', minimum: 1 },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      },
      ['requestId', 'serviceId', 'catalogueVersion', 'fieldId', 'name', 'size', 'sha256'],
    ),
    response: { ...JSON_OK, schema: UPLOAD_STATUS },
  }),
  endpoint({ id: 'files.status', method: 'GET', path: '/api/files/:id/status', tag: 'files', summary: 'Which pieces of an upload arrived.', access: citizen, params: ID, response: { ...JSON_OK, schema: UPLOAD_STATUS } }),
  endpoint({
    id: 'files.chunk',
    method: 'PUT',
    path: '/api/files/:id/chunks/:n',
    tag: 'files',
    summary: 'One piece of an upload, as raw bytes.',
    access: citizen,
    params: object({ id: UUID, n: DIGITS }, ['id', 'n']),
    body: { raw: ['application/octet-stream'], maxBytes: CHUNK_BYTES },
    response: { ...JSON_OK, schema: CHUNK_RECEIPT },
  }),
  endpoint({ id: 'files.complete', method: 'POST', path: '/api/files/:id/complete', tag: 'files', summary: 'All pieces sent: check hash and type, keep the file.', access: citizen, params: ID, body: object({}), response: { ...JSON_OK, schema: UPLOAD_STATUS } }),
  endpoint({
    id: 'files.download',
    method: 'GET',
    path: '/api/files/:id',
    tag: 'files',
    summary: 'Download a file: its owner, or a clerk of the department the request is with.',
    access: { roles: ['citizen', 'clerk', 'lead', 'treasury', 'admin'], scope: 'owner' },
    params: object({ id: { type: 'string', maxLength: 200 } }, ['id']),
    response: { status: 200, type: 'application/octet-stream' },
  }),
  endpoint({ id: 'files.delete', method: 'DELETE', path: '/api/files/:id', tag: 'files', summary: 'Delete a file of a draft.', access: citizen, params: object({ id: { type: 'string', maxLength: 200 } }, ['id']), body: object({}), response: { status: 204, type: 'none' } }),
] as const;
