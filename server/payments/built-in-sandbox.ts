import { randomBytes } from 'node:crypto';
import type { PaymentsConfig } from './payments-config';
import { startSandboxProvider, type SandboxOptions, type SandboxProvider } from './sandbox';

/**
 * No provider configured: the built-in sandbox runs beside the portal on loopback, with fresh
 * secrets shared only between the two, so `npm start` and the browser tests can pay.
 */
export async function startBuiltInSandbox(
  config: PaymentsConfig,
  options: Partial<SandboxOptions> = {},
): Promise<{ payments: PaymentsConfig; sandbox: SandboxProvider }> {
  const apiKey = randomBytes(24).toString('hex');
  const webhookSecret = randomBytes(32).toString('hex');
  const sandbox = await startSandboxProvider({ apiKey, webhookSecret, port: config.sandboxPort, ...options });
  return { payments: { ...config, providerUrl: sandbox.url, apiKey, webhookSecret }, sandbox };
}
