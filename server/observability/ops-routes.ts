import { timingSafeEqual } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { DATABASE_KINDS } from '../store/store-connection';
import type { Store } from '../store';
import { registry } from './metrics';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may read /metrics: with `METRICS_TOKEN` set, whoever sends it as a bearer token; without
 * it, only a caller on this machine. A request that carries forwarding headers came through a
 * proxy, from elsewhere, whether or not TRUST_PROXY names that proxy (by default none is
 * trusted, so `req.ip` alone would see nginx's loopback address), so it is refused too.
 */
function mayReadMetrics(req: Request, token: string | undefined): boolean {
  if (token) return sameSecret(req.headers.authorization ?? '', `Bearer ${token}`);
  const forwarded = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((h) => req.headers[h] !== undefined);
  return !forwarded && LOOPBACK.has(req.ip ?? '') && LOOPBACK.has(req.socket.remoteAddress ?? '');
}

/**
 * `/readyz`: may a load balancer send traffic here? Only when the store answers and every
 * database exists (`/healthz` says whether the process is alive and honest about its store).
 * `/metrics`: Prometheus text format.
 */
export function opsRoutes(options: { store: Store; metricsToken?: string }): Router {
  const router = Router();
  router.get('/readyz', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const answers = await Promise.allSettled(DATABASE_KINDS.map((kind) => options.store[kind].info()));
    const missing = DATABASE_KINDS.filter((_, i) => answers[i].status === 'rejected');
    if (missing.length === 0) return void res.json({ status: 'ready' });
    const unreachable = answers.some((a) => a.status === 'rejected' && (a.reason as { statusCode?: number })?.statusCode !== 404);
    res.status(503).json({ status: 'not_ready', store: unreachable ? 'unreachable' : 'ok', missingDatabases: unreachable ? undefined : missing });
  });
  router.get('/metrics', async (req: Request, res: Response) => {
    if (!mayReadMetrics(req, options.metricsToken)) return void res.status(403).type('text/plain').send('Forbidden\n');
    res.setHeader('Cache-Control', 'no-store');
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
