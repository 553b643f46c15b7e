import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
// js-yaml, as Astro's own loaders use: validation sees the same values (an unquoted date is a Date) and it is
// many times faster than `yaml` on thousands of files.
import { load } from 'js-yaml';
import type { RawContent, RawEntry } from './raw-content.ts';

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function readEntry(file: string, root: string): RawEntry {
  const text = readFileSync(file, 'utf8');
  const rel = relative(root, file);
  const id = basename(file, extname(file));
  let source = text;
  let body: Pick<RawEntry, 'body' | 'bodyLine'> = {};
  if (/\.mdx?$/.test(file)) {
    const match = frontmatter.exec(text);
    if (!match) return { file: rel, id, data: undefined, parseError: '缺少以 --- 包围的 frontmatter' };
    source = match[1];
    body = { body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
  }
  try {
    return { file: rel, id, data: load(source) ?? {}, ...body };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { file: rel, id, data: undefined, parseError: `YAML 语法错误：${message}` };
  }
}

function readFolder(dir: string, pattern: RegExp, root: string): RawEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => pattern.test(n)).sort().map((n) => readEntry(join(dir, n), root));
}

/** Reads every article, milestone, park, source and figure file under a content folder, for validation. */
export function readContent(contentDir: string, root = process.cwd()): RawContent {
  return {
    articles: readFolder(join(contentDir, 'articles'), /\.mdx?$/, root),
    milestones: readFolder(join(contentDir, 'milestones'), /\.mdx?$/, root),
    parks: readFolder(join(contentDir, 'parks'), /\.ya?ml$/, root),
    sources: readFolder(join(contentDir, 'sources'), /\.ya?ml$/, root),
    figures: readFolder(join(contentDir, 'figures'), /\.ya?ml$/, root),
    history: readFolder(join(contentDir, 'history'), /\.mdx?$/, root),
  };
}
