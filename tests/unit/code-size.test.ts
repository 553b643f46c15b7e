import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A file or function that no longer fits on a few screens usually does more than one job. The limits hold for
// every file in src/; the few listed here are over them for a reason the entry gives.
const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 80;
const fileExceptions: Record<string, string> = {};
const functionExceptions: Record<string, string> = {};

const code = /\.(ts|mjs|js|astro)$/;
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : code.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The script of a file: a .astro file's frontmatter and its <script> blocks (the markup has no functions). */
function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const front = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*type="application\/(?:json|ld\+json)")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

/** Every function with a body in a file, as "path:line name" with its length in lines. */
function functionLengths(file: string, text: string): { where: string; lines: number }[] {
  const source = ts.createSourceFile(file, scriptOf(file, text), ts.ScriptTarget.Latest, true);
  const found: { where: string; lines: number }[] = [];
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const name = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '(anonymous)');
      found.push({ where: `${file} ${name}`, lines: line(node.end) - line(node.getStart(source)) + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = files('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('code size', () => {
  it(`no file in src/ is over ${MAX_FILE_LINES} lines`, () => {
    const long = all.filter(({ file, text }) => !(file in fileExceptions) && text.split('\n').length > MAX_FILE_LINES);
    expect(long.map(({ file, text }) => `${file}: ${text.split('\n').length} lines`)).toEqual([]);
  });

  it(`no function in src/ is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = all.flatMap(({ file, text }) => functionLengths(file, text)).filter((f) => f.lines > MAX_FUNCTION_LINES && !(f.where in functionExceptions));
    expect(long.map((f) => `${f.where}: ${f.lines} lines`)).toEqual([]);
  });

  it('measures what it claims: a long function and a long file are found', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(functionLengths('x.ts', `export function long() {\n${body}\n}`)).toEqual([{ where: 'x.ts long', lines: MAX_FUNCTION_LINES + 2 }]);
    expect(functionLengths('x.astro', `---\nconst f = () => {\n${body}\n};\n---\n<p>{f()}</p>`)[0]).toEqual({ where: 'x.astro f', lines: MAX_FUNCTION_LINES + 2 });
  });

  it('lists only exceptions that are still needed', () => {
    const lengths = new Map(all.flatMap(({ file, text }) => functionLengths(file, text)).map((f) => [f.where, f.lines]));
    const lines = new Map(all.map(({ file, text }) => [file, text.split('\n').length]));
    expect(Object.keys(fileExceptions).filter((f) => (lines.get(f) ?? 0) <= MAX_FILE_LINES)).toEqual([]);
    expect(Object.keys(functionExceptions).filter((f) => (lengths.get(f) ?? 0) <= MAX_FUNCTION_LINES)).toEqual([]);
  });
});
