import { describe, it, expect } from 'vitest';
import { countCharacters, readingTime, readingTimeLabel } from '../../src/lib/reading-time.ts';

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
