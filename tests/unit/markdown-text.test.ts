import { describe, it, expect } from 'vitest';
import { htmlText, markdownParagraph, markdownSummary, markdownText } from '../../src/lib/markdown-text.ts';

describe('markdownText', () => {
  it('drops marks, tags and link targets but keeps the words', () => {
    const md = '## 小标题\n\n这是**重点**，见[报道](https://x.org)。\n\n- 一项\n<Aside>注</Aside>';
    expect(markdownText(md)).toBe('小标题\n这是重点，见报道。\n一项\n注');
  });
  it('reads the same words from the rendered HTML, without heading ids or other attributes', () => {
    const html = '<h2 id="小标题">小标题</h2>\n<p>这是<strong>重点</strong>，见<a href="https://x.org">报道</a>。&#x3C;注&#x3E; &amp;</p>';
    expect(htmlText(html)).toBe('小标题\n这是重点，见报道。<注> &');
  });
  it('summarises the first paragraph, cut with an ellipsis', () => {
    expect(markdownSummary('\n第一段很长很长。\n\n第二段。', 5)).toBe('第一段很…');
  });
});

describe('markdownParagraph', () => {
  it('drops Markdown and joins lines the Chinese way', () => {
    expect(markdownParagraph('**2011年1月**，国务院同意\n创建示范区。\n\n见[宣传册](/articles/x/)。')).toBe('2011年1月，国务院同意创建示范区。见宣传册。');
    expect(markdownParagraph('KX-6000\nchips')).toBe('KX-6000 chips');
  });
  it('reads the same words as markdownText, one line instead of several', () => {
    const md = '---\ntitle: x\n---\n## 五项重点\n\n1. 建设**张江**国家科学中心；\n2. 推动<Ref id="a" />长三角协同。\n> 引文';
    expect(markdownParagraph(md)).toBe(markdownText(md).split('\n').join(''));
    expect(markdownParagraph(md)).toBe('五项重点建设张江国家科学中心；推动长三角协同。引文');
  });
});
