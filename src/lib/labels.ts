import type { milestoneCategories, sourceKinds, articleScopes } from '../schemas/index.ts';

/** Chinese labels of the milestone categories, in display order. */
export const categoryLabels: Record<(typeof milestoneCategories)[number], string> = {
  policy: '政策规划',
  space: '空间布局',
  facility: '科学设施',
  platform: '平台机构',
  industry: '产业企业',
  finance: '金融资本',
  visit: '考察指示',
};

/** Chinese labels of the kinds of source document. */
export const sourceKindLabels: Record<(typeof sourceKinds)[number], string> = {
  newspaper: '报纸',
  'web-news': '网络新闻',
  brochure: '官方宣传册',
  report: '年度报告',
};

/** Chinese labels of where an article's subject lies. */
export const scopeLabels: Record<(typeof articleScopes)[number], string> = {
  zone: '张江示范区',
  shanghai: '上海全市',
  elsewhere: '外地园区',
};
