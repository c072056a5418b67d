import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text a reader's PDF viewer finds in a document, page by page, as PDF.js (Firefox's viewer)
 * extracts it: through each font's ToUnicode map, with right-to-left runs put back into reading
 * order. Lines are the text items PDF.js groups by baseline, joined top to bottom.
 */
export async function extractText(bytes: Uint8Array): Promise<{ pages: string[]; lines: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const rows = new Map<number, { x: number; width: number; str: string; dir: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      const y = Math.round(item.transform[5]);
      rows.set(y, [...(rows.get(y) ?? []), { x: item.transform[4], width: item.width, str: item.str, dir: item.dir }]);
    }
    const pageLines = [...rows.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, items]) => {
        const rtl = items.some((i) => i.dir === 'rtl');
        // Pieces drawn edge to edge belong to one phrase; a gap (a label and its value) is a space.
        items.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
        return items
          .map((item, i) => {
            const prev = items[i - 1];
            const gap = prev ? (rtl ? prev.x - (item.x + item.width) : item.x - (prev.x + prev.width)) : 0;
            return (gap > 1 ? ' ' : '') + item.str;
          })
          .join('');
      });
    pages.push(pageLines.join('\n'));
    lines.push(...pageLines);
  }
  await pdf.destroy();
  return { pages, lines };
}
