import { z } from 'astro/zod';
import { seedFile } from './source-ref.ts';

/** Shanghai's 16 districts (since the 2015 Zhabei–Jing'an merger and Chongming's 2016 change). */
export const districts = [
  '黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区',
  '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区',
] as const;

/** The spatial adjustments that shaped "一区22园". */
export const adjustmentYears = [2011, 2012, 2014, 2020] as const;

/** What a park source is: a government or zone site, major media, a repost or aggregator copy, or one of the seeds. */
export const sourceKinds = ['official', 'media', 'repost', 'seed'] as const;

/** The facts of a park that a source can attest: membership of the zone, joining, area, and what it is known for. */
export const parkFactKeys = ['member', 'joined', 'area', 'profile'] as const;

/** How a value stands: a named source states it, we infer it (see reason), or no source gives it. */
export const factStatuses = ['verified', 'inferred', 'unknown'] as const;

export type SourceKind = (typeof sourceKinds)[number];
export type ParkFactKey = (typeof parkFactKeys)[number];
export type FactStatus = (typeof factStatuses)[number];

/** A public source for park facts. */
export const parkSource = z.strictObject({
  /** Title of the page or document, as published. */
  title: z.string().min(1),
  /** official, media, repost or seed: only official, media and seed sources can make a value verified. */
  kind: z.enum(sourceKinds),
  /** Issuing body or medium, e.g. 上海市人民政府新闻办公室. */
  publisher: z.string().min(1).optional(),
  /** Publication or update date shown on the page: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, '应写成 YYYY、YYYY-MM 或 YYYY-MM-DD').optional(),
  /** Address of a public page, if the fact comes from one. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Source document file, if the fact comes from the seeds. */
  seed: seedFile.optional(),
  /** Which of the park's facts this source attests. */
  supports: z.array(z.enum(parkFactKeys)).default([]),
  /** What this source says, in our words. */
  note: z.string().optional(),
});

/** How firmly a value stands, and why. */
const standing = {
  /** verified, inferred or unknown (see factStatuses). */
  status: z.enum(factStatuses),
  /** Why the value is inferred (required then), in reader words. */
  reason: z.string().min(4).optional(),
  /** Anything else a reader should know about the value, in reader words. */
  note: z.string().min(4).optional(),
};

/** Data of a park in content/parks (one YAML file per park; the file name is its id). */
export const parkSchema = z.strictObject({
  /** Name as used in the zone's lists, e.g. 张江核心园. */
  name: z.string().min(1),
  /** District the park lies in (its main part). */
  district: z.enum(districts),
  /** Whether the park is one of the zone's parks: verified when a cited source names it so, else inferred. */
  member: z.strictObject({ ...standing, status: z.enum(['verified', 'inferred']) }),
  /** The adjustment from which the park belongs to the zone; year null (status unknown) if no source gives it. */
  joined: z.strictObject({
    year: z.union(adjustmentYears.map((y) => z.literal(y))).nullable(),
    /** True if the park was already part of the high-tech zone before 2011. */
    before2011: z.boolean().default(false),
    ...standing,
  }),
  /** Planned area in km²; null (status unknown) if no source gives it for this park. */
  area: z.strictObject({ km2: z.number().positive().nullable(), ...standing }),
  /** Industries the park is known for, as its sources name them; empty if they do not. */
  industries: z.array(z.string().min(1)).default([]),
  /** Institutions, firms or sub-parks in the park that its sources name. */
  anchors: z.array(z.string().min(1)).default([]),
  /** Approximate representative point (示意位置), in GCJ-02 like the district outlines. */
  location: z.strictObject({
    lon: z.number().min(120.8).max(122.2),
    lat: z.number().min(30.6).max(31.9),
    datum: z.literal('GCJ-02'),
    /** What the point stands for, e.g. the town or road the park is known by. */
    basis: z.string().min(1),
  }),
  /** Two or three sentences in our own words: where it is, what it is known for. */
  description: z.string().min(1),
  /** Where the facts come from. */
  sources: z.array(parkSource).min(1),
});

export type ParkData = z.output<typeof parkSchema>;
export type ParkSource = z.output<typeof parkSource>;
