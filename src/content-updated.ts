import { execFileSync } from 'node:child_process';
import { parseGitLog, updatedOn } from './lib/citation-dates.ts';

let committed: Map<string, string> | undefined;

function readGit(): Map<string, string> {
  try {
    return parseGitLog(execFileSync('git', ['log', '--format=%cs', '--name-only', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    // Not a git checkout (e.g. an exported tarball): every page counts as updated on the day of the build.
    return new Map();
  }
}

/** The date (YYYY-MM-DD) a content file last changed: its last commit, or the build day if it has none yet. One `git log` per build. */
export function contentUpdated(filePath: string | undefined, today = new Date().toISOString().slice(0, 10)): string {
  committed ??= readGit();
  return updatedOn(committed, filePath, today);
}
