import { code, info, runAction, warning, writeSummary } from '@mlops-actions/kit';
import { jobToCancel } from './cancel-state.ts';
import { userFacing } from './user-facing-error.ts';

/**
 * The post step (`post-if: cancelled()`): when the workflow was cancelled while the main step was
 * following a job, cancel that job so it stops running and costing money. The Vertex AI client is
 * imported only when there is a job to cancel.
 */
export function runPost(): Promise<void> {
  return runAction('trigger-vertex (post)', async () => {
    const job = jobToCancel();
    if (job === undefined) {
      info('No pipeline job to cancel.');
      return;
    }
    try {
      const { cancelPipelineJob, connectVertex, getPipelineJob, jobIdOf, pipelineState } = await import(
        '@mlops-actions/vertex'
      );
      const vertex = await connectVertex({
        project: job.project,
        region: job.region,
        endpoint: job.endpoint,
      });
      try {
        const outcome = await cancelPipelineJob(vertex, job.name);
        const id = jobIdOf(job.name);
        if (outcome === 'cancelling') {
          const state = pipelineState(await getPipelineJob(vertex, job.name));
          info(`The workflow was cancelled: cancelled pipeline job ${job.name} (now ${state}).`);
          await writeSummary(
            `⛔ The workflow was cancelled, so pipeline job ${code(id)} was cancelled too (${state}).\n`,
          );
        } else if (outcome === 'already-finished') {
          info(`Pipeline job ${job.name} had already ended; nothing to cancel.`);
        } else {
          warning(`Pipeline job ${job.name} was not found; nothing to cancel.`);
        }
      } finally {
        await vertex.close();
      }
    } catch (error) {
      throw userFacing(error);
    }
  });
}
