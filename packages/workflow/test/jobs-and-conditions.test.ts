import { describe, expect, test } from 'vitest';
import { job, runInline } from './workflow-fixture.ts';

describe('jobs run in needs order with GitHub’s skip and failure rules', () => {
  test('a failed job skips what needs it, unless if: always() or failure() says otherwise', async () => {
    const { record } = await runInline(`
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: exit 3
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo deploying
  report:
    needs: deploy
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "deploy was \${{ needs.deploy.result }}"
  on-failure:
    needs: deploy
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo cleaning up
`);
    expect(job(record, 'build').result).toBe('failure');
    expect(job(record, 'build').steps[0]?.annotations[0]?.message).toBe(
      'Process completed with exit code 3.',
    );
    expect(job(record, 'deploy')).toMatchObject({ result: 'skipped', reason: 'needs build (failure)' });
    expect(job(record, 'report').result).toBe('success');
    expect(job(record, 'report').steps[0]?.log).toBe('deploy was skipped');
    // failure() looks at every job upstream, not only the direct needs.
    expect(job(record, 'on-failure').result).toBe('success');
    expect(record.conclusion).toBe('failure');
  });

  test('a job whose if: is false is skipped, and says why', async () => {
    const { record } = await runInline(`
on: push
jobs:
  decide:
    runs-on: ubuntu-latest
    outputs:
      route: \${{ steps.pick.outputs.route }}
    steps:
      - id: pick
        run: echo "route=modules" >> "$GITHUB_OUTPUT"
  image:
    needs: decide
    if: needs.decide.outputs.route == 'codebase'
    runs-on: ubuntu-latest
    steps:
      - run: echo building
  modules:
    needs: decide
    if: needs.decide.outputs.route == 'modules'
    runs-on: ubuntu-latest
    steps:
      - run: echo copying
  run:
    needs: [image, modules]
    if: \${{ !cancelled() && !failure() && (needs.image.result == 'success' || needs.modules.result == 'success') }}
    runs-on: ubuntu-latest
    steps:
      - run: echo running
`);
    expect(job(record, 'decide').outputs).toEqual({ route: 'modules' });
    expect(job(record, 'image')).toMatchObject({
      result: 'skipped',
      reason: "if: needs.decide.outputs.route == 'codebase' was false",
    });
    expect(job(record, 'modules').result).toBe('success');
    expect(job(record, 'run').result).toBe('success');
    expect(record.conclusion).toBe('success');
  });

  test('each job gets a fresh workspace, as a fresh runner would', async () => {
    const { record } = await runInline(`
on: push
jobs:
  first:
    runs-on: ubuntu-latest
    steps:
      - run: echo made > made.txt
  second:
    needs: first
    runs-on: ubuntu-latest
    steps:
      - run: test ! -e made.txt && echo "clean \${{ github.job }}"
`);
    expect(job(record, 'second').steps[0]?.log).toBe('clean second');
  });
});

describe('steps', () => {
  test('shell: bash is -eo pipefail; no shell is bash -e, as on the runner', async () => {
    const { record } = await runInline(`
on: push
jobs:
  shells:
    runs-on: ubuntu-latest
    steps:
      - name: default shell ignores a failing pipe head
        run: false | true
      - name: bash fails on it
        id: strict
        shell: bash
        run: false | true
        continue-on-error: true
      - name: after
        run: echo "outcome=\${{ steps.strict.outcome }} conclusion=\${{ steps.strict.conclusion }}"
`);
    const [loose, strict, after] = job(record, 'shells').steps;
    expect(loose?.conclusion).toBe('success');
    expect(strict).toMatchObject({ outcome: 'failure', conclusion: 'success' });
    expect(after?.log).toBe('outcome=failure conclusion=success');
    expect(job(record, 'shells').result).toBe('success');
  });

  test('GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT (heredoc too) and the step summary reach the next steps', async () => {
    const { record } = await runInline(`
on: push
env:
  LEVEL: workflow
jobs:
  files:
    runs-on: ubuntu-latest
    env:
      JOB_LEVEL: \${{ github.job }}-job
    outputs:
      lines: \${{ steps.write.outputs.lines }}
    steps:
      - id: write
        run: |
          echo "GREETING=hello" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool ran\\n' > "$RUNNER_TEMP/bin/tool" && chmod +x "$RUNNER_TEMP/bin/tool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          { echo "lines<<EOF"; echo one; echo two; echo EOF; } >> "$GITHUB_OUTPUT"
          echo "### done" >> "$GITHUB_STEP_SUMMARY"
      - run: echo "$GREETING $JOB_LEVEL $LEVEL \${{ env.GREETING }}" && tool
`);
    const files = job(record, 'files');
    expect(files.steps[0]?.summary).toBe('### done\n');
    expect(files.steps[1]?.log).toBe('hello files-job workflow hello\ntool ran');
    expect(files.outputs.lines).toBe('one\ntwo');
  });

  test('a run step’s command files are read by the runner’s rules: a CR stays in the value, a heredoc needs a name', async () => {
    const { record } = await runInline(`
on: push
jobs:
  files:
    runs-on: ubuntu-latest
    outputs:
      route: \${{ steps.crlf.outputs.route }}
    steps:
      - id: crlf
        run: printf 'route=modules\\r\\n' >> "$GITHUB_OUTPUT"
      - run: printf '<<EOF\\nx\\nEOF\\n' >> "$GITHUB_OUTPUT"
`);
    const files = job(record, 'files');
    expect(files.outputs.route).toBe('modules\r');
    expect(files.steps[1]?.annotations.map((a) => a.message)).toEqual([
      "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty",
    ]);
  });

  test('workflow commands become annotations, and secrets and the token are masked', async () => {
    const { record } = await runInline(
      `
on: push
jobs:
  commands:
    runs-on: ubuntu-latest
    steps:
      - env:
          SECRET: \${{ secrets.API_KEY }}
          TOKEN: \${{ github.token }}
        run: |
          echo "::warning file=models/model.py,line=4,title=Heads up::value %3A 1"
          echo "key $SECRET token $TOKEN"
`,
      { extra: { secrets: { API_KEY: 'sk-very-secret' } } },
    );
    const [step] = job(record, 'commands').steps;
    expect(step?.annotations).toEqual([
      { level: 'warning', message: 'value : 1', title: 'Heads up', file: 'models/model.py', line: 4 },
    ]);
    expect(step?.log).toContain('key *** token ***');
    expect(step?.log).not.toContain('sk-very-secret');
  });

  test('an expression that cannot be evaluated fails the step with the reason', async () => {
    const { record } = await runInline(`
on: push
jobs:
  broken:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ fromJSON('{not json') }}"
`);
    const [step] = job(record, 'broken').steps;
    expect(step?.conclusion).toBe('failure');
    expect(step?.annotations[0]?.message).toMatch(/fromJSON|JSON/i);
  });
});
