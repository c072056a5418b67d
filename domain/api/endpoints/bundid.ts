import { PASSWORD_MAX } from '../../account/account-rules';
import { TRUST_LEVELS } from '../../account/trust-level';
import { endpoint, object } from '../endpoint';

const word = (max: number) => ({ type: 'string', maxLength: max }) as const;

/** Login with BundID through the city's OpenID Connect broker (server/auth/oidc). */
export const bundIdEndpoints = [
  endpoint({
    id: 'auth.bundid.start',
    method: 'GET',
    path: '/api/auth/bundid/start',
    tag: 'auth',
    summary: 'Starts a BundID login (authorization code flow with PKCE, state and nonce): redirects to the identity provider. `niveau` asks for at least that trust level; `verknuepfen` links the BundID login to the password account signed in on this device.',
    access: { public: true },
    query: object({ weiter: word(500), niveau: { type: 'string', enum: TRUST_LEVELS }, verknuepfen: { type: 'string', enum: ['1'] }, lng: word(20) }),
    response: { status: 303, type: 'none' },
  }),
  endpoint({
    id: 'auth.bundid.callback',
    method: 'GET',
    path: '/api/auth/bundid/callback',
    tag: 'auth',
    summary: 'The browser back from the identity provider: checks state, PKCE, nonce, issuer, audience and signature, then opens a session and redirects into the app. Anything wrong: a 4xx page, no session.',
    access: { public: true },
    query: object({ code: word(2000), state: word(200), iss: word(500), session_state: word(500), error: word(200), error_description: word(1000), error_uri: word(1000) }),
    response: { status: 303, type: 'none' },
  }),
  endpoint({
    id: 'auth.bundid.logout',
    method: 'POST',
    path: '/api/auth/bundid/logout',
    tag: 'auth',
    summary: 'Ends the session of this device and answers where to end the login at the identity provider too (its end_session_endpoint), if it offers one.',
    access: { public: true },
    body: object({}),
    response: { status: 200, type: 'application/json' },
  }),
  endpoint({
    id: 'auth.bundid.unlink',
    method: 'POST',
    path: '/api/auth/bundid/unlink',
    tag: 'auth',
    summary: 'Unlinks BundID from the signed-in account, proven by the account password (an account without one would be locked out: refused). The BundID-confirmed profile fields become the citizen\'s own; sessions opened by BundID end.',
    access: { roles: ['citizen'], scope: 'owner' },
    body: object({ password: { type: 'string', maxLength: PASSWORD_MAX + 100 } }, ['password']),
    response: { status: 200, type: 'application/json' },
  }),
] as const;
