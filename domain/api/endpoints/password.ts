import { EMAIL_MAX, PASSWORD_MAX } from '../../account/account-rules';
import { endpoint, object } from '../endpoint';

const JSON_OK = { status: 200, type: 'application/json' } as const;
const password = { type: 'string', maxLength: PASSWORD_MAX + 100 } as const;

export const passwordEndpoints = [
  endpoint({
    id: 'auth.forgotPassword',
    method: 'POST',
    path: '/api/auth/password/forgot',
    tag: 'auth',
    summary: 'Ask for a password reset link by e-mail. Always 202, at once, whether the address has an account or not (no account probing); the link (valid 60 minutes, once) is mailed only to an existing, active account. Limited per client address and per e-mail address.',
    access: { public: true },
    body: object({ email: { type: 'string', maxLength: EMAIL_MAX + 100 } }, ['email']),
    response: { status: 202, type: 'application/json' },
  }),
  endpoint({
    id: 'auth.resetPassword',
    method: 'POST',
    path: '/api/auth/password/reset',
    tag: 'auth',
    summary: 'Set a new password with the token from the reset mail. Unknown, used, expired or superseded tokens all answer 400 invalid_token. Ends every session of the account.',
    access: { public: true },
    body: object({ token: { type: 'string', maxLength: 200 }, password }, ['token', 'password']),
    response: JSON_OK,
  }),
  endpoint({
    id: 'auth.acceptInvitation',
    method: 'POST',
    path: '/api/auth/password/invitation',
    tag: 'auth',
    summary: "A staff member sets the first password with the token from the invitation mail (valid 72 hours, once; only the latest invitation counts). Unknown, used, expired or superseded tokens all answer 400 invalid_token. The token names its account: no other account's password can be set with it.",
    access: { public: true },
    body: object({ token: { type: 'string', maxLength: 200 }, password }, ['token', 'password']),
    response: JSON_OK,
  }),
  endpoint({
    id: 'auth.changePassword',
    method: 'POST',
    path: '/api/auth/password/change',
    tag: 'auth',
    summary: 'Change the password of the signed-in account, with the current one. Ends the sessions of all other devices; this device gets a fresh session.',
    access: { roles: ['citizen', 'clerk', 'lead', 'treasury', 'admin'], scope: 'owner' },
    body: object({ currentPassword: password, newPassword: password }, ['currentPassword', 'newPassword']),
    response: JSON_OK,
  }),
] as const;
