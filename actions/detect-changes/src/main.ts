import { compileFilters, detectChanges, matchFiles } from '@mlops-actions/changes';
import {
  createInputs,
  group,
  info,
  infoUntrusted,
  plural,
  readEventPayload,
  readRunContext,
  runAction,
  setOutputs,
  warning,
  writeSummary,
} from '@mlops-actions/kit';
import { readConfig } from './config.ts';
import { groupOutcomes, outputsFor } from './group-outputs.ts';
import { groupLabel, logListing, summaryMarkdown } from './report.ts';

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
      fetchCredentials: config.token ? { serverUrl: context.serverUrl, token: config.token } : undefined,
      workflowRef: context.workflowRef,
      runId: context.runId,
      onUnknownBase: config.onUnknownBase,
      log: info,
      warn: warning,
    });

    const outcomes = groupOutcomes(matchFiles(filters, detection.files));
    info(`${detection.description}: ${plural(detection.files.length, 'changed file')}`);
    for (const outcome of outcomes) {
      if (outcome.changed)
        await group(groupLabel(outcome), async () => infoUntrusted(logListing(outcome.paths)));
      else info(groupLabel(outcome));
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
