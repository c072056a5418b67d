import { DOC_ID, UUID } from '../fields';
import { endpoint, object } from '../endpoint';

/**
 * The city archive's door for xdomea's hand-over (Aussonderung): its system sends the archive's
 * API key as `Authorization: Bearer …` (server/archive). Messages travel as xdomea 3.0 XML.
 */
const archive = { roles: ['archive'], scope: 'none' } as const;
const PROCESS = object({ processId: UUID }, ['processId']);
const XML_MAX_BYTES = 2_000_000;

export const archiveEndpoints = [
  endpoint({
    id: 'archive.offers',
    method: 'GET',
    path: '/api/archiv/aussonderungen',
    tag: 'archive',
    summary: 'Every offer of closed cases past their retention, with its state (offered, evaluated, done) and its cases.',
    access: archive,
    response: { status: 200, type: 'application/json' },
  }),
  endpoint({
    id: 'archive.offerXml',
    method: 'GET',
    path: '/api/archiv/aussonderungen/:processId/anbieteverzeichnis.xml',
    tag: 'archive',
    summary: 'The offer as xdomea message 0501 (Aussonderung.Anbieteverzeichnis): one Vorgang per case, metadata only.',
    access: archive,
    params: PROCESS,
    response: { status: 200, type: 'application/xml' },
  }),
  endpoint({
    id: 'archive.evaluate',
    method: 'POST',
    path: '/api/archiv/aussonderungen/:processId/bewertung',
    tag: 'archive',
    summary: 'The archive’s evaluation as xdomea message 0502 (Aussonderung.Bewertungsverzeichnis): A or V for every offered case, once. Cases marked V are deleted at once.',
    access: archive,
    params: PROCESS,
    body: { raw: ['application/xml', 'text/xml'], maxBytes: XML_MAX_BYTES },
    response: { status: 200, type: 'application/json' },
  }),
  endpoint({
    id: 'archive.package',
    method: 'GET',
    path: '/api/archiv/aussonderungen/:processId/vorgaenge/:requestId/abgabe.zip',
    tag: 'archive',
    summary: 'A case the archive keeps, as xdomea message 0503 (Aussonderung.Aussonderung): metadata XML, the case file as PDF/A and the uploads as sent.',
    access: archive,
    params: object({ processId: UUID, requestId: DOC_ID }, ['processId', 'requestId']),
    response: { status: 200, type: 'application/zip' },
  }),
  endpoint({
    id: 'archive.imported',
    method: 'POST',
    path: '/api/archiv/aussonderungen/:processId/import',
    tag: 'archive',
    summary: 'The archive confirms the import as xdomea message 0506 (Aussonderung.AussonderungImportBestaetigen); each case it imported is then deleted from the portal.',
    access: archive,
    params: PROCESS,
    body: { raw: ['application/xml', 'text/xml'], maxBytes: XML_MAX_BYTES },
    response: { status: 200, type: 'application/json' },
  }),
  endpoint({
    id: 'admin.archiveOffers',
    method: 'GET',
    path: '/api/admin/archive-offers',
    tag: 'admin',
    summary: "The offers to the city archive as the administration sees them (read-only): date, cases with the archive's evaluation and import, state.",
    access: { roles: ['admin'], scope: 'none' },
    response: { status: 200, type: 'application/json' },
  }),
] as const;
