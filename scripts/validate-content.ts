// Checks content/ against the schemas and cross-references: `npm run validate`, and the first step of every build.
import { readContent } from './read-content.ts';
import { validateContent, formatIssues } from '../src/lib/validate-content.ts';
import { parkLocationIssues } from '../src/lib/map/park-location-issues.ts';
import { districtFeatures } from '../src/lib/map/districts.ts';
import { shanghai } from '../src/data/shanghai.ts';

/** The content folder: ZJ_CONTENT_DIR (used by the bad-fixture tests) or ./content. */
export const contentDir = () => process.env.ZJ_CONTENT_DIR ?? 'content';

/** Throws an error listing every problem, each with its file and field. */
export function assertValidContent(dir = contentDir()): void {
  const content = readContent(dir);
  const issues = [...validateContent(content), ...parkLocationIssues(content.parks, districtFeatures(shanghai))];
  if (issues.length) throw new Error(`内容校验失败（${issues.length} 处）：\n${formatIssues(issues)}`);
}

if (import.meta.main) {
  try {
    assertValidContent();
    console.log('内容校验通过');
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
