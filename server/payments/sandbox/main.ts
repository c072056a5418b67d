import { startSandboxProvider } from './sandbox-service';

/**
 * `npm run sandbox:payments`: the sandbox provider on its own, for a portal started with
 * PAYMENT_PROVIDER_URL pointing here (same PAYMENT_PROVIDER_API_KEY and PAYMENT_WEBHOOK_SECRET).
 */
async function main() {
  const apiKey = process.env.PAYMENT_PROVIDER_API_KEY;
  const webhookSecret = process.env.PAYMENT_WEBHOOK_SECRET;
  if (!apiKey || !webhookSecret || webhookSecret.length < 32) {
    throw new Error('PAYMENT_PROVIDER_API_KEY und PAYMENT_WEBHOOK_SECRET (mindestens 32 Zeichen) setzen.');
  }
  const sandbox = await startSandboxProvider({
    apiKey,
    webhookSecret,
    host: process.env.PAYMENT_SANDBOX_HOST || '127.0.0.1',
    port: Number(process.env.PAYMENT_SANDBOX_PORT || 4300),
    expiryMinutes: Number(process.env.PAYMENT_SANDBOX_EXPIRY_MINUTES || 30),
  });
  process.stdout.write(`Bezahldienst-Sandbox läuft: ${sandbox.url}\n`);
  const stop = async () => {
    await sandbox.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`Start fehlgeschlagen: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
