import {
  ActionError,
  createInputs,
  info,
  readRunContext,
  runAction,
  setOutputs,
  untilTerminated,
  writeSummary,
} from '@mlops-actions/kit';
import { applicationDefaultAuth, connectVertex } from '@mlops-actions/vertex';
import { readConfig } from './config.ts';
import { planJob } from './job-request.ts';
import { loadSpec } from './load-spec.ts';
import { outputsFor } from './outputs.ts';
import { runJob } from './run-job.ts';
import { summaryMarkdown } from './summary.ts';
import { userFacing } from './user-facing-error.ts';
import { verdictOf } from './verdict.ts';

export function run(): Promise<void> {
  return runAction('trigger-vertex', async () => {
    try {
      const context = readRunContext();
      const config = await readConfig(createInputs(), context);
      // Credentials only where Google Cloud is called (a local stand-in endpoint needs none), and
      // for a local spec only once the parameters have been checked against it.
      const specNeedsCredentials =
        config.spec.kind === 'template' || (config.spec.kind === 'gcs' && !config.endpoint.local);
      let auth = specNeedsCredentials ? await applicationDefaultAuth(config.project) : undefined;
      const parsed = await loadSpec(config.spec, context.workspace, auth);
      const plan = planJob(config, parsed, context);
      for (const change of plan.labelChanges) info(`Vertex AI label rules: ${change}.`);
      if (!config.endpoint.local) auth ??= await applicationDefaultAuth(config.project);

      const vertex = await connectVertex({
        project: config.project,
        region: config.region,
        endpoint: config.endpoint,
        ...(auth ? { auth } : {}),
      });
      try {
        const report = await untilTerminated(
          (signal) => runJob(vertex, plan, config, signal),
          () => new Error('The workflow was cancelled.'),
        );
        setOutputs(outputsFor(report));
        const verdict = verdictOf(report, config);
        await writeSummary(summaryMarkdown(report, plan.request.pipelineSpec, verdict));
        if (verdict.failure !== undefined) throw new ActionError(verdict.failure);
        if (verdict.success !== undefined) info(verdict.success);
      } finally {
        await vertex.close();
      }
    } catch (error) {
      throw userFacing(error);
    }
  });
}
