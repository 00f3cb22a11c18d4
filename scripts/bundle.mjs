// Bundles every action in one esbuild run with code splitting: each action gets a small entry
// (actions/<name>/dist/<step>.mjs) and the code they share — @actions/*, the SDKs, our packages —
// lives once in dist/chunks/. One copy of each dependency keeps the repository that every
// `uses:` downloads small, and an action loads only the chunks its imports reach.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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

for (const action of readdirSync(join(root, 'actions')))
  rmSync(join(outdir, 'actions', action, 'dist'), { recursive: true, force: true });
rmSync(join(outdir, 'dist'), { recursive: true, force: true });

// @actions/http-client imports undici at the top level only to build a ProxyAgent when a proxy is
// configured, yet parsing and evaluating undici's 800 KB costs ~30 ms at every start of every
// action. So undici is bundled on its own (dist/chunks/undici.cjs) and http-client gets a
// ProxyAgent that requires it on first construction. The shim may land in a shared chunk or in an
// action's entry, so it looks in both places relative to itself.
let undiciImportedFrom;
const lazyUndici = {
  name: 'lazy-undici',
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, (args) => {
      if (!args.importer.includes('@actions/http-client')) return undefined;
      undiciImportedFrom = args.resolveDir;
      return { path: 'lazy-undici', namespace: 'lazy-undici' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-undici' }, () => ({
      contents: `
        import { existsSync } from 'node:fs';
        import { fileURLToPath } from 'node:url';
        function loadUndici() {
          for (const candidate of ['./undici.cjs', '../../../dist/chunks/undici.cjs']) {
            const path = fileURLToPath(new URL(candidate, import.meta.url));
            if (existsSync(path)) return require(path);
          }
          throw new Error('dist/chunks/undici.cjs is missing from this copy of mlops-actions');
        }
        export class ProxyAgent { constructor(...args) { return new (loadUndici().ProxyAgent)(...args); } }
      `,
    }));
  },
};

const result = await build({
  plugins: [lazyUndici],
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
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
});

// The undici that @actions/http-client itself resolves (recorded by the plugin during the build).
function undiciEntry() {
  if (!undiciImportedFrom)
    throw new Error('no action imports @actions/http-client; drop the lazy-undici plugin');
  return createRequire(join(undiciImportedFrom, 'noop.js')).resolve('undici');
}

const undici = await build({
  entryPoints: [undiciEntry()],
  outfile: join(outdir, 'dist/chunks/undici.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node24',
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
});
Object.assign(result.metafile.outputs, undici.metafile.outputs);

const outputs = Object.entries(result.metafile.outputs).map(([file, meta]) => [file, meta.bytes]);
const total = outputs.reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(
  `bundled ${Object.keys(entryPoints).length} entries into ${outputs.length} files, ${(total / 1024).toFixed(0)} KiB`,
);
