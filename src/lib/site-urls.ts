import { withBase } from './paths.ts';

/** Absolute address of a site path, given the site origin and the base (for feeds, sitemaps and canonical links). */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
