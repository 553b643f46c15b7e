import { describe, it, expect } from 'vitest';
import { parseGitLog, updatedOn } from '../../src/lib/citation-dates.ts';

describe('parseGitLog', () => {
  it('keeps each file’s newest commit date (git log lists newest first)', () => {
    const log = ['2026-11-20', '', 'content/articles/a.mdx', 'content/parks/p.yaml', '2026-10-01', '', 'content/articles/a.mdx', 'content/milestones/m.mdx', ''].join('\n');
    expect(Object.fromEntries(parseGitLog(log))).toEqual({
      'content/articles/a.mdx': '2026-11-20',
      'content/parks/p.yaml': '2026-11-20',
      'content/milestones/m.mdx': '2026-10-01',
    });
  });
});

describe('updatedOn', () => {
  const committed = new Map([['content/articles/a.mdx', '2026-11-20']]);
  it('gives a committed file its commit date, with or without a leading ./', () => {
    expect(updatedOn(committed, './content/articles/a.mdx', '2026-12-06')).toBe('2026-11-20');
  });
  it('gives a file with no commit, or no file, the build day', () => {
    expect(updatedOn(committed, 'content/articles/new.mdx', '2026-12-06')).toBe('2026-12-06');
    expect(updatedOn(committed, undefined, '2026-12-06')).toBe('2026-12-06');
  });
});
