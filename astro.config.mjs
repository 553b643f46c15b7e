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
  markdown: { processor: unified({ remarkPlugins: [remarkCjkFriendly] }), syntaxHighlight: false },
  integrations: [validateContent, mdx()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive that Rolldown warns about once per file; harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // Emitted as a <meta> on every page so it holds on any static host. Astro adds the hashes of its own
  // scripts and styles; Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
