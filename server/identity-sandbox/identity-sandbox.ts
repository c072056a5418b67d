import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { BUNDID_SCOPES } from '../../domain/account/identity';
import { STORK_QAA, parseTrustLevel, type TrustLevel } from '../../domain/account/trust-level';
import { LANGUAGES, translator, type Language } from '../http/i18n';
import { errorPage, loggedOutPage, loginPage, logoutPage } from './sandbox-pages';
import { findTestPerson } from './test-persons';

export interface IdentitySandboxOptions {
  /** Where the portal takes the answer: its `/api/auth/bundid/callback`. */
  redirectUris: string[];
  /** Where the portal wants people back after logging out at the provider. */
  postLogoutRedirectUris: string[];
  /** Fixed port (IDENTITY_SANDBOX_PORT); 0 or absent: any free one. */
  port?: number;
}

export interface IdentitySandbox {
  /** The issuer, as OIDC_ISSUER would name it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

function pageLanguage(uiLocales: unknown): Language {
  const asked = String(uiLocales ?? '').split(' ');
  return (asked.find((l) => (LANGUAGES as readonly string[]).includes(l)) as Language | undefined) ?? 'de';
}

/**
 * The built-in identity sandbox: a real OpenID provider (oidc-provider) on loopback standing in
 * for the city's BundID broker, so `npm start` and the tests run the real authorization code flow
 * (PKCE, state, nonce, signed ID tokens, RP-initiated logout). The tester picks a test person and
 * the trust level of each login on its page. Keys, client secret and cookie keys are made fresh
 * at every start and shared only with the portal.
 */
export async function startIdentitySandbox(options: IdentitySandboxOptions): Promise<IdentitySandbox> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'buergerportal';
  const clientSecret = randomBytes(24).toString('hex');
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'sandbox', use: 'sig', alg: 'RS256' };
  // The level chosen at each login, by grant: the code and the access token both name their
  // grant, so the ID token and the userinfo answer tell the same level.
  const levelByGrant = new Map<string, TrustLevel>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['given_name', 'family_name', 'birthdate', 'trustlevel'], address: ['address'] },
    scopes: BUNDID_SCOPES.split(' '),
    acrValues: Object.values(STORK_QAA),
    // As a broker does: the attributes ride in the ID token too, not only at userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = logoutPage(translator('de'), 'de', form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = loggedOutPage(translator('de'), 'de');
        },
      },
    },
    async findAccount(_ctx, sub, token) {
      const person = findTestPerson(sub);
      if (!person) return undefined;
      const level = (token?.grantId && levelByGrant.get(token.grantId)) || 'basis';
      return { accountId: sub, claims: async () => ({ ...person, trustlevel: STORK_QAA[level] }) };
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage(translator('de'), 'de', `${out.error}: ${out.error_description ?? ''}`);
    },
  });

  const app = express();
  app.disable('x-powered-by');
  app.get('/interaction/:uid', async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const lang = pageLanguage(details.params.ui_locales);
      const preset = parseTrustLevel(String(details.params.acr_values ?? '').split(' ').pop()) ?? 'basis';
      res.type('html').send(loginPage(translator(lang), lang, details.uid, preset));
    } catch (err) {
      next(err);
    }
  });
  app.post('/interaction/:uid', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const lang = pageLanguage(details.params.ui_locales);
      const person = findTestPerson(String(req.body?.person ?? ''));
      const level = parseTrustLevel(req.body?.level);
      if (!person || !level) {
        res.status(400).type('html').send(errorPage(translator(lang), lang, translator(lang)('identity-sandbox:choose')));
        return;
      }
      const grant = new provider.Grant({ accountId: person.sub, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      levelByGrant.set(grantId, level);
      await provider.interactionFinished(req, res, { login: { accountId: person.sub, acr: STORK_QAA[level] }, consent: { grantId } }, { mergeWithLastSubmission: false });
    } catch (err) {
      next(err);
    }
  });
  app.use(provider.callback());
  server.on('request', app);

  return {
    issuer,
    clientId,
    clientSecret,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
