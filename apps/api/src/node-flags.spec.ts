import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '../../..');
const { flags } = JSON.parse(readFileSync(join(repo, 'apps/api/node-flags.json'), 'utf8')) as { flags: string[] };

describe('node-flags.json', () => {
  it('is what the Dockerfile starts the server with', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(join(repo, 'Dockerfile'), 'utf8'));
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1])).toEqual(['node', ...flags, 'apps/api/dist/main.js']);
  });

  it('holds only flags Node accepts', () => {
    for (const flag of flags) expect(process.allowedNodeEnvironmentFlags.has(flag.split('=')[0])).toBe(true);
  });
});
