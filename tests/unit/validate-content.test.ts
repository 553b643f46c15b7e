import { describe, it, expect } from 'vitest';
import { validateContent } from '../../src/lib/validate-content.ts';
import type { RawContent, RawEntry } from '../../src/lib/content/raw-content.ts';

const seed = '000_d58ff43d179b9ab9.txt';
const park = (id: string): RawEntry => ({
  file: `parks/${id}.yaml`,
  id,
  data: {
    name: '张江核心园', district: '浦东新区', member: { status: 'verified' },
    joined: { year: 2011, status: 'verified' }, area: { km2: 79.7, status: 'verified' },
    location: { lon: 121.59, lat: 31.2, datum: 'GCJ-02', basis: '张江镇（示意）' },
    description: '示范区的核心园区。', sources: [{ title: '宣传册', kind: 'seed', seed, supports: ['member', 'joined', 'area'] }],
  },
});
const article = (id: string, parks = ['zhangjiang']): RawEntry => ({
  file: `articles/${id}.mdx`,
  id,
  data: {
    title: '标题', summary: '这是一段足够长的摘要，用我们自己的话写成。', scope: 'zone', topics: ['集成电路'], parks,
    source: { seed, kind: 'newspaper', publication: '科技日报', originalTitle: '《原题》', authors: ['王春'], date: '2021-04' },
  },
});
const milestone = (id: string, patch: Record<string, unknown> = {}): RawEntry => ({
  file: `milestones/${id}.mdx`,
  id,
  data: {
    id, title: '事件', date: '2016-02', category: 'facility', articles: ['a'], parks: ['zhangjiang'],
    sources: [{ seed, article: 'a', passage: '历史沿革2016年条' }], ...patch,
  },
});
const source: RawEntry = { file: 'sources/000_d58ff43d179b9ab9.yaml', id: '000_d58ff43d179b9ab9', data: { name: '报纸', kind: 'newspaper', contents: '内容', condition: '状况' } };
const content = (over: Partial<RawContent> = {}): RawContent => ({
  articles: [article('a')], milestones: [milestone('m')], parks: [park('zhangjiang')], sources: [source], ...over,
});
const fields = (c: RawContent) => validateContent(c).map((i) => `${i.file}: ${i.field}`);

describe('validateContent', () => {
  it('accepts consistent content', () => {
    expect(validateContent(content())).toEqual([]);
  });
  it('names file and field of an unknown park', () => {
    expect(fields(content({ articles: [article('a', ['nowhere'])] }))).toEqual(['articles/a.mdx: parks.0']);
  });
  it('names an unknown article reference in a milestone', () => {
    expect(fields(content({ milestones: [milestone('m', { articles: ['ghost'] })] }))).toEqual(['milestones/m.mdx: articles.0']);
  });
  it('rejects a milestone outside 2011–2020', () => {
    const issues = validateContent(content({ milestones: [milestone('m', { date: '2009-05' })] }));
    expect(issues).toMatchObject([{ file: 'milestones/m.mdx', field: 'date' }]);
    expect(issues[0].message).toContain('2011–2020');
  });
  it('rejects duplicate ids', () => {
    const twin = { ...milestone('m'), file: 'milestones/m.md' };
    expect(fields(content({ milestones: [milestone('m'), twin] }))).toContain('milestones/m.md: id');
  });
  it('rejects a milestone whose id differs from its file name', () => {
    expect(fields(content({ milestones: [{ ...milestone('m'), data: { ...(milestone('x').data as object) } }] }))).toContain('milestones/m.mdx: id');
  });
  it('names a missing required field and an unknown category', () => {
    const { title: _, ...noTitle } = article('a').data as Record<string, unknown>;
    expect(fields(content({ articles: [{ ...article('a'), data: noTitle }] }))).toEqual(['articles/a.mdx: title']);
    expect(fields(content({ milestones: [milestone('m', { category: 'sport' })] }))).toEqual(['milestones/m.mdx: category']);
  });
  it('runs the park checks: a verified value needs a source other than a repost', () => {
    const reposted = { ...(park('zhangjiang').data as object), sources: [{ title: '转载', kind: 'repost', url: 'https://example.com/a', supports: ['member', 'joined', 'area'] }] };
    expect(fields(content({ parks: [{ ...park('zhangjiang'), data: reposted }] }))).toEqual([
      'parks/zhangjiang.yaml: member.status', 'parks/zhangjiang.yaml: joined.status', 'parks/zhangjiang.yaml: area.status',
    ]);
  });
  it('names nested fields and unknown keys', () => {
    expect(fields(content({ parks: [{ ...park('zhangjiang'), data: { ...(park('zhangjiang').data as object), location: { lon: 1, lat: 31.2, datum: 'GCJ-02', basis: 'x' } } }] }))).toEqual(['parks/zhangjiang.yaml: location.lon']);
    expect(fields(content({ articles: [{ ...article('a'), data: { ...(article('a').data as object), tittle: 'x' } }] }))).toEqual(['articles/a.mdx: (frontmatter)']);
  });
  it('reports a file whose YAML could not be read', () => {
    expect(fields(content({ articles: [{ file: 'articles/a.mdx', id: 'a', data: undefined, parseError: 'YAML 语法错误' }] }))).toContain('articles/a.mdx: (frontmatter)');
  });
  it('rejects an unknown source document', () => {
    expect(fields(content({ sources: [] }))).toEqual(expect.arrayContaining(['articles/a.mdx: source.seed', 'milestones/m.mdx: sources.0.seed', 'parks/zhangjiang.yaml: sources.0.seed']));
  });
  it('points at the line of a straight quote touching Chinese text, and leaves JSX attributes alone', () => {
    const withBody = (body: string): RawEntry => ({ ...article('a'), body, bodyLine: 12 });
    expect(validateContent(content({ articles: [withBody('第一段。\n\n他说"张江"很重要。\n')] }))).toEqual([
      { file: 'articles/a.mdx', field: '正文', message: expect.stringContaining('第 14 行') },
    ]);
    expect(validateContent(content({ articles: [withBody('他说“张江”很重要。\n<Figure caption="张江" />\n')] }))).toEqual([]);
  });
});
