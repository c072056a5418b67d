/**
 * The embedded CouchDB-compatible store: express-pouchdb on LevelDB, run in its own child
 * process so a crash in it never takes the portal down, and bound to loopback only.
 *
 * express-pouchdb is open to everyone by default and crashes on some requests (an anonymous
 * database PUT, `multipart/related` PUTs, `_changes?filter=_selector` — see DESIGN.md), so a
 * guard in front of it lets through only requests carrying the admin credentials and refuses
 * the request shapes known to crash it.
 */
import { timingSafeEqual } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

const require = createRequire(import.meta.url);

const dataDir = path.resolve(process.env.STORE_DATA_DIR ?? 'data/store');
const port = Number(process.env.STORE_PORT ?? 0);
const username = process.env.STORE_ADMIN_USER ?? 'admin';
const password = process.env.STORE_ADMIN_PASSWORD ?? '';
if (password.length < 16) {
  console.error('STORE_ADMIN_PASSWORD fehlt oder ist zu kurz.');
  process.exit(2);
}

mkdirSync(dataDir, { recursive: true });
const configPath = path.join(dataDir, 'config.json');
if (!existsSync(configPath) || process.env.STORE_ADMIN_RESET === '1') {
  // express-pouchdb hashes the plain password on first start, as CouchDB does.
  writeFileSync(configPath, JSON.stringify({ admins: { [username]: password }, log: { level: 'warning' } }));
}

// Every open `_changes` feed (change followers, a replicating peer) listens on its database's
// 'destroyed' event; a dozen at once is normal here, not a leak worth a warning on stderr.
require('node:events').EventEmitter.defaultMaxListeners = 100;
const PouchDB = require('pouchdb-node').defaults({ prefix: dataDir + path.sep });
const expressPouchDB = require('express-pouchdb');
const pouchApp = expressPouchDB(PouchDB, {
  mode: 'fullCouchDB',
  // No admin web UI and no server-side replication: nothing but our server ever talks to it.
  // No gzip either: it only costs CPU on loopback, and the longpoll timeout below writes plain JSON.
  // No `disk_size` in a database's info: nothing here reads it, and for it every GET /<db> (each
  // pull asks for `update_seq`, each change follower at its start) walked the database's folder
  // with lstat and readdir. Without it an info costs the store what a document GET costs (two runs of
  // 1000 each, loaded machine: 1.7 and 1.5 CPU-ms; with it 3.2 and 2.3, a GET then 2.0 and 2.2).
  overrideMode: { exclude: ['compression', 'disk-size', 'routes/fauxton', 'routes/replicate', 'routes/active-tasks', 'routes/db-updates'] },
  configPath,
  logPath: path.join(dataDir, 'store.log'),
});

const expected = Buffer.from('Basic ' + Buffer.from(`${username}:${password}`).toString('base64'));

function authorized(header: string | undefined): boolean {
  if (!header) return false;
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function refuse(res: import('node:http').ServerResponse, status: number, error: string, reason: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error, reason }));
}

/**
 * express-pouchdb ignores `timeout` on longpoll `_changes`: with nothing changing, the request
 * stays open for ever, and a client that gives up on it can be left with a request that never
 * settles (nano, seen here). CouchDB answers `{"results":[],"last_seq":since}` after `timeout`;
 * so does this. express-pouchdb has by then written `{"results":[` (and heartbeat newlines), so
 * closing the array and the object gives that very answer; closing the socket afterwards makes
 * express-pouchdb drop its changes listener. The answer says `Connection: close` from the start:
 * a client that put the socket back in its keep-alive pool would send its next request into the
 * closed socket ("other side closed", seen in the multi-master rig).
 */
function honourLongpollTimeout(url: URL, req: IncomingMessage, res: ServerResponse): void {
  const timeout = Number(url.searchParams.get('timeout'));
  const since = url.searchParams.get('since') ?? '';
  if (!(timeout > 0) || !/^\d+$/.test(since)) return;
  res.setHeader('Connection', 'close');
  let opened = false;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!opened && String(chunk).startsWith('{"results":[')) opened = true;
    return write(chunk, ...rest);
  }) as typeof res.write;
  const timer = setTimeout(() => {
    if (!opened || res.writableEnded) return;
    res.end(`],\n"last_seq":${since}}\n`, () => req.socket.destroy());
  }, timeout);
  res.on('close', () => clearTimeout(timer));
}

// A plain HTTP server, not a second Express app: express-pouchdb brings its own Express 4,
// whose request handling breaks on an Express 5 request object.
const server = createServer((req, res) => {
  if (!authorized(req.headers.authorization)) return refuse(res, 401, 'unauthorized', 'Admin credentials required.');
  if ((req.headers['content-type'] ?? '').startsWith('multipart/related')) {
    return refuse(res, 415, 'unsupported', 'multipart/related is not supported by the embedded store.');
  }
  const url = new URL(req.url ?? '/', 'http://store');
  if (url.searchParams.get('filter') === '_selector') {
    return refuse(res, 400, 'unsupported', 'filter=_selector is not supported by the embedded store.');
  }
  if (url.pathname.endsWith('/_changes') && url.searchParams.get('feed') === 'longpoll') honourLongpollTimeout(url, req, res);
  pouchApp(req, res);
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  process.send?.({ type: 'ready', port: actualPort });
  if (!process.send) console.log(`store listening on 127.0.0.1:${actualPort}`);
});

// The parent going away must not leave an orphan holding the LevelDB lock.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
