/**
 * The portal's own address. It is never taken from a request's Host or X-Forwarded-* headers:
 * those are chosen by whoever sends the request (a payer sent to https://evil.example/… was the
 * finding). Configured with PUBLIC_URL; only on loopback may it default to the listen address.
 */

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1', '[::1]'];

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** PUBLIC_URL without its trailing slash, checked; undefined when unset. */
export function parsePublicUrl(value: string | undefined): string | undefined {
  const url = value?.trim().replace(/\/+$/, '') || undefined;
  if (url && !/^https?:\/\/[^\s/?#]+$/.test(url)) throw new Error(`PUBLIC_URL „${value}“ muss eine Adresse wie https://portal.werne.de sein.`);
  return url;
}

/** A start-up error when the portal would be reachable from elsewhere without a known public address. */
export function requirePublicUrlOffLoopback(host: string, publicUrl: string | undefined): void {
  if (publicUrl || isLoopbackHost(host)) return;
  throw new Error(
    `PUBLIC_URL fehlt: Das Portal lauscht auf ${host}, nicht nur auf 127.0.0.1. Setzen Sie PUBLIC_URL auf die öffentliche Adresse, z. B. https://buergerportal.werne.de (Rücksprung vom Bezahldienst, Prüfung der Herkunft von Anfragen).`,
  );
}

/**
 * The origins the portal answers state-changing requests from. With PUBLIC_URL, exactly its
 * origin; on loopback without it, the listen port under each loopback name (a browser on
 * http://localhost:3000 and one on http://127.0.0.1:3000 reach the same process).
 */
export function ownOrigins(publicUrl: string | undefined, port: number): string[] {
  if (publicUrl) return [new URL(publicUrl).origin];
  return ['127.0.0.1', 'localhost', '[::1]'].map((h) => `http://${h}:${port}`);
}
