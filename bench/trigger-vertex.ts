// Benchmark: trigger-vertex's cold start — process start to the first request on the wire — as a
// ratio to a bare `node -e ''`, both on Node 24 in this run, and the bundle's size on disk. For
// scale, the same first request from @google-cloud/aiplatform as installed (no bundle), which
// parses the 4 MB protos JSON of every service at client construction.
//
//   node bench/trigger-vertex.ts [--runs N]
//
// The action runs as the runner starts it (INPUT_* and GITHUB_* variables, wait: false) against
// the Vertex AI stand-in, behind a TCP relay that notes when the first byte of the first
// connection arrives: that is when the gRPC channel sends the CreatePipelineJob call.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GcsStandIn, VertexStandIn } from '@mlops-actions/emulators';

const root = new URL('..', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 11;
const node = process.execPath;
if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

const work = mkdtempSync(join(tmpdir(), 'bench-trigger-vertex-'));
const gcs = await new GcsStandIn().start();
const vertex = await new VertexStandIn({ store: gcs.store }).start();

/** A TCP relay to the stand-in that notes the moment the first byte from a client arrives. */
let firstByteAt: number | undefined;
const relay: Server = createServer((client) => {
  const upstream = connect(vertex.port, '127.0.0.1');
  client.once('data', () => {
    firstByteAt ??= performance.now();
  });
  client.pipe(upstream).pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', close);
  upstream.on('error', close);
});
await new Promise<void>((done) => relay.listen(0, '127.0.0.1', done));
const relayPort = (relay.address() as { port: number }).port;

// --- the action, as the runner starts it -------------------------------------------------------
const workspace = join(work, 'workspace');
mkdirSync(workspace);
copyFileSync(
  join(root, 'actions/trigger-vertex/test/fixtures/training-pipeline.yaml'),
  join(workspace, 'pipeline.yaml'),
);
const rssFile = join(work, 'rss');

function actionEnv(run: string): NodeJS.ProcessEnv {
  const file = (name: string) => {
    const path = join(work, `${name}-${run}`);
    writeFileSync(path, '');
    return path;
  };
  return {
    PATH: process.env.PATH,
    HOME: join(work, 'home'),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: file('output'),
    GITHUB_STATE: file('state'),
    GITHUB_STEP_SUMMARY: file('summary'),
    RUNNER_TEMP: work,
    INPUT_PROJECT: 'demo-project',
    INPUT_REGION: 'us-central1',
    INPUT_SPEC: 'pipeline.yaml',
    INPUT_PARAMETERS: '{"data_root": "gs://demo-bucket/data"}',
    'INPUT_JOB-ID': `bench-${run}`,
    INPUT_WAIT: 'false',
    'INPUT_API-ENDPOINT': `127.0.0.1:${relayPort}`,
    BENCH_RSS_FILE: rssFile,
  };
}

// --- the SDK as installed: one client, one call --------------------------------------------------
const requireFromVertex = createRequire(join(root, 'packages/vertex/package.json'));
const aiplatformMain = requireFromVertex.resolve('@google-cloud/aiplatform');
const aiplatformDir = resolve(dirname(aiplatformMain), '../..');
const requireFromAiplatform = createRequire(aiplatformMain);
const sdkScript = join(work, 'sdk-first-request.mjs');
writeFileSync(
  sdkScript,
  `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(aiplatformMain)});
const { PipelineServiceClient } = require('@google-cloud/aiplatform');
const { grpc } = require(${JSON.stringify(requireFromAiplatform.resolve('google-gax'))});
const { PassThroughClient } = require(${JSON.stringify(createRequire(requireFromAiplatform.resolve('google-gax')).resolve('google-auth-library'))});
const client = new PipelineServiceClient({ apiEndpoint: '127.0.0.1', port: ${relayPort}, sslCreds: grpc.credentials.createInsecure(), authClient: new PassThroughClient() });
await client.getPipelineJob({ name: 'projects/demo-project/locations/us-central1/pipelineJobs/none' }).catch(() => {});
await client.close();
`,
);

interface Sample {
  exitMs: number;
  firstRequestMs: number | undefined;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  firstByteAt = undefined;
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code) => {
      const exitMs = performance.now() - start;
      if (code !== 0) fail(new Error(`${args.join(' ')} exited ${code}:\n${output}`));
      else done({ exitMs, firstRequestMs: firstByteAt === undefined ? undefined : firstByteAt - start });
    });
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const action = join(root, 'actions/trigger-vertex/dist/index.mjs');
const samples = { node: [] as number[], first: [] as number[], exit: [] as number[], sdk: [] as number[] };
let peakRss = 0;
for (let round = 0; round < RUNS + 2; round++) {
  const warm = round < 2; // the first rounds fill the page cache and are not counted
  const bare = await run(['-e', ''], { PATH: process.env.PATH });
  const started = await run(
    ['--import', join(root, 'bench/report-rss.mjs'), action],
    actionEnv(String(round)),
  );
  const sdk = await run([sdkScript], { PATH: process.env.PATH, HOME: join(work, 'home') });
  if (started.firstRequestMs === undefined || sdk.firstRequestMs === undefined)
    throw new Error('no request reached the stand-in');
  peakRss = Math.max(peakRss, Number(readFileSync(rssFile, 'utf8')));
  if (warm) continue;
  samples.node.push(bare.exitMs);
  samples.first.push(started.firstRequestMs);
  samples.exit.push(started.exitMs);
  samples.sdk.push(sdk.firstRequestMs);
}
if (!vertex.pipelineJob(`bench-${RUNS + 1}`)) throw new Error('the action created no job');

// --- size on disk --------------------------------------------------------------------------------
/** The files a module loads, following static imports only, or dynamic ones too. */
function reachable(entry: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // esbuild writes chunk imports as "./<name>-<hash>.mjs", or from an entry in actions/<name>/dist/
    // as (repo-lint: allow-outside-path) "../../../dist/chunks/…".
    const pattern = dynamic
      ? /(?:^import\s*(?:[^'"]*?from\s*)?|\bimport\()\s*["'](\.[^"']+\.mjs)["']/gm
      : /^import\s*(?:[^'"]*?from\s*)?["'](\.[^"']+\.mjs)["']/gm;
    for (const match of text.matchAll(pattern)) visit(resolve(dirname(file), match[1] as string));
  };
  visit(entry);
  return seen;
}
const bytes = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + statSync(file).size, 0);
function directoryBytes(dir: string): number {
  let sum = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    sum += entry.isDirectory() ? directoryBytes(path) : statSync(path).size;
  }
  return sum;
}
const atStart = bytes(reachable(action, false));
const everything = new Set([
  ...reachable(action, true),
  ...reachable(join(root, 'actions/trigger-vertex/dist/post.mjs'), true),
]);
// Chunks reached through @actions/core's lazy http-client and the dynamic imports are counted too.
everything.add(join(root, 'dist/chunks/http-client.cjs'));
const allFiles = bytes(everything);
const sdkInstalled = directoryBytes(aiplatformDir);
const MiB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

const nodeMs = median(samples.node);
const firstMs = median(samples.first);
const sdkMs = median(samples.sdk);
console.log(`trigger-vertex benchmark: Node 24, ${RUNS} runs per case (medians)`);
console.log(`  baseline: bare node -e '': ${nodeMs.toFixed(1)} ms`);
console.log(
  `  cold start, process start → first request sent: ${(firstMs / nodeMs).toFixed(1)}× node -e ''  (${firstMs.toFixed(0)} ms; whole run with wait: false ${(median(samples.exit) / nodeMs).toFixed(1)}×, peak RSS ${(peakRss / 1024).toFixed(0)} MiB)`,
);
console.log(
  `  for scale, @google-cloud/aiplatform as installed, one client and one call: ${(sdkMs / nodeMs).toFixed(1)}× node -e ''  (${sdkMs.toFixed(0)} ms; the action is ${(firstMs / sdkMs).toFixed(2)}× that)`,
);
console.log(
  `  on disk: ${MiB(atStart)} loaded at start (entry + static chunks), ${MiB(allFiles)} with every chunk it can load — ${(allFiles / sdkInstalled).toFixed(3)}× the ${MiB(sdkInstalled)} of @google-cloud/aiplatform installed`,
);

relay.close();
await vertex.stop();
await gcs.stop();
rmSync(work, { recursive: true, force: true });
