export { fileRoutes, contentDisposition } from './file-routes';
export { listRequestFiles, deleteRequestFiles, findFileProblems } from './request-files';
export type { FileSummary, StoredFile } from './file-record';
