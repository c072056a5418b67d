export { runRetention, startRetentionJob, closedAt, retentionDaysOf, DEFAULT_RETENTION_DAYS, type DeletedRecord } from './retention';
