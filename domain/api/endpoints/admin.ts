import { DEPARTMENT_NAME_LANGUAGES } from '../../catalogue/departments';
import { DIGITS, DOC_ID, SHORT_TEXT, SLUG, STAFF_ROLE } from '../fields';
import { endpoint, object } from '../endpoint';

const admin = { roles: ['admin'], scope: 'none' } as const;
const JSON_OK = { status: 200, type: 'application/json' } as const;
const CREATED = { status: 201, type: 'application/json' } as const;
const ID = object({ id: DOC_ID }, ['id']);
const NAMES = {
  type: 'object',
  properties: Object.fromEntries(DEPARTMENT_NAME_LANGUAGES.map((l) => [l, SHORT_TEXT])) as Record<(typeof DEPARTMENT_NAME_LANGUAGES)[number], typeof SHORT_TEXT>,
  additionalProperties: false,
} as const;

export const adminEndpoints = [
  endpoint({ id: 'admin.departments', method: 'GET', path: '/api/admin/departments', tag: 'admin', summary: 'All departments with their active staff count.', access: admin, response: JSON_OK }),
  endpoint({ id: 'admin.department', method: 'GET', path: '/api/admin/departments/:id', tag: 'admin', summary: 'One department.', access: admin, params: ID, response: JSON_OK }),
  endpoint({ id: 'admin.createDepartment', method: 'POST', path: '/api/admin/departments', tag: 'admin', summary: 'Create a department.', access: admin, body: object({ id: SHORT_TEXT, names: NAMES }), response: CREATED }),
  endpoint({ id: 'admin.renameDepartment', method: 'PUT', path: '/api/admin/departments/:id', tag: 'admin', summary: 'Rename a department.', access: admin, params: ID, body: object({ names: NAMES }), response: JSON_OK }),
  endpoint({ id: 'admin.deactivateDepartment', method: 'POST', path: '/api/admin/departments/:id/deactivate', tag: 'admin', summary: 'Stop a department taking requests.', access: admin, params: ID, body: object({}), response: JSON_OK }),
  endpoint({ id: 'admin.reactivateDepartment', method: 'POST', path: '/api/admin/departments/:id/reactivate', tag: 'admin', summary: 'Let a department take requests again.', access: admin, params: ID, body: object({}), response: JSON_OK }),
  endpoint({ id: 'admin.staff', method: 'GET', path: '/api/admin/staff', tag: 'admin', summary: 'All staff accounts.', access: admin, response: JSON_OK }),
  endpoint({ id: 'admin.staffAccount', method: 'GET', path: '/api/admin/staff/:id', tag: 'admin', summary: 'One staff account.', access: admin, params: ID, response: JSON_OK }),
  endpoint({
    id: 'admin.createStaff',
    method: 'POST',
    path: '/api/admin/staff',
    tag: 'admin',
    summary: 'Create a staff account: the only place a role and a department are given. No password: the person gets an invitation mail with a link (72 hours, once) to set their own; until then the account cannot log in by password.',
    access: admin,
    body: object({
      name: { type: 'string', maxLength: 300 },
      email: { type: 'string', maxLength: 300 },
      role: STAFF_ROLE,
      department: SHORT_TEXT,
    }),
    response: CREATED,
  }),
  endpoint({ id: 'admin.resendInvitation', method: 'POST', path: '/api/admin/staff/:id/invitation', tag: 'admin', summary: 'Send the invitation mail again (a new link; earlier links stop working). Only while the person has not set a password.', access: admin, params: ID, body: object({}), response: JSON_OK }),
  endpoint({ id: 'admin.changeStaff', method: 'PUT', path: '/api/admin/staff/:id', tag: 'admin', summary: "Change a staff account's role and department.", access: admin, params: ID, body: object({ role: STAFF_ROLE, department: SHORT_TEXT }), response: JSON_OK }),
  endpoint({ id: 'admin.deactivateStaff', method: 'POST', path: '/api/admin/staff/:id/deactivate', tag: 'admin', summary: 'Deactivate a staff account and end its sessions.', access: admin, params: ID, body: object({}), response: JSON_OK }),
  endpoint({ id: 'admin.reactivateStaff', method: 'POST', path: '/api/admin/staff/:id/reactivate', tag: 'admin', summary: 'Reactivate a staff account.', access: admin, params: ID, body: object({}), response: JSON_OK }),
  endpoint({ id: 'admin.routing', method: 'GET', path: '/api/admin/routing', tag: 'admin', summary: "Every form service's routing rule with its override.", access: admin, response: JSON_OK }),
  endpoint({ id: 'admin.routingService', method: 'GET', path: '/api/admin/routing/:serviceId', tag: 'admin', summary: "One service's routing rule.", access: admin, params: object({ serviceId: SLUG }, ['serviceId']), response: JSON_OK }),
  endpoint({
    id: 'admin.changeRouting',
    method: 'PUT',
    path: '/api/admin/routing/:serviceId',
    tag: 'admin',
    summary: "Override a service's routing per slot, against the revision read.",
    access: admin,
    params: object({ serviceId: SLUG }, ['serviceId']),
    body: object({ rev: { type: ['string', 'null'], maxLength: 100 }, override: { type: 'object', maxProperties: 100, additionalProperties: { type: ['string', 'null'], maxLength: 100 } } }),
    response: JSON_OK,
  }),
  endpoint({ id: 'admin.audit', method: 'GET', path: '/api/admin/audit', tag: 'admin', summary: "The administration's audit trail with its hash-chain check.", access: admin, query: object({ before: DIGITS }), response: JSON_OK }),
] as const;
