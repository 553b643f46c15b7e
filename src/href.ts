import { withBase } from './lib/paths.ts';

/**
 * A site path prefixed with the configured base, for links and assets. It reads Astro's `import.meta.env`, so it lives
 * here beside the other adapters (config.ts, content-updated.ts) and `src/lib/` takes it as a parameter.
 */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
