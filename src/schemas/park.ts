import { z } from 'astro/zod';
import { seedFile } from './source-ref.ts';

/** Shanghai's 16 districts (since the 2015 Zhabei–Jing'an merger and Chongming's 2016 change). */
export const districts = [
  '黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区',
  '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区',
] as const;

/** The spatial adjustments that shaped "一区22园". */
export const adjustmentYears = [2011, 2012, 2014, 2020] as const;

/** A public source for a park fact. */
export const parkSource = z.strictObject({
  /** Title of the page or document. */
  title: z.string().min(1),
  /** Address of a public page, if the fact comes from one. */
  url: z.url().optional(),
  /** Source document file, if the fact comes from the seeds. */
  seed: seedFile.optional(),
  /** What this source confirms. */
  note: z.string().optional(),
});

/** A fact that a source may or may not confirm. */
const confirmable = { confirmed: z.boolean(), note: z.string().optional() };

/** Data of a park in content/parks (one YAML file per park; the file name is its id). */
export const parkSchema = z.strictObject({
  /** Name as used in the zone's lists, e.g. 张江核心园. */
  name: z.string().min(1),
  /** District the park lies in (its main part). */
  district: z.enum(districts),
  /** Whether the park's membership of the 22 is confirmed by a cited source. */
  confirmed: z.boolean(),
  /** The adjustment from which the park belongs to the zone; null if unknown. */
  joined: z.strictObject({
    year: z.union(adjustmentYears.map((y) => z.literal(y))).nullable(),
    /** True if the park was already part of the high-tech zone before 2011. */
    before2011: z.boolean().default(false),
    ...confirmable,
  }),
  /** Planned area in km², null if no source gives it. */
  area: z.strictObject({ km2: z.number().positive().nullable(), ...confirmable }),
  /** Approximate representative point (示意位置), in GCJ-02 like the district outlines. */
  location: z.strictObject({
    lon: z.number().min(120.8).max(122.2),
    lat: z.number().min(30.6).max(31.9),
    datum: z.literal('GCJ-02'),
    /** What the point stands for, e.g. the town or road the park is known by. */
    basis: z.string().min(1),
  }),
  /** One or two sentences in our own words. */
  description: z.string().min(1),
  /** Where the facts come from. */
  sources: z.array(parkSource).min(1),
});

export type ParkData = z.output<typeof parkSchema>;
