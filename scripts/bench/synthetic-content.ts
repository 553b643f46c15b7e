// Writes a content folder with the real content plus synthetic articles, for build-scaling benchmarks.
// Synthetic articles reshuffle sentences of the real ones under new titles, so length and vocabulary stay realistic.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './seeded-random.ts';

/** Copies `from` to `to` and adds articles until there are `total`; returns the folder. */
export function writeSyntheticContent(from: string, to: string, total: number): string {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
  const dir = join(from, 'articles');
  const real = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
  const sentences = real
    .flatMap((text) => text.split(/^---$/m)[2].split(/(?<=[。；！？])/))
    .map((s) => s.replace(/^#+ .*$/gm, '').trim())
    .filter((s) => s.length > 12);
  const frontmatter = real[0].split(/^---$/m)[1];
  const rand = seededRandom(20110101);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  for (let i = real.length; i < total; i++) {
    const sections = Array.from({ length: 4 }, (_, s) => {
      const body = Array.from({ length: 6 }, () => pick(sentences)).join('');
      return `## 第${s + 1}部分\n\n${body}\n`;
    });
    const fm = frontmatter.replace(/^title: .*$/m, `title: ${JSON.stringify(`合成文章第${i}篇：${pick(sentences).slice(0, 16)}`)}`);
    writeFileSync(join(to, 'articles', `synthetic-${i}.mdx`), `---${fm}---\n\n${sections.join('\n')}`);
  }
  return to;
}
