import { scaleLinear } from 'd3-scale';
import { asciiMetrics, textWidth } from './text-width.ts';

/** One point of a series: its year, value and the texts printed at it. */
export interface LineInput {
  year: number;
  value: number;
  /** The value as printed above the point. */
  text: string;
  /** The label under the point (usually the year). */
  label: string;
}

/** A laid-out point, in viewBox units. */
export interface LinePoint extends LineInput {
  x: number;
  y: number;
}

/** Sizes of a line chart, in viewBox units. */
export const lineChartSize = { width: 360, height: 170, fontSize: 13 } as const;

/** Lays out a series over years on a zero baseline, with room left and right for the labels centred on the first and last points. */
export function layoutLine(items: LineInput[], size = lineChartSize) {
  const { width, height, fontSize } = size;
  const sorted = [...items].sort((a, b) => a.year - b.year);
  const halfLabel = (d: LineInput) => Math.max(textWidth(d.text, fontSize + 2, asciiMetrics), textWidth(d.label, fontSize, asciiMetrics)) / 2;
  const left = halfLabel(sorted[0]) + 4;
  const right = halfLabel(sorted.at(-1)!) + 4;
  const top = fontSize * 2.2;
  const baseline = height - fontSize * 2;
  const x = scaleLinear().domain([sorted[0].year, sorted.at(-1)!.year]).range([left, width - right]);
  const y = scaleLinear()
    .domain([0, Math.max(...sorted.map((d) => d.value)) || 1])
    .range([baseline, top]);
  const points: LinePoint[] = sorted.map((d) => ({ ...d, x: round(x(d.year)), y: round(y(d.value)) }));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('');
  return { width, height, baseline, labelY: baseline + fontSize * 1.5, path, points };
}

const round = (n: number) => Math.round(n * 10) / 10;
