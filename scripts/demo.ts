// The demo: the code loop of a TFX pipeline repository, end to end, on this machine. A throw-away
// repository made from examples/cifar10 gets four pushes; for each, the example's own workflow
// (.github/workflows/mlops.yml, which calls this repository's mlops-cicd.yml) is parsed by
// GitHub's @actions/workflow-parser and run job by job: our actions' committed bundles through
// packages/runner on Node 24, against local stand-ins for Cloud Storage, Vertex AI, GitHub and
// Artifact Registry. Then it shows what exists: pipeline jobs, the image, the modules.
//
//   bash scripts/demo.sh            (or: node scripts/demo.ts [--logs] [--no-summaries])
import { relative } from 'node:path';

// packages/workflow loads GitHub's workflow parser lazily, after its JSON-import hook is in place.
const { reportEvents } = await import('../packages/workflow/src/terminal-report.ts');
const { DEMO, runCifar10Demo } = await import('../packages/workflow/src/cifar10-demo/scenario.ts');
const { DEMO_PUSHES } = await import('../packages/workflow/src/cifar10-demo/pushes.ts');
const { SUBSTITUTES } = await import('../packages/workflow/src/substitutes/index.ts');

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[0m` : text);
const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[0m` : text);
const say = (text = '') => process.stdout.write(`${text}\n`);
const rule = (title: string) => say(`\n${bold(`━━ ${title} ${'━'.repeat(Math.max(3, 96 - title.length))}`)}`);

const started = Date.now();
say(
  bold('mlops-actions demo — the code loop, run from the workflow files themselves, against local stand-ins'),
);

const result = await runCifar10Demo(root, {
  onReady({ standIns, vars, addedCallInputs }) {
    say(`\n${bold('Stand-ins')} ${dim('(nothing leaves this machine)')}`);
    say(`  Cloud Storage  ${standIns.gcs.url}  bucket gs://${DEMO.bucket}`);
    say(
      `  Vertex AI      ${standIns.vertex.endpoint} (gRPC)  project ${DEMO.project}; a job moves one DAG level every 100 ms`,
    );
    say(`  GitHub REST    ${standIns.github.url}`);
    say(`  Registry       ${standIns.registry.host} (CNCF distribution)`);
    say(
      `  Base image     the Dockerfile builds FROM \${TFX_IMAGE}, default ${standIns.baseImage.from} (gigabytes); a tiny ` +
        `stand-in was pushed under that name to the local registry: ${standIns.baseImage.local} ` +
        `(${standIns.baseImage.digest.slice(0, 19)}…), and the build gets TFX_IMAGE pointing there`,
    );
    say(
      `\n${bold('Repository')}  a throw-away copy of examples/cifar10 (with the spec TFX 1.9.0 compiled for it,`,
    );
    say(`  pipeline/tfx-compiled/), pushed to main`);
    say(`\n${bold('Workflow')}  on each push: the example's .github/workflows/mlops.yml, whose job`);
    say(
      `  uses: mlops-actions/mlops-actions/.github/workflows/mlops-cicd.yml@v1 → ${relative(process.cwd(), `${root}/.github/workflows/mlops-cicd.yml`)}`,
    );
    say(
      `  repository variables: ${Object.entries(vars)
        .map(([name, value]) => `${name}=${value}`)
        .join(', ')}`,
    );
    say(
      `  added to that call by the demo (empty in production): ${Object.entries(addedCallInputs)
        .map(([name, value]) => `${name}=${value}`)
        .join(', ')}`,
    );
    say(`  our actions: the committed bundles (actions/<name>/dist), run by packages/runner on Node 24`);
    say(
      `  Python requirements: the example sets requirements: requirements-ci.txt, which lists no package — its compile`,
    );
    say(
      `  (compile_pipeline.py, a stand-in for TFX's compiler) and smoke run (python3 -m pipeline.smoke) need only the`,
    );
    say(
      `  standard library, so each job checks the file and has nothing to install. PyPI is not reachable from this`,
    );
    say(`  machine: neither tfx nor kfp is installed here, and no real TFX or KFP compile happens`);
    say(
      `  smoke run: after compile, before any build or upload — the compiled DAG checked, four CIFAR-10 records preprocessed`,
    );
    say(`  third-party actions, run as local equivalents:`);
    for (const substitute of SUBSTITUTES.values()) say(`    ${substitute.action} → ${substitute.instead}`);
  },
  onPush(push, index, sha) {
    rule(`push ${index + 1}/${DEMO_PUSHES.length} ${sha.slice(0, 7)}: ${push.title}`);
  },
  onEvent: reportEvents({
    color,
    logs: process.argv.includes('--logs'),
    summaries: !process.argv.includes('--no-summaries'),
    write: (text) => process.stdout.write(text),
  }),
});

rule('What now exists');
const calls = result.runs.map((run) => run.workflow.jobs.find((job) => job.id === 'mlops')?.outputs ?? {});
say(bold('Vertex AI pipeline jobs'));
for (const job of result.endState.vertexJobs) {
  const index = calls.findIndex((outputs) => outputs['job-name'] === job.name);
  const origin =
    index < 0
      ? ''
      : `  ← push ${index + 1} (${result.runs[index]?.sha.slice(0, 7)}), ${calls[index]?.route} route`;
  say(`  ${job.name.split('/').pop()}  ${job.state.replace(/^PIPELINE_STATE_/, '')}${dim(origin)}`);
  for (const [name, value] of Object.entries(job.parameters))
    say(`    parameter ${name} = ${JSON.stringify(value)}`);
  for (const image of job.images) say(`    image     ${image}`);
  for (const image of job.trainingImages)
    say(`    training  ${image} ${dim("(the Trainer's custom_config)")}`);
  const shown = ['github-commit', 'mlops-route'].filter((name) => name in job.labels);
  const labels = shown.map((name) => `${name}=${job.labels[name]}`);
  const more = Object.keys(job.labels).length - shown.length;
  if (labels.length > 0) say(dim(`    labels    ${labels.join(', ')}${more > 0 ? ` (+${more} more)` : ''}`));
}
say(bold(`Artifact Registry  ${result.imageRepository}`));
const tagWidth = Math.max(0, ...Object.keys(result.endState.imageTags).map((tag) => tag.length));
for (const [tag, digest] of Object.entries(result.endState.imageTags))
  say(`  :${tag.padEnd(tagWidth)} ${digest}`);
say(bold(`Cloud Storage  gs://${DEMO.bucket}/${DEMO.modulesPrefix}`));
for (const uri of result.endState.modules) say(`  ${uri}`);

say(`\n${bold('Pushes')}`);
for (const [index, run] of result.runs.entries()) {
  const outcome = run.workflow.conclusion === 'success' ? '✓' : '✗';
  const short = (id: string) => id.replace(/^mlops \/ /, '');
  const failed = run.workflow.jobs.filter((job) => job.result === 'failure' && job.id !== 'mlops');
  const skipped = run.workflow.jobs.filter((job) => job.result === 'skipped').map((job) => short(job.id));
  const verdict =
    failed.length === 0
      ? run.workflow.conclusion
      : `stopped at ${failed.map((job) => short(job.id)).join(', ')}; ${skipped.join(', ')} skipped`;
  say(
    `  ${outcome} ${index + 1}. ${run.sha.slice(0, 7)} ${run.push.title} → ${calls[index]?.route} route, ${verdict}`,
  );
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
say(dim(`Done in ${seconds} s; the stand-ins are stopped and the throw-away repository removed.`));
