import { describe, it, expect } from 'vitest';
import { validateContent } from '../../src/lib/validate-content.ts';
import type { RawContent, RawEntry } from '../../src/lib/content/raw-content.ts';
import { figureFacts } from '../../src/lib/figures.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { readContent } from '../../src/lib/content/read-content.ts';

const seed = '001_0d107b9138f95816.txt';
const source = { seed, article: 'brochure', passage: '宣传册的数据段落' };
const figure = (data: Record<string, unknown>): RawEntry => ({
  file: 'figures/f.yaml',
  id: 'f',
  data: { title: '图', scope: 'zone', chart: 'bar', unit: '家', source, points: [{ metric: '科技企业', value: 10, year: 2020 }], ...data },
});
const content = (figures: RawEntry[]): RawContent => ({
  articles: [
    {
      file: 'articles/brochure.mdx',
      id: 'brochure',
      data: {
        title: '标题', summary: '这是一段足够长的摘要，用我们自己的话写成。', scope: 'zone', topics: ['数据'],
        source: { seed, kind: 'brochure', publication: '管委会', originalTitle: '《你好，张江》', date: '2021' },
      },
    },
  ],
  milestones: [],
  parks: [],
  sources: [
    { file: `sources/${seed.slice(0, -4)}.yaml`, id: seed.slice(0, -4), data: { name: '宣传册', kind: 'brochure', contents: '内容', condition: '完整' } },
    { file: 'sources/000_d58ff43d179b9ab9.yaml', id: '000_d58ff43d179b9ab9', data: { name: '报纸', kind: 'newspaper', contents: '内容', condition: '完整' } },
  ],
  figures,
});
const fields = (figures: RawEntry[]) => validateContent(content(figures)).map((i) => `${i.file}: ${i.field}: ${i.message}`);

describe('figures validation', () => {
  it('accepts a consistent figure', () => {
    expect(fields([figure({})])).toEqual([]);
  });
  it('names an unknown article and an unknown seed, with file and field', () => {
    const bad = figure({ points: [{ metric: 'x', value: 1, year: 2020, source: { ...source, article: 'ghost', seed: '009_0000000000000000.txt' } }] });
    expect(fields([bad])).toEqual([
      'figures/f.yaml: points.0.source.seed: 未知的源文件「009_0000000000000000.txt」：content/sources 中没有它',
      'figures/f.yaml: points.0.source.article: 未知的文章 id「ghost」',
    ]);
  });
  it('rejects an article that is not written from the named seed', () => {
    expect(fields([figure({ source: { ...source, seed: '000_d58ff43d179b9ab9.txt' } })])).toEqual([
      'figures/f.yaml: source.article: 文章「brochure」写自 001_0d107b9138f95816.txt，与 seed 000_d58ff43d179b9ab9.txt 不符',
    ]);
  });
  it('requires a source for every number', () => {
    expect(fields([figure({ source: undefined })])).toEqual(['figures/f.yaml: points.0.source: 缺少出处：请在此处或图表顶层写 source']);
  });
  it('has no way to give one point of a series its own scope or unit', () => {
    const mixed = figure({ points: [{ metric: 'x', value: 1, year: 2020, scope: 'shanghai' }] });
    expect(fields([mixed])[0]).toMatch(/^figures\/f\.yaml: points\.0: /);
    const line = figure({ chart: 'line', metric: 'm', points: [{ value: 1, year: 2019 }, { value: 2, year: 2020, unit: '个' }] });
    expect(fields([line])[0]).toMatch(/^figures\/f\.yaml: points\.1: /);
  });
  it('rejects a line with a year twice', () => {
    const line = figure({ chart: 'line', metric: 'm', points: [{ value: 1, year: 2020 }, { value: 2, year: 2020 }] });
    expect(fields([line])).toEqual(['figures/f.yaml: points.1.year: 折线中 2020 年出现了两次']);
  });
});

describe('the figures in content/', () => {
  const entries = readContent('content').figures!;
  const facts = entries.flatMap((e) => figureFacts(figureSchema.parse(e.data)));
  it('give every fact a metric, unit, year, scope and a source with an article', () => {
    expect(facts.length).toBeGreaterThan(60);
    for (const f of facts) {
      expect(f.metric && f.unit && f.year && f.scope && f.source.article && f.source.seed).toBeTruthy();
    }
  });
  it('cover all three scopes', () => {
    expect(new Set(facts.map((f) => f.scope))).toEqual(new Set(['zone', 'science-city', 'shanghai']));
  });
});
