import { withBase } from './paths.ts';

/** A site path prefixed with the configured base, for links and assets. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
