import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger';
import { storeErrors } from '../observability/metrics';

export interface EmbeddedStore {
  /** Base URL with the admin credentials, for nano. Stays the same across restarts. */
  url: string;
  /** How many times the supervisor has restarted the store child after it died. */
  readonly restarts: number;
  /** Process id of the current store child (undefined while it is being restarted). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'embedded-store-process.ts');
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 3_000;
/** Back-off between restarts: doubles from the first to the last, reset once a child stayed up. */
const RESTART_DELAYS_MS = [200, 500, 1_000, 2_000, 5_000, 10_000];
const STABLE_AFTER_MS = 30_000;

/** Admin credentials of the embedded store: generated once, kept beside its data. */
function storeCredentials(dataDir: string): { username: string; password: string } {
  const file = path.join(dataDir, 'store-admin.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const creds = { username: 'portal', password: randomBytes(24).toString('hex') };
  writeFileSync(file, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

interface Running {
  child: ChildProcess;
  port: number;
  /** Resolves once the child has exited, however (an exit code or a signal). */
  exited: Promise<void>;
}

function spawnStore(storeDir: string, creds: { username: string; password: string }, port: number, resetCredentials: boolean): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(CHILD, [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        STORE_DATA_DIR: storeDir,
        STORE_PORT: String(port),
        STORE_ADMIN_USER: creds.username,
        STORE_ADMIN_PASSWORD: creds.password,
        STORE_ADMIN_RESET: resetCredentials ? '1' : '0',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // `exitCode` stays null for a child killed by a signal: the exit event is the only truth.
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('Der eingebettete Datenspeicher ist nicht innerhalb von 60 s gestartet.'));
    }, START_TIMEOUT_MS);
    child.on('message', (msg: { type?: string; port?: number }) => {
      if (msg?.type !== 'ready' || ready) return;
      ready = true;
      clearTimeout(timer);
      resolve({ child, port: msg.port!, exited });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`Der eingebettete Datenspeicher wurde beendet (code ${code}, signal ${signal}).`));
    });
  });
}

async function stopChild(running: Running): Promise<void> {
  if (running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGTERM');
    const force = setTimeout(() => running.child.kill('SIGKILL'), STOP_GRACE_MS);
    await running.exited;
    clearTimeout(force);
  }
}

/**
 * Starts express-pouchdb in a child process on 127.0.0.1 and resolves once it listens
 * (`port` 0 picks a free port), then supervises it: a child that dies (a crash, kill -9, the
 * OOM killer) is started again with back-off on the same port, so the server's connection and
 * its change followers find it again by themselves. `stop` always finishes within a few seconds.
 */
export async function startEmbeddedStore(options: { dataDir: string; port?: number; logger?: Logger }): Promise<EmbeddedStore> {
  const storeDir = path.join(options.dataDir, 'store');
  const creds = storeCredentials(options.dataDir);
  const freshCredentials = !existsSync(path.join(storeDir, 'config.json'));
  let current: Running | undefined = await spawnStore(storeDir, creds, options.port ?? 0, freshCredentials);
  const port = current.port;
  let stopping = false;
  let restarts = 0;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let wakeRetry: (() => void) | undefined;

  const supervise = (running: Running) => {
    const startedAt = Date.now();
    void running.exited.then(() => {
      if (stopping || current !== running) return;
      current = undefined;
      if (Date.now() - startedAt > STABLE_AFTER_MS) attempt = 0;
      const { exitCode: code, signalCode: signal } = running.child;
      options.logger?.error({ code, signal }, 'embedded store exited; restarting');
      storeErrors.inc({ source: 'embedded_exit' });
      void restart();
    });
  };

  const restart = async () => {
    while (!stopping) {
      const delay = RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)];
      attempt++;
      await new Promise<void>((done) => {
        wakeRetry = done;
        retryTimer = setTimeout(done, delay);
      });
      if (stopping) return;
      try {
        const running = await spawnStore(storeDir, creds, port, false);
        if (stopping) return void (await stopChild(running));
        current = running;
        restarts++;
        options.logger?.warn({ restarts }, 'embedded store restarted');
        supervise(running);
        return;
      } catch (err) {
        options.logger?.error({ err: (err as Error).message }, 'embedded store restart failed');
      }
    }
  };

  supervise(current);
  const auth = `${encodeURIComponent(creds.username)}:${encodeURIComponent(creds.password)}`;
  return {
    url: `http://${auth}@127.0.0.1:${port}`,
    get restarts() {
      return restarts;
    },
    get pid() {
      return current?.child.pid;
    },
    async stop() {
      stopping = true;
      clearTimeout(retryTimer);
      wakeRetry?.();
      if (current) await stopChild(current);
    },
  };
}
