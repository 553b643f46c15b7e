import type { figureBounds } from '../schemas/figure.ts';

/** The parts of a number that decide how it is written. */
export interface FigureValue {
  value: number;
  unit: string;
  bound?: (typeof figureBounds)[number];
  /** The source's own wording of a ratio, e.g. 1/7; replaces number and unit. */
  shown?: string;
}

const prefixes = { about: '约', over: '超过', nearly: '近' } as const;

/** A number in Chinese style: 10000 and up in 万 when that is exact to two decimals (15000 → 1.5万), otherwise as is. */
export function formatNumber(n: number): string {
  if (n >= 10000 && Number.isInteger(n) && n % 100 === 0) return `${+(n / 10000).toFixed(2)}万`;
  return String(+n.toFixed(2));
}

/** A figure as readers see it, e.g. 约1800亿元, 超过6.2万亿元, 近10万家, 87%, 1/7. */
export function formatFigure({ value, unit, bound, shown }: FigureValue): string {
  if (shown) return shown;
  return `${bound ? prefixes[bound] : ''}${formatNumber(value)}${unit}`;
}
