import { describe, expect, it } from 'vitest';
import { asciiMetrics, cjkMetrics, textWidth, truncate } from '../../src/lib/text-width.ts';

describe('textWidth: an upper bound without a DOM', () => {
  it('counts a CJK character as one em, Latin narrower, plus the CJK–Latin spacing', () => {
    expect(textWidth('张江示范区', 12)).toBe(60);
    expect(textWidth('2020', 10)).toBeLessThan(textWidth('二〇二〇', 10));
    expect(textWidth('张江5G', 10)).toBeGreaterThan(20 + textWidth('5G', 10));
  });
  it('takes the charts\' and the map\'s rougher metrics as a parameter', () => {
    expect(textWidth('张江5G', 10, asciiMetrics)).toBe(32);
    expect(textWidth('张江·5G', 10, cjkMetrics)).toBeCloseTo(20 + 3 * 5.8);
    expect(textWidth('张江5G', 10, asciiMetrics)).not.toBe(textWidth('张江5G', 10));
  });
  it('shortens long titles with an ellipsis', () => {
    expect(truncate('上海推荐14个设施申报“十四五”国家重大科技基础设施', 10)).toBe('上海推荐14个设施…');
    expect(truncate('短标题', 10)).toBe('短标题');
  });
});
