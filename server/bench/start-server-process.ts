import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confirmFixtureAccountsByMail } from '../test-support/fixture-accounts';

export interface ServerProcess {
  url: string;
  /** The built-in development mailbox's page, when the process runs one (no SMTP_URL). */
  mailboxUrl?: string;
  pid: number;
  /** Resident memory of the server and of its embedded store child, in MiB. */
  memory(): { serverMiB: number; storeMiB: number };
  /** Process id of the embedded store child, if there is one now. */
  storePid(): number | undefined;
  /** Resolves with the exit code (or signal) once the server process has ended. */
  exited: Promise<number | string | null>;
  stop(): Promise<void>;
}

function rssMiB(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

function childStorePid(serverPid: number): number | undefined {
  try {
    const pid = Number(execFileSync('pgrep', ['-P', String(serverPid), '-f', 'embedded-store-process']).toString().trim().split('\n')[0]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined; // no child: an external store, or the store is being restarted
  }
}

/**
 * Starts `server/main.ts` as its own process on a fresh data directory, as `npm start` would.
 * `dataDir` reuses one (a restart after a crash); it is then left in place on stop.
 */
export async function startServerProcess(env: Record<string, string> = {}, options: { dataDir?: string } = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'bp-bench-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', AUTH_RATE_LIMIT_PER_MINUTE: '100000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const { url, mailboxUrl } = await new Promise<{ url: string; mailboxUrl?: string }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      // The start-up lines end with how to stop the server: by then they are all there.
      const m = /Strg\+C/.test(out) && out.match(/läuft: (http:\/\/\S+)/);
      if (m) resolve({ url: m[1], mailboxUrl: out.match(/Entwicklungs-Postfach .* unter (http:\/\/\S+)/)?.[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  // Citizens a benchmark registers here (ApiClient.register) are confirmed through this mailbox.
  confirmFixtureAccountsByMail({ url, mailboxUrl });
  return {
    url,
    mailboxUrl,
    pid: child.pid!,
    exited,
    storePid: () => childStorePid(child.pid!),
    memory() {
      return { serverMiB: rssMiB(child.pid!), storeMiB: rssMiB(childStorePid(child.pid!) ?? NaN) };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
