import type { ParkData } from '../schemas/park.ts';

/** When the park joined, in words, saying so when unconfirmed. */
export function joinedText(joined: ParkData['joined']): string {
  if (joined.year === null) return '纳入年份不详';
  const base = joined.before2011 ? `2011年前已在高新区内，${joined.year}年起属示范区` : `${joined.year}年调整纳入`;
  return joined.confirmed ? base : `${base}（待核实）`;
}

/** The area in words, or why there is none. */
export function areaText(area: ParkData['area']): string {
  if (area.km2 === null) return '来源未载';
  return `约 ${area.km2} 平方公里${area.confirmed ? '' : '（待核实）'}`;
}
