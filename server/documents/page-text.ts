import type { Color, PDFFont, PDFName, PDFOperator, PDFPage } from 'pdf-lib';

type PdfLib = typeof import('pdf-lib');

/**
 * The text of one page, written as content-stream operators: per piece of a line a text object
 * with its colour, font, size, place and glyphs. pdf-lib's drawText wrote much the same behind a
 * dozen checks and conversions per call (a third of a warm tour list), and gave the page's font
 * resources a new name for every call: a tour-list page named its two fonts ~150 times
 * (page-resources.test.ts). Here each font a page uses gets one name.
 */
export class PageText {
  private readonly names = new Map<PDFFont, PDFName>();

  constructor(
    private readonly lib: PdfLib,
    private readonly page: PDFPage,
  ) {}

  /** Draws `text` with its baseline starting at (x, y); the text holds no line break. */
  show(text: string, x: number, y: number, size: number, font: PDFFont, color: Color): void {
    const { beginText, endText, popGraphicsState, pushGraphicsState, setFillingColor, setFontAndSize, setTextMatrix, showText } = this.lib;
    let name = this.names.get(font);
    if (!name) this.names.set(font, (name = this.page.node.newFontDictionary(font.name, font.ref)));
    // As pdf-lib's drawText: a tab (and the like) as four spaces, backspace and vertical tab dropped.
    const shown = text.replace(/\t|\u0085|\u2028|\u2029/g, '    ').replace(/[\b\v]/g, '').replace(/[\n\f\r]/g, ' ');
    // Each piece in its own saved graphics state, as pdf-lib draws it: a reader (PDF.js) takes it
    // as a text item of its own, so a right-to-left line's pieces are extracted in reading order.
    const operators: PDFOperator[] = [pushGraphicsState(), setFillingColor(color), beginText(), setFontAndSize(name, size), setTextMatrix(1, 0, 0, 1, x, y), showText(font.encodeText(shown)), endText(), popGraphicsState()];
    this.page.pushOperators(...operators);
  }
}
