import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Scalar, visit, type YAMLMap } from 'yaml';
import { checkActionInputs, checkNames, type UsesProblem, unpinnedThirdParty } from './check-uses.ts';
import { loadWorkflow } from './load-workflow.ts';
import { resolveUses } from './resolve-uses.ts';

/** One fenced ```yaml block of a Markdown file. */
export interface YamlBlock {
  /** Line (1-based) of the block's first line of YAML in the Markdown file. */
  line: number;
  text: string;
}

// The one way every example signs in to Google Cloud: Workload Identity Federation, no key.
const AUTH_ACTION = 'google-github-actions/auth';
const AUTH_INPUTS = ['workload_identity_provider', 'service_account'];
const VERSION_COMMENT = /^\s*v\d+(\.\d+){0,2}\b/;

/** Every fenced code block whose info string says yaml (or yml). */
export function yamlBlocks(markdown: string): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  let open: { fence: string; yaml: boolean; line: number; lines: string[] } | undefined;
  for (const [index, line] of markdown.split('\n').entries()) {
    // CommonMark: a backtick fence's info string holds no backtick (else it is inline code).
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/.exec(line);
    if (open === undefined) {
      if (fence?.[1])
        open = { fence: fence[1], yaml: /^ya?ml$/i.test(fence[2] ?? ''), line: index + 2, lines: [] };
      continue;
    }
    if (fence?.[1]?.startsWith(open.fence) && (fence[2] ?? '') === '') {
      if (open.yaml) blocks.push({ line: open.line, text: open.lines.join('\n') });
      open = undefined;
      continue;
    }
    open.lines.push(line);
  }
  return blocks;
}

/**
 * Checks the `uses:` of every ```yaml example in a Markdown file, as a reader would copy it:
 * third-party actions pinned by a full commit SHA with the release as a `# vX.Y.Z` comment,
 * google-github-actions/auth through Workload Identity Federation, and our own actions and
 * reusable workflows given only inputs they declare (an example may leave required ones out).
 */
export async function checkMarkdownUses(
  file: string,
  markdown: string,
  repositoryRoot: string,
): Promise<{ uses: string[]; problems: UsesProblem[] }> {
  const uses: string[] = [];
  const problems: UsesProblem[] = [];
  for (const block of yamlBlocks(markdown)) {
    const lineCounter = new LineCounter();
    const document = parseDocument(block.text, { lineCounter });
    const lineOf = (offset: number | undefined) => block.line - 1 + lineCounter.linePos(offset ?? 0).line;
    if (document.errors.length > 0) {
      const error = document.errors[0];
      problems.push({
        file,
        line: lineOf(error?.pos[0]),
        uses: '',
        message: `the yaml example does not parse: ${error?.message.split('\n')[0]}`,
      });
      continue;
    }
    const found: { value: Scalar; step: YAMLMap }[] = [];
    visit(document, {
      Pair(_, pair, path) {
        const step = path.at(-1);
        if (isScalar(pair.key) && pair.key.value === 'uses' && isScalar(pair.value) && isMap(step))
          found.push({ value: pair.value, step: step as YAMLMap });
        // What a reader copies must not splice values into a shell: they reach scripts through env.
        if (
          isScalar(pair.key) &&
          pair.key.value === 'run' &&
          isScalar(pair.value) &&
          /\$\{\{/.test(String(pair.value.value))
        )
          problems.push({
            file,
            line: lineOf(pair.value.range?.[0]),
            uses: '',
            message:
              'a run: script holds a ${{ }} expression: pass the value through env: and use "$NAME" in the script',
          });
      },
    });
    for (const { value, step } of found) {
      const text = String(value.value);
      uses.push(text);
      const report = (message: string) =>
        problems.push({ file, line: lineOf(value.range?.[0]), uses: text, message });
      await checkOne(repositoryRoot, text, value.comment, step, report);
    }
  }
  return { uses, problems };
}

async function checkOne(
  root: string,
  uses: string,
  comment: string | null | undefined,
  step: YAMLMap,
  report: (message: string) => void,
): Promise<void> {
  const target = resolveUses(uses);
  const given = step.get('with');
  const givenNames = isMap(given)
    ? given.items.map((item) => String(isScalar(item.key) ? item.key.value : item.key))
    : [];
  if (target.kind === 'third-party') {
    const unpinned = unpinnedThirdParty(target);
    if (unpinned) report(unpinned);
    else if (!VERSION_COMMENT.test(comment ?? ''))
      report("the SHA has no release beside it: add it as a comment, e.g. '# v4.2.2'");
    if (target.action === AUTH_ACTION) {
      const missing = AUTH_INPUTS.filter((name) => !givenNames.includes(name));
      if (missing.length > 0 || givenNames.includes('credentials_json'))
        report(
          `${AUTH_ACTION} must sign in through Workload Identity Federation: give ${AUTH_INPUTS.join(' and ')}${givenNames.includes('credentials_json') ? ', not credentials_json (a long-lived key)' : ''} (see docs/google-cloud-setup.md)`,
        );
    }
  } else if (target.kind === 'own-action') {
    checkActionInputs(root, target.name, givenNames, report, false);
  } else if (target.kind === 'own-workflow') {
    const path = join(root, '.github', 'workflows', target.file);
    if (!existsSync(path)) {
      report(`there is no .github/workflows/${target.file} in this repository`);
      return;
    }
    const declared = Object.keys((await loadWorkflow(path)).call?.inputs ?? {});
    checkNames(declared, [], givenNames, `.github/workflows/${target.file}`, report);
  }
}
