import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair } from 'jose';
import type { KoaContextWithOIDC } from 'oidc-provider';

/**
 * Test support: a real OpenID provider (oidc-provider) on loopback standing in for a city's staff
 * directory. `people` maps a `sub` to its work address; a login is finished by posting the `sub`
 * to the interaction page. The client (its redirect URI) is registered once the portal listens.
 */
export async function startStaffTestProvider(people: Map<string, string | undefined>) {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'buergerportal-staff';
  const clientSecret = randomBytes(24).toString('hex');
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'staff', use: 'sig', alg: 'RS256' };
  const { default: Provider } = await import('oidc-provider');

  return {
    issuer,
    clientId,
    clientSecret,
    /** Registers the portal's callback and starts answering. */
    allow(redirectUri: string) {
      const provider = new Provider(issuer, {
        clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'] }],
        jwks: { keys: [jwk as never] },
        cookies: { keys: [randomBytes(32).toString('hex')] },
        claims: { openid: ['sub'], email: ['email'] },
        conformIdTokenClaims: false,
        pkce: { required: () => true },
        interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
        features: { devInteractions: { enabled: false } },
        async findAccount(_ctx, sub) {
          if (!people.has(sub)) return undefined;
          const email = people.get(sub);
          return { accountId: sub, claims: async () => ({ sub, ...(email ? { email } : {}) }) };
        },
      });
      const app = express();
      app.get('/interaction/:uid', (_req, res) => void res.type('html').send('<form method="post"><input name="sub"><button>Anmelden</button></form>'));
      app.post('/interaction/:uid', express.urlencoded({ extended: false }), async (req, res, next) => {
        try {
          const details = await provider.interactionDetails(req, res);
          const grant = new provider.Grant({ accountId: String(req.body.sub), clientId: String(details.params.client_id) });
          grant.addOIDCScope(String(details.params.scope));
          const grantId = await grant.save();
          await provider.interactionFinished(req, res, { login: { accountId: String(req.body.sub) }, consent: { grantId } }, { mergeWithLastSubmission: false });
        } catch (err) {
          next(err);
        }
      });
      app.use(provider.callback());
      server.on('request', app);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
