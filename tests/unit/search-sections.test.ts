import { describe, it, expect } from 'vitest';
import { matchingSections, splitAtHeadings } from '../../src/lib/search/sections.ts';
import { resultView } from '../../src/lib/search/result-view.ts';
import { separateHan } from '../../src/lib/search/separate-han.ts';
import type { PagefindAnchor, PagefindFragment } from '../../src/lib/search/pagefind-types.ts';

const shown = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

/** A fragment as our index writes it: blocks ended by a space (after ". " unless punctuated), Han characters apart, headings as anchors at their first word. */
function fragment(blocks: (string | { h2: string; id: string })[]): PagefindFragment {
  let content = '';
  const anchors: PagefindAnchor[] = [];
  for (const block of blocks) {
    const text = typeof block === 'string' ? block : block.h2;
    if (typeof block !== 'string') anchors.push({ element: 'h2', id: block.id, text: separateHan(text), location: content.split('\u200B').length - 1 });
    content += `${separateHan(text)}${/\p{P}$/u.test(text) ? '' : '.'} \u200B`;
  }
  return { url: '/articles/a/', content, meta: { title: '标题' }, filters: { type: ['文章'] }, anchors };
}

const page = fragment([
  '标题',
  '开头一段，讲中微公司。',
  { h2: '从中微公司说起', id: 'zhongwei' },
  '中微公司在刻蚀设备上闯出新路，中微的设备已在海内外使用。',
  { h2: '大科学设施', id: 'facilities' },
  '上海光源与蛋白质设施。',
  { h2: '两大产业', id: 'industries' },
  '集成电路与生物医药，中微也在其中。',
  { h2: '中微的下一步', id: 'next' },
  '继续研发。',
]);

describe('splitAtHeadings', () => {
  it('cuts the indexed text at each heading, the heading apart from its text', () => {
    const { lede, sections } = splitAtHeadings(page);
    expect(lede).toBe('标题。开头一段，讲中微公司。');
    expect(sections.map((s) => s.anchor)).toEqual(['zhongwei', 'facilities', 'industries', 'next']);
    expect(sections[1]).toEqual({ anchor: 'facilities', heading: '大科学设施', text: '上海光源与蛋白质设施。' });
  });

  it('reads the word breaks from raw_content, where Pagefind’s browser script keeps them', () => {
    const inBrowser = { ...page, content: page.content.replaceAll('\u200B', ''), raw_content: page.content };
    expect(splitAtHeadings(inBrowser)).toEqual(splitAtHeadings(page));
  });

  it('gives one lede and no sections for a page without headings', () => {
    expect(splitAtHeadings({ ...page, anchors: [] }).sections).toEqual([]);
  });
});

describe('matchingSections', () => {
  it('lists at most three sections that match, the best ones, in page order, each with its own excerpt', () => {
    const { sections } = splitAtHeadings(page);
    const found = matchingSections(sections, ['中微']);
    expect(found.map((s) => s.anchor)).toEqual(['zhongwei', 'industries', 'next']);
    expect(shown(found[0].heading)).toBe('从[中微]公司说起');
    expect(shown(found[1].excerpt)).toBe('集成电路与生物医药，[中微]也在其中。');
    expect(matchingSections(sections, ['光源']).map((s) => s.anchor)).toEqual(['facilities']);
    expect(matchingSections(sections, ['熊猫'])).toEqual([]);
  });
});

describe('resultView with sections', () => {
  it('lists the matching sections and quotes the text before the first heading, so that nothing shows twice', () => {
    const view = resultView(page, ['中微']);
    expect(view.sections).toHaveLength(3);
    expect(shown(view.excerpt)).toBe('开头一段，讲[中微]公司。');
  });

  it('opens with the page’s first words, unmarked, when only its sections match', () => {
    const view = resultView(page, ['光源']);
    expect(shown(view.excerpt)).toBe('开头一段，讲中微公司。');
    expect(shown(view.sections[0].excerpt)).toBe('上海[光源]与蛋白质设施。');
  });

  it('shows a park’s district and a milestone’s date beside its type', () => {
    const park = { url: '/parks/x/', content: '临港', meta: { title: '临港园', district: '浦东新区', date: '2012年纳入' }, filters: { type: ['园区'] } };
    expect(resultView(park, []).facts).toEqual(['园区', '浦东新区', '2012年纳入']);
  });
});
