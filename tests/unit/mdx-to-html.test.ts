import { describe, it, expect } from 'vitest';
import { mdxToHtml } from '../../src/lib/mdx-to-html.ts';
import { remarkPlugins } from '../../src/lib/remark-plugins.ts';

const render = (source: string) => mdxToHtml(source, 'content/articles/sample.mdx', remarkPlugins);

describe('MDX to HTML in the content layer', () => {
  it('renders Markdown with heading ids and returns the heading list', () => {
    const result = render('## 十年回望\n\n正文**重点**。\n\n### 2016年\n');
    expect(result).toEqual({
      html: '<h2 id="十年回望">十年回望</h2>\n<p>正文<strong>重点</strong>。</p>\n<h3 id="2016年">2016年</h3>',
      headings: [
        { depth: 2, slug: '十年回望', text: '十年回望' },
        { depth: 3, slug: '2016年', text: '2016年' },
      ],
    });
  });
  it('applies the site remark plugins: emphasis closes before CJK punctuation', () => {
    expect(render('这是**“张江”**的故事。')).toMatchObject({ html: '<p>这是<strong>“张江”</strong>的故事。</p>' });
  });
  it('renders GFM tables', () => {
    expect(render('| 年 | 园区 |\n| --- | --- |\n| 2011 | 8 |')).toMatchObject({ html: expect.stringContaining('<td>2011</td>') });
  });
  it('keeps HTML written as JSX, with its attributes, and Markdown inside it', () => {
    expect(render('<aside class="note" data-year="2014">\n**注**\n</aside>')).toMatchObject({
      html: '<aside class="note" data-year="2014"><p><strong>注</strong></p></aside>',
    });
  });
  it('drops {/* comments */} and writes literal expressions as text, escaped', () => {
    expect(render("甲{/* 备注 */}乙 {'<b>'} {2020}")).toMatchObject({ html: '<p>甲乙 &#x3C;b> 2020</p>' });
  });
  it('leaves what needs a module to @astrojs/mdx, saying why and where', () => {
    expect(render('import Chart from "./chart.astro"\n\n正文')).toEqual({ needsModule: '第 1 行有 import/export' });
    expect(render('正文\n\n<Chart year={2016} />')).toEqual({ needsModule: '第 3 行用了组件 <Chart>' });
    expect(render('共 {3 * 7} 个')).toEqual({ needsModule: '第 1 行有表达式 {3 * 7}' });
    expect(render('<div id={name}>x</div>')).toEqual({ needsModule: '第 1 行的 <div> 有表达式属性' });
    expect(render('![图](./map.png)')).toEqual({ needsModule: '第 1 行引用本地图片 ./map.png' });
  });
  it('throws MDX syntax errors with their line', () => {
    expect(() => render('第一行\n\n一个 <span>没有闭合。')).toThrow(expect.objectContaining({ line: 3, reason: expect.stringContaining('<span>') }));
  });
});
