import express from 'express';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import { describe, expect, it } from 'vitest';
import { logSafeRequest, logSafeUrl } from './log-safe-url';

describe('request log', () => {
  it('keeps a clerk\'s search words (names, streets) out of the log, and the filters in it', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const app = express();
    app.use(pinoHttp({ logger: pino({ level: 'info' }, sink), serializers: { req: logSafeRequest } }));
    app.get('/api/clerk/requests', (_req, res) => void res.json({ ok: true }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      await fetch(`http://127.0.0.1:${port}/api/clerk/requests?q=J%C3%B6rg%20M%C3%BCller&status=received`);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      server.close();
    }
    const log = lines.join('');
    expect(log).toContain('status=received');
    expect(log).not.toMatch(/M%C3%BCller|Müller|J%C3%B6rg/);
    expect(logSafeUrl('/api/clerk/requests?page=2')).toBe('/api/clerk/requests?page=2');
  });
});
