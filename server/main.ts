import { loadConfig } from './config';
import { startBuiltInSandbox } from './payments';
import { startPortal } from './portal';
import { startTileSandbox } from './maps';
import { demoLogins } from './seed/demo-data';
import { currentCity } from '../domain/city/load-city';

/** `npm start`: the whole portal in one command, with the embedded store unless COUCHDB_URL is set. */
async function main() {
  const config = loadConfig();
  // No external provider configured: the built-in sandbox runs beside the portal on loopback.
  const sandbox = config.payments.providerUrl ? undefined : await startBuiltInSandbox(config.payments);
  if (sandbox) config.payments = sandbox.payments;
  // No tile provider configured: a tile server on loopback draws plain tiles (no internet needed).
  const tiles = config.map?.tileUrl ? undefined : await startTileSandbox();
  if (tiles) config.map = { tileUrl: tiles.tileUrl, attribution: 'Kartenkacheln: Sandbox', maxZoom: 18 };
  const portal = await startPortal({
    ...config,
    authRateLimitPerMinute: Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE) || 30,
    identitySandbox: true,
  });
  const lines = [
    '',
    `${currentCity().portalName} läuft: ${portal.url}`,
    `Datenspeicher: ${config.couchdbUrl ? 'Apache CouchDB (COUCHDB_URL)' : `eingebettet, Daten in ${config.dataDir}`}`,
    `Bezahldienst: ${sandbox ? `Sandbox (Testzahlungen) unter ${sandbox.sandbox.url}` : `${config.payments.providerUrl} (PAYMENT_PROVIDER_URL)`}`,
    `Karte: ${tiles ? `Sandbox-Kacheln unter ${tiles.tileUrl}` : `${config.map?.tileUrl} (MAP_TILE_URL)`}`,
    `BundID-Anmeldung: ${portal.identitySandbox ? `Identitäts-Sandbox (Testpersonen, Vertrauensniveau wählbar) unter ${portal.identitySandbox.issuer}` : `${config.oidc?.issuer} (OIDC_ISSUER)`}`,
    `E-Mail: ${portal.mailbox ? `Entwicklungs-Postfach (nichts verlässt den Rechner) unter ${portal.mailbox.url}` : config.mail.smtpUrl ? 'Mailserver aus SMTP_URL' : 'versendet der worker-Prozess'}`,
  ];
  if (config.seedDemoData) {
    lines.push('', 'Demo-Zugänge (E-Mail / Passwort):');
    for (const login of demoLogins()) lines.push(`  ${login.role.padEnd(62)} ${login.email} / ${login.password}`);
  }
  lines.push('', 'Beenden mit Strg+C.', '');
  process.stdout.write(lines.join('\n'));

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    // Whatever hangs (a store that will not answer), the process ends within seconds.
    setTimeout(() => process.exit(1), 10_000).unref();
    await portal.stop();
    await sandbox?.sandbox.stop();
    await tiles?.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(`Start fehlgeschlagen: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
