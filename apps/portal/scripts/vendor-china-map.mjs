#!/usr/bin/env node
// Copies map/json/china.json (and the licence) out of the echarts@4.9.0 npm tarball into
// src/assets/map/. Run by hand when the vendored map should be refreshed; the build never needs it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../src/assets/map');
const tmp = mkdtempSync(join(tmpdir(), 'echarts-map-'));
try {
  const tgz = execFileSync('npm', ['pack', 'echarts@4.9.0', '--silent'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', tgz, 'package/map/json/china.json', 'package/LICENSE'], { cwd: tmp });
  copyFileSync(join(tmp, 'package/map/json/china.json'), join(out, 'china.json'));
  copyFileSync(join(tmp, 'package/LICENSE'), join(out, 'LICENSE-echarts.txt'));
  console.log(`Copied china.json and LICENSE-echarts.txt from echarts@4.9.0 into ${out}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
