// Checks content/ against the schemas and cross-references: `npm run validate`. Every build runs the same check first
// (astro.config.mjs).
import { assertValidContent } from '../../src/lib/content/assert-valid-content.ts';
import { config } from '../../src/config.ts';

try {
  assertValidContent(config.contentDir);
  console.log('内容校验通过');
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
