import { inflateSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

export interface PdfAReport {
  /** Every font the file uses, by BaseFont, with whether its program is embedded. */
  fonts: { name: string; embedded: boolean; subset: boolean }[];
  xmp: Record<string, string>;
  infoTitle?: string;
  outputIntent?: { subtype: string; iccClass: string; iccSpace: string; components: number };
  hasId: boolean;
  /** Names of actions/links/embedded files that would reach outside the document. */
  external: string[];
}

function streamBytes(stream: PDFObject | undefined): Buffer {
  if (!(stream instanceof PDFRawStream)) return Buffer.alloc(0);
  const raw = Buffer.from(stream.contents);
  return stream.dict.get(PDFName.of('Filter'))?.toString() === '/FlateDecode' ? inflateSync(raw) : raw;
}

/** Reads back what PDF/A-2b asks of our documents, with pdf-lib, from the bytes alone. */
export async function checkPdfA(bytes: Uint8Array): Promise<PdfAReport> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = doc.context;
  const look = (o: PDFObject | undefined) => (o instanceof PDFRef ? context.lookup(o) : o);
  const fonts: PdfAReport['fonts'] = [];
  const external: string[] = [];
  for (const [, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
    if (!dict) continue;
    for (const key of ['URI', 'Launch', 'JavaScript', 'EmbeddedFiles', 'GoToR', 'ImportData']) {
      if (dict.has(PDFName.of(key)) || dict.get(PDFName.of('S'))?.toString() === `/${key}`) external.push(key);
    }
    if (dict.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const subtype = dict.get(PDFName.of('Subtype'))?.toString();
    if (subtype === '/CIDFontType0' || subtype === '/CIDFontType2') continue; // reached through its Type0 parent
    const name = dict.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '?';
    let descriptorOwner = dict;
    if (subtype === '/Type0') {
      const descendants = look(dict.get(PDFName.of('DescendantFonts'))) as PDFArray;
      descriptorOwner = look(descendants.get(0)) as PDFDict;
    }
    const descriptor = look(descriptorOwner.get(PDFName.of('FontDescriptor'))) as PDFDict | undefined;
    const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
    fonts.push({ name, embedded, subset: /^[A-Z]{6}\+/.test(name) });
  }
  const xmpText = streamBytes(look(doc.catalog.get(PDFName.of('Metadata')))).toString('utf8');
  const parsed = new XMLParser({ ignoreAttributes: true, removeNSPrefix: false, textNodeName: '#text' }).parse(xmpText);
  const xmp: Record<string, string> = {};
  const walk = (node: unknown, key = '') => {
    if (node === null || node === undefined) return;
    if (typeof node !== 'object') {
      if (key && !(key in xmp)) xmp[key] = String(node);
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      const own = k.startsWith('rdf:') || k === '#text' ? key : k;
      if (Array.isArray(v)) v.forEach((x) => walk(x, own));
      else walk(v, own);
    }
  };
  walk(parsed);
  const intents = look(doc.catalog.get(PDFName.of('OutputIntents'))) as PDFArray | undefined;
  let outputIntent: PdfAReport['outputIntent'];
  if (intents && intents.size() > 0) {
    const intent = look(intents.get(0)) as PDFDict;
    const profile = look(intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream;
    const icc = streamBytes(profile);
    outputIntent = {
      subtype: intent.get(PDFName.of('S'))?.toString() ?? '',
      iccClass: icc.subarray(12, 16).toString('latin1'),
      iccSpace: icc.subarray(16, 20).toString('latin1') + (icc.subarray(36, 40).toString('latin1') === 'acsp' ? '' : ' (no acsp)'),
      components: Number(profile.dict.get(PDFName.of('N'))?.toString()),
    };
  }
  return { fonts, xmp, infoTitle: doc.getTitle(), outputIntent, hasId: !!context.trailerInfo.ID, external };
}
