// Renders an MDX body to static HTML when it needs no JavaScript: Markdown, HTML elements written as JSX,
// {/* comments */} and literal expressions such as {'{'}. Anything that needs a module (import/export, other
// expressions, components, local images) returns the reason instead, and the content loader leaves that entry
// to @astrojs/mdx, which compiles it. Output matches Astro's MDX pipeline: GFM, the site's remark
// plugins, heading ids and the heading list from Astro's own rehypeHeadingIds.
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Nodes, Parents, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';

export type MdxHtml = { html: string; headings: MarkdownHeading[] } | { needsModule: string };

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Estree = { body: Array<{ type: string; expression?: { type: string; value?: unknown } }> } | undefined;

/** The value of an expression that is nothing but comments (undefined) or one string or number literal; else null. */
function literalValue(estree: Estree): string | undefined | null {
  if (!estree) return null;
  if (estree.body.length === 0) return undefined;
  const [statement] = estree.body;
  const value = statement.expression?.type === 'Literal' ? statement.expression.value : null;
  return estree.body.length === 1 && (typeof value === 'string' || typeof value === 'number') ? String(value) : null;
}

function attributeValue(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | true | null {
  if (attribute.type === 'mdxJsxExpressionAttribute') return null;
  if (attribute.value == null) return true;
  if (typeof attribute.value === 'string') return attribute.value;
  return literalValue(attribute.value.data?.estree as Estree) ?? null;
}

/** Why this tree needs a module, or null; replaces comments and literal expressions with their text on the way. */
function staticCheck(tree: Root): string | null {
  let reason: string | null = null;
  const line = (node: Nodes) => (node.position ? `第 ${node.position.start.line} 行` : '');
  visit(tree, (node, index, parent: Parents | undefined) => {
    if (reason) return false;
    if (node.type === 'mdxjsEsm') reason = `${line(node)}有 import/export`;
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const value = literalValue(node.data?.estree as Estree);
      if (value === null) reason = `${line(node)}有表达式 {${node.value}}`;
      else if (parent && index !== undefined) {
        parent.children.splice(index, 1, ...(value === undefined ? [] : [{ type: 'text', value } as never]));
        return [SKIP, index];
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name && !/^[a-z][a-z0-9-]*$/.test(node.name)) reason = `${line(node)}用了组件 <${node.name}>`;
      else if (node.attributes.some((a) => attributeValue(a) === null)) reason = `${line(node)}的 <${node.name}> 有表达式属性`;
    } else if (node.type === 'image' && !/^(?:[a-z]+:|\/)/i.test(node.url)) reason = `${line(node)}引用本地图片 ${node.url}`;
  });
  return reason;
}

/** An HTML element written as JSX becomes that element; a fragment <>…</> becomes its children. */
function jsxToHast(state: State, node: JsxElement): Element | ElementContent[] {
  const children = state.all(node);
  if (!node.name) return children;
  const properties = Object.fromEntries(node.attributes.map((a) => [(a as MdxJsxAttribute).name, attributeValue(a)]));
  return h(node.name, properties, children);
}

// GFM notes ([^1]) in Chinese: a visible 注释 heading, back links that say where they go, and short ids
// (#fn-1, #fnref-1) that a reader can cite; no user-supplied ids exist on these pages for them to clash with.
const footnotes = {
  clobberPrefix: '',
  footnoteLabel: '注释',
  footnoteLabelProperties: { className: ['footnotes-title'] },
  footnoteBackLabel: (index: number, again: number) => `回到正文第 ${index + 1} 条注释${again > 1 ? `（第 ${again} 处）` : ''}的位置`,
};

function processor(remarkPlugins: PluggableList) {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkPlugins)
    .use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxToHast, mdxJsxTextElement: jsxToHast } as never, ...footnotes })
    .use(rehypeHeadingIds)
    .use(rehypeStringify);
}

const processors = new WeakMap<PluggableList, ReturnType<typeof processor>>();

/**
 * `source` is the MDX body without frontmatter; `path` is used in error positions and tells rehypeHeadingIds
 * that this is MDX. Throws MDX syntax errors with their line and column, as @astrojs/mdx would.
 */
export function mdxToHtml(source: string, path: string, remarkPlugins: PluggableList = []): MdxHtml {
  let run = processors.get(remarkPlugins);
  if (!run) processors.set(remarkPlugins, (run = processor(remarkPlugins)));
  const file = new VFile({ value: source, path, data: { astro: { frontmatter: {} } } });
  const tree = run.parse(file);
  const reason = staticCheck(tree);
  if (reason) return { needsModule: reason };
  const hast = run.runSync(tree, file);
  const headings = (file.data as { astro: { headings?: MarkdownHeading[] } }).astro.headings ?? [];
  return { html: run.stringify(hast, file), headings };
}
