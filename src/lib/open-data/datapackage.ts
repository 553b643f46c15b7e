import { dataLicence } from './licence.ts';
import { csvColumns, LIST_SEPARATOR, type Column, type Table } from './table.ts';

type Descriptor = Record<string, unknown>;

/** A column as a Table Schema field (Data Package 2.0); a list is a "list" field in CSV and an "array" in JSON. */
export function schemaField(column: Column<never>, format: 'csv' | 'json'): Descriptor {
  const list = column.type === 'list' || column.type === 'objects';
  const type = list ? (format === 'csv' ? 'list' : 'array') : column.type;
  const constraints = {
    ...(column.required && { required: true }),
    ...(column.values && !list && { enum: column.values }),
  };
  return {
    name: column.name,
    title: column.title,
    description: column.description,
    type,
    ...(type === 'list' && { delimiter: LIST_SEPARATOR, itemType: 'string' }),
    ...(Object.keys(constraints).length && { constraints }),
  };
}

/** A Table Schema for one of the tables, as its CSV or its JSON file has it. */
export function tableSchema(table: Table<never>, format: 'csv' | 'json'): Descriptor {
  const columns = format === 'csv' ? csvColumns(table) : table.columns;
  return { fields: columns.map((c) => schemaField(c, format)), primaryKey: [table.primaryKey], missingValues: [''] };
}

/** What a data file is, for datapackage.json. */
export interface ResourceInfo {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediaType: string;
  bytes: number;
  table?: Table<never>;
}

const csvDialect = { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true };

/** The Frictionless Data Package (2.0) descriptor of the open data. */
export function dataPackage(meta: { title: string; description: string; homepage: string; updated: string; sources: string[] }, resources: ResourceInfo[]): Descriptor {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'zhangjiang-shinian',
    title: meta.title,
    description: meta.description,
    homepage: meta.homepage,
    created: `${meta.updated}T00:00:00Z`,
    keywords: ['张江', '张江国家自主创新示范区', '上海', '科技创新', '大事记', '园区'],
    licenses: [dataLicence],
    contributors: [{ title: '张江十年', roles: ['author', 'publisher'], path: meta.homepage }],
    sources: meta.sources.map((title) => ({ title })),
    resources: resources.map((r) => ({
      name: r.name,
      path: r.path,
      title: r.title,
      description: r.description,
      format: r.format,
      mediatype: r.mediaType,
      encoding: 'utf-8',
      bytes: r.bytes,
      ...(r.table && { type: 'table', schema: tableSchema(r.table, r.format === 'csv' ? 'csv' : 'json') }),
      ...(r.format === 'csv' && { dialect: csvDialect }),
    })),
  };
}
