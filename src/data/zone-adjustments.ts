import type { adjustmentYears, SourceKind } from '../schemas/park.ts';

/** A source for a zone-wide figure. */
export interface AdjustmentSource {
  title: string;
  /** official, media, repost or seed, as for park sources. */
  kind: SourceKind;
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
  /** Which source says what about this step, and what is inferred, in reader words. */
  note: string;
  sources: AdjustmentSource[];
}

const brochure: AdjustmentSource = { title: '《你好，张江》', kind: 'seed', seed: '001_0d107b9138f95816.txt' };
const shio: AdjustmentSource = {
  title: 'Zhangjiang: Industry Restructuring Driven by Innovation（上海市政府新闻办，约2013年）',
  kind: 'official',
  url: 'http://touch.shio.gov.cn/en/proposed-interviews/detailindex.aspx?id=72',
};
const zoneIntro: AdjustmentSource = {
  title: 'Introduction of Zhangjiang National Innovation Demonstration Zone（张江示范区英文网站，2016-02-01）',
  kind: 'official',
  url: 'http://en.zjsfq.gov.cn/2016-02/01/c_49159.htm',
};

/** The four adjustments named by the brochure (seed 001), with only the figures a source gives. */
export const zoneAdjustments: ZoneAdjustment[] = [
  {
    year: 2011,
    label: '一区十二园',
    areaKm2: null,
    note: '一篇转载的松江园报道称扩区后为“一区十二园”，示范区官网称虹口园2011年正式获批；调整后的总面积来源未载。',
    sources: [
      brochure,
      { title: '关于松江园参加张江示范区创新成果展的报道', kind: 'repost', url: 'http://www.huaxingzs.com/news/newsdetail_19946.html' },
      { title: 'Hongkou Park（张江示范区英文网站，2016-01-28）', kind: 'official', url: 'http://en.zjsfq.gov.cn/2016-01/28/c_49028.htm' },
    ],
  },
  {
    year: 2012,
    label: '一区十八园',
    areaKm2: 470.5,
    note: '上海市政府新闻办约2013年的介绍称示范区由“一区十八园”和另列的紫竹高新区组成、共470.5平方公里，招商网页称金山园2012年12月纳入“一区十八园”；把这一格局归于2012年的调整，是按宣传册所记的年份推断。',
    sources: [
      brochure,
      shio,
      { title: '张江高新区金山园园区简介', kind: 'repost', url: 'https://bltxxfwshyxgs.007swz.com/news-teqtk.html' },
    ],
  },
  {
    year: 2014,
    label: '一区二十二园',
    areaKm2: 531,
    note: '2016年2月的示范区官网已称22园、531平方公里、覆盖全市各区；宣传册所记2012年之后只有2014年一次调整，22园格局因此推断由这次调整形成。',
    sources: [brochure, zoneIntro],
  },
  {
    year: 2020,
    label: '一区二十二园',
    areaKm2: 531,
    note: '宣传册把“二十二园”、约531平方公里写成四次调整的总结果，而示范区官网2016年已是这两个数，2017年的报道也说22个园区、124个子园；2020年这次调整具体改动了什么，来源未载。',
    sources: [
      brochure,
      zoneIntro,
      { title: 'Zhangjiang at the heart of progress（浦东新区政府英文网转载《中国日报》，2017-05-05）', kind: 'media', url: 'http://english.pudong.gov.cn/2017-05/05/c_85579.htm' },
    ],
  },
];
