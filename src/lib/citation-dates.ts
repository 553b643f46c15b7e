/** Reads `git log --format=%cs --name-only` output: each file's newest commit date (the first one listed). */
export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(line)) date = line;
    else if (line && date && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}

/** The date (YYYY-MM-DD) a content file last changed: its date in `committed`, or `today` if it has none yet. */
export function updatedOn(committed: Map<string, string>, filePath: string | undefined, today: string): string {
  return (filePath && committed.get(filePath.replace(/^\.\//, ''))) || today;
}
