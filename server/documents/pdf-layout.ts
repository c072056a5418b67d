import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { currentCity } from '../../domain/city/load-city';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/**
 * A4 pages filled top to bottom with headings, label–value lines and wrapped paragraphs, in
 * Helvetica (a standard PDF font: nothing embedded, the file stays small). Helvetica speaks
 * WinAnsi only, so characters outside it (emoji, most non-Latin scripts) are replaced by "?"
 * instead of failing the whole document.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly header: string,
  ) {}

  static async create(title: string, header: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(title);
    doc.setAuthor(header);
    doc.setProducer(currentCity().portalName);
    doc.setCreator(currentCity().portalName);
    const writer = new PdfWriter(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold), header);
    writer.newPage();
    return writer;
  }

  private encodable(font: PDFFont, text: string): string {
    const known = new Set(font.getCharacterSet());
    return [...text.replace(/\r\n?/g, '\n')].map((ch) => (ch === '\n' || known.has(ch.codePointAt(0)!) ? ch : '?')).join('');
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    this.page.drawText(this.encodable(this.bold, this.header), { x: MARGIN, y: this.y, size: 16, font: this.bold, color: rgb(0.1, 0.2, 0.45) });
    this.y -= 10;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 1, color: rgb(0.1, 0.2, 0.45) });
    this.y -= 24;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of this.encodable(font, text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
        // A single word wider than the column is cut, never drawn over the margin.
        while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  private room(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  heading(text: string, size = 13): void {
    this.room(size + 22);
    this.y -= 8;
    for (const line of this.wrap(text, this.bold, size, A4[0] - 2 * MARGIN)) {
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font: this.bold });
      this.y -= size + 4;
    }
    this.y -= 4;
  }

  paragraph(text: string, size = 10): void {
    for (const line of this.wrap(text, this.regular, size, A4[0] - 2 * MARGIN)) {
      this.room(size + 4);
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font: this.regular });
      this.y -= size + 4;
    }
    this.y -= 4;
  }

  /** A label and its value side by side, the value wrapped in its own column. */
  field(label: string, value: string | string[], size = 10): void {
    const labelWidth = 170;
    const valueWidth = A4[0] - 2 * MARGIN - labelWidth;
    const labelLines = this.wrap(label, this.bold, size, labelWidth - 10);
    const valueLines = (Array.isArray(value) ? value : [value]).flatMap((v) => this.wrap(v, this.regular, size, valueWidth));
    const rows = Math.max(labelLines.length, valueLines.length);
    this.room(Math.min(rows, 4) * (size + 4));
    for (let i = 0; i < rows; i++) {
      this.room(size + 4);
      if (labelLines[i]) this.page.drawText(labelLines[i], { x: MARGIN, y: this.y, size, font: this.bold });
      if (valueLines[i]) this.page.drawText(valueLines[i], { x: MARGIN + labelWidth, y: this.y, size, font: this.regular });
      this.y -= size + 4;
    }
    this.y -= 3;
  }

  /** A PNG (e.g. the GiroCode) at `size` points square, with a caption beside it. */
  async image(png: Uint8Array, size: number, caption?: string): Promise<void> {
    const image = await this.doc.embedPng(png);
    this.room(size + 8);
    this.y -= size;
    this.page.drawImage(image, { x: MARGIN, y: this.y, width: size, height: size });
    if (caption) {
      let y = this.y + size - 12;
      for (const line of this.wrap(caption, this.regular, 9, A4[0] - 2 * MARGIN - size - 16)) {
        this.page.drawText(line, { x: MARGIN + size + 16, y, size: 9, font: this.regular });
        y -= 13;
      }
    }
    this.y -= 12;
  }

  async bytes(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: false });
  }
}
