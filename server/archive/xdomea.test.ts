import { createHash, randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, submitted } from '../test-support/api-client';
import { fileDraft, registerFileTestService } from '../test-support/file-test-service';
import { uploadFile } from '../test-support/file-upload';
import { checkPdfA } from '../test-support/pdfa-check';
import { extractText } from '../test-support/pdf-extract';
import { startTestPortal } from '../test-support/test-portal';
import { packCase } from './collect-case';

let portal: Portal;
let citizen: ApiClient;
let unregister: () => void;

beforeAll(async () => {
  unregister = registerFileTestService();
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Arne Archiv');
}, 120_000);
afterAll(async () => {
  await portal?.stop();
  unregister?.();
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('xdomea Aussonderung package', () => {
  it('holds the metadata XML, the case file as PDF/A and the upload as sent, named in the XML', async () => {
    const made = await PDFDocument.create();
    made.addPage();
    const upload = Buffer.from(await made.save());
    const requestId = randomUUID();
    await citizen.push([{ assumedMasterState: null, newDocumentState: fileDraft({ photos: [] }, { id: requestId }) }]);
    const { id: fileId } = await uploadFile(citizen, upload, { requestId, name: 'Nachweis.pdf' });
    const master = (await citizen.current(requestId))!;
    await citizen.push([{ assumedMasterState: master, newDocumentState: submitted({ ...master, answers: { photos: [fileId] } }) }]);
    const routed = await eventually(async () => {
      const doc = await citizen.current(requestId);
      return doc?.status === 'received' ? doc : undefined;
    }, 15_000, 'routing');

    const now = new Date('2029-01-15T10:00:00Z');
    const pack = (await packCase(portal.store, requestId, now))!;
    expect(pack.name).toBe(`${pack.processId}_Aussonderung.Aussonderung.0503.zip`);
    const files = unzipSync(pack.zip);
    const xmlName = `${pack.processId}_Aussonderung.Aussonderung.0503.xml`;
    expect(Object.keys(files).sort()).toEqual([xmlName, `${fileId}_Nachweis.pdf`, `${requestId}-akte_Akte-${routed.reference}.pdf`].sort());

    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(new TextDecoder().decode(files[xmlName]));
    const message = parsed['xdomea:Aussonderung.Aussonderung.0503'];
    expect(message['@_xmlns:xdomea']).toBe('urn:xoev-de:xdomea:schema:3.0.0');
    expect(message['xdomea:Kopf']['xdomea:ProzessID']).toBe(pack.processId);
    expect(message['xdomea:Kopf']['xdomea:Nachrichtentyp'].code['#text']).toBe('0503');
    const vorgang = message['xdomea:Schriftgutobjekt']['xdomea:Vorgang'];
    expect(vorgang['xdomea:Identifikation']['xdomea:ID']).toBe(requestId);
    expect(vorgang['xdomea:AllgemeineMetadaten']['xdomea:Kennzeichen']).toBe(routed.reference);
    const documents = list(vorgang['xdomea:Dokument']);
    expect(documents).toHaveLength(2);
    for (const d of documents) {
      const name = d['xdomea:Version']['xdomea:Format']['xdomea:Primaerdokument']['xdomea:Dateiname'];
      // Every document the XML names is in the package, with the hash the XML states.
      expect(files[name], name).toBeDefined();
      expect(d['xdomea:AllgemeineMetadaten']['xdomea:Bemerkung']).toBe(`SHA-256: ${sha(files[name])}`);
    }
    // The upload as sent; the case file archive-grade, with the Aktenzeichen.
    expect(Buffer.from(files[`${fileId}_Nachweis.pdf`]).equals(upload)).toBe(true);
    const caseFile = files[`${requestId}-akte_Akte-${routed.reference}.pdf`];
    const report = await checkPdfA(caseFile);
    expect(report.xmp['akte:Aktenzeichen']).toBe(routed.reference);
    expect(report.fonts.every((f) => f.embedded)).toBe(true);
    expect((await extractText(caseFile)).pages.join('\n')).toContain('Arne Archiv');
  });
});
