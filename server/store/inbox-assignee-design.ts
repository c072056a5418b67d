/**
 * "Assigned to me" and "unassigned" (server/clerk/inbox-assignee.ts): views on the requests
 * whose keys already carry the filter and the sort, so a page is one key range read with
 * skip/limit and its total the `_count` of that range (CouchDB from its b-tree; the embedded
 * store counts the range's rows itself, none are sent).
 *
 * Who works a case is recorded in the `internal` database (casework.ts); the request carries a
 * copy, `assignedTo` (server-only, never sent to a device), because a view sees one document at
 * a time: only on the request can the assignee be seen together with the status, the date and
 * the department, so a status change, a forward or a new case changes the view in the same
 * write. The copy counts only while it names the request's current department: a forwarded
 * case is unassigned in its new department the moment it arrives.
 *
 * The assignee key is the clerk's id; unassigned cases get `null` while open and `false`
 * otherwise, so "unassigned" (open cases nobody took) is one key prefix as well.
 * Written for CouchDB's JavaScript engine too: ES5 only.
 */
const KEY = [
  "var open = doc.status === 'received' || doc.status === 'in_progress' || doc.status === 'needs_info';",
  'var a = doc.assignedTo && doc.assignedTo.id && doc.assignedTo.department === doc.department ? doc.assignedTo.id : (open ? null : false);',
].join(' ');
const IN_INBOX = "doc.type === 'request' && doc.department && doc.receivedAt && !doc.deleted";
const view = (emitted: string) => ({ map: `function (doc) { if (${IN_INBOX}) { ${KEY} emit(${emitted}, null); } }`, reduce: '_count' });

export const INBOX_ASSIGNEE_DESIGN = {
  _id: '_design/inbox-assignee',
  version: 1,
  views: {
    received: view('[doc.department, a, doc.receivedAt]'),
    'status-received': view('[doc.department, a, doc.status, doc.receivedAt]'),
    reference: view("[doc.department, a, doc.reference || '', doc.receivedAt]"),
    'status-reference': view("[doc.department, a, doc.status, doc.reference || '', doc.receivedAt]"),
  },
};
