import { describe, it, expect } from 'vitest';
import { formatFigure, formatNumber } from '../../src/lib/format-figure.ts';

describe('formatFigure', () => {
  it('writes round large numbers in 万, other numbers as they are', () => {
    expect(formatNumber(100000)).toBe('10万');
    expect(formatNumber(15000)).toBe('1.5万');
    expect(formatNumber(2380000)).toBe('238万');
    expect(formatNumber(12887)).toBe('12887');
    expect(formatNumber(994.45)).toBe('994.45');
  });
  it('puts the source’s qualifier in front and the unit after', () => {
    expect(formatFigure({ value: 62000, unit: '亿元', bound: 'over' })).toBe('超过6.2万亿元');
    expect(formatFigure({ value: 100000, unit: '家', bound: 'nearly' })).toBe('近10万家');
    expect(formatFigure({ value: 1800, unit: '亿元', bound: 'about' })).toBe('约1800亿元');
    expect(formatFigure({ value: 87, unit: '%' })).toBe('87%');
  });
  it('prints a ratio the way the source states it', () => {
    expect(formatFigure({ value: 14.3, unit: '%', shown: '1/7' })).toBe('1/7');
  });
});
