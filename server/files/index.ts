export { fileRoutes, contentDisposition } from './file-routes';
export { listRequestFiles, deleteRequestFiles, deleteOwnerFiles, findFileProblems, sweepAbandonedUploads } from './request-files';
export type { FileSummary, StoredFile } from './file-record';
