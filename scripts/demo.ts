// The demo: a throw-away pipeline repository, two pushes, and detect-changes (the committed
// bundle, on Node 24, run the way the GitHub runner runs it) deciding the route for each.
// Later issues grow this into the whole code loop against the local stand-ins.
import { runAction } from '@mlops-actions/runner';
import { pushEvent, RepoFixture } from '@mlops-actions/testing';

const actionDir = new URL('../actions/detect-changes', import.meta.url).pathname;
const filters = `codebase:
  - 'Dockerfile'
  - 'requirements*.txt'
  - 'pipeline/**'
  - 'models/**'
modules:
  - 'models/**'
  - '!models/**/*_test.py'
`;

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const rule = (title: string) =>
  console.log(`\n${bold(`━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`)}`);

const repo = new RepoFixture();
try {
  const first = repo.commit(
    {
      Dockerfile: 'FROM gcr.io/tfx-oss-public/tfx:1.9.0\nCOPY . /pipeline\n',
      'requirements.txt': 'tfx==1.9.0\n',
      'pipeline/pipeline.py': '# the TFX pipeline definition\n',
      'models/preprocessing.py': 'def preprocessing_fn(inputs):\n    return inputs\n',
      'models/model.py': 'def run_fn(fn_args):\n    pass\n',
      'models/model_test.py': 'def test_model():\n    assert True\n',
    },
    'initial pipeline',
  );
  repo.push('main');

  const pushes: { title: string; changes: Record<string, string> }[] = [
    {
      title: 'push 1: only the training module changed',
      changes: { 'models/model.py': 'def run_fn(fn_args):\n    train()\n' },
    },
    {
      title: 'push 2: the Dockerfile and the pipeline changed',
      changes: {
        Dockerfile: 'FROM gcr.io/tfx-oss-public/tfx:1.9.1\nCOPY . /pipeline\n',
        'pipeline/pipeline.py': '# v2\n',
      },
    },
  ];
  let before = first;
  for (const push of pushes) {
    const after = repo.commit(push.changes, push.title);
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);
    rule(push.title);
    const result = await runAction({
      actionDir,
      workspace,
      event: pushEvent({ before, after }),
      inputs: { filters, 'list-files': 'json' },
      env: { GITHUB_SHA: after, GITHUB_REF: 'refs/heads/main' },
    });
    console.log(bold('job log'));
    console.log(result.log.trimEnd().replace(/^/gm, '  '));
    console.log(bold('outputs'));
    for (const [name, value] of Object.entries(result.outputs)) console.log(`  ${name} = ${value}`);
    const route =
      result.outputs.modules_only === 'true' ? 'modules → copy-modules' : 'codebase → build-image';
    console.log(bold(`route: ${route}`));
    console.log(bold('job summary (markdown)'));
    console.log(result.summary.trimEnd().replace(/^/gm, '  '));
    if (result.exitCode !== 0) throw new Error(`detect-changes failed with exit code ${result.exitCode}`);
    before = after;
  }
} finally {
  repo.cleanup();
}
