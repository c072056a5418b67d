import express, { type Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { HttpError } from '../http/api-error';
import { serviceTitle } from '../documents/request-texts';
import { translator } from '../http/i18n';
import type { Logger } from '../logger';
import type { Store } from '../store';
import type { ArchiveConfig } from './archive-key';
import { packCase } from './collect-case';
import { confirmImport, evaluateOffer, keptCase, listOffers, readOffer } from './hand-over';
import { HandOverXmlError, offerXml } from './hand-over-xml';

const XML_TYPES = ['application/xml', 'text/xml'];
const XML_LIMIT = 2_000_000;

/** The archive's messages are machine-read: a malformed one is a 400 naming the element and the problem. */
function xmlOf(req: express.Request, body: unknown): string {
  if (!req.is(XML_TYPES)) throw new HttpError(415, 'bad_request', [{ field: 'Content-Type', code: 'xmlRequired' }]);
  return typeof body === 'string' ? body : '';
}
async function readingXml<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof HandOverXmlError) throw new HttpError(400, 'validation_failed', [{ field: err.field, code: err.problem }]);
    throw err;
  }
}

/**
 * The city archive's side of the hand-over (xdomea Aussonderung): it reads the offers (0501),
 * sends its evaluation (0502), fetches each case it keeps (0503) and confirms the import (0506).
 */
export function archiveRoutes(store: Store, archive: ArchiveConfig | undefined, logger?: Logger): Router {
  const { router, route } = contractRouter('/api/archiv');
  const de = translator('de');
  route(api('archive.offers'), async (_input, _req, res) => {
    res.json({ offers: await listOffers(store) } satisfies ResponseOf<'archive.offers'>);
  });
  route(api('archive.offerXml'), async ({ params }, _req, res) => {
    const offer = await readOffer(store, params.processId);
    res.type('application/xml').setHeader('Content-Disposition', `attachment; filename="${offer.processId}_Aussonderung.Anbieteverzeichnis.0501.xml"`);
    res.send(offerXml(offer, archive?.name ?? '', (id) => serviceTitle(de, id)));
  });
  route(
    api('archive.evaluate'),
    async ({ params, body }, req, res) => {
      const result = await readingXml(() => evaluateOffer(store, params.processId, xmlOf(req, body), logger));
      res.json(result satisfies ResponseOf<'archive.evaluate'>);
    },
    express.text({ type: XML_TYPES, limit: XML_LIMIT }),
  );
  route(api('archive.package'), async ({ params }, _req, res) => {
    await keptCase(store, params.processId, params.requestId);
    const pack = await packCase(store, params.requestId, new Date(), params.processId);
    if (!pack) throw new HttpError(404, 'not_found');
    res.type('application/zip').setHeader('Content-Disposition', `attachment; filename="${pack.name}"`);
    res.send(Buffer.from(pack.zip));
  });
  route(
    api('archive.imported'),
    async ({ params, body }, req, res) => {
      const result = await readingXml(() => confirmImport(store, params.processId, xmlOf(req, body), logger));
      res.json(result satisfies ResponseOf<'archive.imported'>);
    },
    express.text({ type: XML_TYPES, limit: XML_LIMIT }),
  );
  return router;
}
