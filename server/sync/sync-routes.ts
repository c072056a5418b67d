import type { Request, Response, Router } from 'express';
import { api } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { requireRole } from '../auth';
import type { Store } from '../store';
import { PULL_BATCH_SIZE, SYNC_EVENT } from '../../domain/sync/sync-protocol';
import { syncPulls, syncPushes } from '../observability';
import { batchSizeOf, checkpointOf } from './checkpoint';
import { pullRequests } from './pull';
import { maySubmit } from '../../domain/account/may-submit';
import { pushRequests } from './push';
import type { ChangeNotifier } from './change-notifier';

const HEARTBEAT_MS = 25_000;

/** `/api/sync/<collection>/pull|push` and `/api/sync/stream` for citizens' devices. */
export function syncRoutes(store: Store, notifier: ChangeNotifier): Router {
  const { router, route } = contractRouter('/api/sync');
  router.use(requireRole('citizen'));

  route(api('sync.requests.pull'), async ({ body }, req, res) => {
    res.json(await pullRequests(store, req.user!.id, checkpointOf(body), batchSizeOf(body, PULL_BATCH_SIZE)));
    syncPulls.inc({ collection: 'requests' });
  });

  route(api('sync.requests.push'), async ({ body }, req, res) => {
    const result = await pushRequests(store, req.user!.id, body.rows as never, { maySubmit: maySubmit(req.user), trustLevel: req.user!.login?.trustLevel });
    syncPushes.inc({ collection: 'requests', outcome: result.conflicts.length ? 'conflict' : 'ok' });
    res.json(result);
  });

  // Server-sent events: "something of yours changed, pull now". Carries no data itself, so
  // nothing personal crosses this channel and a missed event only delays, never loses.
  route(api('sync.stream'), (_input, req: Request, res: Response) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(`retry: 3000\n\n`);
    let pending: NodeJS.Timeout | undefined;
    const send = () => {
      // Several changes in a burst become one event.
      if (pending) return;
      pending = setTimeout(() => {
        pending = undefined;
        res.write(`event: ${SYNC_EVENT}\ndata: {"collection":"requests"}\n\n`);
      }, 30);
    };
    const unsubscribe = notifier.subscribe(`user:${req.user!.id}`, send);
    const heartbeat = setInterval(() => res.write(`: ping\n\n`), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      clearTimeout(pending);
      unsubscribe();
    });
  });

  return router;
}
