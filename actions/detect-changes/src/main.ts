import { compileFilters, detectChanges, matchFiles } from '@mlops-actions/changes';
import {
  createInputs,
  group,
  info,
  infoUntrusted,
  readEventPayload,
  readRunContext,
  runAction,
  setOutputs,
  warning,
  writeSummary,
} from '@mlops-actions/kit';
import { readConfig } from './config.ts';
import { groupOutcomes, outputsFor } from './group-outputs.ts';
import { summaryMarkdown } from './summary.ts';

/** The log lists this many files per group; the outputs and the summary carry the rest. */
const LOGGED_PER_GROUP = 200;

function logListing(paths: readonly string[]): string {
  const shown = paths.slice(0, LOGGED_PER_GROUP);
  const more = paths.length - shown.length;
  return more > 0
    ? `${shown.join('\n')}\n… and ${more} more (list them with the list-files input)`
    : shown.join('\n');
}

export function run(): Promise<void> {
  return runAction('detect-changes', async () => {
    const context = readRunContext();
    const config = readConfig(createInputs(), context.workspace);
    const filters = compileFilters(config.groups);

    const detection = await detectChanges({
      cwd: config.repositoryDir,
      eventName: context.eventName,
      payload: readEventPayload(context),
      base: config.base,
      ref: config.ref,
      sha: context.sha,
      refName: context.refName,
      api: config.token
        ? { token: config.token, apiUrl: context.apiUrl, owner: context.owner, repo: context.repo }
        : undefined,
      workflowRef: context.workflowRef,
      runId: context.runId,
      onUnknownBase: config.onUnknownBase,
      log: info,
      warn: warning,
    });

    const outcomes = groupOutcomes(matchFiles(filters, detection.files));
    info(`${detection.description}: ${detection.files.length} changed files`);
    for (const outcome of outcomes) {
      const label = `${outcome.name}: ${outcome.paths.length} files${outcome.only ? ' (only this group)' : ''}`;
      if (outcome.changed) await group(label, async () => infoUntrusted(logListing(outcome.paths)));
      else info(label);
    }

    setOutputs({
      ...outputsFor(outcomes, config.listFiles),
      'base-sha': detection.baseSha ?? '',
      'head-sha': detection.headSha,
      files: String(detection.files.length),
    });
    await writeSummary(summaryMarkdown(detection, outcomes));
  });
}
