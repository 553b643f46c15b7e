import { maxQueryLength } from './query.ts';

/** What a search found, for the line above the results. */
export interface SummaryInput {
  /** The query as typed. */
  query: string;
  /** How many searchable terms it had. */
  terms: number;
  /** Pages found before filtering. */
  found: number;
  /** Pages left after the chosen filters. */
  shown: number;
  /** The pages only hold all of the query's characters, not the query itself. */
  partial: boolean;
  /** A Traditional query searched in Simplified. */
  converted?: { from: string; to: string };
}

/** The status line of the search page, in Chinese, e.g. “集成电路”：共 14 个页面，筛选后 6 个。 */
export function searchSummary({ query, terms, found, shown, partial, converted }: SummaryInput): string {
  // As typed (case kept), but cut like the search itself.
  const typed = [...query.replace(/\s+/gu, ' ').trim()].slice(0, maxQueryLength).join('');
  const what = converted?.to ?? typed;
  const filtered = shown < found ? `，筛选后 ${shown} 个` : '';
  const parts: string[] = [];
  if (converted) parts.push(`已把繁体“${converted.from}”转换为简体“${converted.to}”搜索。`);
  if ([...query.trim()].length > maxQueryLength) parts.push(`查询太长，只搜索了前 ${maxQueryLength} 个字。`);
  if (!typed) parts.push(`按筛选条件列出 ${shown} 个页面。`);
  else if (!terms) parts.push(`“${typed}”里没有可以搜索的文字或数字。`);
  else if (partial) parts.push(`没有页面包含完整的“${what}”；下面 ${found} 个页面含有其中全部的字词${filtered}。`);
  else if (found) parts.push(`“${what}”：共 ${found} 个页面${filtered}。`);
  else parts.push(`没有找到包含“${what}”的页面。`);
  return parts.join('');
}
