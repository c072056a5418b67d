import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Parses a PDF back and returns the text it draws, one entry per text run (a label and its value
 * are separate runs), as PDF.js extracts it through the embedded fonts' ToUnicode maps. Enough to
 * check what our own documents say.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; lines: string[]; title?: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim()) lines.push(item.str);
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, lines, title: (await PDFDocument.load(bytes, { updateMetadata: false })).getTitle() };
}
