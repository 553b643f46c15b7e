import type { ArticleData } from '../../schemas/article.ts';
import { routes } from '../paths.ts';

/** A page of this site that carries a citation block, with what its citation files are made from. */
export interface CitedPage {
  /** Site path, e.g. articles/x/. */
  path: string;
  /** Citation key of the page. */
  key: string;
  title: string;
  /** YYYY-MM-DD its content last changed. */
  updated: string;
  /** The document an article is written from, and its citation key. */
  source?: { key: string; data: ArticleData['source'] };
}

type Entry<D> = { id: string; filePath?: string; data: D };

/** Citation key of the document an article is written from. */
export const sourceKey = (articleId: string) => `zjsn-source-${articleId}`;

/** The latest of some YYYY-MM-DD dates. */
export const latestDay = (days: string[]) => days.reduce((a, b) => (b > a ? b : a), '');

/** Title of the 数说张江 page, as it is cited. */
export const FIGURES_TITLE = '数说张江';

/** Every cited page: the decade's history, articles, milestones, parks and the figures page. `updated` gives a content file's last change. */
export function citedPages(
  content: {
    articles: Entry<{ title: string; source: ArticleData['source'] }>[];
    milestones: Entry<{ title: string }>[];
    parks: Entry<{ name: string }>[];
    figures: Entry<unknown>[];
    histories?: Entry<{ title: string }>[];
  },
  updated: (filePath?: string) => string,
): CitedPage[] {
  return [
    // Only the decade's history has a page (see src/pages/history/[...slug].astro).
    ...(content.histories ?? []).filter((h) => h.id === 'zhangjiang-decade').map((h) => ({ path: routes.history(), key: 'zjsn-history', title: h.data.title, updated: updated(h.filePath) })),
    ...content.articles.map((a) => ({
      path: routes.article(a.id),
      key: `zjsn-article-${a.id}`,
      title: a.data.title,
      updated: updated(a.filePath),
      source: { key: sourceKey(a.id), data: a.data.source },
    })),
    ...content.milestones.map((m) => ({ path: routes.milestone(m.id), key: `zjsn-milestone-${m.id}`, title: m.data.title, updated: updated(m.filePath) })),
    ...content.parks.map((p) => ({ path: routes.park(p.id), key: `zjsn-park-${p.id}`, title: p.data.name, updated: updated(p.filePath) })),
    { path: routes.figures(), key: 'zjsn-figures', title: FIGURES_TITLE, updated: latestDay(content.figures.map((f) => updated(f.filePath))) },
  ];
}
