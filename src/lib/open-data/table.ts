/** A cell: text, a number, a yes/no, a list of texts, a list of objects (JSON only), or null when the value is unknown. */
export type Cell = string | number | boolean | string[] | Record<string, unknown>[] | null;

/** One column of a data file: its stable English name, its type, what it means (in Chinese) and how it is read from a row. */
export interface Column<R> {
  name: string;
  /** list: several texts, separated by ";" in CSV and an array in JSON; objects: a list of objects, in JSON only. */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'list' | 'objects';
  /** Short Chinese label. */
  title: string;
  /** What the column holds, for the data dictionary. */
  description: string;
  /** The only values it can take, when it is a code. */
  values?: readonly (string | number)[];
  /** True when every row has a value (never null or empty). */
  required?: boolean;
  value: (row: R) => Cell;
}

/** A table of the open data: one definition of its columns feeds its CSV and JSON files, datapackage.json and the data dictionary. */
export interface Table<R> {
  /** Frictionless resource name, also the file name without extension. */
  name: string;
  /** Chinese title. */
  title: string;
  /** What one row is, in Chinese. */
  description: string;
  columns: Column<R>[];
  /** Column whose value is unique in every row. */
  primaryKey: string;
}

/** The separator of list cells in CSV. */
export const LIST_SEPARATOR = ';';

/** The columns a CSV file has: all but the lists of objects. */
export const csvColumns = <R>(table: Table<R>) => table.columns.filter((c) => c.type !== 'objects');

/** A row as a JSON object: keys are the column names, lists stay arrays, unknown values are null. */
export function jsonRecord<R>(table: Table<R>, row: R): Record<string, Cell> {
  return Object.fromEntries(table.columns.map((c) => [c.name, c.value(row)]));
}
