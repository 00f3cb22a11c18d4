// Bundles every action in one esbuild run with code splitting: each action gets a small entry
// (actions/<name>/dist/<step>.mjs) and the code they share — @actions/*, the SDKs, our packages —
// lives once in dist/chunks/. One copy of each dependency keeps the repository that every
// `uses:` downloads small, and an action loads only the chunks its imports reach.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

// @actions/core imports @actions/http-client at the top level only for getIDToken(), and loading
// it (http, https, tls, tunnel, undici) costs ~25 ms at every start of every action — more than
// all of detect-changes' own work. So http-client is bundled on its own (dist/chunks/http-client.cjs)
// and @actions/core gets stand-in classes that require it on first construction. The stand-ins may
// land in a shared chunk or in an action's entry, so they look in both places relative to themselves.
const LAZY_FROM_CORE = {
  '@actions/http-client': 'HttpClient',
  '@actions/http-client/lib/auth': 'BearerCredentialHandler',
};
let httpClientResolveDir;
const lazyHttpClient = {
  name: 'lazy-http-client',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(\/lib\/auth)?$/ }, (args) => {
      if (!/@actions[+/]core/.test(args.importer)) return undefined;
      httpClientResolveDir = args.resolveDir;
      return { path: args.path, namespace: 'lazy-http-client' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-http-client' }, (args) => {
      const name = LAZY_FROM_CORE[args.path];
      return {
        contents: `
          import { existsSync } from 'node:fs';
          import { fileURLToPath } from 'node:url';
          function load() {
            for (const candidate of ['./http-client.cjs', '../../../dist/chunks/http-client.cjs']) {
              const path = fileURLToPath(new URL(candidate, import.meta.url));
              if (existsSync(path)) return require(path);
            }
            throw new Error('dist/chunks/http-client.cjs is missing from this copy of mlops-actions');
          }
          export class ${name} { constructor(...args) { return new (load().${name})(...args); } }
        `,
      };
    });
  },
};

const result = await build({
  plugins: [lazyHttpClient],
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
  write: false,
});

// The real @actions/http-client that @actions/core depends on, bundled once as CommonJS.
if (!httpClientResolveDir)
  throw new Error('no action imports @actions/core; drop the lazy-http-client plugin');
const httpClient = await build({
  stdin: {
    contents: Object.entries(LAZY_FROM_CORE)
      .map(([specifier, name]) => `export { ${name} } from '${specifier}';`)
      .join('\n'),
    resolveDir: httpClientResolveDir,
    loader: 'js',
  },
  outfile: join(outdir, 'dist/chunks/http-client.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node24',
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
  write: false,
});
Object.assign(result.metafile.outputs, httpClient.metafile.outputs);
publish([...result.outputFiles, ...httpClient.outputFiles]);

/**
 * Writes the new files (each through a temporary name and a rename, so a test running the bundles
 * meanwhile never reads half a file), then removes what the previous build left that this one did
 * not produce. Chunk names carry content hashes, so old entries keep working until replaced.
 */
function publish(files) {
  const written = new Set();
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.add(file.path);
  }
  const folders = [join(outdir, 'dist', 'chunks')];
  if (existsSync(join(outdir, 'actions'))) {
    for (const action of readdirSync(join(outdir, 'actions')))
      folders.push(join(outdir, 'actions', action, 'dist'));
  }
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (!written.has(path) && !name.endsWith('.tmp')) rmSync(path, { recursive: true, force: true });
    }
  }
}

const outputs = Object.entries(result.metafile.outputs).map(([file, meta]) => [file, meta.bytes]);
const total = outputs.reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(
  `bundled ${Object.keys(entryPoints).length} entries into ${outputs.length} files, ${(total / 1024).toFixed(0)} KiB`,
);
