/**
 * A loopback HTTP proxy in front of the store that counts what the portal asks of it: requests,
 * rows (view rows, Mango docs, fetched docs) and response bytes. These counts do not depend on
 * how loaded the machine is, unlike the timings; bench:inbox reports them per filter.
 */
import http from 'node:http';

export interface StoreCounts {
  requests: number;
  /** Rows the store answered with: view rows, Mango docs, fetched docs. */
  rows: number;
  /** Rows a `_count` reduce went through (its answer's values): the embedded store reads each one. */
  reduced: number;
  /** Rows asked to be stepped over (`skip`; at most, a range may end sooner): the embedded store walks each one. */
  skipped: number;
  bytes: number;
}

export async function startStoreCountProxy(target: string) {
  const upstream = new URL(target);
  const counts: StoreCounts = { requests: 0, rows: 0, reduced: 0, skipped: 0, bytes: 0 };
  const server = http.createServer((req, res) => {
    const headers = { ...req.headers, host: upstream.host };
    // Plain bodies, so they can be counted.
    delete headers['accept-encoding'];
    const out = http.request({ hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        res.write(chunk);
      });
      answer.on('end', () => {
        res.end();
        const body = Buffer.concat(chunks);
        // Long-lived feeds (_changes) are not inbox queries, nor is the per-status count every
        // inbox answer carries (cached ~30 s, refreshed in the background); everything else is JSON.
        if (req.url?.includes('/_changes') || req.url?.includes('/_view/by-department-status')) return;
        counts.requests++;
        counts.bytes += body.length;
        counts.skipped += Number(new URL(req.url ?? '/', 'http://store').searchParams.get('skip') ?? 0) || 0;
        try {
          const parsed = JSON.parse(body.toString('utf8')) as { rows?: { id?: string; value?: unknown }[]; docs?: unknown[]; results?: unknown[] };
          const rows = parsed.rows ?? [];
          const reduceRows = rows.filter((r) => r.id === undefined && typeof r.value === 'number');
          counts.reduced += reduceRows.reduce((sum, r) => sum + (r.value as number), 0);
          counts.rows += rows.length - reduceRows.length + (parsed.docs?.length ?? 0) + (Array.isArray(parsed.results) ? parsed.results.length : 0);
        } catch {
          // not JSON (an attachment): bytes only
        }
      });
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString().replace(/\/$/, ''),
    counts,
    reset() {
      Object.assign(counts, { requests: 0, rows: 0, reduced: 0, skipped: 0, bytes: 0 });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
