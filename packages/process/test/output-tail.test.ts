import { describe, expect, it } from 'vitest';
import { meaningfulTail, type ProcessResult, processFailure } from '../src/index.ts';

const result = (overrides: Partial<ProcessResult>): ProcessResult => ({
  command: ['docker', 'buildx', 'build'],
  exitCode: 1,
  signal: null,
  timedOut: false,
  cancelled: false,
  killed: false,
  durationMs: 10,
  output: '',
  omittedBytes: 0,
  ...overrides,
});

describe('meaningfulTail', () => {
  it('keeps the last lines without blank lines, colours or progress bars', () => {
    const output = [
      '#5 [2/3] RUN pip install -r requirements.txt',
      '\u001b[1;31mCollecting tfx\u001b[0m',
      '   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1.2/1.2 MB 3.4 MB/s eta 0:00:00',
      ' 45%|████▌     | 45/100 [00:01<00:01, 30.00it/s]',
      'abc123: Downloading [=====>                 ]  12.3MB/45.6MB',
      '#6 sha256:0123abcd 12.58MB / 45.12MB 0.3s',
      '',
      '   ',
      'Downloading 10%\rDownloading 50%\rERROR: No matching distribution found for tfx==9.9',
      '',
    ].join('\n');
    expect(meaningfulTail(output)).toEqual([
      '#5 [2/3] RUN pip install -r requirements.txt',
      'Collecting tfx',
      'ERROR: No matching distribution found for tfx==9.9',
    ]);
  });

  it('keeps a handful of lines, each bounded, redacted before it is cut', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    expect(meaningfulTail(lines.join('\n'))).toEqual(lines.slice(-10));
    const long = `token=${'s'.repeat(400)}`;
    const [cut] = meaningfulTail(long, { redact: (line) => line.replace(/token=\S+/, 'token=***') });
    expect(cut).toBe('token=***');
    expect(meaningfulTail('x'.repeat(400))[0]).toBe(`${'x'.repeat(300)}…`);
  });
});

describe('processFailure', () => {
  it('says how the process ended and quotes the tail', () => {
    const failure = processFailure(result({ output: 'step one\nERROR: failed to solve: exit code: 1\n' }), {
      what: 'docker buildx build',
    });
    expect(failure?.headline).toBe('docker buildx build exited with code 1');
    expect(failure?.tail).toEqual(['step one', 'ERROR: failed to solve: exit code: 1']);
    expect(failure?.message).toBe(
      'docker buildx build exited with code 1. Last lines of its output (all of it is in the log):\nstep one\nERROR: failed to solve: exit code: 1',
    );
  });

  it('names a signal, a cancel and a timeout, and an empty output', () => {
    expect(processFailure(result({ exitCode: null, signal: 'SIGKILL' }), { what: 'x' })?.message).toBe(
      'x was killed by SIGKILL. It printed nothing.',
    );
    expect(processFailure(result({ cancelled: true }), { what: 'x' })?.headline).toBe('x was cancelled');
    expect(processFailure(result({ timedOut: true }), { what: 'x' })?.headline).toBe(
      'x timed out and was stopped',
    );
    expect(processFailure(result({ exitCode: 0 }), { what: 'x' })).toBeUndefined();
  });
});
