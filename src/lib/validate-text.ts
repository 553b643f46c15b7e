// Checks on what readers read: no notes about how a source was received, and internal links that lead to pages
// that exist. Both name the file and the line (frontmatter fields by name).
import { findProcessNotes } from './process-notes.ts';
import { linkTarget, relativeLinks, resolveLink } from './content-links.ts';
import type { ContentIssue, RawContent, RawEntry } from './content/raw-content.ts';

type Fields = (data: Record<string, unknown>) => Record<string, unknown>;

// The reader text of each kind of entry, besides its body. Sources' `condition` (文本状况) is where process notes go,
// and milestone `passage`s locate a fact in its source: neither is checked.
const readerFields: Record<'articles' | 'milestones' | 'parks' | 'history', Fields> = {
  articles: (d) => ({ title: d.title, summary: d.summary }),
  milestones: (d) => ({ title: d.title }),
  history: (d) => ({ title: d.title, summary: d.summary }),
  // A park's facts each show their note and, when inferred, the reason; its sources' notes show under 资料说明.
  parks: (d) => {
    const fields: Record<string, unknown> = { name: d.name, description: d.description };
    for (const fact of ['member', 'joined', 'area']) {
      const value = (d[fact] ?? {}) as { note?: unknown; reason?: unknown };
      fields[`${fact}.note`] = value.note;
      fields[`${fact}.reason`] = value.reason;
    }
    if (Array.isArray(d.sources)) d.sources.forEach((s: { note?: unknown }, i) => (fields[`sources.${i}.note`] = s?.note));
    return fields;
  },
};

function checkProcessNotes(kind: keyof typeof readerFields, entries: RawEntry[], issues: ContentIssue[]) {
  for (const { file, data, body, bodyLine = 1 } of entries) {
    if (data && typeof data === 'object')
      for (const [field, value] of Object.entries(readerFields[kind](data as Record<string, unknown>)))
        if (typeof value === 'string')
          for (const note of findProcessNotes(value)) issues.push({ file, field, message: `读者文字里有关于原文处理的说明“${note.match}”：${note.hint}` });
    for (const note of findProcessNotes(body ?? ''))
      issues.push({ file, field: '正文', message: `第 ${bodyLine + note.line - 1} 行有关于原文处理的说明“${note.match}”：${note.hint}` });
  }
}

/** The ids a link may name, by kind of page. */
export interface KnownIds {
  article: Set<string>;
  milestone: Set<string>;
  park: Set<string>;
  figure: Set<string>;
  source: Set<string>;
}

function checkLinks(entries: RawEntry[], pagePath: (id: string) => string, known: KnownIds, issues: ContentIssue[]) {
  for (const { file, id, body, bodyLine = 1 } of entries) {
    const lines = (body ?? '').split('\n');
    lines.forEach((text, i) => {
      if (/\]\(\/(?!\/)/.test(text)) issues.push({ file, field: '正文', message: `第 ${bodyLine + i} 行的链接以 / 开头：请写相对链接（如 ../milestones/<id>/），站点放在子路径下也能用` });
    });
    for (const { line, url } of relativeLinks(body ?? '')) {
      const at = `第 ${bodyLine + line - 1} 行的链接 ${url}`;
      const path = resolveLink(pagePath(id), url);
      const target = path === null ? null : linkTarget(path);
      if (!target) issues.push({ file, field: '正文', message: `${at} 不指向本站的页面` });
      else if (target.kind !== 'page' && !known[target.kind].has(target.id)) issues.push({ file, field: '正文', message: `${at} 指向不存在的${kindNames[target.kind]}「${target.id}」` });
    }
  }
}

const kindNames = { article: '文章', milestone: '大事记', park: '园区', figure: '数据图', source: '来源' } as const;

/** Process notes in reader text, and relative links in article and history bodies that lead nowhere. */
export function validateReaderText(content: RawContent, issues: ContentIssue[]): void {
  checkProcessNotes('articles', content.articles, issues);
  checkProcessNotes('milestones', content.milestones, issues);
  checkProcessNotes('parks', content.parks, issues);
  checkProcessNotes('history', content.history ?? [], issues);
  const known: KnownIds = {
    article: new Set(content.articles.map((e) => e.id)),
    milestone: new Set(content.milestones.map((e) => e.id)),
    park: new Set(content.parks.map((e) => e.id)),
    figure: new Set((content.figures ?? []).map((e) => e.id)),
    source: new Set(content.sources.map((e) => `source-${e.id.slice(0, 3)}`)),
  };
  checkLinks(content.articles, (id) => `articles/${id}/`, known, issues);
  checkLinks(content.milestones, (id) => `milestones/${id}/`, known, issues);
  checkLinks(content.history ?? [], () => 'history/', known, issues);
}
