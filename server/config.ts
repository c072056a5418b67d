import { randomBytes } from 'node:crypto';
import { parseDisposerCompanies, type DisposerCompany } from './disposer/companies';
import { loadArchiveConfig, type ArchiveConfig } from './archive/archive-key';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadMailConfig, type MailConfig } from './mail/mail-config';
import { loadPaymentsConfig, type PaymentsConfig } from './payments/payments-config';
import { loadMapConfig, type MapConfig } from './maps/map-config';
import { parsePortalRole, type PortalRole } from './roles/portal-role';
import { parsePublicUrl, requirePublicUrlOffLoopback } from './http/public-origin';
import { parseTrustProxy } from './http/trust-proxy';
import { loadOidcConfig, type OidcConfig } from './auth/oidc/oidc-config';

/** Everything the server reads from the environment, with safe defaults. Documented in README. */
export interface Config {
  port: number;
  /** Interface the portal listens on. */
  host: string;
  /** External Apache CouchDB 3.x with credentials; when unset the embedded store is started. */
  couchdbUrl?: string;
  /** Where the embedded store and generated secrets live. */
  dataDir: string;
  /** Prefix of every database name, so several portals (or test runs) can share one CouchDB. */
  dbPrefix: string;
  sessionSecret: string;
  /** Mark the session cookie `Secure` (behind HTTPS). */
  cookieSecure: boolean;
  sessionDays: number;
  seedDemoData: boolean;
  distDir: string;
  logLevel: string;
  /** Payment provider, the city's account, reconciliation (server/payments). */
  payments: PaymentsConfig;
  /** Outgoing mail (server/mail): the city's SMTP server, or the built-in development mailbox. */
  mail: MailConfig;
  /** What this process does: `all`, `api` (HTTP only) or `worker` (background work, one at a time). */
  role: PortalRole;
  /** The portal's public address (PUBLIC_URL); required off loopback, else the listen address. */
  publicUrl?: string;
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY); none by default. */
  trustProxy: string[];
  /** Bearer token for /metrics; unset, /metrics answers only callers on this machine. */
  metricsToken?: string;
  /** Map tiles: MAP_TILE_URL and MAP_TILE_ATTRIBUTION (server/maps). */
  map?: MapConfig;
  /** Waste companies with API keys (DISPOSER_COMPANIES, server/disposer). */
  disposers?: DisposerCompany[];
  /** The city archive that takes over closed cases (ARCHIVE_API_KEY, server/archive); unset: retention deletes. */
  archive?: ArchiveConfig;
  /** BundID login through the city's OpenID Connect broker (OIDC_*); unset: the identity sandbox. */
  oidc?: OidcConfig;
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  // Kept on disk so sessions survive a restart without anyone having to set a secret.
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} muss eine ganze Zahl ≥ 0 sein, nicht „${value}“.`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR || 'data');
  const dbPrefix = env.DB_PREFIX ?? 'bp_';
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(dbPrefix)) {
    throw new Error(`DB_PREFIX „${dbPrefix}“ ist kein gültiger CouchDB-Datenbankname (Kleinbuchstaben am Anfang).`);
  }
  const sessionSecret = env.SESSION_SECRET || readOrCreateSecret(dataDir);
  if (sessionSecret.length < 32) throw new Error('SESSION_SECRET muss mindestens 32 Zeichen lang sein.');
  const host = env.HOST || '127.0.0.1';
  const publicUrl = parsePublicUrl(env.PUBLIC_URL);
  requirePublicUrlOffLoopback(host, publicUrl);
  return {
    port: positiveInt('PORT', env.PORT, 3000),
    host,
    couchdbUrl: env.COUCHDB_URL || undefined,
    dataDir,
    dbPrefix,
    sessionSecret,
    cookieSecure: flag(env.COOKIE_SECURE, false),
    sessionDays: positiveInt('SESSION_DAYS', env.SESSION_DAYS, 30),
    seedDemoData: flag(env.SEED_DEMO_DATA, true),
    distDir: path.resolve(env.DIST_DIR || 'dist'),
    logLevel: env.LOG_LEVEL || 'info',
    payments: loadPaymentsConfig(env),
    mail: loadMailConfig(env),
    role: parsePortalRole(env.PORTAL_ROLE),
    publicUrl,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    metricsToken: env.METRICS_TOKEN || undefined,
    map: loadMapConfig(env),
    disposers: parseDisposerCompanies(env.DISPOSER_COMPANIES, flag(env.SEED_DEMO_DATA, true)),
    archive: loadArchiveConfig(env, flag(env.SEED_DEMO_DATA, true)),
    oidc: loadOidcConfig(env),
  };
}
