// `npm start`: install, build, then serve portal (/), CMS (/cms) and API (/api) on one port.
// The server migrates the database and seeds the real data itself at boot.
import { installAndBuild, log, root, spawn } from './lib.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

installAndBuild();
log(process.env.DATABASE_URL ? 'starting with DATABASE_URL' : 'starting with the embedded PostgreSQL (data in .data/)');
const { flags } = JSON.parse(readFileSync(join(root, 'apps/api/node-flags.json'), 'utf8'));
// A production server refuses to start without PUBLIC_URL and without METRICS_TOKEN (or METRICS_PUBLIC=true).
// `npm start` runs the app on this machine: links point here and the metrics stay open unless the
// environment says otherwise. A deployment sets both (docker-compose.yml, README "Configuration").
const env = { NODE_ENV: 'production', ...process.env };
if (!env.PUBLIC_URL) {
  env.PUBLIC_URL = `http://localhost:${env.PORT || 3000}`;
  log(`PUBLIC_URL not set: links point at ${env.PUBLIC_URL}`);
}
if (!env.METRICS_TOKEN && !env.METRICS_PUBLIC) {
  env.METRICS_PUBLIC = 'true';
  log('METRICS_TOKEN not set: /api/observability/metrics is open to whoever reaches the port');
}
const child = spawn(process.execPath, [...flags, join(root, 'apps/api/dist/main.js')], { cwd: root, stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
