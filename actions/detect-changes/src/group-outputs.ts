import type { FileListFormat, GroupMatch } from '@mlops-actions/changes';
import { formatFileList } from '@mlops-actions/changes';

/** The outputs the action writes besides each group's own; no group may be named so that it overwrites one. */
export const ACTION_OUTPUTS = ['changes', 'base-sha', 'head-sha', 'files'] as const;

export interface GroupOutcome {
  name: string;
  paths: string[];
  changed: boolean;
  /** At least one file matched this group, and every file that matched any group matched this one. */
  only: boolean;
}

export function groupOutcomes(matches: readonly GroupMatch[]): GroupOutcome[] {
  const matchedAnywhere = new Set<string>();
  for (const match of matches) for (const file of match.files) matchedAnywhere.add(file.path);
  return matches.map((match) => {
    const paths = [...new Set(match.files.map((file) => file.path))];
    return {
      name: match.name,
      paths,
      changed: paths.length > 0,
      only: paths.length > 0 && paths.length === matchedAnywhere.size,
    };
  });
}

/** The step outputs: `<group>`, `<group>_count`, `<group>_only`, `<group>_files` (unless `none`) and `changes`. */
export function outputsFor(
  outcomes: readonly GroupOutcome[],
  format: FileListFormat,
): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const outcome of outcomes) {
    outputs[outcome.name] = String(outcome.changed);
    outputs[`${outcome.name}_count`] = String(outcome.paths.length);
    outputs[`${outcome.name}_only`] = String(outcome.only);
    if (format !== 'none') outputs[`${outcome.name}_files`] = formatFileList(outcome.paths, format);
  }
  outputs.changes = JSON.stringify(
    outcomes.filter((outcome) => outcome.changed).map((outcome) => outcome.name),
  );
  return outputs;
}
