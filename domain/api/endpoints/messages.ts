import { DOC_ID } from '../fields';
import { endpoint, object } from '../endpoint';

export const messageEndpoints = [
  endpoint({
    id: 'messages.attachment',
    method: 'GET',
    path: '/api/messages/:id/attachment',
    tag: 'messages',
    summary: "Download the PDF of a message to the citizen's own request.",
    access: { roles: ['citizen'], scope: 'owner' },
    params: object({ id: DOC_ID }, ['id']),
    response: { status: 200, type: 'application/pdf' },
  }),
] as const;
