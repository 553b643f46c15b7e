import { csvColumns, LIST_SEPARATOR, type Cell, type Table } from './table.ts';

const BOM = '\uFEFF';

/** A cell as CSV text (RFC 4180): quoted when it holds a comma, a quote or a line break; lists joined by ";"; null empty. */
export function csvCell(cell: Cell): string {
  const text = cell === null ? '' : Array.isArray(cell) ? cell.map(String).join(LIST_SEPARATOR) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV: UTF-8 with a byte-order mark (so that Excel reads the Chinese), a header of column names, CRLF line ends. */
export function toCsv<R>(table: Table<R>, rows: readonly R[]): string {
  const columns = csvColumns(table);
  const lines = [columns.map((c) => csvCell(c.name)), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))))];
  return `${BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
