import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { optionalString } from './env';

export const staticEnvSchema = z.object({
  STATIC_DIR_PORTAL: optionalString,
  STATIC_DIR_CMS: optionalString,
  SSR_DIR_PORTAL: optionalString,
});

const dir = (value: string | undefined, fallback: string) => (value ? (isAbsolute(value) ? value : resolve(value)) : fallback);

export function staticConfig(env: z.infer<typeof staticEnvSchema>, repoRoot: string) {
  return {
    portalDir: dir(env.STATIC_DIR_PORTAL, join(repoRoot, 'apps/portal/dist')),
    cmsDir: dir(env.STATIC_DIR_CMS, join(repoRoot, 'apps/cms/dist')),
    /** The portal's server build (`vite build --ssr`), which renders its pages inside this process. */
    portalSsrDir: dir(env.SSR_DIR_PORTAL, join(repoRoot, 'apps/portal/dist-ssr')),
  };
}
export type StaticSection = ReturnType<typeof staticConfig>;
