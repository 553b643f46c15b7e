import { z } from 'astro/zod';

/** File name of a source document, e.g. 000_d58ff43d179b9ab9.txt. */
export const seedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, '应为源文件名，如 000_d58ff43d179b9ab9.txt');

/** A slug used as an id: lower-case Latin letters, digits and hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能使用小写字母、数字和连字符');
