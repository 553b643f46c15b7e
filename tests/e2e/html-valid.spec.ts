import { test, expect } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Every built page validates against html-validate's recommended rules (see .htmlvalidate.json).
const dist = process.env.E2E_DIST ?? 'dist';
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'pagefind') return [];
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });

test('every built page is valid HTML with unique ids', async () => {
  test.setTimeout(180_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  const files = htmlFiles(dist);
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(files.length).toBeGreaterThan(90);
  expect(problems).toEqual([]);
});
