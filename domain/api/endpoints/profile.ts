import { PROFILE_LANGUAGE, SHORT_TEXT } from '../fields';
import { NOTIFICATION_KINDS } from '../../account/notification-kinds';
import { endpoint, object } from '../endpoint';

const citizen = { roles: ['citizen'], scope: 'owner' } as const;
/** The fields the profile rules (domain/profile) know; they word each field's problems. */
const PROFILE = object({
  name: SHORT_TEXT,
  street: SHORT_TEXT,
  houseNumber: SHORT_TEXT,
  postcode: SHORT_TEXT,
  phone: SHORT_TEXT,
  email: SHORT_TEXT,
  language: PROFILE_LANGUAGE,
  easyLanguage: { type: 'boolean' },
  notifications: object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { type: 'boolean' }]))),
  updatedAt: { type: 'string', maxLength: 40 },
});

export const profileEndpoints = [
  endpoint({ id: 'profile.read', method: 'GET', path: '/api/profile', tag: 'profile', summary: "The citizen's profile.", access: citizen, response: { status: 200, type: 'application/json' } }),
  endpoint({
    id: 'profile.save',
    method: 'POST',
    path: '/api/profile',
    tag: 'profile',
    summary: "Save the citizen's profile (checked by the same rules as on the device).",
    access: citizen,
    body: object({ profile: PROFILE }, ['profile']),
    response: { status: 200, type: 'application/json' },
  }),
  endpoint({ id: 'profile.export', method: 'GET', path: '/api/profile/export', tag: 'profile', summary: 'Download all of the citizen’s data as JSON.', access: citizen, response: { status: 200, type: 'application/json' } }),
  endpoint({
    id: 'profile.deleteAccount',
    method: 'POST',
    path: '/api/profile/delete-account',
    tag: 'profile',
    summary: 'Delete the account and its data (confirm must be true).',
    access: citizen,
    body: object({ confirm: { type: 'boolean' } }),
    response: { status: 204, type: 'none' },
  }),
] as const;
