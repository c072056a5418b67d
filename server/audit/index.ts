export { appendAudit, listAudit, verifyAudit, hashEntry, type AuditEntry, type AuditInput } from './audit-trail';
