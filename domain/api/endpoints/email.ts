import { EMAIL_MAX, PASSWORD_MAX } from '../../account/account-rules';
import { endpoint, object } from '../endpoint';

const signedIn = { roles: ['citizen', 'clerk', 'lead', 'treasury', 'admin'], scope: 'owner' } as const;

/** Confirming an account's e-mail address, and changing it (server/auth/email). */
export const emailEndpoints = [
  endpoint({
    id: 'auth.confirmEmail',
    method: 'POST',
    path: '/api/auth/email/confirm',
    tag: 'auth',
    summary: 'Confirm an address with the token from the confirmation mail (after registration or a change of address). Works without a session (the link may be opened on another device). Unknown, used, expired, forged or outdated tokens answer 400 invalid_token; a new address taken meanwhile by another account answers 409 email_taken.',
    access: { public: true },
    body: object({ token: { type: 'string', maxLength: 200 } }, ['token']),
    response: { status: 200, type: 'application/json' },
  }),
  endpoint({
    id: 'auth.resendConfirmation',
    method: 'POST',
    path: '/api/auth/email/resend',
    tag: 'auth',
    summary: 'Send the confirmation mail of the signed-in account again (a new link; older links stay valid until they expire). 202 also when the address is already confirmed (then nothing is sent). Limited per account.',
    access: signedIn,
    body: object({}),
    response: { status: 202, type: 'application/json' },
  }),
  endpoint({
    id: 'auth.changeEmail',
    method: 'POST',
    path: '/api/auth/email/change',
    tag: 'auth',
    summary: 'Ask to change the address of the signed-in account, with the current password. The new address gets a confirmation link; the old one stays in use until then and gets a notice. The same 202 whether the new address is free or not (that address\'s owner gets a notice instead).',
    access: signedIn,
    body: object({ email: { type: 'string', maxLength: EMAIL_MAX + 100 }, currentPassword: { type: 'string', maxLength: PASSWORD_MAX + 100 } }, ['email', 'currentPassword']),
    response: { status: 202, type: 'application/json' },
  }),
] as const;
