import { describe, it, expect } from 'vitest';
import { csvParse } from 'd3-dsv';
import { readContent } from '../../src/lib/content/read-content.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { milestoneSchema } from '../../src/schemas/milestone.ts';
import { parkSchema } from '../../src/schemas/park.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { csvCell } from '../../src/lib/open-data/csv.ts';
import { openDataFiles, type DataFile } from '../../src/lib/open-data/files.ts';
import { openDataRows } from '../../src/lib/open-data/rows.ts';
import { milestoneTable } from '../../src/lib/open-data/milestone-table.ts';
import { parkTable } from '../../src/lib/open-data/park-table.ts';
import { figureTable } from '../../src/lib/open-data/figure-table.ts';
import { sourceFields } from '../../src/lib/open-data/source-fields.ts';
import { csvColumns, LIST_SEPARATOR, type Cell, type Table } from '../../src/lib/open-data/table.ts';
import { gcjToWgs, wgsToGcj } from '../../src/lib/open-data/gcj02.ts';
import { districtAt, districtFeatures } from '../../src/lib/map/districts.ts';
import { shanghai } from '../../src/data/shanghai.ts';

const raw = readContent('content');
const parsed = <T>(entries: NonNullable<typeof raw.articles>, schema: { parse: (d: unknown) => T }) => entries.map((e) => ({ id: e.id, body: e.body, data: schema.parse(e.data) }));
const content = {
  articles: parsed(raw.articles, articleSchema),
  milestones: parsed(raw.milestones, milestoneSchema),
  parks: parsed(raw.parks, parkSchema),
  figures: parsed(raw.figures ?? [], figureSchema),
};
const rows = openDataRows(content, (path) => `https://example.org/${path}`);
const files = openDataFiles(rows, { title: '张江十年开放数据', description: '测试', homepage: 'https://example.org/data/', updated: '2026-03-05', sources: ['甲', '乙'] });
const file = (path: string) => files.find((f) => f.path === path)!;
const pkg = JSON.parse(file('datapackage.json').body);

/** What a cell reads as in CSV once unquoted. */
const asCsvText = (cell: Cell) => (cell === null ? '' : Array.isArray(cell) ? cell.join(LIST_SEPARATOR) : String(cell));
const tables: [Table<never>, readonly unknown[], string][] = [
  [milestoneTable as Table<never>, rows.milestones, 'milestones.csv'],
  [parkTable as Table<never>, rows.parks, 'parks.csv'],
  [figureTable as Table<never>, rows.figures, 'figures.csv'],
];

describe('CSV', () => {
  it('quotes a cell only when it holds a comma, a quote or a line break, doubling quotes; lists join with ";"; unknown is empty', () => {
    expect(csvCell('张江，浦东')).toBe('张江，浦东');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('称为“张江”的"园"')).toBe('"称为“张江”的""园"""');
    expect(csvCell('两行\n文字')).toBe('"两行\n文字"');
    expect(csvCell(['a', 'b'])).toBe('a;b');
    expect([csvCell(null), csvCell(false), csvCell(531)]).toEqual(['', 'false', '531']);
  });

  it.each(tables)('%s: UTF-8 with BOM and CRLF, header = the columns, every row and cell read back equal to the collection', (table, list, path) => {
    const { body } = file(path);
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body.replace(/"[^"]*"/g, '').split('\n').slice(0, -1).every((line) => line.endsWith('\r'))).toBe(true);
    const back = csvParse(body.slice(1).replace(/\r\n/g, '\n'));
    expect(back.columns).toEqual(csvColumns(table).map((c) => c.name));
    expect(back).toHaveLength(list.length);
    back.forEach((row, i) => {
      for (const c of csvColumns(table)) expect(row[c.name], `${path} row ${i} ${c.name}`).toBe(asCsvText(c.value(list[i] as never)));
    });
  });

  it('has one row per milestone, per park and per number, with the collections’ ids', () => {
    expect(csvParse(file('milestones.csv').body.slice(1)).map((r) => r.id).sort()).toEqual(content.milestones.map((m) => m.id).sort());
    expect(csvParse(file('parks.csv').body.slice(1)).map((r) => r.id).sort()).toEqual(content.parks.map((p) => p.id).sort());
    expect(csvParse(file('figures.csv').body.slice(1))).toHaveLength(content.figures.reduce((n, f) => n + f.data.points.length, 0));
    const perFigure = files.filter((f) => f.path.startsWith('figures/'));
    expect(perFigure.map((f) => f.path).sort()).toEqual(content.figures.map((f) => `figures/${f.id}.csv`).sort());
    for (const f of perFigure) expect(csvParse(f.body.slice(1)).every((r) => `figures/${r.figure_id}.csv` === f.path)).toBe(true);
  });
});

describe('milestones.json', () => {
  it('holds every milestone with the CSV’s columns, lists as arrays, and each source in full', () => {
    const back = JSON.parse(file('milestones.json').body) as Record<string, unknown>[];
    expect(back.map((m) => m.id)).toEqual(rows.milestones.map((m) => m.id));
    back.forEach((m, i) => {
      const { data } = rows.milestones[i];
      expect(m).toMatchObject({ date: data.date.iso, title: data.title, category: data.category, official: data.official, parks: data.parks });
      expect((m.sources as unknown[]).length).toBe(data.sources.length);
    });
    expect(Object.keys(back[0])).toEqual(milestoneTable.columns.map((c) => c.name));
  });
});

describe('parks.geojson', () => {
  const geo = JSON.parse(file('parks.geojson').body);
  const outlines = districtFeatures(shanghai);
  it('is a FeatureCollection of one Point per park, with [lon, lat] numbers and the parks table as properties', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: { id: string }) => f.id)).toEqual(rows.parks.map((p) => p.id));
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(f.geometry.coordinates.every(Number.isFinite)).toBe(true);
      expect(Object.keys(f.properties)).toEqual(parkTable.columns.map((c) => c.name));
    }
  });
  it('puts every point inside Shanghai, in the district the park names; the WGS 84 geometry is the GCJ-02 point converted', () => {
    for (const f of geo.features) {
      const { lon, lat, district, datum } = f.properties;
      expect(datum).toBe('GCJ-02');
      expect(districtAt(outlines, [lon, lat]), f.id).toBe(district);
      const [glon, glat] = wgsToGcj(f.geometry.coordinates);
      expect(Math.abs(glon - lon) + Math.abs(glat - lat), f.id).toBeLessThan(2e-6);
    }
  });
  it('converts GCJ-02 back to WGS 84: in Shanghai the offset is about 0.004° east and 0.002° north', () => {
    const [lon, lat] = gcjToWgs([121.4795, 31.2181]);
    expect(121.4795 - lon).toBeGreaterThan(0.003);
    expect(121.4795 - lon).toBeLessThan(0.006);
    expect(lat - 31.2181).toBeGreaterThan(0.001);
    expect(lat - 31.2181).toBeLessThan(0.003);
    const [x, y] = wgsToGcj([lon, lat]);
    expect(Math.abs(x - 121.4795) + Math.abs(y - 31.2181)).toBeLessThan(1e-7);
  });
});

describe('sources.json', () => {
  const items = JSON.parse(file('sources.json').body) as Record<string, unknown>[];
  it('holds one CSL-JSON record per article, with unique ids, a type, a title and an issued date', () => {
    expect(items).toHaveLength(content.articles.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) expect(item).toMatchObject({ type: expect.any(String), title: expect.any(String), issued: { 'date-parts': [expect.any(Array)] } });
    expect(items.map((i) => i.title).sort()).toEqual(content.articles.map((a) => a.data.source.originalTitle).sort());
  });
  it('uses only the fields the data dictionary describes', () => {
    const described = new Set(sourceFields.map((f) => f.name));
    for (const item of items) for (const key of Object.keys(item)) expect(described, key).toContain(key);
  });
});

describe('datapackage.json', () => {
  it('describes every file but itself and the per-figure copies, with its real size', () => {
    const main = files.filter((f) => f.path !== 'datapackage.json' && !f.path.startsWith('figures/'));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(main.map((f) => f.path));
    for (const r of pkg.resources) expect(r.bytes).toBe(new TextEncoder().encode(file(r.path).body).length);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
  });
  it('lists, for each table file, exactly its columns, each with a Chinese title and description', () => {
    for (const r of pkg.resources.filter((x: { schema?: unknown }) => x.schema)) {
      const f: DataFile = file(r.path);
      const names = r.format === 'csv' ? csvParse(f.body.slice(1)).columns : Object.keys(JSON.parse(f.body)[0]);
      expect(r.schema.fields.map((x: { name: string }) => x.name), r.path).toEqual(names);
      for (const field of r.schema.fields) {
        expect(field.title, field.name).toMatch(/\p{Script=Han}/u);
        expect(field.description, field.name).toMatch(/\p{Script=Han}/u);
      }
    }
  });
  it('keeps its promises: required cells are never empty, codes stay within their enum, primary keys are unique', () => {
    for (const [table, list] of tables) {
      const keys = list.map((r) => table.columns.find((c) => c.name === table.primaryKey)!.value(r as never));
      expect(new Set(keys).size, table.name).toBe(keys.length);
      for (const c of table.columns)
        for (const r of list) {
          const v = c.value(r as never);
          if (c.required) expect(v === null || v === '', `${table.name}.${c.name}`).toBe(false);
          if (c.values && v !== null && !Array.isArray(v)) expect(c.values, `${table.name}.${c.name}`).toContain(v);
        }
    }
  });
  it('names columns in lower-case English, unique in each table', () => {
    for (const [table] of tables) {
      const names = table.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });
});
