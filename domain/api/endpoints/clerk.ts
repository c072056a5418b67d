import { CLERK_ACTIONS } from '../../lifecycle/request-status';
import { DECISION_OUTCOMES, DECISION_TEXT_MAX } from '../../decisions/decision-letter';
import { DIGITS, DOC_ID, LONG_TEXT, SHORT_TEXT, UUID } from '../fields';
import { endpoint, object } from '../endpoint';
import { clerkDeskEndpoints } from './clerk-desk';
import { INBOX_FILTER_FIELDS } from './inbox-filter';

/** Clerks and leads, each for the requests of their own department (others: 404). */
const dept = { roles: ['clerk', 'lead'], scope: 'department' } as const;
const ID = object({ id: DOC_ID }, ['id']);
const JSON_OK = { status: 200, type: 'application/json' } as const;
const CREATED = { status: 201, type: 'application/json' } as const;
const PDF = { status: 200, type: 'application/pdf' } as const;
/** The inbox's filter, sort and page. */
const INBOX_QUERY = object({ ...INBOX_FILTER_FIELDS, page: SHORT_TEXT, pageSize: SHORT_TEXT });

export const clerkEndpoints = [
  endpoint({ id: 'clerk.inbox', method: 'GET', path: '/api/clerk/requests', tag: 'clerk', summary: "The department's inbox, filtered, sorted and paged.", access: dept, query: INBOX_QUERY, response: JSON_OK }),
  endpoint({ id: 'clerk.inboxCsv', method: 'GET', path: '/api/clerk/requests.csv', tag: 'clerk', summary: "The department's inbox as CSV.", access: dept, query: INBOX_QUERY, response: { status: 200, type: 'text/csv' } }),
  endpoint({ id: 'clerk.staff', method: 'GET', path: '/api/clerk/staff', tag: 'clerk', summary: 'The active staff of the department.', access: dept, response: JSON_OK }),
  endpoint({ id: 'clerk.case', method: 'GET', path: '/api/clerk/requests/:id', tag: 'clerk', summary: 'One case of the department, with the citizen and the assignee.', access: dept, params: ID, response: JSON_OK }),
  endpoint({
    id: 'clerk.action',
    method: 'POST',
    path: '/api/clerk/requests/:id/actions',
    tag: 'clerk',
    summary: "A clerk's decision: start, ask for information, complete, reject, forward.",
    access: dept,
    params: ID,
    body: object(
      {
        action: { type: 'string', enum: Object.keys(CLERK_ACTIONS) as (keyof typeof CLERK_ACTIONS)[] },
        reason: LONG_TEXT,
        department: SHORT_TEXT,
        paymentOverride: LONG_TEXT,
      },
      ['action'],
    ),
    response: JSON_OK,
  }),
  endpoint({
    id: 'clerk.decisionPreview',
    method: 'POST',
    path: '/api/clerk/requests/:id/decision/preview',
    tag: 'clerk',
    summary: 'The decision letter (Bescheid) exactly as it would go out now, and its digest for the confirmation. Changes nothing.',
    access: dept,
    params: ID,
    body: object({ outcome: { type: 'string', enum: [...DECISION_OUTCOMES] }, text: { type: 'string', maxLength: DECISION_TEXT_MAX } }, ['outcome', 'text']),
    response: JSON_OK,
  }),
  endpoint({
    id: 'clerk.decide',
    method: 'POST',
    path: '/api/clerk/requests/:id/decision',
    tag: 'clerk',
    summary: 'Complete or reject the case with the previewed letter: status, PDF and Postfach message in one step; repeating the same decisionId changes nothing.',
    access: dept,
    params: ID,
    body: object(
      {
        outcome: { type: 'string', enum: [...DECISION_OUTCOMES] },
        text: { type: 'string', maxLength: DECISION_TEXT_MAX },
        digest: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        decisionId: UUID,
      },
      ['outcome', 'text', 'digest', 'decisionId'],
    ),
    response: JSON_OK,
  }),
  endpoint({
    id: 'clerk.assignment',
    method: 'POST',
    path: '/api/clerk/requests/:id/assignment',
    tag: 'clerk',
    summary: 'Take a case, hand it to a colleague (lead), or release it (lead).',
    access: dept,
    params: ID,
    body: object({ action: { type: 'string', enum: ['assignToMe', 'assign', 'unassign'] }, assigneeId: DOC_ID }, ['action']),
    response: JSON_OK,
  }),
  endpoint({
    id: 'clerk.setFollowUp',
    method: 'PUT',
    path: '/api/clerk/requests/:id/follow-up',
    tag: 'clerk',
    summary: 'Set or move the case\'s follow-up (Wiedervorlage): a day and a note, internal to the department.',
    access: dept,
    params: ID,
    body: object({ date: SHORT_TEXT, note: { type: 'string', maxLength: 2000 } }, ['date']),
    response: JSON_OK,
  }),
  endpoint({ id: 'clerk.clearFollowUp', method: 'DELETE', path: '/api/clerk/requests/:id/follow-up', tag: 'clerk', summary: "Remove the case's follow-up.", access: dept, params: ID, response: JSON_OK }),
  endpoint({
    id: 'clerk.bulk',
    method: 'POST',
    path: '/api/clerk/bulk',
    tag: 'clerk',
    summary: 'One action for several cases of the department at once (take them, hand them to a colleague as lead, start work, ask the citizens for information, forward them to another department); completing or rejecting is refused (a decision letter per case). The answer lists each case with its outcome.',
    access: dept,
    body: object(
      {
        ids: { type: 'array', minItems: 1, maxItems: 100, uniqueItems: true, items: DOC_ID },
        // complete and reject are named so the answer can say they need a decision letter per case.
        action: { type: 'string', enum: ['assignToMe', 'assign', 'start', 'askForInfo', 'forward', 'complete', 'reject'] },
        assigneeId: DOC_ID,
        /** The question to every citizen (askForInfo), or why the cases go elsewhere (forward). */
        reason: LONG_TEXT,
        /** The department the cases are forwarded to (forward): another active one. */
        department: SHORT_TEXT,
      },
      ['ids', 'action'],
    ),
    response: JSON_OK,
  }),
  endpoint({ id: 'clerk.notes', method: 'GET', path: '/api/clerk/requests/:id/notes', tag: 'clerk', summary: 'Internal notes of a case.', access: dept, params: ID, response: JSON_OK }),
  endpoint({ id: 'clerk.addNote', method: 'POST', path: '/api/clerk/requests/:id/notes', tag: 'clerk', summary: 'Add an internal note.', access: dept, params: ID, body: object({ text: { type: 'string', maxLength: 8000 } }), response: CREATED }),
  endpoint({ id: 'clerk.messages', method: 'GET', path: '/api/clerk/requests/:id/messages', tag: 'clerk', summary: 'The thread with the citizen.', access: dept, params: ID, response: JSON_OK }),
  endpoint({
    id: 'clerk.uploadAttachment',
    method: 'POST',
    path: '/api/clerk/requests/:id/attachments',
    tag: 'clerk',
    summary: 'Upload a PDF to attach to the next message (the PDF is the body; its name may come in X-File-Name).',
    access: dept,
    params: ID,
    body: { raw: ['application/pdf'], maxBytes: 5 * 1024 * 1024 },
    response: CREATED,
  }),
  endpoint({
    id: 'clerk.sendMessage',
    method: 'POST',
    path: '/api/clerk/requests/:id/messages',
    tag: 'clerk',
    summary: 'Write to the citizen, with an uploaded PDF if any.',
    access: dept,
    params: ID,
    body: object({ text: { type: 'string', maxLength: 8000 }, uploadId: DOC_ID }),
    response: CREATED,
  }),
  endpoint({
    id: 'clerk.messageAttachment',
    method: 'GET',
    path: '/api/clerk/requests/:id/messages/:messageId/attachment',
    tag: 'clerk',
    summary: "A message's PDF.",
    access: dept,
    params: object({ id: DOC_ID, messageId: DOC_ID }, ['id', 'messageId']),
    response: PDF,
  }),
  endpoint({ id: 'clerk.caseFile', method: 'GET', path: '/api/clerk/requests/:id/case-file.pdf', tag: 'clerk', summary: 'The whole case file as PDF.', access: dept, params: ID, response: PDF }),
  endpoint({
    id: 'clerk.audit',
    method: 'GET',
    path: '/api/clerk/audit',
    tag: 'clerk',
    summary: "The department's audit trail with its hash-chain check (leads only).",
    access: { roles: ['lead'], scope: 'department' },
    query: object({ before: DIGITS }),
    response: JSON_OK,
  }),
  ...clerkDeskEndpoints,
] as const;
