import { describe, expect, it } from 'vitest';
import {
  credentialIn,
  formatProblem,
  parsePipelineFile,
  redactCredentials,
  redactedCopy,
  validatePipeline,
  validateSpec,
} from '../src/index.ts';
import { derivedSpec, fakeGitHubToken, seed } from './seed.ts';

// Fakes assembled at run time, each in the issuer's documented shape.
const FAKES: [string, string][] = [
  [fakeGitHubToken(), 'a GitHub token'],
  [`github_pat_${'11ABCDEFG0'.repeat(3)}_${'x'.repeat(59)}`, 'a GitHub fine-grained personal access token'],
  [`hf_${'aBcDeFgHiJ'.repeat(3)}klmn`, 'a Hugging Face token'],
  [`AKIA${'IOSFODNN7EXAMPLE'}`, 'an AWS access key id'],
  [
    ['-----BEGIN', 'RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----'].join(' '),
    'a PEM private key',
  ],
  [`AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'}`, 'a Google API key'],
  [
    JSON.stringify({
      type: 'service_account',
      project_id: 'p',
      private_key_id: 'abc',
      client_email: 'x@p.iam',
    }),
    'a service-account key',
  ],
];

describe('credentials in a spec', () => {
  it.each(FAKES)('recognises %#: %s', (value, kind) => {
    expect(credentialIn(value)).toBe(kind);
    expect(credentialIn(`prefix ${value} suffix`)).toBe(kind);
  });

  it('leaves ordinary pipeline strings alone', () => {
    for (const text of [
      'hf_model_name',
      'ghp_short',
      'AKIA',
      'gs://bucket/ghp_dir',
      'github_pat_',
      'PRIVATE KEY',
    ]) {
      expect(credentialIn(text)).toBeUndefined();
    }
    expect(validateSpec(seed().spec).filter((p) => p.rule === 'credential')).toEqual([]);
  });

  it('rejects a spec with a token, naming the path and never the value', () => {
    const token = fakeGitHubToken();
    const spec = derivedSpec((s) => {
      const config = JSON.parse(
        s.root.dag.tasks.Trainer.inputs.parameters.custom_config.runtimeValue.constantValue.stringValue,
      );
      config.github_token = token;
      s.root.dag.tasks.Trainer.inputs.parameters.custom_config.runtimeValue.constantValue.stringValue =
        JSON.stringify(config);
    });
    const problems = validateSpec(spec).filter((p) => p.severity === 'error');
    expect(problems.map(formatProblem)).toEqual([
      'root.dag.tasks.Trainer.inputs.parameters.custom_config.runtimeValue.constantValue.stringValue: looks like a GitHub token; a compiled pipeline is readable by everyone who can read its bucket. Remove it and pass it at run time (for example from Secret Manager)',
    ]);
    expect(JSON.stringify(problems)).not.toContain(token);
  });

  it('finds credentials in keys, service-account objects, the PipelineJob and the platform spec', () => {
    const token = fakeGitHubToken();
    const spec = derivedSpec((s) => {
      s.pipelineInfo[token] = 'x';
      s.deploymentSpec.executors.Trainer_executor.container.env = [
        { name: 'KEY', value: { type: 'service_account', private_key: 'k' } },
      ];
    });
    const job = {
      ...seed().document,
      pipelineSpec: spec,
      runtimeConfig: { parameterValues: { hf: `hf_${'Q'.repeat(34)}` } },
    };
    const fromJob = validatePipeline(parsePipelineFile(JSON.stringify(job), 'job.json'));
    const yaml = `pipelineInfo:\n  name: p\n---\nplatforms:\n  kubernetes:\n    token: ${token}\n`;
    const fromPlatform = validatePipeline(parsePipelineFile(yaml, 'p.yaml'));
    const found = [...fromJob, ...fromPlatform].filter((p) => p.rule === 'credential').map(formatProblem);
    expect(found.map((line) => line.split(';')[0])).toEqual([
      'deploymentSpec.executors.Trainer_executor.container.env[0].value: looks like a service-account key',
      'pipelineInfo: looks like a key that is a GitHub token',
      'runtimeConfig.parameterValues.hf: looks like a Hugging Face token',
      '(platform spec) platforms.kubernetes.token: looks like a GitHub token',
    ]);
    expect(JSON.stringify([...fromJob, ...fromPlatform])).not.toContain(token);
  });

  it('copies a document with every credential in strings and keys redacted', () => {
    const token = fakeGitHubToken();
    const copy = redactedCopy({ name: token, tasks: { [token]: { args: [`--token=${token}`] } }, n: 1 });
    expect(copy).toEqual({
      name: '[redacted: a GitHub token]',
      tasks: { '[redacted: a GitHub token]': { args: ['--token=[redacted: a GitHub token]'] } },
      n: 1,
    });
  });

  it('redacts credentials from text such as compiler output', () => {
    const token = fakeGitHubToken();
    expect(redactCredentials(`pushing with ${token} now`)).toBe(
      'pushing with [redacted: a GitHub token] now',
    );
    const pem = FAKES[4]?.[0] as string;
    expect(redactCredentials(`key:\n${pem}\nend`)).toBe('key:\n[redacted: a PEM private key]\nend');
    expect(redactCredentials('{"type": "service_account", "private_key": "abc\\ndef"}')).toBe(
      '{"type": "service_account", "private_key": "[redacted]"}',
    );
  });
});
