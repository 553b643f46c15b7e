// A content folder for benchmarks: the real content plus synthetic milestones up to a total.
// `node scripts/bench/synthetic-milestones.ts [out-dir] [total]` (defaults: .bench/timeline/content, 1000).
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './seeded-random.ts';

const categories = ['policy', 'space', 'facility', 'platform', 'industry', 'finance', 'visit'];
const parks = ['zhangjiang', 'lingang', 'caohejing', 'jinqiao', 'zizhu', 'yangpu', 'jiading', 'songjiang'];
const places = ['张江', '临港', '漕河泾', '金桥', '紫竹', '杨浦', '嘉定', '松江', '长三角', '浦东'];
const things = ['集成电路', '生物医药', '人工智能', '科学设施', '创新中心', '孵化器', '产业基金', '研究院', '实验室', '专项政策'];
const acts = ['启动建设', '正式揭牌', '通过验收', '发布实施', '签约落地', '投入运行', '完成升级', '扩容提质'];

/** The text of `n` synthetic milestone files: dates bunched towards 2020 like the real set, all three precisions. */
export function syntheticMilestones(n: number, seed = 2011): { id: string; text: string }[] {
  const random = seededRandom(seed);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: n }, (_, i) => {
    const year = 2011 + Math.min(9, Math.floor(10 * Math.sqrt(random())));
    const m = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const p = random();
    const date = p < 0.4 ? `${year}` : p < 0.85 ? `${year}-${m}` : `${year}-${m}-${d}`;
    const id = `synthetic-${String(i + 1).padStart(4, '0')}`;
    const title = `${pick(places)}${pick(things)}${random() < 0.5 ? `第${1 + Math.floor(random() * 9)}期` : ''}${pick(acts)}`;
    const text = [
      '---',
      `id: ${id}`,
      `title: "${title}"`,
      `date: "${date}"`,
      `category: ${pick(categories)}`,
      'articles: [zhangjiang-ten-years-brochure]',
      `parks: [${random() < 0.6 ? pick(parks) : ''}]`,
      'sources:',
      '  - seed: 001_0d107b9138f95816.txt',
      '    article: zhangjiang-ten-years-brochure',
      '    passage: "基准测试用的虚构条目，不是史实"',
      '---',
      '',
      `基准测试用的虚构条目（第${i + 1}条）：${title}。它只用来测量时间线在一千件大事时的排版与交互速度。`,
      '',
    ].join('\n');
    return { id, text };
  });
}

/** Copies content/ to `out` and adds synthetic milestones until there are `total`. */
export function writeSyntheticContent(out: string, total: number, from = 'content'): number {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(from, out, { recursive: true });
  const real = readdirSync(join(out, 'milestones')).filter((f) => /\.mdx?$/.test(f)).length;
  const extra = syntheticMilestones(Math.max(0, total - real));
  for (const { id, text } of extra) writeFileSync(join(out, 'milestones', `${id}.mdx`), text);
  return real + extra.length;
}

if (import.meta.main) {
  const [out = '.bench/timeline/content', total = '1000'] = process.argv.slice(2);
  console.log(`${writeSyntheticContent(out, Number(total))} milestones in ${out}`);
}
