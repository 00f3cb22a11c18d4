// Bundles every action in one esbuild run with code splitting: each action gets a small entry
// (actions/<name>/dist/<step>.mjs) and the code they share — @actions/*, the SDKs, our packages —
// lives once in dist/chunks/. One copy of each dependency keeps the repository that every
// `uses:` downloads small, and an action loads only the chunks its imports reach.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outdir = process.argv[2] ?? root;
const STEPS = ['index', 'pre', 'post'];

const entryPoints = {};
for (const action of readdirSync(join(root, 'actions')).sort()) {
  for (const step of STEPS) {
    const source = join(root, 'actions', action, 'src', `${step}.ts`);
    if (existsSync(source)) entryPoints[`actions/${action}/dist/${step}`] = source;
  }
}

for (const action of readdirSync(join(root, 'actions'))) rmSync(join(outdir, 'actions', action, 'dist'), { recursive: true, force: true });
rmSync(join(outdir, 'dist'), { recursive: true, force: true });

const result = await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'dist/chunks/[name]-[hash]',
  // CommonJS dependencies call require() for Node built-ins; ESM has none, so provide one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
});

const outputs = Object.entries(result.metafile.outputs).map(([file, meta]) => [file, meta.bytes]);
const total = outputs.reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(`bundled ${Object.keys(entryPoints).length} entries into ${outputs.length} files, ${(total / 1024).toFixed(0)} KiB`);
