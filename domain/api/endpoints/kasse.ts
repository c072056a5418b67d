import { STATEMENT_MAX_BYTES } from '../../payments/statement-limits';
import { DOC_ID, LONG_TEXT } from '../fields';
import { endpoint, object } from '../endpoint';

const treasury = { roles: ['treasury'], scope: 'none' } as const;

export const kasseEndpoints = [
  endpoint({
    id: 'kasse.import',
    method: 'POST',
    path: '/api/kasse/kontoauszuege',
    tag: 'kasse',
    summary: 'Import a camt.053 bank statement (the XML is the body; its name may come in X-File-Name).',
    access: treasury,
    body: { raw: ['application/xml', 'text/xml'], maxBytes: STATEMENT_MAX_BYTES },
    response: { status: 201, type: 'application/json' },
  }),
  endpoint({ id: 'kasse.imports', method: 'GET', path: '/api/kasse/kontoauszuege', tag: 'kasse', summary: 'Imported statements and the lines left to handle.', access: treasury, response: { status: 200, type: 'application/json' } }),
  endpoint({
    id: 'kasse.closeLine',
    method: 'POST',
    path: '/api/kasse/zeilen/:id/erledigt',
    tag: 'kasse',
    summary: 'A line left for manual handling is dealt with; the note says what was done.',
    access: treasury,
    params: object({ id: DOC_ID }, ['id']),
    body: object({ note: LONG_TEXT }),
    response: { status: 200, type: 'application/json' },
  }),
] as const;
