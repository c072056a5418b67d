import { endpoint, object } from '../endpoint';

const word = (max: number) => ({ type: 'string', maxLength: max }) as const;

/** Staff login through the city's own OpenID provider (server/auth/staff-oidc), when STAFF_OIDC_ISSUER is set. */
export const staffLoginEndpoints = [
  endpoint({
    id: 'auth.staffLogin.available',
    method: 'GET',
    path: '/api/auth/staff-login',
    tag: 'auth',
    summary: "Whether staff can sign in through the city's own OpenID provider here (the login page shows its button only then).",
    access: { public: true },
    response: { status: 200, type: 'application/json' },
  }),
  endpoint({
    id: 'auth.staffLogin.start',
    method: 'GET',
    path: '/api/auth/staff-login/start',
    tag: 'auth',
    summary: "Starts a staff login at the city's OpenID provider (authorization code flow with PKCE, state and nonce). 503 when none is configured.",
    access: { public: true },
    query: object({ lng: word(20) }),
    response: { status: 303, type: 'none' },
  }),
  endpoint({
    id: 'auth.staffLogin.callback',
    method: 'GET',
    path: '/api/auth/staff-login/callback',
    tag: 'auth',
    summary: "The browser back from the city's provider. Opens a session only for a staff account the administrator created (found by e-mail at the first login, then bound to the `sub`); anyone else, citizens included, gets a 403 page and no session.",
    access: { public: true },
    query: object({ code: word(2000), state: word(200), iss: word(500), session_state: word(500), error: word(200), error_description: word(1000), error_uri: word(1000) }),
    response: { status: 303, type: 'none' },
  }),
] as const;
