import type { Server } from 'node:http';

/**
 * How long an idle kept-alive connection stays open. Node closes it after 5 s by default; a
 * client or a reverse proxy that reuses the connection just then has its request cut off
 * (ECONNRESET, a 502 at the proxy). Proxies keep upstream connections for up to 60 s (nginx,
 * load balancers), so the portal keeps them a little longer and is never the side that closes
 * first; the header timeout must exceed it, or Node ends the connection on that timer instead.
 */
export const KEEP_ALIVE_MS = 65_000;

export function keepIdleConnections(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}
