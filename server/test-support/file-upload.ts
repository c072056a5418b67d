import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { CHUNK_BYTES, chunkCount } from '../../domain/files/file-rules';
import type { ApiClient, ApiResponse } from './api-client';
import { FILE_TEST_SERVICE } from './file-test-service';

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface UploadOptions {
  id?: string;
  requestId: string;
  name?: string;
  fieldId?: string;
  serviceId?: string;
  size?: number;
  hash?: string;
}

export function createUpload(client: ApiClient, content: Buffer, o: UploadOptions & { id: string }): Promise<ApiResponse> {
  return client.call('PUT', `/api/files/${o.id}`, {
    requestId: o.requestId,
    serviceId: o.serviceId ?? FILE_TEST_SERVICE.id,
    catalogueVersion: 1,
    fieldId: o.fieldId ?? 'photos',
    name: o.name ?? 'foto.png',
    size: o.size ?? content.length,
    sha256: o.hash ?? sha256(content),
  });
}

/** Sends piece `n` as the device does: a raw PUT of application/octet-stream. */
export async function putChunk(client: ApiClient, id: string, n: number, data: Buffer): Promise<ApiResponse> {
  const res = await fetch(`${client.baseUrl}/api/files/${id}/chunks/${n}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream', Cookie: client.cookieHeader, Origin: new URL(client.baseUrl).origin },
    body: new Uint8Array(data),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export function pieceOf(content: Buffer, n: number): Buffer {
  return content.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES);
}

/** Creates, sends every piece and completes: the whole upload as a device does it. */
export async function uploadFile(client: ApiClient, content: Buffer, o: UploadOptions): Promise<{ id: string; complete: ApiResponse }> {
  const id = o.id ?? randomUUID();
  const created = await createUpload(client, content, { ...o, id });
  if (created.status !== 200) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  for (let n = 0; n < chunkCount(content.length); n++) {
    const sent = await putChunk(client, id, n, pieceOf(content, n));
    if (sent.status !== 200) throw new Error(`piece ${n} failed: ${sent.status} ${JSON.stringify(sent.body)}`);
  }
  return { id, complete: await client.call('POST', `/api/files/${id}/complete`, {}) };
}

/**
 * A piece whose connection breaks off halfway: the headers promise the whole piece, half of it
 * is written, then the socket is destroyed — as when a phone loses its network mid-upload.
 */
export function putChunkBrokenOff(client: ApiClient, id: string, n: number, data: Buffer): Promise<void> {
  const url = new URL(`${client.baseUrl}/api/files/${id}/chunks/${n}`);
  return new Promise((resolve) => {
    const req = httpRequest(
      { hostname: url.hostname, port: url.port, path: url.pathname, method: 'PUT', headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': data.length, Cookie: client.cookieHeader } },
      () => resolve(),
    );
    req.on('error', () => resolve());
    req.write(data.subarray(0, Math.floor(data.length / 2)), () => {
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
  });
}
