import { describe, it, expect } from 'vitest';
import { countCharacters, readingTime, readingTimeLabel } from '../../src/lib/reading-time.ts';
import { htmlText, markdownSummary, markdownText } from '../../src/lib/markdown-text.ts';

describe('reading time', () => {
  it('counts Han characters one each, Latin and number runs one each, punctuation not at all', () => {
    expect(countCharacters('张江示范区，2020年销售1800亿元。')).toBe(10 + 2);
    expect(countCharacters('KX-6000处理器和5G芯片')).toBe(6 + 2);
  });
  it('needs at least a minute, then about 400 characters a minute', () => {
    expect(readingTime('短文')).toEqual({ characters: 2, minutes: 1 });
    expect(readingTime('字'.repeat(3000)).minutes).toBe(8);
  });
  it('says it in Chinese, rounding long texts to the hundred', () => {
    expect(readingTimeLabel({ characters: 3249, minutes: 8 })).toBe('全文约3200字，阅读约8分钟');
    expect(readingTimeLabel({ characters: 640, minutes: 2 })).toBe('全文约640字，阅读约2分钟');
  });
});

describe('markdown to text', () => {
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
