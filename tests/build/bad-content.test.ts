import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertValidContent } from '../../src/lib/content/assert-valid-content.ts';

// Each case copies the small valid fixture, lays one bad file over it and runs the real `astro build`.
function build(overlay: string) {
  const dir = mkdtempSync(join(tmpdir(), 'zj-content-'));
  try {
    cpSync('tests/fixtures/content', dir, { recursive: true });
    cpSync(join('tests/fixtures/bad', overlay), dir, { recursive: true });
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dir, 'dist')], {
      env: { ...process.env, ZJ_CONTENT_DIR: dir, ZJ_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the build rejects bad content and names the file and field', () => {
  // So that each bad case fails for its one bad file. (A full build of the fixture is not run: it would
  // share Astro's content cache in .astro/ with the real build.)
  it('accepts the valid fixture', () => {
    expect(() => assertValidContent('tests/fixtures/content')).not.toThrow();
  });
  it.each([
    ['unknown-park', 'articles/sample.mdx: parks.0: 未知的园区 id「atlantis」'],
    ['unknown-article', 'milestones/2016-sample.mdx: articles.0: 未知的文章 id「no-such-article」'],
    ['out-of-range', 'milestones/2016-sample.mdx: date: 日期 2009-06 不在 2011–2020 年之内'],
    ['duplicate-id', /milestones\/2016-sample\.mdx: id: 重复的 id「2016-sample」，已在 \S*milestones\/2016-sample\.md 中使用/],
    ['missing-field', 'articles/sample.mdx: title:'],
    ['malformed-yaml', 'articles/sample.mdx: (frontmatter): YAML 语法错误'],
    ['unknown-figure-article', 'figures/sample.yaml: points.0.source.article: 未知的文章 id「no-such-article」'],
    ['process-note', 'articles/sample.mdx: 正文: 第 20 行有关于原文处理的说明“扫描文本”'],
  ] as [string, string | RegExp][])('%s', (overlay, message) => {
    const { status, output } = build(overlay);
    expect(status).not.toBe(0);
    expect(output).toContain('内容校验失败');
    expect(output).toMatch(message);
  });
  it('mdx-syntax', () => {
    const { status, output } = build('mdx-syntax');
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles\/sample\.mdx:18:\d+：MDX 语法错误：.*<span>/);
  });
});
