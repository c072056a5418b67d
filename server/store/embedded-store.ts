import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger';

export interface EmbeddedStore {
  /** Base URL with the admin credentials, for nano. */
  url: string;
  stop(): Promise<void>;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'embedded-store-process.ts');

/** Admin credentials of the embedded store: generated once, kept beside its data. */
function storeCredentials(dataDir: string): { username: string; password: string } {
  const file = path.join(dataDir, 'store-admin.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const creds = { username: 'portal', password: randomBytes(24).toString('hex') };
  writeFileSync(file, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

/**
 * Starts express-pouchdb in a child process on 127.0.0.1 and resolves once it listens.
 * `port` 0 picks a free port.
 */
export function startEmbeddedStore(options: { dataDir: string; port?: number; logger?: Logger }): Promise<EmbeddedStore> {
  const storeDir = path.join(options.dataDir, 'store');
  const creds = storeCredentials(options.dataDir);
  const freshCredentials = !existsSync(path.join(storeDir, 'config.json'));
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(CHILD, [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        STORE_DATA_DIR: storeDir,
        STORE_PORT: String(options.port ?? 0),
        STORE_ADMIN_USER: creds.username,
        STORE_ADMIN_PASSWORD: creds.password,
        STORE_ADMIN_RESET: freshCredentials ? '1' : '0',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('Der eingebettete Datenspeicher ist nicht innerhalb von 60 s gestartet.'));
    }, 60_000);
    child.on('message', (msg: { type?: string; port?: number }) => {
      if (msg?.type !== 'ready' || ready) return;
      ready = true;
      clearTimeout(timer);
      const auth = `${encodeURIComponent(creds.username)}:${encodeURIComponent(creds.password)}`;
      resolve({
        url: `http://${auth}@127.0.0.1:${msg.port}`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`Der eingebettete Datenspeicher wurde beendet (code ${code}, signal ${signal}).`));
      else options.logger?.error({ code, signal }, 'embedded store exited');
    });
  });
}
