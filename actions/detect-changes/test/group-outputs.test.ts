import { readActionMetadata } from '@mlops-actions/runner';
import { describe, expect, it } from 'vitest';
import { ACTION_OUTPUTS, groupOutcomes, outputsFor } from '../src/group-outputs.ts';

const file = (path: string) => ({ path, status: 'modified' as const });

describe('group outputs', () => {
  it('marks a group "only" when every file that matched any group matched it', () => {
    const outcomes = groupOutcomes([
      { name: 'codebase', files: [file('models/a.py'), file('pipeline/p.py')] },
      { name: 'modules', files: [file('models/a.py')] },
      { name: 'docs', files: [] },
    ]);
    expect(outputsFor(outcomes, 'none')).toEqual({
      codebase: 'true',
      codebase_count: '2',
      codebase_only: 'true',
      modules: 'true',
      modules_count: '1',
      modules_only: 'false',
      docs: 'false',
      docs_count: '0',
      docs_only: 'false',
      changes: '["codebase","modules"]',
    });
  });

  it('picks the modules route when only training modules changed', () => {
    const outcomes = groupOutcomes([
      { name: 'codebase', files: [file('models/a.py')] },
      { name: 'modules', files: [file('models/a.py')] },
    ]);
    const outputs = outputsFor(outcomes, 'json');
    expect(outputs.modules_only).toBe('true');
    expect(outputs.codebase_only).toBe('true');
    expect(outputs.modules_files).toBe('["models/a.py"]');
  });

  it('is never "only" for a group with no files', () => {
    const outputs = outputsFor(groupOutcomes([{ name: 'a', files: [] }]), 'csv');
    expect(outputs).toMatchObject({ a: 'false', a_only: 'false', a_files: '', changes: '[]' });
  });
});

describe('the outputs the action writes itself', () => {
  it('are exactly the outputs action.yml declares, so filters can reserve them all', () => {
    const declared = Object.keys(readActionMetadata(new URL('..', import.meta.url).pathname).outputs);
    expect([...ACTION_OUTPUTS].sort()).toEqual(declared.sort());
  });
});
