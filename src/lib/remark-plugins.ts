// The site's remark plugins, shared by astro.config.mjs (Markdown pages and .md entries) and the content
// loader that renders MDX entries itself (src/loaders/markdown-entries.ts), so both render text the same way.
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';

/** CommonMark's emphasis rules fail next to CJK punctuation (**“强调”**后); this plugin fixes them. */
export const remarkPlugins: RemarkPlugin[] = [remarkCjkFriendly];
