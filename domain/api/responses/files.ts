import type { FromSchema } from 'json-schema-to-ts';
import { object } from '../endpoint';

const TEXT = { type: 'string' } as const;
const FILE_STATE = { type: 'string', enum: ['uploading', 'complete', 'refused'] } as const;

/** A file as its owner and the department's clerks see it (never the stored bytes' location). */
export const FILE_SUMMARY = object(
  {
    id: TEXT,
    requestId: TEXT,
    fieldId: TEXT,
    name: TEXT,
    size: { type: 'integer', minimum: 0 },
    sha256: TEXT,
    state: FILE_STATE,
    mediaType: TEXT,
    refusedCode: TEXT,
  },
  ['id', 'requestId', 'fieldId', 'name', 'size', 'sha256', 'state'],
);
export type FileSummary = FromSchema<typeof FILE_SUMMARY>;

/** `GET /api/files?request=…`. */
export const FILE_LIST = object({ files: { type: 'array', items: FILE_SUMMARY } }, ['files']);
export type RequestFiles = FromSchema<typeof FILE_LIST>;

/** Create, status and complete of an upload: where it stands, so a device can resume. */
export const UPLOAD_STATUS = object(
  {
    file: FILE_SUMMARY,
    receivedChunks: { type: 'array', items: { type: 'integer', minimum: 0 } },
    chunkBytes: { type: 'integer', minimum: 1 },
  },
  ['file', 'receivedChunks', 'chunkBytes'],
);
export type UploadStatus = FromSchema<typeof UPLOAD_STATUS>;

/** What a stored piece answers: small, as it comes back for every piece. */
export const CHUNK_RECEIPT = object({ id: TEXT, chunk: { type: 'integer', minimum: 0 }, state: FILE_STATE }, ['id', 'chunk', 'state']);
export type ChunkReceipt = FromSchema<typeof CHUNK_RECEIPT>;
