export { runRetention, startRetentionJob, closedAt, retentionDaysOf, DEFAULT_RETENTION_DAYS, type DeletedRecord } from './retention';
export { packCase } from './collect-case';
export { aussonderungPackage, aussonderungXml, type PackageDocument } from './xdomea-package';
