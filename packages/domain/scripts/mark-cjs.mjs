// The package root has no "type", so dist/cjs is CommonJS already; dist/esm needs a marker so
// bundlers and Node treat its .js files as ES modules.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../dist/esm/package.json', import.meta.url), '{"type":"module","sideEffects":false}\n');
writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), '{"type":"commonjs"}\n');
