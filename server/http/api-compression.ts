import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * On-the-fly compression for API answers (JSON, e.g. a first pull of 200 requests), brotli or
 * gzip by Accept-Encoding; `compression` sets `Vary: Accept-Encoding` itself.
 *
 * Never for server-sent events: a compressor holds output back until it has a block's worth, so
 * the live stream's few bytes ("pull now") would sit in its buffer instead of reaching the device.
 */
export function apiCompression() {
  return compression({
    threshold: 1024,
    filter(req: Request, res: Response) {
      const type = String(res.getHeader('Content-Type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  });
}
