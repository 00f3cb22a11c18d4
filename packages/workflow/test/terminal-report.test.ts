import { expect, test } from 'vitest';
import { reportEvents } from '../src/terminal-report.ts';
import { CHECKOUT, runInline } from './workflow-fixture.ts';

// A job summary as our actions write them: escaped Markdown, a long table, details, a diagram.
const SUMMARY = [
  '### ✅ Built `img\\-classification`',
  '| n | square |',
  '| ---: | ---: |',
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `| ${n} | ${n * n} |`),
  '<details><summary>files</summary>',
  '',
  '- a.txt',
  '</details>',
  '```mermaid',
  'flowchart TD',
  '  a --> b',
  '```',
  '',
].join('\n');

test('a run reads well in a terminal: jobs and steps with outcomes, stand-ins named, summaries made plain', async () => {
  let printed = '';
  await runInline(
    `
name: report
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - name: Summarise
        run: cat summary.md >> "$GITHUB_STEP_SUMMARY"
      - name: Fail
        run: echo "::error file=a.txt,line=1::broken" && exit 1
  after:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo never
`,
    {
      files: { 'summary.md': SUMMARY },
      extra: { onEvent: reportEvents({ color: false, write: (text) => (printed += text) }) },
    },
  );
  const lines = printed.replace(/\d+\.\d s/g, 'N s').split('\n');
  expect(lines).toEqual([
    expect.stringMatching(/^▷ workflow report \(.*workflow\.yml\)$/),
    '● build  ✗ failure  N s',
    '    permissions: contents: read, packages: read',
    '    ✓ actions/checkout  N s  ⇢ stand-in: local git fetch',
    '    ✓ Summarise  N s',
    '    ✗ Fail  N s',
    '        error a.txt:1: broken',
    '        error: Process completed with exit code 1.',
    '        Error: broken',
    '        Error: Process completed with exit code 1.',
    '    ┌ job summary',
    '    │ ### ✅ Built img-classification',
    '    │ | n | square |',
    '    │ | ---: | ---: |',
    '    │ | 1 | 1 |',
    '    │ | 2 | 4 |',
    '    │ | 3 | 9 |',
    '    │ | 4 | 16 |',
    '    │ | 5 | 25 |',
    '    │ … 2 more rows',
    '    │ ▸ files',
    '    │ [Mermaid diagram, 2 lines: drawn as a picture on GitHub]',
    '    └',
    '● after  – skipped',
    '    skipped: needs build (failure)',
    '✗ workflow report: failure in N s',
    '',
  ]);
});
