// `pnpm emulators`: starts every stand-in on loopback and prints the environment to export, so a
// person can point the real clients (or the built actions) at them. Ctrl-C stops them all.
//
//   node packages/emulators/src/cli.ts [--dir DIR]     (state of the Cloud Storage stand-in in DIR)
import { CloudBuildStandIn } from './cloudbuild/index.ts';
import { GcsStandIn } from './gcs/index.ts';
import { GitHubStandIn } from './github/index.ts';
import { ensureRegistryTools, RegistryStandIn } from './registry/index.ts';
import { VertexStandIn } from './vertex/index.ts';

const dirIndex = process.argv.indexOf('--dir');
const directory = dirIndex > 0 ? process.argv[dirIndex + 1] : undefined;

const gcs = await new GcsStandIn(directory ? { directory } : {}).start();
const vertex = await new VertexStandIn({ store: gcs.store }).start();
const cloudBuild = await new CloudBuildStandIn({ store: gcs.store }).start();
const github = await new GitHubStandIn().start();
const registryProblem = ensureRegistryTools();
const registry = registryProblem ? undefined : await new RegistryStandIn().start();

const lines = [
  '# Cloud Storage (JSON API)',
  `export STORAGE_EMULATOR_HOST=${gcs.url}`,
  `# fault control: curl -X POST ${gcs.url}/_emulator/faults -d '{"route":"/upload/","action":{"kind":"status","status":503}}'`,
  '# Vertex AI (gRPC, insecure)',
  `export VERTEX_API_ENDPOINT=${vertex.endpoint}`,
  `# fault control: ${vertex.controlUrl}/_emulator/faults`,
  '# Cloud Build (REST)',
  ...Object.entries(cloudBuild.environment()).map(([name, value]) => `export ${name}=${value}`),
  '# GitHub REST',
  `export GITHUB_API_URL=${github.url}`,
  `export GITHUB_TOKEN=${github.token}`,
  registry
    ? `# Artifact Registry (CNCF distribution)\nexport REGISTRY_HOST=${registry.host}`
    : `# Artifact Registry not started: ${registryProblem}`,
];
console.log(lines.join('\n'));
console.log('\n# stand-ins are running; Ctrl-C stops them');

const stop = async () => {
  await Promise.allSettled([gcs.stop(), vertex.stop(), cloudBuild.stop(), github.stop(), registry?.stop()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
