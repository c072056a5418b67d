import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync, crc32 } from 'node:zlib';

const SIZE = 256;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A real 256 px PNG tile: a pale colour from its coordinates (so neighbours differ and a moved
 * map shows), a darker frame on its edges like a street grid. Deterministic: same tile, same bytes.
 */
export function sandboxTile(z: number, x: number, y: number): Buffer {
  const base = [200 + ((x * 7 + z) % 40), 215 + ((y * 5) % 30), 190 + ((x + y) % 50)];
  const rows: Buffer[] = [];
  for (let row = 0; row < SIZE; row++) {
    const line = Buffer.alloc(1 + SIZE * 3);
    for (let col = 0; col < SIZE; col++) {
      const edge = row < 3 || col < 3 || row === SIZE / 2 || col === SIZE / 2;
      for (let c = 0; c < 3; c++) line[1 + col * 3 + c] = edge ? base[c] - 90 : base[c];
    }
    rows.push(line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface TileSandbox {
  /** The tile template to give MAP_TILE_URL. */
  tileUrl: string;
  /** Tiles served so far (tests check the map really fetched from here). */
  served(): number;
  stop(): Promise<void>;
}

/**
 * A tile server on loopback for `npm start` and the tests, when no MAP_TILE_URL is set: the same
 * `{z}/{x}/{y}.png` protocol as a real XYZ tile service, without the internet.
 */
export async function startTileSandbox(port = 0): Promise<TileSandbox> {
  let count = 0;
  const server = http.createServer((req, res) => {
    const match = /^\/tiles\/(\d{1,2})\/(\d{1,7})\/(\d{1,7})\.png$/.exec(req.url ?? '');
    if (req.method !== 'GET' || !match) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not a tile');
      return;
    }
    count++;
    const [z, x, y] = match.slice(1).map(Number);
    res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' }).end(sandboxTile(z, x, y));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    tileUrl: `http://127.0.0.1:${bound}/tiles/{z}/{x}/{y}.png`,
    served: () => count,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
