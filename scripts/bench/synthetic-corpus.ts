// `node scripts/bench/synthetic-corpus.ts <built site> <out dir> <factor>`: copies a built site and adds (factor − 1) synthetic
// copies of every indexed page, for search benchmarks at 10× and 100× the real corpus. Each synthetic page keeps the
// shape of a real article, milestone or park page (title, filters, paragraphs) but its text is new: sentences drawn
// from the whole corpus, reshuffled, with years and figures changed, so vocabulary and length stay realistic.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from './seeded-random.ts';

const articlePattern = /<article[^>]*data-pagefind-body[\s\S]*?<\/article>/;

/** Writes the corpus; returns the number of pages added. */
export function writeSyntheticCorpus(site: string, out: string, factor: number): number {
  rmSync(out, { recursive: true, force: true });
  cpSync(site, out, { recursive: true, filter: (src) => !src.includes(`${site}/pagefind`) });
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => ({ path: f, article: readFileSync(join(site, f), 'utf8').match(articlePattern)?.[0] }))
    .filter((p): p is { path: string; article: string } => Boolean(p.article));
  const sentences = pages
    .flatMap((p) => p.article.replace(/<[^>]+>/g, '\n').split(/(?<=[。！？；])|\n/))
    .map((s) => s.trim())
    .filter((s) => [...s].length >= 8);
  const rand = seededRandom(20110628);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const vary = (text: string) =>
    text.replace(/20[12]\d年/g, () => `${2011 + Math.floor(rand() * 10)}年`).replace(/\d+(?:\.\d+)?(?=[亿万个项家%])/g, () => String(Math.floor(rand() * 900) + 10));
  // Each text node of the article becomes new text of about the same length; tags and attributes stay.
  const rewrite = (article: string) =>
    article.replace(/>([^<]{6,})</g, (_, text: string) => {
      let out = '';
      while ([...out].length < [...text].length) out += vary(pick(sentences));
      return `>${[...out].slice(0, Math.max([...text].length, 8)).join('')}<`;
    });
  let added = 0;
  for (let copy = 1; copy < factor; copy++) {
    for (const page of pages) {
      const file = join(out, 'synthetic', String(copy), page.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>合成页面</title></head><body>${rewrite(page.article)}</body></html>`);
      added++;
    }
  }
  return added;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [site = 'dist', out = 'dist-synthetic', factor = '10'] = process.argv.slice(2);
  console.log(`${writeSyntheticCorpus(site, out, Number(factor))} synthetic pages written to ${out}`);
}
