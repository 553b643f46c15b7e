// The loader for the article and milestone collections: one entry per .md or .mdx file in a folder, id = file
// name. Unlike Astro's glob loader it renders plain MDX to HTML while the content layer syncs (src/lib/mdx-to-html.ts),
// as Astro already does for .md. The glob loader makes every .mdx file a JavaScript module of its own, compiled
// and bundled by Vite: about 7 ms and 0.3–0.4 MB of memory that is never returned per entry, most of the build at
// 10,000 articles (docs/performance.md). An MDX file that does need a module (imports, components, expressions)
// is compiled by @astrojs/mdx.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mdxToHtml } from '../lib/mdx-to-html.ts';
import { remarkPlugins } from '../lib/remark-plugins.ts';

const entryFile = /\.mdx?$/;
/**
 * Part of every entry's digest, so entries cached by an earlier loader or renderer are rendered again rather than
 * reused (a cache from Astro's glob loader holds .mdx entries as modules that no longer exist). Bump it whenever
 * what this loader stores changes.
 */
const storeFormat = 'zj-markdown-entries/1';

interface Options {
  /** The folder, relative to the project root. */
  base: string;
  /**
   * Keep each entry's Markdown source as `entry.body` even when its HTML is stored (default true). The store is
   * bundled into the build as one module, so at 10,000 articles every kilobyte per entry costs build time.
   */
  retainBody?: boolean;
}

async function sync({ base, retainBody = true }: Options, context: LoaderContext) {
  const { config, store, parseData, renderMarkdown, generateDigest, logger } = context;
  const root = fileURLToPath(config.root);
  const dir = resolve(root, base);
  const unseen = new Set(store.keys());
  const fileOfId = new Map<string, string>();
  // A content folder that does not exist holds no entries (the test fixtures have no history).
  const names = existsSync(dir) ? readdirSync(dir) : [];
  for (const name of names.filter((n) => entryFile.test(n)).sort()) {
    const path = join(dir, name);
    const filePath = relative(root, path).split(sep).join('/');
    const id = name.slice(0, -extname(name).length);
    if (fileOfId.has(id)) throw new Error(`${filePath}：编号“${id}”与 ${fileOfId.get(id)} 重复`);
    fileOfId.set(id, filePath);
    unseen.delete(id);

    const raw = readFileSync(path, 'utf8');
    const digest = generateDigest(`${storeFormat} retainBody=${retainBody}\n${raw}`);
    const cached = store.get(id);
    if (cached?.digest === digest && cached.filePath === filePath) {
      if (cached.deferredRender) store.addModuleImport(filePath);
      continue;
    }
    // Blank lines in place of the frontmatter keep MDX error positions on the file's own line numbers.
    const { frontmatter, content } = parseFrontmatter(raw, { frontmatter: 'empty-with-lines' });
    const data = await parseData({ id, data: frontmatter, filePath: path });
    const body = content.trimStart();
    if (name.endsWith('.md')) {
      const rendered = await renderMarkdown(body, { fileURL: pathToFileURL(path) });
      store.set({ id, data, body: retainBody ? body : undefined, filePath, digest, rendered });
      continue;
    }
    let result;
    try {
      result = mdxToHtml(content, path, remarkPlugins);
    } catch (error) {
      const { line, column } = error as { line?: number; column?: number };
      throw new Error(`${filePath}${line ? `:${line}:${column}` : ''}：MDX 语法错误：${(error as Error).message}`);
    }
    if ('html' in result) {
      // No copy of the frontmatter in metadata (Astro's .md entries keep one for remark plugins that edit it; ours don't).
      store.set({ id, data, body: retainBody ? body : undefined, filePath, digest, rendered: { html: result.html, metadata: { headings: result.headings } } });
    } else {
      logger.info(`${filePath}${result.needsModule}，交给 @astrojs/mdx 编译`);
      store.set({ id, data, body, filePath, digest, deferredRender: true });
    }
  }
  for (const id of unseen) store.delete(id);
}

/** Entries from every .md and .mdx file directly in `options.base`. */
export function markdownEntries(options: Options): Loader {
  return {
    name: 'zj-markdown-entries',
    async load(context) {
      await sync(options, context);
      const { watcher } = context;
      if (!watcher) return;
      const dir = resolve(fileURLToPath(context.config.root), options.base);
      watcher.add(dir);
      watcher.on('all', (_event, path) => {
        if (entryFile.test(path) && path.startsWith(dir)) sync(options, context).catch((e) => context.logger.error(String(e)));
      });
    },
  };
}
