// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { assertValidContent } from './scripts/validate-content.ts';

/** Fails the build before anything renders when content/ has a schema or reference error. */
const validateContent = {
  name: 'zj-validate-content',
  hooks: { 'astro:config:setup': () => assertValidContent() },
};

// ZJ_BASE builds for a sub-path, e.g. ZJ_BASE=/zhangjiang/ npm run build.
export default defineConfig({
  site: process.env.ZJ_SITE ?? 'https://zhangjiang.example.org',
  base: process.env.ZJ_BASE ?? '/',
  outDir: process.env.ZJ_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro's default Rust processor runs no remark plugins; the unified one does, for .md and .mdx alike.
  markdown: { processor: unified({ remarkPlugins: [remarkCjkFriendly] }) },
  integrations: [validateContent, mdx()],
});
