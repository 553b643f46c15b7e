import { describe, it, expect } from 'vitest';
import { excerpt, matchRanges, readableText } from '../../src/lib/search/excerpt.ts';
import { separateHan } from '../../src/lib/search/separate-han.ts';
import { hanCollector } from '../../src/lib/search/han.ts';
import { shortSourceName } from '../../src/lib/search/source-name.ts';
import { resultView } from '../../src/lib/search/result-view.ts';

const shown = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('separateHan', () => {
  it('puts a word break between adjacent Han characters in text, never inside tags or attributes', () => {
    const html = '<h1 data-pagefind-meta="title" title="张江">张江示范区 G60 走廊</h1><!-- 注释 -->';
    expect(separateHan(html)).toBe('<h1 data-pagefind-meta="title" title="张江">张\u200B江\u200B示\u200B范\u200B区 G60 走\u200B廊</h1><!-- 注释 -->');
  });

  it('also separates Han characters that a tag stands between, but not across text in between', () => {
    expect(separateHan('<p>的<a href="x">张江</a>科学</p>')).toBe('<p>的<a href="x">\u200B张\u200B江</a>\u200B科\u200B学</p>');
    expect(separateHan('<dd>上</dd>\n<dt>所在</dt>')).toBe('<dd>上</dd>\n<dt>所\u200B在</dt>');
  });

  it('leaves text without two Han characters in a row unchanged', () => {
    expect(separateHan('<p>KX-6000，3.0 吉 赫</p>')).toBe('<p>KX-6000，3.0 吉 赫</p>');
  });
});

describe('excerpt', () => {
  const text = '一段很长的开头文字，与查询无关。'.repeat(6) + '张江示范区的集成电路产业规模约1800亿元，集成电路设计也在张江。' + '结尾的文字。'.repeat(10);

  it('shows the densest stretch of matches, starting at a sentence, with every match marked', () => {
    const out = shown(excerpt(text, ['集成电路'], 60));
    expect(out.startsWith('…张江示范区的[集成电路]产业')).toBe(true);
    expect(out.match(/\[集成电路\]/g)).toHaveLength(2);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never cuts a match in two', () => {
    for (let length = 20; length < 80; length++) {
      for (const s of excerpt(text, ['集成电路'], length)) if (s.mark) expect(s.text).toBe('集成电路');
    }
  });

  it('ignores ASCII case and treats the query as text, not a pattern', () => {
    expect(matchRanges('兆芯KX-6000与kx-6000', ['Kx-6000'])).toEqual([[2, 9], [10, 17]]);
    expect(matchRanges('a.*b 与 a.*b', ['.*'])).toEqual([[1, 3], [8, 10]]);
    expect(matchRanges('<script>', ['<script>'])).toEqual([[0, 8]]);
  });

  it('shows a text that fits whole, even when the match is at its end', () => {
    expect(shown(excerpt('习近平总书记视察张江科学城展示厅', ['张江科学城'], 30))).toBe('习近平总书记视察[张江科学城]展示厅');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(shown(excerpt('短文本。', ['无关'], 60))).toBe('短文本。');
  });

  it('turns Pagefind’s block ends after Chinese text into full stops', () => {
    expect(readableText('转化\u200B医学. 2020\u200B年')).toBe('转化医学。2020年');
  });
});

describe('resultView', () => {
  it('marks the title and an excerpt of the text after it, and lists the type and date', () => {
    const page = {
      url: '/articles/ic/',
      content: '张\u200B江\u200B集\u200B成\u200B电\u200B路. 张江的集成电路产业在2020年规模约1800亿元。',
      meta: { title: '张\u200B江\u200B集\u200B成\u200B电\u200B路', date: '2021 年 4 月' },
      filters: { type: ['文章'] },
    };
    const view = resultView(page, ['集成电路']);
    expect(view.url).toBe('/articles/ic/');
    expect(shown(view.title)).toBe('张江[集成电路]');
    expect(shown(view.excerpt)).toBe('张江的[集成电路]产业在2020年规模约1800亿元。');
    expect(view.facts).toEqual(['文章', '2021 年 4 月']);
  });

  it('falls back to the address for a page without a title, and leaves out facts it lacks', () => {
    const view = resultView({ url: '/parks/x/', content: '正文', meta: {}, filters: {} }, []);
    expect(shown(view.title)).toBe('/parks/x/');
    expect(view.facts).toEqual([]);
  });
});

describe('shortSourceName', () => {
  it('drops a trailing note in brackets but keeps brackets inside the name', () => {
    expect(shortSourceName('《科技日报》2021年4月园区版（OCR 文本）')).toBe('《科技日报》2021年4月园区版');
    expect(shortSourceName('上海某日报（推定为《文汇报》）2022年初产业链专版')).toBe('上海某日报（推定为《文汇报》）2022年初产业链专版');
  });
});

describe('hanCollector', () => {
  it('gathers each Han character of many texts once, as the Unicode script says, astral ones too', () => {
    const texts = ['张江<b>科学城</b> 2020年，〇々⺀𠀀𠀁 ABC 😀', '张江高科 科学', '\uD840 lone surrogate, then 城'];
    const collector = hanCollector();
    for (const t of texts) collector.add(t);
    const expected = [...new Set(texts.join('').match(/\p{Script=Han}/gu))];
    expect(collector.characters()).toEqual(expected);
    expect(collector.characters()).toContain('𠀀');
    expect(collector.characters()).not.toContain('😀');
  });
});
