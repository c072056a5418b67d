import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';

/** WinAnsi bytes (Helvetica's encoding) as text: Latin-1 plus the few 0x80–0x9F characters we use. */
const WIN_ANSI_EXTRA: Record<number, string> = { 0x80: '€', 0x84: '„', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x91: '‘', 0x92: '’' };

function decodeWinAnsi(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_EXTRA[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

/**
 * Parses a PDF back and returns the text each page draws, one line per text operator: the page
 * content streams are inflated and the hex strings of `Tj` read as WinAnsi. Enough to check what
 * our own documents say, without a PDF text extraction library.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; lines: string[]; title?: string }> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      const stream = doc.context.lookup(ref as PDFRef);
      if (!(stream instanceof PDFRawStream)) continue;
      const filter = stream.dict.get(PDFName.of('Filter'));
      const raw = Buffer.from(stream.contents);
      const decoded = filter?.toString() === '/FlateDecode' ? inflateSync(raw) : raw;
      for (const m of decoded.toString('latin1').matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(decodeWinAnsi(m[1]));
    }
  }
  return { pages: doc.getPageCount(), lines, title: doc.getTitle() };
}
