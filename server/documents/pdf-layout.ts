import { deflateSync } from 'node:zlib';
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { isBidiControl, visualRuns } from './bidi-runs';
import { PageText } from './page-text';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

const characterSets = new Map<string, Set<number>>();
/** Width of each word at size 1, per font name (the same font in every document), kept per process. */
const unitWidths = new Map<string, Map<string, number>>();

function widthsOf(font: PDFFont): Map<string, number> {
  let widths = unitWidths.get(font.name);
  if (!widths) unitWidths.set(font.name, (widths = new Map()));
  else if (widths.size > 50_000) widths.clear();
  return widths;
}

function unitWidth(widths: Map<string, number>, font: PDFFont, word: string): number {
  let width = widths.get(word);
  if (width === undefined) widths.set(word, (width = font.widthOfTextAtSize(word, 1)));
  return width;
}

/**
 * Width of a text, from the width of each word at size 1: shaping a whole line again for every
 * word added made a page of wrapped text take a second. `wrap` adds up the same sums word by word.
 */
function measure(font: PDFFont, text: string, size: number): number {
  const widths = widthsOf(font);
  let total = 0;
  const words = text.split(' ');
  for (const word of words) total += unitWidth(widths, font, word);
  return (total + (words.length - 1) * unitWidth(widths, font, ' ')) * size;
}

export interface PdfOptions {
  title: string;
  /** The letterhead line on every page (and the document's author). */
  header: string;
  /** BCP 47 language of the text; Arabic lays the page out right to left. */
  language: string;
  /** The case's Aktenzeichen, written into the XMP metadata. */
  reference?: string;
  /** When the document was made (ISO); now if not given. */
  createdAt?: string;
}

/**
 * A4 pages filled top to bottom with headings, label–value lines and wrapped paragraphs, as
 * PDF/A-2b: DejaVu Sans embedded as a subset (Latin, Turkish, Cyrillic, Arabic), XMP metadata and
 * an sRGB OutputIntent (see pdfa.ts). Arabic is shaped by the font's OpenType tables and ordered
 * by the bidirectional algorithm (bidi-runs.ts); an Arabic document mirrors the page, labels on
 * the right. Characters the font lacks (emoji) become "?", since PDF/A forbids drawing .notdef.
 */
export class PdfWriter {
  private page!: PDFPage;
  private text!: PageText;
  private y = 0;
  private readonly direction: 'ltr' | 'rtl';
  private readonly black: Color;
  private constructor(
    private readonly lib: typeof import('pdf-lib'),
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    /** The letterhead's colour. */
    private readonly ink: Color,
    private readonly header: string,
    language: string,
  ) {
    this.direction = language.split('-')[0] === 'ar' ? 'rtl' : 'ltr';
    this.black = lib.rgb(0, 0, 0);
  }

  static async create(options: PdfOptions): Promise<PdfWriter> {
    // pdf-lib, fontkit and the fonts are loaded with the first document, not with the server:
    // most processes (each test portal, a worker) never draw one, and loading them cost ~0.4 s.
    const [lib, { documentFonts, sharedFontkit }, { makePdfA }] = await Promise.all([import('pdf-lib'), import('./fonts'), import('./pdfa')]);
    const { PDFDocument, rgb } = lib;
    const doc = await PDFDocument.create({ updateMetadata: false });
    // pdf-lib compresses the font programs, ToUnicode maps, the ICC profile and images with pako,
    // zlib ported to JavaScript; node's own zlib makes the same FlateDecode streams several times
    // faster (on a process's first document pako was a quarter of the time, not yet compiled).
    doc.context.flateStream = (contents, dict = {}) => doc.context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), { ...dict, Filter: 'FlateDecode' });
    doc.registerFontkit(sharedFontkit as never);
    makePdfA(doc, {
      title: options.title,
      author: options.header,
      reference: options.reference,
      language: options.language,
      createdAt: options.createdAt ?? new Date().toISOString(),
    });
    const regular = await doc.embedFont(documentFonts.regular(), { subset: true, customName: 'BPWERN+DejaVuSans' });
    const bold = await doc.embedFont(documentFonts.bold(), { subset: true, customName: 'BPWERB+DejaVuSans-Bold' });
    const writer = new PdfWriter(lib, doc, regular, bold, rgb(0.1, 0.2, 0.45), options.header, options.language);
    writer.newPage();
    return writer;
  }

  /** Draws one line inside the column [x, x + width] (x from the left edge in LTR, from the right edge in RTL). */
  private drawLine(text: string, x: number, width: number, size: number, font: PDFFont, color = this.black): void {
    const runs = visualRuns(text, this.direction);
    if (this.direction === 'ltr' && runs.length === 1) {
      if (runs[0].text.trim()) this.text.show(runs[0].text, x, this.y, size, font, color);
      return;
    }
    const widths = runs.map((r) => measure(font, r.text, size));
    let at = this.direction === 'ltr' ? x : A4[0] - x - Math.min(width, widths.reduce((a, b) => a + b, 0));
    runs.forEach((run, i) => {
      if (run.text.trim()) this.text.show(run.text, at, this.y, size, font, color);
      at += widths[i];
    });
  }

  private encodable(font: PDFFont, text: string): string {
    let known = characterSets.get(font.name);
    if (!known) characterSets.set(font.name, (known = new Set(font.getCharacterSet())));
    return [...text.replace(/\r\n?/g, '\n')].map((ch) => (ch === '\n' || isBidiControl(ch) || known!.has(ch.codePointAt(0)!) ? ch : '?')).join('');
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.text = new PageText(this.lib, this.page);
    this.y = A4[1] - MARGIN;
    this.drawLine(this.encodable(this.bold, this.header), MARGIN, WIDTH, 16, this.bold, this.ink);
    this.y -= 10;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 1, color: this.ink });
    this.y -= 24;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const widths = widthsOf(font);
    const space = unitWidth(widths, font, ' ');
    const lines: string[] = [];
    for (const paragraph of this.encodable(font, text).split('\n')) {
      // The line so far as `measure` sums it: its words' widths at size 1, and how many words.
      let line = '';
      let units = 0;
      let words = 0;
      const restart = (piece: string) => {
        line = piece;
        units = 0;
        words = 0;
        for (const word of piece.split(' ')) {
          units += unitWidth(widths, font, word);
          words++;
        }
      };
      for (const word of paragraph.split(/\s+/)) {
        const wordUnits = unitWidth(widths, font, word);
        const fits = line ? (units + wordUnits + words * space) * size <= width : wordUnits * size <= width;
        if (fits || !line) {
          if (line) {
            line = `${line} ${word}`;
            units += wordUnits;
            words++;
          } else restart(word);
        } else {
          lines.push(line);
          restart(word);
        }
        // A single word wider than the column is cut, never drawn over the margin.
        while ((units + (words - 1) * space) * size > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
          lines.push(line.slice(0, cut));
          restart(line.slice(cut));
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
    for (const line of this.wrap(text, this.bold, size, WIDTH)) {
      this.drawLine(line, MARGIN, WIDTH, size, this.bold);
      this.y -= size + 4;
    }
    this.y -= 4;
  }

  paragraph(text: string, size = 10): void {
    for (const line of this.wrap(text, this.regular, size, WIDTH)) {
      this.room(size + 4);
      this.drawLine(line, MARGIN, WIDTH, size, this.regular);
      this.y -= size + 4;
    }
    this.y -= 4;
  }

  /** A label and its value side by side, the value wrapped in its own column. */
  field(label: string, value: string | string[], size = 10): void {
    const labelWidth = 170;
    const valueWidth = WIDTH - labelWidth;
    const labelLines = this.wrap(label, this.bold, size, labelWidth - 10);
    const valueLines = (Array.isArray(value) ? value : [value]).flatMap((v) => this.wrap(v, this.regular, size, valueWidth));
    const rows = Math.max(labelLines.length, valueLines.length);
    this.room(Math.min(rows, 4) * (size + 4));
    for (let i = 0; i < rows; i++) {
      this.room(size + 4);
      if (labelLines[i]) this.drawLine(labelLines[i], MARGIN, labelWidth - 10, size, this.bold);
      if (valueLines[i]) this.drawLine(valueLines[i], MARGIN + labelWidth, valueWidth, size, this.regular);
      this.y -= size + 4;
    }
    this.y -= 3;
  }

  /** A PNG (e.g. the GiroCode) at `size` points square, with a caption beside it. */
  async image(png: Uint8Array, size: number, caption?: string): Promise<void> {
    const image = await this.doc.embedPng(png);
    this.room(size + 8);
    this.y -= size;
    this.page.drawImage(image, { x: this.direction === 'ltr' ? MARGIN : A4[0] - MARGIN - size, y: this.y, width: size, height: size });
    if (caption) {
      const bottom = this.y;
      this.y += size - 12;
      for (const line of this.wrap(caption, this.regular, 9, WIDTH - size - 16)) {
        this.drawLine(line, MARGIN + size + 16, WIDTH - size - 16, 9, this.regular);
        this.y -= 13;
      }
      this.y = bottom;
    }
    this.y -= 12;
  }

  async bytes(): Promise<Uint8Array> {
    const { PDFContentStream, PDFRawStream } = await import('pdf-lib');
    // The pages' drawing, too, with node's zlib rather than pako (a tenth of a 200-pickup tour list's time).
    for (const [ref, object] of this.doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFContentStream) this.doc.context.assign(ref, PDFRawStream.of(object.dict, deflateSync(object.getUnencodedContents())));
    }
    return this.doc.save({ useObjectStreams: false });
  }
}
