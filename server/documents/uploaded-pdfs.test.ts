import { randomUUID } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, submitted } from '../test-support/api-client';
import { fileDraft, registerFileTestService } from '../test-support/file-test-service';
import { sha256, uploadFile } from '../test-support/file-upload';
import { extractText } from '../test-support/pdf-extract';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let abfall: ApiClient;
let unregister: () => void;

beforeAll(async () => {
  unregister = registerFileTestService();
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Petra Papier');
  abfall = new ApiClient(portal.url);
  expect((await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
});
afterAll(async () => {
  await portal.stop();
  unregister();
});

describe('a PDF the citizen uploads', () => {
  it('is kept byte for byte as sent, not rewritten to PDF/A, and its SHA-256 stands on the receipt', async () => {
    // A plain (not archive-grade) PDF with a standard font, as a scanner app would make it.
    const made = await PDFDocument.create();
    made.addPage().drawText('Vollmacht', { font: await made.embedFont(StandardFonts.Helvetica) });
    const sent = Buffer.from(await made.save());
    const requestId = randomUUID();
    const draft = fileDraft({ photos: [] }, { id: requestId });
    expect((await citizen.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
    const upload = await uploadFile(citizen, sent, { requestId, name: 'Vollmacht.pdf' });
    expect(upload.complete.body.file).toMatchObject({ mediaType: 'application/pdf', sha256: sha256(sent) });
    const master = (await citizen.current(requestId))!;
    await citizen.push([{ assumedMasterState: master, newDocumentState: submitted({ ...master, answers: { photos: [upload.id] } }) }]);
    await eventually(async () => ((await citizen.current(requestId))?.status === 'received' ? true : undefined), 10_000, 'routing');

    const res = await fetch(`${portal.url}/api/files/${upload.id}`, { headers: { Cookie: abfall.cookieHeader } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(sent)).toBe(true);
    expect(res.headers.get('digest')).toBe(`sha-256=${Buffer.from(sha256(sent), 'hex').toString('base64')}`);

    const receipt = await fetch(`${portal.url}/api/requests/${requestId}/receipt.pdf`, { headers: { Cookie: citizen.cookieHeader } });
    // The 64 hex digits are cut over two lines in the value column.
    const text = (await extractText(new Uint8Array(await receipt.arrayBuffer()))).pages.join('');
    expect(text.replace(/\s/g, '')).toContain(`SHA-256:${sha256(sent)}`);
  });
});
