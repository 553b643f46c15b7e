import { scaleLinear } from 'd3-scale';
import { asciiMetrics, textWidth } from './text-width.ts';

/** One bar to draw: its label above, its value at the end. */
export interface BarInput {
  label: string;
  value: number;
  /** The value as printed, e.g. 约1800. */
  text: string;
}

/** A laid-out bar, in viewBox units. */
export interface Bar extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
  labelY: number;
  valueX: number;
  valueY: number;
}

/** Sizes of a bar chart, in viewBox units. */
export const barChartSize = { width: 360, fontSize: 13, barHeight: 14, gap: 12 } as const;

/** Lays out horizontal bars from zero, each with its label on the line above and its value just past its end; the scale leaves room for the longest value. */
export function layoutBars(items: BarInput[], size = barChartSize): { width: number; height: number; bars: Bar[] } {
  const { width, fontSize, barHeight, gap } = size;
  const valueRoom = Math.max(...items.map((d) => textWidth(d.text, fontSize, asciiMetrics))) + 6;
  const x = scaleLinear()
    .domain([0, Math.max(...items.map((d) => d.value)) || 1])
    .range([0, width - valueRoom]);
  const row = fontSize * 1.3 + 4 + barHeight + gap;
  const bars = items.map((d, i) => {
    const labelY = i * row + fontSize * 1.1;
    const y = labelY + fontSize * 0.3 + 4;
    const w = Math.max(x(d.value), d.value > 0 ? 1.5 : 0);
    return { ...d, x: 0, y: round(y), width: round(w), height: barHeight, labelY: round(labelY), valueX: round(w + 5), valueY: round(y + barHeight / 2 + fontSize * 0.36) };
  });
  return { width, height: round(items.length * row - gap + 2), bars };
}

const round = (n: number) => Math.round(n * 10) / 10;
