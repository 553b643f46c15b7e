import type { adjustmentYears } from '../schemas/park.ts';

/** A source for a zone-wide figure. */
export interface AdjustmentSource {
  title: string;
  url?: string;
  seed?: string;
}

/** What the sources say about the whole zone after one spatial adjustment. */
export interface ZoneAdjustment {
  year: (typeof adjustmentYears)[number];
  /** The sources' name for the zone at this step, e.g. 一区十二园; null if none names it. */
  label: string | null;
  /** Total area in km² given by a source for this step; null if no source gives one. */
  areaKm2: number | null;
  /** How firmly the figures belong to this year, in our words. */
  note: string;
  sources: AdjustmentSource[];
}

const brochure = { title: '《你好，张江》张江示范区十年宣传册', seed: '001_0d107b9138f95816.txt' };
const shio = {
  title: 'Zhangjiang: Industry Restructuring Driven by Innovation（上海市政府新闻办英文采访选题页，约2013年）',
  url: 'http://touch.shio.gov.cn/en/proposed-interviews/detailindex.aspx?id=72',
};

/** The four adjustments named by the brochure (seed 001), with only the figures a source gives. */
export const zoneAdjustments: ZoneAdjustment[] = [
  {
    year: 2011,
    label: '一区十二园',
    areaKm2: null,
    note: '松江园的报道称扩区后为“一区十二园”；调整后的总面积未找到来源。',
    sources: [brochure, { title: '松江园亮相张江国家自主创新示范区创新成果展（华兴装饰网转载新闻）', url: 'http://www.huaxingzs.com/news/newsdetail_19946.html' }],
  },
  {
    year: 2012,
    label: '一区十八园',
    areaKm2: 470.5,
    note: '“一区十八园”、470.5平方公里出自约2013年的官方英文介绍，紫竹在名单外另列；把它对应到2012年的调整是推断。',
    sources: [brochure, shio],
  },
  {
    year: 2014,
    label: '一区二十二园',
    areaKm2: 531,
    note: '2016年初官网已称22园、覆盖全市各区、约531平方公里；把它对应到2014年的调整是推断。',
    sources: [brochure, { title: 'Introduction of Zhangjiang National Innovation Demonstration Zone（张江示范区英文官网，2016-02-01）', url: 'http://en.zjsfq.gov.cn/2016-02/01/c_49159.htm' }],
  },
  {
    year: 2020,
    label: '一区二十二园',
    areaKm2: 531,
    note: '宣传册记四次调整后为22园、约531平方公里；2020年这次调整改动了什么，未找到来源。',
    sources: [brochure],
  },
];
