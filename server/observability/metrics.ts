import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The portal's Prometheus metrics, one registry per process. Counters are module singletons so
 * any part of the server (sync, routing, the conflict resolver) counts with one import.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'portal_' });

export const syncPulls = new Counter({
  name: 'portal_sync_pulls_total',
  help: 'Pulls answered to devices, by collection.',
  labelNames: ['collection'] as const,
  registers: [registry],
});

export const syncPushes = new Counter({
  name: 'portal_sync_pushes_total',
  help: 'Pushes answered to devices, by collection and outcome (ok, conflict, refused).',
  labelNames: ['collection', 'outcome'] as const,
  registers: [registry],
});

/** Incremented by the conflict resolver for every document whose losing leaves it merged away. */
export const conflictsResolved = new Counter({
  name: 'portal_conflicts_resolved_total',
  help: 'Documents with _conflicts merged and their losing revisions deleted, by database.',
  labelNames: ['db'] as const,
  registers: [registry],
});

export const routingLag = new Histogram({
  name: 'portal_routing_lag_seconds',
  help: 'Time from a request being sent by the citizen to the routing worker having routed it.',
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers: [registry],
});

export const liveStreams = new Gauge({
  name: 'portal_live_streams',
  help: 'Open live streams (server-sent events) of devices and clerks on this process.',
  registers: [registry],
});

export const storeErrors = new Counter({
  name: 'portal_store_errors_total',
  help: 'Failures talking to the store: API requests answered 503, change feeds retried, embedded store exits.',
  labelNames: ['source'] as const,
  registers: [registry],
});

/** Records how long a routed request waited, from its `submittedAt`. */
export function observeRoutingLag(submittedAt: string | undefined, now = Date.now()): void {
  const at = submittedAt ? Date.parse(submittedAt) : NaN;
  if (Number.isFinite(at) && now >= at) routingLag.observe((now - at) / 1000);
}
