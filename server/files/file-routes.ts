import express, { type Request, type Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { FILE_ID } from '../../domain/files/file-rules';
import { CHUNK_BYTES } from '../../domain/files/file-rules';
import { HttpError } from '../http/api-error';
import type { Logger } from '../logger';
import { getOrNull, type Store } from '../store';
import type { StoredRequest } from '../requests';
import { fileErrorHandler, FileApiError } from './file-api-error';
import type { StoredFile } from './file-record';
import { clerkRequestFiles, mayRead, ownerRequestFiles, readVerifiedContent, removeFile } from './request-files';
import { completeUpload, createUpload, ownFile, putChunk, uploadStatus } from './upload';

/** RFC 6266/5987: the real name for browsers that read filename*, a plain one for the rest. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function citizen(req: Request): string {
  if (!req.user) throw new HttpError(401, 'not_authenticated');
  if (req.user.role !== 'citizen') throw new HttpError(403, 'forbidden');
  return req.user.id;
}

/**
 * `/api/files`: citizens upload (create, pieces, complete), read and delete their files; clerks
 * read the files of their department's requests. Everyone else gets "not found".
 */
export function fileRoutes(store: Store, logger?: Logger): Router {
  const { router, route } = contractRouter('/api/files');
  router.use((req, _res, next) => next(req.user ? undefined : new HttpError(401, 'not_authenticated')));

  route(api('files.list'), async ({ query }, req, res) => {
    const requestId = query.request;
    if (!FILE_ID.test(requestId)) throw new FileApiError(400, 'invalid_upload');
    const user = req.user!;
    const files = user.role === 'clerk' ? await clerkRequestFiles(store, user.department ?? '', requestId) : await ownerRequestFiles(store, citizen(req), requestId);
    res.json({ files } satisfies ResponseOf<'files.list'>);
  });

  route(api('files.create'), async ({ params, body }, req, res) => {
    // Only the declared fields reach the stored document.
    const { requestId, serviceId, catalogueVersion, fieldId, name, size, sha256 } = body;
    res.json((await createUpload(store, citizen(req), params.id, { requestId, serviceId, catalogueVersion, fieldId, name, size, sha256 })) satisfies ResponseOf<'files.create'>);
  });

  route(api('files.status'), async ({ params }, req, res) => {
    res.json((await uploadStatus(store, citizen(req), params.id)) satisfies ResponseOf<'files.status'>);
  });

  route(
    api('files.chunk'),
    async ({ params, body }, req, res) => {
      if (!/^\d{1,6}$/.test(params.n)) throw new FileApiError(400, 'invalid_chunk');
      res.json((await putChunk(store, citizen(req), params.id, Number(params.n), body as Buffer)) satisfies ResponseOf<'files.chunk'>);
    },
    express.raw({ type: 'application/octet-stream', limit: CHUNK_BYTES }),
  );

  route(api('files.complete'), async ({ params }, req, res) => {
    res.json((await completeUpload(store, citizen(req), params.id)) satisfies ResponseOf<'files.complete'>);
  });

  route(api('files.download'), async ({ params }, req, res) => {
    const file = FILE_ID.test(params.id) ? await getOrNull<StoredFile>(store.files, params.id) : null;
    if (!file || file.type !== 'file' || file.state !== 'complete' || !(await mayRead(store, req.user!, file))) throw new FileApiError(404, 'not_found');
    let content: Buffer;
    try {
      content = await readVerifiedContent(store, file);
    } catch (err) {
      if (err instanceof FileApiError) logger?.error({ file: file._id }, 'stored file does not match its SHA-256; not served');
      throw err;
    }
    // Never shown inside the portal: downloaded, not sniffed, and should a browser render it
    // anyway, sandboxed without script or any other source.
    res.setHeader('Content-Type', file.mediaType ?? 'application/octet-stream');
    res.setHeader('Content-Disposition', contentDisposition(file.name));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    res.send(content);
  });

  route(api('files.delete'), async ({ params }, req, res) => {
    const owner = citizen(req);
    const found = FILE_ID.test(params.id) ? await getOrNull<StoredFile>(store.files, params.id) : null;
    // Already gone: deleting again is harmless (the device's queue may repeat it).
    if (!found) return void res.status(204).end();
    const file = await ownFile(store, owner, params.id);
    const request = await getOrNull<StoredRequest>(store.requests, file.requestId);
    if (request && request.status !== 'draft') throw new FileApiError(409, 'file_locked');
    await removeFile(store, file);
    res.status(204).end();
  });

  router.use(fileErrorHandler);
  return router;
}
