import { readContent } from './read-content.ts';
import { validateContent, formatIssues } from '../validate-content.ts';
import { parkLocationIssues } from '../map/park-location-issues.ts';
import { districtFeatures } from '../map/districts.ts';
import { shanghai } from '../../data/shanghai.ts';

/** Throws an error listing every problem in a content folder, each with its file and field. */
export function assertValidContent(dir: string): void {
  const content = readContent(dir);
  const issues = [...validateContent(content), ...parkLocationIssues(content.parks, districtFeatures(shanghai))];
  if (issues.length) throw new Error(`内容校验失败（${issues.length} 处）：\n${formatIssues(issues)}`);
}
