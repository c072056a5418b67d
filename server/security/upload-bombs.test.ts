import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_TYPES } from '../../domain/files/file-rules';
import { detectMediaType, HEADER_BYTES, SIGNATURES } from '../files/detect-type';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { noisyPng, registerFileTestService } from '../test-support/file-test-service';
import { uploadFile } from '../test-support/file-upload';
import { startTestPortal } from '../test-support/test-portal';
import { zipBomb } from '../test-support/zip-bomb';

/**
 * Finding "decompression bomb": a 130 KB ZIP inflating to 128 MB stalled every user during
 * "complete", and a truncated ZIP answered 500 and left the upload "uploading".
 */
let portal: Portal;
let citizen: ApiClient;
let unregister: () => void;

beforeAll(async () => {
  unregister = registerFileTestService();
  portal = await startTestPortal({ routing: false });
  citizen = new ApiClient(portal.url);
  await citizen.register();
});
afterAll(async () => {
  await portal.stop();
  unregister();
});

async function uploadAndStatus(content: Buffer, name: string) {
  const { id, complete } = await uploadFile(citizen, content, { requestId: randomUUID(), name });
  const status = await citizen.call('GET', `/api/files/${id}/status`);
  return { complete, status };
}

describe('archives and broken files are refused with a 4xx and end "refused"', () => {
  it.each([
    ['a truncated ZIP', () => zipBomb(8, { truncate: true }), 'kaputt.png'],
    ['a ZIP bomb (8 MiB of zeros behind [Content_Types].xml)', () => zipBomb(8), 'bombe.pdf'],
    ['a PNG signature cut off after 4 bytes', () => noisyPng(40).subarray(0, 4), 'halb.png'],
    ['a script named like a photo', () => Buffer.from('<script>alert(1)</script>'), 'foto.jpg'],
  ])('%s', async (_what, make, name) => {
    const { complete, status } = await uploadAndStatus(make(), name);
    expect(complete.status, JSON.stringify(complete.body)).toBe(422);
    expect(complete.body).toMatchObject({ error: 'file_refused', problems: [{ code: 'wrongType' }] });
    expect(status.body.file.state).toBe('refused');
  });

  it('still takes a real photo', async () => {
    const { complete } = await uploadAndStatus(noisyPng(60), 'foto.png');
    expect(complete.status).toBe(200);
    expect(complete.body.file).toMatchObject({ state: 'complete', mediaType: 'image/png' });
  });
});

describe('type detection reads a fixed number of bytes and inflates nothing', () => {
  it('has a signature for every type a catalogue entry may accept', () => {
    expect(Object.keys(SIGNATURES).sort()).toEqual(Object.keys(KNOWN_TYPES).sort());
  });

  it('decides a 128 MiB bomb from its first bytes: nothing found, and no byte past HEADER_BYTES looked at', () => {
    const bomb = zipBomb(128);
    expect(bomb.length).toBeLessThan(200_000);
    expect(detectMediaType(bomb)).toBeUndefined();
    // The same first bytes in front of anything give the same answer: what follows is never read.
    const png = noisyPng(40);
    expect(detectMediaType(Buffer.concat([png.subarray(0, HEADER_BYTES), bomb]))).toBe('image/png');
  });
});
