import { describe, expect, it } from 'vitest';
import { readActionMetadata, runBuiltAction } from '../src/index.ts';
import { fixture } from './fixture.ts';

describe('action.yml', () => {
  it('parses runs, inputs and the default conditions', () => {
    const metadata = readActionMetadata(fixture('lifecycle'));
    expect(metadata.runs).toEqual({
      using: 'node24',
      main: 'main.mjs',
      pre: 'pre.mjs',
      post: 'post.mjs',
      preIf: 'always()',
      postIf: 'always()',
    });
    const inputs = readActionMetadata(fixture('env-dump')).inputs;
    expect(inputs.name).toEqual({
      description: 'A plain input with a default.',
      required: false,
      default: 'world',
    });
    expect(inputs.old?.deprecationMessage).toBe('use name instead');
  });

  it('rejects a Node version other than node20 or node24', async () => {
    expect(() => readActionMetadata(fixture('bad-using'))).toThrow(
      "'using: node12' is not supported, use 'node24' (or 'node20') instead",
    );
    await expect(runBuiltAction({ actionDir: fixture('bad-using') })).rejects.toThrow('node12');
  });

  it('rejects a main file that does not exist', () => {
    expect(() => readActionMetadata(fixture('missing-main'))).toThrow(
      /runs\.main: file not found: .*dist\/index\.mjs/,
    );
  });

  it('rejects expressions it cannot evaluate instead of passing them through', () => {
    let message = '';
    try {
      readActionMetadata(fixture('bad-expression'));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      "inputs.payload.default: unsupported expression: function 'tojson()' is not supported",
    );
    expect(message).toContain(
      "inputs.span.default: unsupported expression: 'github.event.inputs.span' is not supported",
    );
    expect(message).toContain("runs.post-if: unsupported expression: 'steps.train.outcome' is not supported");
  });

  it('reports a folder without action.yml', () => {
    expect(() => readActionMetadata(fixture('.'))).toThrow('No action.yml or action.yaml');
  });
});
