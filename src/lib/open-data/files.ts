import { cslJson } from '../cite/csl.ts';
import { groupBy } from '../group-by.ts';
import { toCsv } from './csv.ts';
import { dataPackage, type ResourceInfo } from './datapackage.ts';
import { figureTable } from './figure-table.ts';
import { parksGeoJson } from './geojson.ts';
import { milestoneTable } from './milestone-table.ts';
import { parkTable } from './park-table.ts';
import type { OpenDataRows } from './rows.ts';
import { jsonRecord, type Table } from './table.ts';

/** A file of the open data, under data/. */
export interface DataFile extends ResourceInfo {
  body: string;
  /** Rows, features or records it holds (none for datapackage.json). */
  count?: number;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const bytes = (text: string) => new TextEncoder().encode(text).length;

function file(info: Omit<ResourceInfo, 'bytes'>, body: string, count?: number): DataFile {
  return { ...info, body, count, bytes: bytes(body) };
}

/** About the whole package: what it is, where it lives, when its content last changed, which documents it rests on. */
export interface PackageMeta {
  title: string;
  description: string;
  homepage: string;
  updated: string;
  sources: string[];
}

/** Every file of the open data: the tables as CSV (and milestones as JSON), the parks as GeoJSON, the sources as CSL-JSON, one CSV per figure, and datapackage.json describing the rest. */
export function openDataFiles(rows: OpenDataRows, meta: PackageMeta): DataFile[] {
  const csv = <R>(table: Table<R>, list: readonly R[], description: string) =>
    file({ name: table.name, path: `${table.name}.csv`, title: `${table.title}（CSV）`, description, format: 'csv', mediaType: 'text/csv', table: table as Table<never> }, toCsv(table, list), list.length);
  const files = [
    csv(milestoneTable, rows.milestones, milestoneTable.description),
    file(
      { name: 'milestones-json', path: 'milestones.json', title: '大事记（JSON）', description: `${milestoneTable.description}列同milestones.csv，列表为数组，另有出处明细sources。`, format: 'json', mediaType: 'application/json', table: milestoneTable as Table<never> },
      json(rows.milestones.map((r) => jsonRecord(milestoneTable, r))),
      rows.milestones.length,
    ),
    csv(parkTable, rows.parks, parkTable.description),
    file(
      { name: 'parks-geojson', path: 'parks.geojson', title: '园区（GeoJSON）', description: '每个园区一个点要素，几何坐标为WGS 84（由GCJ-02换算），properties同parks.csv的列（其中lon、lat仍为GCJ-02）。', format: 'geojson', mediaType: 'application/geo+json' },
      json(parksGeoJson(rows.parks)),
      rows.parks.length,
    ),
    csv(figureTable, rows.figures, `${figureTable.description}每组图表另有单独的文件figures/<figure_id>.csv，列相同。`),
    file(
      { name: 'sources', path: 'sources.json', title: '来源文献（CSL-JSON）', description: '本站各篇文章所据原始报道或文件的书目记录，每篇文章一条，可导入Zotero等文献管理软件。', format: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
      cslJson(rows.sources),
      rows.sources.length,
    ),
  ];
  const perFigure = groupBy(rows.figures, (r) => r.figure.id).map(([id, list]) =>
    file({ name: `figure-${id}`, path: `figures/${id}.csv`, title: list[0].figure.data.title, description: figureTable.description, format: 'csv', mediaType: 'text/csv', table: figureTable as Table<never> }, toCsv(figureTable, list), list.length),
  );
  const pkg = json(dataPackage(meta, files));
  return [...files, file({ name: 'datapackage', path: 'datapackage.json', title: '数据包描述（datapackage.json）', description: '按Frictionless Data Package 2.0描述以上各文件及每一列。', format: 'json', mediaType: 'application/json' }, pkg), ...perFigure];
}
