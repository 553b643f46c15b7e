import { test, expect, type APIRequestContext } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { readContent } from '../../src/lib/content/read-content.ts';
import { milestoneSchema } from '../../src/schemas/milestone.ts';
import { parkSchema } from '../../src/schemas/park.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { districtAt, districtFeatures } from '../../src/lib/map/districts.ts';
import { shanghai } from '../../src/data/shanghai.ts';
import { wgsToGcj } from '../../src/lib/open-data/gcj02.ts';

// The collections as content/ has them, to compare the downloaded files with.
const raw = readContent('content');
const milestones = raw.milestones.map((e) => ({ id: e.id, data: milestoneSchema.parse(e.data) }));
const parks = raw.parks.map((e) => ({ id: e.id, data: parkSchema.parse(e.data) }));
const figures = (raw.figures ?? []).map((e) => ({ id: e.id, data: figureSchema.parse(e.data) }));

async function download(request: APIRequestContext, path: string) {
  const r = await request.get(path);
  expect(r.status(), path).toBe(200);
  // ignoreBOM keeps the byte-order mark in the text, so that the test can see it is there.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.body());
}
const csv = (text: string) => {
  expect(text.startsWith('\uFEFF'), 'UTF-8 byte-order mark').toBe(true);
  return csvParse(text.slice(1));
};

test('/data/ lists every file; each downloads, and the dictionary and datapackage.json name exactly each table’s columns', async ({ page, request }) => {
  await page.goto('data/');
  const links = await page.locator('[data-files] a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.map((l) => l.split('/data/')[1])).toEqual(['milestones.csv', 'milestones.json', 'parks.csv', 'parks.geojson', 'figures.csv', 'sources.json', 'datapackage.json']);
  const pkg = JSON.parse(await download(request, links.at(-1)!));
  const dictionary = async (id: string) => page.locator(`[data-dictionary="${id}"] tbody code`).allTextContents();
  for (const [name, dict] of [['milestones.csv', 'dict-milestones'], ['parks.csv', 'dict-parks'], ['figures.csv', 'dict-figures']]) {
    const header = csv(await download(request, `data/${name}`)).columns;
    const listed = await dictionary(dict);
    expect(listed.filter((n) => header.includes(n)), name).toEqual(header);
    const resource = pkg.resources.find((r: { path: string }) => r.path === name);
    expect(resource.schema.fields.map((f: { name: string }) => f.name), name).toEqual(header);
  }
  const json = JSON.parse(await download(request, 'data/milestones.json'));
  expect(Object.keys(json[0])).toEqual(await dictionary('dict-milestones'));
  for (const r of pkg.resources) expect((await request.get(`data/${r.path}`)).status(), r.path).toBe(200);
});

test('milestones.csv and .json read back equal to content/milestones', async ({ request }) => {
  const rows = csv(await download(request, 'data/milestones.csv'));
  const json = JSON.parse(await download(request, 'data/milestones.json'));
  expect(rows.map((r) => r.id).sort()).toEqual(milestones.map((m) => m.id).sort());
  expect(json.map((m: { id: string }) => m.id)).toEqual(rows.map((r) => r.id));
  for (const m of milestones) {
    const row = rows.find((r) => r.id === m.id)!;
    expect(row).toMatchObject({ date: m.data.date.iso, title: m.data.title, category: m.data.category, official: String(m.data.official), parks: m.data.parks.join(';') });
    const seeds = [...new Set(m.data.sources.flatMap((s) => ('seed' in s ? [s.seed] : [])))];
    expect(row.seeds.split(';').filter(Boolean)).toEqual(seeds);
    expect(json.find((j: { id: string }) => j.id === m.id).sources).toHaveLength(m.data.sources.length);
  }
});

test('parks.csv and parks.geojson read back equal to content/parks; every point lies in Shanghai, in its district', async ({ request }) => {
  const rows = csv(await download(request, 'data/parks.csv'));
  const geo = JSON.parse(await download(request, 'data/parks.geojson'));
  expect(rows.map((r) => r.id).sort()).toEqual(parks.map((p) => p.id).sort());
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features.map((f: { id: string }) => f.id)).toEqual(rows.map((r) => r.id));
  const outlines = districtFeatures(shanghai);
  for (const p of parks) {
    const row = rows.find((r) => r.id === p.id)!;
    expect(row).toMatchObject({ name: p.data.name, district: p.data.district, datum: 'GCJ-02', joined_status: p.data.joined.status, area_status: p.data.area.status });
    expect([Number(row.lon), Number(row.lat)]).toEqual([p.data.location.lon, p.data.location.lat]);
    expect(row.area_km2).toBe(p.data.area.km2 === null ? '' : String(p.data.area.km2));
    const feature = geo.features.find((f: { id: string }) => f.id === p.id);
    expect(feature.geometry.type).toBe('Point');
    expect(feature.properties).toMatchObject({ name: p.data.name, lon: p.data.location.lon, lat: p.data.location.lat, area_km2: p.data.area.km2 });
    const [lon, lat] = wgsToGcj(feature.geometry.coordinates);
    expect(districtAt(outlines, [lon, lat]), p.id).toBe(p.data.district);
  }
});

test('figures.csv holds every number of 数说张江, and each figure links its own CSV', async ({ page, request }) => {
  const rows = csv(await download(request, 'data/figures.csv'));
  expect(rows).toHaveLength(figures.reduce((n, f) => n + f.data.points.length, 0));
  for (const f of figures) {
    const own = rows.filter((r) => r.figure_id === f.id);
    expect(own.map((r) => Number(r.value)), f.id).toEqual(f.data.points.map((p) => p.value));
    expect(own.map((r) => Number(r.year))).toEqual(f.data.points.map((p) => p.year));
    expect(new Set(own.map((r) => r.scope))).toEqual(new Set([f.data.scope]));
  }
  await page.goto('figures/');
  for (const f of figures) {
    const link = page.locator(`figure#${f.id} a[download]`);
    await expect(link).toHaveAttribute('href', new RegExp(`/data/figures/${f.id}\\.csv$`));
    const own = csv(await download(request, (await link.getAttribute('href'))!));
    expect(own).toHaveLength(f.data.points.length);
    expect(own.every((r) => r.figure_id === f.id)).toBe(true);
  }
});

test('sources.json holds a CSL-JSON record per article', async ({ request }) => {
  const items = JSON.parse(await download(request, 'data/sources.json'));
  expect(items).toHaveLength(raw.articles.length);
  for (const item of items) expect(item).toMatchObject({ id: expect.stringMatching(/^zjsn-source-/), type: expect.any(String), title: expect.any(String), issued: { 'date-parts': [expect.any(Array)] } });
});

test('the timeline and the map link to the files with their data', async ({ page, request }) => {
  for (const [path, files] of [['timeline/', ['milestones.csv', 'milestones.json']], ['map/', ['parks.csv', 'parks.geojson']]] as const) {
    await page.goto(path);
    const hrefs = await page.locator('.data-links a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.map((h) => h.split('/data/')[1])).toEqual(files);
    for (const h of hrefs) expect((await request.get(h)).status()).toBe(200);
  }
});

test('/data/ carries a schema.org Dataset whose downloads resolve', async ({ page, request, baseURL }) => {
  await page.goto('data/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Dataset');
  expect(ld.license).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
  expect(ld.distribution.length).toBeGreaterThanOrEqual(6);
  for (const d of ld.distribution) {
    const path = new URL(d.contentUrl).pathname.replace(new URL(baseURL!).pathname, '');
    expect((await request.get(path)).status(), d.contentUrl).toBe(200);
  }
});
