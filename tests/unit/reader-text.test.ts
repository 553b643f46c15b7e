import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProcessNotes } from '../../src/lib/process-notes.ts';
import { listShare } from '../../src/lib/list-share.ts';
import { linkTarget, relativeLinks, resolveLink } from '../../src/lib/content-links.ts';
import { validateReaderText } from '../../src/lib/validate-text.ts';
import type { ContentIssue, RawContent, RawEntry } from '../../src/lib/content/raw-content.ts';

describe('findProcessNotes', () => {
  it('finds remarks on OCR, layout, pictures and research, with their line', () => {
    const text = '张江在2011年获批。\n超限制造（扫描文本作“超限制制造”）。\n版面上这篇排在右栏。\n本站没有找到原文。';
    expect(findProcessNotes(text).map((n) => [n.line, n.match])).toEqual([
      [2, '扫描文本'],
      [3, '版面上'],
      [4, '本站没有找到'],
    ]);
  });
  it('leaves plain statements of fact alone, including “unknown” said briefly', () => {
    expect(findProcessNotes('来源未载面积。2020年4月，张江总部园开园。本文刊于同一版面，收录以供对照。')).toEqual([]);
  });
});

describe('listShare', () => {
  it('counts the Chinese characters of bulleted and numbered items, continuation lines included', () => {
    const md = '一二三四五六七八九十\n\n- 甲乙\n  丙丁\n1. 戊己\n\n庚辛';
    expect(listShare(md)).toBeCloseTo(6 / 18);
  });
  it('is 0 for prose and for text without Chinese', () => {
    expect(listShare('只有一段话。')).toBe(0);
    expect(listShare('- a\n- b')).toBe(0);
  });
});

// The site's articles read as prose: at most a quarter of an article's Chinese characters in list items.
describe('content/articles and content/history', () => {
  const bodies = ['articles', 'history'].flatMap((dir) =>
    readdirSync(join('content', dir))
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => [`content/${dir}/${n}`, readFileSync(join('content', dir, n), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')] as const),
  );
  it('holds the articles and the history', () => {
    expect(bodies.length).toBeGreaterThan(10);
    expect(bodies.map(([f]) => f)).toContain('content/history/zhangjiang-decade.mdx');
  });
  it.each(bodies)('%s has at most 25 %% of its text in lists', (_file, body) => {
    expect(listShare(body)).toBeLessThanOrEqual(0.25);
  });
});

describe('relative links in content', () => {
  it('resolve from the page they are on', () => {
    expect(resolveLink('history/', '../milestones/2011-a/')).toBe('milestones/2011-a/');
    expect(resolveLink('articles/x/', '../../figures/#zone-growth')).toBe('figures/#zone-growth');
    expect(resolveLink('history/', '../../../x/')).toBeNull();
  });
  it('name the page kind and id they need', () => {
    expect(linkTarget('milestones/2011-a/')).toEqual({ kind: 'milestone', id: '2011-a' });
    expect(linkTarget('sources/#source-001')).toEqual({ kind: 'source', id: 'source-001' });
    expect(linkTarget('timeline/')).toEqual({ kind: 'page', id: 'timeline/' });
    expect(linkTarget('nowhere/')).toBeNull();
  });
  it('are found with their line; external and in-page links are not', () => {
    expect(relativeLinks('a [x](../a/) [y](https://e.org/)\n[z](#fn-1) [w](../../b/)')).toEqual([
      { line: 1, url: '../a/' },
      { line: 2, url: '../../b/' },
    ]);
  });
});

describe('validateReaderText', () => {
  const entry = (file: string, id: string, data: object, body = ''): RawEntry => ({ file, id, data, body, bodyLine: 6 });
  const content = (over: Partial<RawContent>): RawContent => ({
    articles: [entry('articles/a.mdx', 'a', { title: '标题', summary: '摘要' })],
    milestones: [entry('milestones/2011-m.mdx', '2011-m', { title: '事件' })],
    parks: [entry('parks/p.yaml', 'p', { name: '某园', description: '位于某区。' })],
    sources: [entry('sources/001_x.yaml', '001_0d107b9138f95816', { condition: '扫描文本作“储外延”。' })],
    figures: [entry('figures/zone-growth.yaml', 'zone-growth', {})],
    ...over,
  });
  const run = (c: RawContent) => {
    const issues: ContentIssue[] = [];
    validateReaderText(c, issues);
    return issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
  };
  it('accepts facts, and process notes in a source’s 文本状况', () => {
    expect(run(content({}))).toEqual([]);
  });
  it('names file and line of a process note in a body, and the field in frontmatter', () => {
    const issues = run(
      content({
        history: [entry('history/h.mdx', 'h', { title: '长文', summary: '这段摘要里本站没有找到出处。' }, '第一段。\n\n超限制造（扫描文本作“超限制制造”）。')],
        parks: [entry('parks/p.yaml', 'p', { name: '某园', description: '宣传册配图有此园。' })],
      }),
    );
    expect(issues).toEqual([
      expect.stringMatching(/^parks\/p\.yaml: description: .*“配图”/),
      expect.stringMatching(/^history\/h\.mdx: summary: .*“本站没有找到”/),
      expect.stringMatching(/^history\/h\.mdx: 正文: 第 8 行.*“扫描文本”/),
    ]);
  });
  it('checks every park fact’s note and reason and its sources’ notes, which readers see under 资料说明', () => {
    const park = { name: '某园', description: '位于某区。', member: { status: 'inferred', reason: '最可能的是这一园。' }, sources: [{ title: 't', note: '本站没有找到原文。' }] };
    expect(run(content({ parks: [entry('parks/p.yaml', 'p', park)] }))).toEqual([
      expect.stringMatching(/^parks\/p\.yaml: member\.reason: .*“最可能的”/),
      expect.stringMatching(/^parks\/p\.yaml: sources\.0\.note: .*“本站没有找到”/),
    ]);
  });
  it('names a link to a page that does not exist, and a root-relative link', () => {
    const issues = run(
      content({ history: [entry('history/h.mdx', 'h', {}, '见[甲](../milestones/2011-m/)、[乙](../milestones/2012-x/)、[丙](../figures/#zone-growth)。\n[丁](/parks/p/)')] }),
    );
    expect(issues).toEqual([
      expect.stringMatching(/^history\/h\.mdx: 正文: 第 7 行的链接以 \/ 开头/),
      expect.stringMatching(/^history\/h\.mdx: 正文: 第 6 行的链接 \.\.\/milestones\/2012-x\/ 指向不存在的大事记「2012-x」/),
    ]);
  });
});

describe('citedTitle', () => {
  it('puts a Chinese title in 《》 once and leaves another language as printed', async () => {
    const { citedTitle } = await import('../../src/lib/document-title.ts');
    expect(citedTitle('李政道研究所在上海交大成立')).toBe('《李政道研究所在上海交大成立》');
    expect(citedTitle('《科创板开市》')).toBe('《科创板开市》');
    expect(citedTitle('World record claimed for laser')).toBe('World record claimed for laser');
  });
});
