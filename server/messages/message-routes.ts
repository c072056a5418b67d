import type { Response, Router } from 'express';
import { api } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { requireRole } from '../auth';
import { HttpError } from '../http/api-error';
import type { StoredRequest } from '../requests';
import { getOrNull, type Store } from '../store';
import { syncPulls, syncPushes } from '../observability';
import { batchSizeOf, checkpointOf } from '../sync';
import { readAttachment } from './clerk-messages';
import { pullMessages, pushMessages } from './message-sync';
import type { StoredMessage } from './stored-message';

/** `/api/sync/messages/pull|push`: the citizen's Postfach, replicated like requests. */
export function messageSyncRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/sync/messages');
  router.use(requireRole('citizen'));
  route(api('sync.messages.pull'), async ({ body }, req, res) => {
    res.json(await pullMessages(store, req.user!.id, checkpointOf(body), batchSizeOf(body, 200)));
    syncPulls.inc({ collection: 'messages' });
  });
  route(api('sync.messages.push'), async ({ body }, req, res) => {
    const result = await pushMessages(store, req.user!.id, body.rows as never);
    syncPushes.inc({ collection: 'messages', outcome: result.conflicts.length ? 'conflict' : 'ok' });
    res.json(result);
  });
  return router;
}

/** Sends a PDF so it can never run in the portal's origin: a download, sandboxed, not sniffed. */
export function sendPdf(res: Response, name: string, data: Buffer | Uint8Array): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(Buffer.from(data));
}

/** `/api/messages/:id/attachment`: the citizen who owns the request downloads a message's PDF. */
export function messageFileRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/messages');
  route(api('messages.attachment'), async ({ params }, req, res) => {
    const message = await getOrNull<StoredMessage & { deleted?: boolean }>(store.messages, params.id);
    if (!message || message.type !== 'message' || message.deleted || message.owner !== req.user!.id || !message.attachment) {
      throw new HttpError(404, 'not_found');
    }
    const request = await getOrNull<StoredRequest>(store.requests, message.requestId);
    if (!request || request.owner !== req.user!.id) throw new HttpError(404, 'not_found');
    sendPdf(res, message.attachment.name, await readAttachment(store, message));
  });
  return router;
}
