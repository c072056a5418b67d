import { isIP } from 'node:net';

/** Express's names for address ranges, usable in TRUST_PROXY besides addresses and CIDR ranges. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: the reverse proxies whose X-Forwarded-For names the client. Unset means none:
 * then the client is the TCP peer, and rotating a forged X-Forwarded-For gets nobody past the
 * login limit. Only explicit addresses, not "true" or a hop count, so a header can never be
 * believed from a peer nobody named.
 */
export function parseTrustProxy(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const ok = NAMED_RANGES.includes(entry) || (isIP(address) !== 0 && rest.length === 0 && (bits === undefined || /^\d{1,3}$/.test(bits)));
    if (!ok) throw new Error(`TRUST_PROXY „${entry}“ ist keine IP-Adresse, kein CIDR-Bereich und keiner von ${NAMED_RANGES.join(', ')}.`);
  }
  return entries;
}
