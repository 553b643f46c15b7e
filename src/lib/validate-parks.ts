import type { ParkData, ParkFactKey } from '../schemas/park.ts';
import type { ContentIssue } from './content/raw-content.ts';
import { factLabels as factNames } from './park-facts.ts';

/**
 * Checks one park's facts against its sources: a value and its status agree, an inferred value says why,
 * a verified value is attested by at least one source that is not a repost, and every source can be found.
 */
export function validatePark(file: string, park: ParkData): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ file, field, message });
  const attesting = (fact: ParkFactKey) => park.sources.filter((s) => s.supports.includes(fact));

  const valued = { joined: park.joined.year !== null, area: park.area.km2 !== null };
  for (const fact of ['joined', 'area'] as const) {
    const unknown = park[fact].status === 'unknown';
    if (valued[fact] === unknown)
      issue(`${fact}.status`, unknown ? `有数值时不能标为 unknown` : `没有数值时应标为 unknown`);
  }
  for (const fact of ['member', 'joined', 'area'] as const) {
    const { status, reason } = park[fact];
    if (status === 'inferred' && !reason) issue(`${fact}.reason`, `推断的${factNames[fact]}须写明理由（reason）`);
    if (status !== 'verified') continue;
    const cited = attesting(fact);
    if (!cited.some((s) => s.kind !== 'repost'))
      issue(`${fact}.status`, cited.length
        ? `${factNames[fact]}标为已核实，但支持它的来源都是转载：须有官方、主流媒体或源文件的来源（supports 含 ${fact}）`
        : `${factNames[fact]}标为已核实，但没有来源的 supports 含 ${fact}`);
  }
  if ((park.industries.length || park.anchors.length) && !attesting('profile').length)
    issue('industries', '列出了主导产业或机构，但没有来源的 supports 含 profile');
  park.sources.forEach((s, i) => {
    if (s.kind === 'seed' ? !s.seed : !s.url) issue(`sources.${i}`, s.kind === 'seed' ? 'seed 类来源须给出 seed 文件' : '网页来源须给出 url');
  });
  return issues;
}
