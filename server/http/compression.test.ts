import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressAssets } from '../../client/build/precompress';
import type { Portal } from '../portal';
import { ApiClient, sperrmuellDraft } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A plain HTTP GET that shows the bytes on the wire (fetch would decompress them unseen). */
function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const SCRIPT = `export const texts = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Sperrmüllkarte Frage ${i}`))};\n`;
const HTML = `<!doctype html><html lang="de"><head><title>Bürgerportal</title></head><body><div id="app">${'<p>Werne</p>'.repeat(200)}</div></body></html>`;

let dist: string;
let portal: Portal;
let citizen: ApiClient;

beforeAll(async () => {
  // A real build's layout, precompressed by the build's own step.
  dist = mkdtempSync(path.join(os.tmpdir(), 'bp-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'assets', 'texts.0123abcd.js'), SCRIPT);
  writeFileSync(path.join(dist, 'index.html'), HTML);
  precompressAssets(dist);
  portal = await startTestPortal({ routing: false, distDir: dist });
  citizen = new ApiClient(portal.url);
  await citizen.register('Clara Kompress');
});

afterAll(async () => {
  await portal?.stop();
  rmSync(dist, { recursive: true, force: true });
});

describe('compressed responses', () => {
  it('serves a hashed asset brotli-compressed, immutable, varying by Accept-Encoding', async () => {
    const res = await rawGet(`${portal.url}/assets/texts.0123abcd.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('gives gzip to a client without brotli, and the plain file (still varying) to one that accepts neither', async () => {
    const gz = await rawGet(`${portal.url}/assets/texts.0123abcd.js`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await rawGet(`${portal.url}/assets/texts.0123abcd.js`, { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(SCRIPT);
    const refused = await rawGet(`${portal.url}/assets/texts.0123abcd.js`, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
  });

  it('never serves a compressed copy older than its file (a file replaced after the build)', async () => {
    const file = path.join(dist, 'assets', 'patched.0123abcd.js');
    writeFileSync(file, SCRIPT);
    precompressAssets(dist);
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(file, `${SCRIPT}// release 2\n`);
    const res = await rawGet(`${portal.url}/assets/patched.0123abcd.js`, { 'Accept-Encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toContain('// release 2');
  });

  it('serves the app shell for a route compressed and always revalidated', async () => {
    const res = await rawGet(`${portal.url}/sperrmuellkarte`, { 'Accept-Encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.body).toString()).toBe(HTML);
  });

  it('compresses API JSON on the fly', async () => {
    const drafts = Array.from({ length: 8 }, () => sperrmuellDraft());
    const pushed = await citizen.push(drafts.map((d) => ({ assumedMasterState: null, newDocumentState: d })));
    expect(pushed.status).toBe(200);
    const res = await new Promise<Raw>((resolve, reject) => {
      const req = http.request(`${portal.url}/api/sync/requests/pull`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: citizen.cookieHeader, 'Accept-Encoding': 'gzip' },
      }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ status: r.statusCode!, headers: r.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ checkpoint: null, batchSize: 100 }));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(gunzipSync(res.body).toString()).documents).toHaveLength(8);
  });

  it('never buffers the live stream: a change reaches a device asking for compression within a second', async () => {
    const received: string[] = [];
    let headers: http.IncomingHttpHeaders = {};
    const req = http.get(`${portal.url}/api/sync/stream`, { headers: { Cookie: citizen.cookieHeader, 'Accept-Encoding': 'br, gzip' } }, (res) => {
      headers = res.headers;
      res.setEncoding('utf8');
      res.on('data', (c: string) => received.push(c));
    });
    req.on('error', () => undefined);
    try {
      for (let waited = 0; !headers['content-type'] && waited < 3_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(headers['content-type']).toMatch(/^text\/event-stream/);
      expect(headers['content-encoding']).toBeUndefined();
      const pushedAt = Date.now();
      await citizen.push([{ assumedMasterState: null, newDocumentState: sperrmuellDraft() }]);
      while (!received.join('').includes('event: changed') && Date.now() - pushedAt < 1_000) await new Promise((r) => setTimeout(r, 20));
      expect(received.join('')).toContain('event: changed');
    } finally {
      req.destroy();
    }
  });
});
