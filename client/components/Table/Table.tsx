import type { ComponentChildren } from 'preact';

export interface TableColumn<Row> {
  header: ComponentChildren;
  /**
   * For screen readers only, e.g. over a column of "Ändern" links: every column needs a header
   * for the table to read right, but the links already say what they do.
   */
  headerHidden?: boolean;
  /** The column's cells are row headers (`<th scope="row">`): what a screen reader names each row by. */
  rowHeader?: boolean;
  /** `aria-sort` of a sortable column, as in the GOV.UK sortable table. */
  sort?: 'ascending' | 'descending' | 'none';
  cellClass?: string;
  /** The header as plain words where `header` is markup (a sort button): labels the cell when rows stack on a narrow screen. */
  label?: string;
  cell(row: Row): ComponentChildren;
}

interface Props<Row> {
  caption: string;
  /** Only where a heading right above already says what the table holds. */
  captionHidden?: boolean;
  columns: TableColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string | number;
  id?: string;
  class?: string;
  /**
   * The box a wide table scrolls sideways in takes focus and is named by the caption, so keyboard
   * users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable"). Off only for a table
   * whose cells wrap to fit any screen: a tab stop there would lead nowhere.
   */
  scrollRegion?: boolean;
}

/** Drawn before a cell only where staff tables stack their rows (client/styles/staff-layout.css); screen readers keep the header. */
function labelOf<Row>(column: TableColumn<Row>): string | undefined {
  return column.label ?? (!column.headerHidden && typeof column.header === 'string' ? column.header : undefined);
}

/** GOV.UK table: a caption, one header row, one row per item. */
export function Table<Row>({ caption, captionHidden, columns, rows, rowKey, id, class: extraClass, scrollRegion = true }: Props<Row>) {
  const region = scrollRegion ? ({ tabIndex: 0, role: 'region', 'aria-label': caption } as const) : {};
  return (
    <div class="table-wrapper" {...region}>
      <table class={extraClass ? `table ${extraClass}` : 'table'} id={id}>
        <caption class={captionHidden ? 'table__caption visually-hidden' : 'table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" aria-sort={column.sort}>
                {column.headerHidden ? <span class="visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, i) =>
                column.rowHeader ? (
                  <th key={i} scope="row" class={column.cellClass} data-label={labelOf(column)}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i} class={column.cellClass} data-label={labelOf(column)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
