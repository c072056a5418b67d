import { BATCH_SIZE, CHECKPOINT, DEVICE_DOC } from '../fields';
import { endpoint, object } from '../endpoint';

const citizen = { roles: ['citizen'], scope: 'owner' } as const;
const PULL = object({ checkpoint: CHECKPOINT, batchSize: BATCH_SIZE });
const PUSH = object(
  {
    rows: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: object({ assumedMasterState: { anyOf: [{ type: 'null' }, DEVICE_DOC] }, newDocumentState: DEVICE_DOC }, ['newDocumentState']),
    },
  },
  ['rows'],
);
const JSON_OK = { status: 200, type: 'application/json' } as const;

export const syncEndpoints = [
  endpoint({ id: 'sync.requests.pull', method: 'POST', path: '/api/sync/requests/pull', tag: 'sync', summary: "The citizen's requests changed since a checkpoint.", access: citizen, body: PULL, response: JSON_OK }),
  endpoint({ id: 'sync.requests.push', method: 'POST', path: '/api/sync/requests/push', tag: 'sync', summary: "Write the citizen's drafts and decisions; conflicts come back with the master state.", access: citizen, body: PUSH, response: JSON_OK }),
  endpoint({ id: 'sync.stream', method: 'GET', path: '/api/sync/stream', tag: 'sync', summary: 'Server-sent events: something of yours changed, pull now.', access: citizen, response: { status: 200, type: 'text/event-stream' } }),
  endpoint({ id: 'sync.messages.pull', method: 'POST', path: '/api/sync/messages/pull', tag: 'sync', summary: "The citizen's messages changed since a checkpoint.", access: citizen, body: PULL, response: JSON_OK }),
  endpoint({ id: 'sync.messages.push', method: 'POST', path: '/api/sync/messages/push', tag: 'sync', summary: "Write the citizen's messages.", access: citizen, body: PUSH, response: JSON_OK }),
] as const;
