import { applySync, createStorage, planSync } from '@mlops-actions/gcs';
import {
  ActionError,
  createInputs,
  group,
  readRunContext,
  runAction,
  setOutputs,
  writeSummary,
} from '@mlops-actions/kit';
import { readConfig } from './config.ts';
import { failureMessage } from './failure.ts';
import { localFilesOf } from './local-files.ts';
import { logFailed, logPlan, logTree, logUploaded } from './log.ts';
import { outputsFor } from './outputs.ts';
import { summaryMarkdown } from './summary.ts';
import { targetOf } from './target.ts';

export function run(): Promise<void> {
  return runAction('copy-modules', async () => {
    const context = readRunContext();
    const config = readConfig(createInputs(), context);
    const target = targetOf(config);

    const tree = localFilesOf(config);
    await logTree(tree, config);

    const storage = createStorage(config.project === undefined ? {} : { projectId: config.project });
    const plan = await planSync(storage, tree.files, target.destination, {
      deleteExtraneous: config.deleteExtraneous,
      concurrency: config.concurrency,
    });
    logPlan(plan, target, config.dryRun);
    const outcome = config.dryRun
      ? undefined
      : await group(`Syncing to ${target.folderUri}`, () =>
          applySync(storage, plan, {
            concurrency: config.concurrency,
            onUploaded: logUploaded,
            onFailed: logFailed,
          }),
        );

    setOutputs(outputsFor(target, plan, outcome));
    await writeSummary(summaryMarkdown({ target, tree, plan, outcome }));
    if (outcome !== undefined && outcome.failed.length > 0)
      throw new ActionError(failureMessage(target, plan, outcome));
  });
}
