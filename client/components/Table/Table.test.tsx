import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Table, type TableColumn } from './Table';

interface Department {
  id: string;
  name: string;
}

const rows: Department[] = [
  { id: 'abfall', name: 'Abfallwirtschaft' },
  { id: 'ordnung', name: 'Ordnungsamt' },
];

const columns: TableColumn<Department>[] = [
  { header: 'Name', rowHeader: true, cell: (d) => d.name },
  { header: 'Kennung', cellClass: 'table__id', cell: (d) => <code>{d.id}</code> },
  { header: 'Ändern', headerHidden: true, cell: (d) => <a href={`/verwaltung/fachdienste/${d.id}`}>Ändern</a> },
];

const render = (props: Partial<Parameters<typeof Table<Department>>[0]> = {}) =>
  renderToString(<Table caption="Fachdienste" columns={columns} rows={rows} rowKey={(d) => d.id} {...props} />);

describe('Table', () => {
  it('scrolls in a focusable region named by the caption, so keyboard users can scroll it', () => {
    const html = render({ id: 'departments-table' });
    expect(html).toContain('<div class="table-wrapper" tabindex="0" role="region" aria-label="Fachdienste">');
    expect(html).toContain('<table class="table" id="departments-table"><caption class="table__caption">Fachdienste</caption>');
  });

  it('heads every column, hiding a header only visually', () => {
    const html = render();
    expect(html).toContain('<th scope="col">Name</th><th scope="col">Kennung</th>');
    expect(html).toContain('<th scope="col"><span class="visually-hidden">Ändern</span></th>');
    expect(html).not.toContain('aria-sort');
  });

  it('names each row by its row-header cell', () => {
    const html = render();
    // Each cell carries its column's name for the stacked rows of staff pages; a hidden header (a link column) none.
    expect(html).toContain('<tr><th scope="row" data-label="Name">Abfallwirtschaft</th><td class="table__id" data-label="Kennung"><code>abfall</code></td><td>');
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
  });

  it('leaves out the tab stop for a table that wraps, and can hide its caption under a heading', () => {
    const html = render({ scrollRegion: false, captionHidden: true, class: 'attachments' });
    expect(html).toContain('<div class="table-wrapper"><table class="table attachments">');
    expect(html).toContain('<caption class="table__caption visually-hidden">');
  });

  it('says the order of a sorted column', () => {
    const html = render({ columns: [{ ...columns[0]!, sort: 'ascending' }, { ...columns[1]!, sort: 'none' }] });
    expect(html).toContain('<th scope="col" aria-sort="ascending">Name</th><th scope="col" aria-sort="none">Kennung</th>');
  });
});
