// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins } from './src/lib/remark-plugins.ts';
import { readFileSync } from 'node:fs';
import { assertValidContent } from './src/lib/content/assert-valid-content.ts';
import { config, placeholderSiteWarning } from './src/config.ts';

/**
 * Fails the build before anything renders when content/ has a schema or reference error; warns once when ZJ_SITE is unset.
 * @type {import('astro').AstroIntegration}
 */
const validateContent = {
  name: 'zj-validate-content',
  hooks: {
    'astro:config:setup': ({ command }) => {
      const warning = command === 'build' && placeholderSiteWarning(config);
      if (warning) console.warn(warning);
      assertValidContent(config.contentDir);
    },
  },
};

/**
 * Applies the reader's saved theme before first paint: a classic inline <head> script that Astro's CSP support hashes (stage head-inline).
 * @type {import('astro').AstroIntegration}
 */
const themeInit = {
  name: 'zj-theme-init',
  hooks: {
    'astro:config:setup': ({ injectScript }) => injectScript('head-inline', readFileSync(new URL('./src/client/reader/theme-init.js', import.meta.url), 'utf8').trim()),
  },
};

// The ZJ_* environment variables: src/config.ts.
export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  // Every page's CSS goes in its <head> (Astro hashes it for the CSP): no request blocks the first paint. On a
  // simulated phone this brings first paint 0.1–0.3 s earlier and the map's and timeline's LCP 0.3–0.4 s earlier, for
  // about 3 KB more per page (docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro's default Rust processor runs no remark plugins; the unified one does, for .md and .mdx alike.
  // Plain MDX articles and milestones are rendered by our content loader with the same plugins (src/loaders/).
  markdown: { processor: unified({ remarkPlugins, smartypants: false }), syntaxHighlight: false },
  // @astrojs/mdx compiles the MDX entries that need a module (imports, components, expressions).
  integrations: [validateContent, themeInit, mdx()],
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
