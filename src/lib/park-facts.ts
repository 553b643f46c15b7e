import type { FactStatus, ParkData, ParkFactKey, SourceKind } from '../schemas/park.ts';

/** The label shown beside a value: 已核实, 推断 or 不详. */
export const statusLabels: Record<FactStatus, string> = { verified: '已核实', inferred: '推断', unknown: '不详' };

/** The label of a source's kind in the 资料说明 block. */
export const sourceKindLabels: Record<SourceKind, string> = { official: '官方', media: '主流媒体', repost: '转载', seed: '本站来源文件' };

/** What each fact is called on the page. */
export const factLabels: Record<ParkFactKey, string> = { member: '归属', joined: '纳入', area: '面积', profile: '产业与机构' };

/** One line of the 资料说明 block: a fact, its status and what a reader should know about it. */
export interface FactNote {
  key: ParkFactKey;
  label: string;
  status: FactStatus;
  text: string;
}

/** The reasons and remarks on a park's membership, joining and area, for those that have any. */
export function factNotes(park: ParkData): FactNote[] {
  return (['member', 'joined', 'area'] as const).flatMap((key) => {
    const { status, reason, note } = park[key];
    const text = [reason, note].filter(Boolean).join('');
    return text ? [{ key, label: factLabels[key], status, text }] : [];
  });
}

/** When the park joined, in words, without its status. */
export function joinedValue(joined: ParkData['joined']): string {
  if (joined.year === null) return '纳入年份不详';
  return joined.before2011 ? `2011年前已在高新区内，${joined.year}年起属示范区` : `${joined.year}年调整纳入`;
}

/** The area in words, without its status. */
export function areaValue(area: ParkData['area']): string {
  return area.km2 === null ? '来源未载面积' : `约 ${area.km2} 平方公里`;
}

/** A value with its status in brackets unless verified, for lists and tooltips; an unknown value already says so. */
function withStatus(value: string, status: FactStatus): string {
  return status === 'inferred' ? `${value}（${statusLabels.inferred}）` : value;
}

/** When the park joined, in words, marked when inferred. */
export function joinedText(joined: ParkData['joined']): string {
  return withStatus(joinedValue(joined), joined.status);
}

/** The area in words, marked when inferred. */
export function areaText(area: ParkData['area']): string {
  return withStatus(areaValue(area), area.status);
}
