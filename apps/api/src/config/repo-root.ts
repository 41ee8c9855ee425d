import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MARKER = 'pnpm-workspace.yaml';

function walkUp(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, MARKER))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The monorepo root, found by walking up to pnpm-workspace.yaml. The compiled file's own location
 * comes first so `node apps/api/dist/main.js` works from any cwd; cwd is the fallback for bundled
 * or test runs. The Docker image keeps pnpm-workspace.yaml at /app for the same reason.
 */
export function findRepoRoot(from: string[] = [__dirname, process.cwd()]): string {
  for (const start of from) {
    const found = walkUp(start);
    if (found) return found;
  }
  return process.cwd();
}
