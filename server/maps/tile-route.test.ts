import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapRoutes, startTileSandbox, type TileSandbox } from '.';
import { errorHandler } from '../http/api-error';
import { contractDoor } from '../http/contract';
import { tileAddress } from './tile-route';

describe('tileAddress', () => {
  it('fills the template and refuses what is not a tile', () => {
    expect(tileAddress('http://t/{z}/{x}/{y}.png', '3', '4', '2')).toBe('http://t/3/4/2.png');
    expect(tileAddress('http://t/{z}/{y}/{x}.png', '3', '4', '2')).toBe('http://t/3/2/4.png');
    expect(tileAddress('http://t/{z}/{x}/{y}.png', '3', '8', '2')).toBeNull();
    expect(tileAddress('http://t/{z}/{x}/{y}.png', '20', '0', '0')).toBeNull();
    expect(tileAddress('http://t/{z}/{x}/{y}.png', '3', '../x', '2')).toBeNull();
  });
});

describe('the map routes against the real tile sandbox', () => {
  let sandbox: TileSandbox;
  let url: string;
  let server: ReturnType<express.Express['listen']>;
  beforeAll(async () => {
    sandbox = await startTileSandbox();
    const app = express();
    // The portal's own door: the routes take only what it validated.
    app.use(contractDoor());
    app.use('/api/karte', mapRoutes({ tileUrl: sandbox.tileUrl, attribution: '© Test', maxZoom: 18 }));
    app.use(errorHandler);
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/karte`;
  });
  afterAll(async () => {
    server.close();
    await sandbox.stop();
  });

  it('passes a real PNG through, and names a bad tile with a 400', async () => {
    const tile = await fetch(`${url}/kacheln/16/34400/21800`);
    expect(tile.status).toBe(200);
    expect(tile.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await tile.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    expect(sandbox.served()).toBe(1);
    const bad = await fetch(`${url}/kacheln/2/9/0`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/Kachel gibt es nicht/);
    expect(await (await fetch(url)).json()).toEqual({ available: true, attribution: '© Test', maxZoom: 18 });
  });

  it('answers 502 when the provider is down, never a 500', async () => {
    const app = express();
    // The portal's own door: the routes take only what it validated.
    app.use(contractDoor());
    app.use('/api/karte', mapRoutes({ tileUrl: 'http://127.0.0.1:1/{z}/{x}/{y}.png', attribution: '', maxZoom: 18 }));
    app.use(errorHandler);
    const down = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => down.once('listening', resolve));
    const answer = await fetch(`http://127.0.0.1:${(down.address() as AddressInfo).port}/api/karte/kacheln/1/0/0`);
    down.close();
    expect(answer.status).toBe(502);
  });
});
