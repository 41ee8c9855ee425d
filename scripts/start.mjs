// `npm start`: install, build, then serve portal (/), CMS (/cms) and API (/api) on one port.
// The server migrates the database and seeds the real data itself at boot.
import { installAndBuild, log, root, spawn } from './lib.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

installAndBuild();
log(process.env.DATABASE_URL ? 'starting with DATABASE_URL' : 'starting with the embedded PostgreSQL (data in .data/)');
const { flags } = JSON.parse(readFileSync(join(root, 'apps/api/node-flags.json'), 'utf8'));
const child = spawn(process.execPath, [...flags, join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
