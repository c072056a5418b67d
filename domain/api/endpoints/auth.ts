import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX } from '../../account/account-rules';
import { endpoint, object } from '../endpoint';

const JSON_OK = { status: 200, type: 'application/json' } as const;
// Lengths a little above the rules' limits: the account rules word "too long" per field.
const credentials = {
  email: { type: 'string', maxLength: EMAIL_MAX + 100 },
  password: { type: 'string', maxLength: PASSWORD_MAX + 100 },
} as const;

export const authEndpoints = [
  endpoint({
    id: 'auth.register',
    method: 'POST',
    path: '/api/auth/register',
    tag: 'auth',
    summary: 'Register a citizen account (always a citizen; role and department are never taken from the body) and start a session.',
    access: { public: true },
    body: object({ ...credentials, name: { type: 'string', maxLength: NAME_MAX + 100 } }),
    response: { status: 201, type: 'application/json' },
  }),
  endpoint({
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    tag: 'auth',
    summary: 'Log in with e-mail and password; sets the session cookie.',
    access: { public: true },
    body: object(credentials),
    response: JSON_OK,
  }),
  endpoint({
    id: 'auth.logout',
    method: 'POST',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: 'End the session of this device.',
    access: { public: true },
    body: object({}),
    response: { status: 204, type: 'none' },
  }),
  endpoint({
    id: 'auth.me',
    method: 'GET',
    path: '/api/auth/me',
    tag: 'auth',
    summary: 'The signed-in user.',
    access: { roles: ['citizen', 'clerk', 'lead', 'treasury', 'admin'], scope: 'owner' },
    response: JSON_OK,
  }),
  endpoint({
    id: 'auth.session',
    method: 'GET',
    path: '/api/auth/session',
    tag: 'auth',
    summary: 'Who is signed in on this device: the user, or null (never a 401); `expired` when a session cookie was sent but has ended.',
    access: { public: true },
    response: JSON_OK,
  }),
] as const;
