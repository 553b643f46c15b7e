// The site's remark plugins, shared by astro.config.mjs (Markdown pages and .md entries) and the content
// loader that renders MDX entries itself (src/loaders/markdown-entries.ts), so both render text the same way.
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { PluggableList } from 'unified';

/** CommonMark's emphasis rules fail next to CJK punctuation (**“强调”**后); this plugin fixes them. */
export const remarkPlugins: PluggableList = [remarkCjkFriendly];
