import { describe, expect, test } from 'vitest';
import { CHECKOUT, job, runInline } from './workflow-fixture.ts';

const AUTH = 'google-github-actions/auth@ba79af03959ebeac9769e648f473a284504d9193';
const PROVIDER = 'projects/123/locations/global/workloadIdentityPools/github/providers/repo';

const CALLED = `
on:
  workflow_call:
    inputs:
      name: { type: string, required: true }
      loud: { type: boolean, default: false }
      endpoint: { type: string, default: '' }
    outputs:
      greeting:
        value: \${{ jobs.greet.outputs.greeting }}
permissions: {}
jobs:
  greet:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    outputs:
      greeting: \${{ steps.say.outputs.text }}
    steps:
      - uses: ${AUTH}
        with:
          workload_identity_provider: ${PROVIDER}
          service_account: runner@my-project.iam.gserviceaccount.com
      - id: say
        env:
          NAME: \${{ inputs.name }}
          LOUD: \${{ inputs.loud }}
          ENDPOINT: \${{ inputs.endpoint }}
        run: echo "text=hello $NAME loud=$LOUD endpoint=$ENDPOINT project=$GOOGLE_CLOUD_PROJECT" >> "$GITHUB_OUTPUT"
`;

describe('reusable workflows', () => {
  test('a job that uses one of our reusable workflows runs it with its inputs, and gets its outputs', async () => {
    const { record } = await runInline(
      `
on: push
jobs:
  call:
    uses: someone/mlops-actions/.github/workflows/called.yml@v1
    permissions:
      contents: read
      id-token: write
    with:
      name: \${{ github.actor }}
  after:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.call.outputs.greeting }}"
`,
      { siblings: { 'called.yml': CALLED }, extra: { addedCallInputs: { endpoint: 'http://127.0.0.1:9' } } },
    );
    expect(record.jobs.map((j) => j.id)).toEqual(['call', 'call / greet', 'after']);
    expect(job(record, 'call / greet').permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(job(record, 'after').steps[0]?.log).toBe(
      'hello octocat loud=false endpoint=http://127.0.0.1:9 project=my-project',
    );
  });

  test('a called workflow whose job asks for more permissions than the calling job has does not start', async () => {
    const { record } = await runInline(
      `
on: push
jobs:
  call:
    uses: someone/mlops-actions/.github/workflows/called.yml@v1
    permissions:
      contents: read
    with:
      name: x
`,
      { siblings: { 'called.yml': CALLED } },
    );
    expect(job(record, 'call')).toMatchObject({
      result: 'failure',
      reason: "The nested job 'greet' is requesting 'id-token: write', but is only allowed 'id-token: none'.",
    });
    expect(record.jobs.map((j) => j.id)).toEqual(['call']);
    expect(record.conclusion).toBe('failure');
  });

  test('a job without id-token: write cannot authenticate to Google Cloud', async () => {
    const { record } = await runInline(`
on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: ${AUTH}
        with:
          workload_identity_provider: ${PROVIDER}
          service_account: runner@my-project.iam.gserviceaccount.com
`);
    const [auth] = job(record, 'deploy').steps;
    expect(auth?.conclusion).toBe('failure');
    expect(auth?.annotations[0]?.message).toBe(
      'google-github-actions/auth needs `permissions: id-token: write`, which this job does not grant',
    );
  });

  test('inputs are checked as GitHub checks a call: unknown, missing required, wrong type', async () => {
    const caller = (withBlock: string) => `
on: push
jobs:
  call:
    uses: someone/mlops-actions/.github/workflows/called.yml@v1
    with:
${withBlock}
`;
    const { record } = await runInline(caller('      nmae: typo\n      loud: maybe'), {
      siblings: { 'called.yml': CALLED },
    });
    expect(job(record, 'call').reason).toBe(
      [
        'Invalid input, nmae is not defined in the referenced workflow.',
        'Input name is required, but not provided while calling.',
        "Input loud is declared boolean, but 'maybe' is not true or false.",
      ].join('\n'),
    );
  });
});

describe('third-party actions run as explicit local equivalents', () => {
  test('checkout fetches the pushed commit into the path asked for; setup-python gives this machine’s python3', async () => {
    const { record } = await runInline(
      `
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - id: checkout
        uses: ${CHECKOUT}
        with:
          path: src
      - id: python
        uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065
        with:
          python-version: '3.9'
      - run: cat src/models/m.py && git -C src rev-parse --is-shallow-repository && python --version
`,
      { files: { 'models/m.py': 'x = 1\n' } },
    );
    const [checkout, python, run] = job(record, 'build').steps;
    expect(checkout).toMatchObject({
      kind: 'substitute',
      conclusion: 'success',
      outputs: { ref: 'refs/heads/main' },
    });
    expect(checkout?.substitution?.instead).toMatch(/git fetch/);
    expect(python?.outputs['python-path']).toMatch(/python3$/);
    expect(python?.log).toContain('python-version 3.9 was asked for');
    expect(run?.log).toMatch(/^x = 1\ntrue\nPython 3\./);
  });

  test('setup-python’s cache inputs are checked like the real action’s, and the log says caching is skipped here', async () => {
    const setup = (id: string, withLines: string) => `
      - id: ${id}
        continue-on-error: true
        uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065
        with:
          python-version: '3.12'
${withLines}`;
    const { record } = await runInline(
      `
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
${setup('cached', '          cache: pip\n          cache-dependency-path: |\n            ci/requirements*.txt')}
${setup('unknown', '          cache: npm')}
${setup('nothing', '          cache: pip\n          cache-dependency-path: missing.txt')}
${setup('off', "          cache: ''")}
`,
      { files: { 'ci/requirements.txt': 'kfp\n', 'ci/requirements-dev.txt': 'pytest\n' } },
    );
    const [, cached, unknown, nothing, off] = job(record, 'build').steps;
    expect(cached?.outcome).toBe('success');
    expect(cached?.log).toContain(
      'cache: pip, keyed on ci/requirements-dev.txt, ci/requirements.txt — caching is skipped on this machine (no cache service): pip installs from scratch each time',
    );
    expect(unknown?.outcome).toBe('failure');
    expect(unknown?.annotations[0]?.message).toBe("Caching for 'npm' is not supported");
    expect(nothing?.outcome).toBe('failure');
    expect(nothing?.annotations[0]?.message).toMatch(
      /^No file in \/.+ matched to \[missing\.txt\], make sure you have checked out the target repository$/,
    );
    expect(off?.outcome).toBe('success');
    expect(off?.log).not.toContain('cache');
  });

  test('checkout with fetch-depth: 0 brings the whole history', async () => {
    const { record } = await runInline(`
on: push
jobs:
  history:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
      - run: git rev-list --count HEAD && git rev-parse --is-shallow-repository && git branch --show-current
`);
    expect(job(record, 'history').steps[1]?.log).toBe('2\nfalse\nmain');
  });

  test('auth without a provider or key fails like the real action; an unknown action is an error, not a silent skip', async () => {
    const { record } = await runInline(`
on: push
jobs:
  auth:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: ${AUTH}
  other:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
`);
    expect(job(record, 'auth').steps[0]?.annotations[0]?.message).toBe(
      'The GitHub Action workflow must specify exactly one of "workload_identity_provider" or "credentials_json"!',
    );
    expect(job(record, 'other').steps[0]?.annotations[0]?.message).toMatch(
      /^'docker\/login-action@v3' cannot run here and has no local substitute \(known: actions\/checkout, /,
    );
  });
});

describe('our own actions', () => {
  test('run from their built bundle through packages/runner, outputs and summary collected', async () => {
    const { record } = await runInline(
      `
on: push
jobs:
  changes:
    runs-on: ubuntu-latest
    outputs:
      modules-only: \${{ steps.changes.outputs.modules_only }}
    steps:
      - uses: ${CHECKOUT}
      - id: changes
        uses: octo-org/mlops-actions/actions/detect-changes@v1
        with:
          filters: |
            modules:
              - 'models/**'
      - uses: octo-org/mlops-actions/actions/no-such-action@v1
`,
      { files: { 'models/m.py': 'x = 2\n' } },
    );
    const [, changes, missing] = job(record, 'changes').steps;
    expect(changes).toMatchObject({ kind: 'action', conclusion: 'success' });
    expect(changes?.outputs).toMatchObject({ modules: 'true', modules_only: 'true', files: '1' });
    expect(changes?.summary).toContain('### Changes');
    expect(job(record, 'changes').outputs).toEqual({ 'modules-only': 'true' });
    expect(missing?.annotations[0]?.message).toContain('no actions/no-such-action in this repository');
  });
});
