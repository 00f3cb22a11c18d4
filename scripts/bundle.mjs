// Bundles every action in one esbuild run with code splitting: each action gets a small entry
// (actions/<name>/dist/<step>.mjs) and the code they share — @actions/*, the SDKs, our packages —
// lives once in dist/chunks/. One copy of each dependency keeps the repository that every
// `uses:` downloads small, and an action loads only the chunks its imports reach.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
            // From a chunk, or from an entry in actions/<name>/dist/. repo-lint: allow-outside-path
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

// @google-cloud/aiplatform: every service client requires build/protos/protos.json — the protos
// of all ~90 services of v1 and v1beta1, 4 MB — and builds two protobuf roots from it when it is
// constructed, for the one service it calls: ~0.4 s and ~130 MB more at every start. google-gax
// then loads its own JSON protos for the IAM, Locations and Operations mixins every client
// constructs (each dragging in descriptor.proto). This plugin gives each of those requires a JSON
// holding only the service it serves and the types that service reaches (PipelineService: ~43 KB),
// computed here with the protobufjs that google-gax itself uses, and embedded as a JSON string
// (JSON.parse is faster than an object literal). A client that is not imported costs nothing.
// google-gax and @grpc/grpc-js also read __dirname (to find .proto files for features the actions
// do not use, such as channelz), which ES modules lack: such files get a placeholder so that
// loading them does not throw.
const AIPLATFORM_CLIENT = /@google-cloud[+/]aiplatform.*[/\\]build[/\\]src[/\\](v1\w*)[/\\](\w+)_client\.js$/;
const GAX_MIXIN_PROTOS = {
  'iam_service.json': 'google.iam.v1.IAMPolicy',
  'locations.json': 'google.cloud.location.Locations',
  'operations.json': 'google.longrunning.Operations',
};
const protoRoots = new Map();
const trimmedProtos = {
  name: 'trimmed-protos',
  setup(build) {
    build.onResolve({ filter: /[/\\]protos[/\\]\w+\.json$/ }, (args) => {
      const file = args.path.slice(args.path.lastIndexOf('/') + 1);
      const client = AIPLATFORM_CLIENT.exec(args.importer);
      let service;
      if (client && file === 'protos.json') {
        const [, version, name] = client;
        service = `google.cloud.aiplatform.${version}.${name.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase())}`;
      } else if (/[/\\]google-gax[/\\]build[/\\]src[/\\]/.test(args.importer) && GAX_MIXIN_PROTOS[file]) {
        service = GAX_MIXIN_PROTOS[file];
      } else {
        return undefined;
      }
      return {
        path: `${service} (${file})`,
        namespace: 'trimmed-protos',
        pluginData: { protos: join(dirname(args.importer), args.path), importer: args.importer, service },
      };
    });
    build.onLoad({ filter: /.*/, namespace: 'trimmed-protos' }, ({ pluginData }) => {
      const trimmed = protosOfService(pluginData.protos, pluginData.importer, pluginData.service);
      return {
        contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(trimmed))});`,
        loader: 'js',
      };
    });
    build.onLoad({ filter: /[/\\]node_modules[/\\](google-gax|@grpc[/\\]grpc-js)[/\\].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!/\b__dirname\b/.test(source)) return undefined;
      return { contents: `var __dirname = "/(bundled: no .proto files here)";\n${source}`, loader: 'js' };
    });
  },
};

/** The protos JSON cut down to one service, the messages and enums it reaches, and its LRO types. */
function protosOfService(protosPath, clientPath, serviceName) {
  const protobuf = createRequire(createRequire(clientPath).resolve('google-gax'))('protobufjs');
  let entry = protoRoots.get(protosPath);
  if (!entry) {
    const json = JSON.parse(readFileSync(protosPath, 'utf8'));
    const root = protobuf.Root.fromJSON(json);
    root.resolveAll();
    entry = { json, root };
    protoRoots.set(protosPath, entry);
  }
  const { json, root } = entry;
  const keep = new Set();
  const visit = (object) => {
    if (!object || keep.has(object.fullName)) return;
    keep.add(object.fullName);
    for (let parent = object.parent; parent; parent = parent.parent) keep.add(parent.fullName);
    if (object instanceof protobuf.Type) {
      for (const field of object.fieldsArray) visit(field.resolve().resolvedType);
    }
  };
  const service = root.lookupService(serviceName);
  visit(service);
  for (const method of service.methodsArray) {
    method.resolve();
    visit(method.resolvedRequestType);
    visit(method.resolvedResponseType);
    // Long-running operations name their response and metadata types only in an option.
    for (const [option, typeName] of Object.entries(method.options ?? {})) {
      if (!option.startsWith('(google.longrunning.operation_info).')) continue;
      const type = service.parent.lookup(typeName);
      if (!type) throw new Error(`${serviceName}: operation type ${typeName} not found in ${protosPath}`);
      visit(type);
    }
  }
  const prune = (node, prefix) => {
    if (!node.nested) return node;
    const nested = {};
    for (const [name, child] of Object.entries(node.nested)) {
      if (keep.has(`${prefix}.${name}`)) nested[name] = prune(child, `${prefix}.${name}`);
    }
    const { nested: _, ...rest } = node;
    return Object.keys(nested).length > 0 ? { ...rest, nested } : rest;
  };
  const trimmed = prune(json, '');
  protobuf.Root.fromJSON(trimmed).resolveAll(); // every type it names is in it
  return trimmed;
}

const result = await build({
  plugins: [lazyHttpClient, trimmedProtos],
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
