import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text-width.ts';
import { wrapText } from '../../src/lib/timeline/wrap-text.ts';

describe('wrapText', () => {
  const title = '生物医药产值约1100亿元，全国8个获批抗体药物5个出自张江';
  it('fits every line in the width and keeps numbers whole', () => {
    const lines = wrapText(title, 150, 15);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(150 + 15);
    expect(lines.some((l) => l.includes('1100'))).toBe(true);
  });
  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    for (let w = 60; w < 260; w += 7) {
      const lines = wrapText('“张江事，张江办结”：承接121项审批事项，《条例》施行', w, 14);
      for (const l of lines.slice(1)) expect(l, `width ${w}`).not.toMatch(/^[，。、：”》]/);
      for (const l of lines.slice(0, -1)) expect(l, `width ${w}`).not.toMatch(/[“《]$/);
    }
  });
});
