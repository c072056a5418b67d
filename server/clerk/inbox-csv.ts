/**
 * CSV for spreadsheet programs: UTF-8 with a byte order mark (Excel otherwise reads umlauts as
 * Latin-1), semicolons (German Excel's list separator), CRLF lines, every field quoted with
 * inner quotes doubled, and a leading apostrophe before = + - @ so no cell runs as a formula.
 */
export function toCsv(header: string[], rows: (string | number | undefined)[][]): string {
  const cell = (value: string | number | undefined) => {
    let text = value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
