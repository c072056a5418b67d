export { appendAudit, listAudit, verifyAudit, hashEntry, type AuditEntry, type AuditInput, type ChainCheck } from './audit-trail';
