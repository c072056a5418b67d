export { appendAudit, appendDerivedAudit, listAudit, verifyAudit, hashEntry, decisionSource, type AuditEntry, type AuditInput } from './audit-trail';
export { chainDecisions, startDecisionChainer } from './decision-chainer';
