export { runRetention, startRetentionJob, closedAt, retentionDaysOf, deleteClosedCase, DEFAULT_RETENTION_DAYS, type DeletedRecord } from './retention';
export { packCase } from './collect-case';
export { aussonderungPackage, aussonderungXml, type PackageDocument } from './xdomea-package';
export { archiveKeyAuth, loadArchiveConfig, DEMO_ARCHIVE_KEY, type ArchiveConfig } from './archive-key';
export { archiveRoutes } from './archive-routes';
export { offerToArchive, listOffers } from './hand-over';
export { archiveAdminRoutes } from './archive-admin-routes';
