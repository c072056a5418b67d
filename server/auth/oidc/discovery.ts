import * as client from 'openid-client';
import { isLoopbackHttp } from './oidc-config';

/**
 * The provider's metadata, fetched at the first login and kept; a failed discovery is forgotten so
 * the next login tries again (the provider may have been down). Plain HTTP only on loopback (the
 * sandboxes). Shared by the BundID and the staff relying party.
 */
export function lazyDiscovery(
  config: { issuer: string; clientId: string; clientSecret: string },
  failure: (err: Error) => Error = (err) => err,
): () => Promise<client.Configuration> {
  let discovered: Promise<client.Configuration> | undefined;
  return () =>
    (discovered ??= client
      .discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, {
        execute: isLoopbackHttp(config.issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((err: unknown) => {
        discovered = undefined;
        throw failure(err as Error);
      }));
}
