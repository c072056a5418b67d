import { DOC_ID } from '../fields';
import { endpoint, object } from '../endpoint';

const citizen = { roles: ['citizen'], scope: 'owner' } as const;
const ID = object({ id: DOC_ID }, ['id']);
const PDF = { status: 200, type: 'application/pdf' } as const;

export const documentEndpoints = [
  endpoint({ id: 'documents.receipt', method: 'GET', path: '/api/requests/:id/receipt.pdf', tag: 'documents', summary: 'Acknowledgment of receipt (Eingangsbestätigung) of the citizen’s own request.', access: citizen, params: ID, response: PDF }),
  endpoint({ id: 'documents.invoice', method: 'GET', path: '/api/requests/:id/invoice.pdf', tag: 'documents', summary: 'Invoice of a fee of the citizen’s own request.', access: citizen, params: ID, response: PDF }),
  endpoint({ id: 'documents.paymentReceipt', method: 'GET', path: '/api/requests/:id/payment-receipt.pdf', tag: 'documents', summary: 'Payment receipt, once paid. `paid` (the payment time) only keys the device’s cached copy to one payment; the server ignores it.', access: citizen, params: ID, query: object({ paid: { type: 'string', maxLength: 40 } }), response: PDF }),
  endpoint({
    id: 'appointments.move',
    method: 'POST',
    path: '/api/termine/:id/verlegen',
    tag: 'appointments',
    summary: 'Move the citizen’s own confirmed Bürgerbüro appointment to another free slot; the old one is freed.',
    access: citizen,
    params: ID,
    body: object({ slot: { type: 'string', maxLength: 16 } }, ['slot']),
    response: { status: 200, type: 'application/json' },
  }),
] as const;
