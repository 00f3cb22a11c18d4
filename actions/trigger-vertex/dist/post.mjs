import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  jobToCancel,
  userFacing
} from "../../../dist/chunks/chunk-L5B5SCAQ.mjs";
import {
  code,
  info,
  runAction,
  warning,
  writeSummary
} from "../../../dist/chunks/chunk-J7N4K3SP.mjs";
import "../../../dist/chunks/chunk-LCBWELZU.mjs";

// actions/trigger-vertex/src/post-run.ts
function runPost() {
  return runAction("trigger-vertex (post)", async () => {
    const job = jobToCancel();
    if (job === void 0) {
      info("No pipeline job to cancel.");
      return;
    }
    try {
      const { cancelPipelineJob, connectVertex, getPipelineJob, jobIdOf, pipelineState } = await import("../../../dist/chunks/src-M333D32V.mjs");
      const vertex = await connectVertex({
        project: job.project,
        region: job.region,
        endpoint: job.endpoint
      });
      try {
        const outcome = await cancelPipelineJob(vertex, job.name);
        const id = jobIdOf(job.name);
        if (outcome === "cancelling") {
          const state = pipelineState(await getPipelineJob(vertex, job.name));
          info(`The workflow was cancelled: cancelled pipeline job ${job.name} (now ${state}).`);
          await writeSummary(
            `⛔ The workflow was cancelled, so pipeline job ${code(id)} was cancelled too (${state}).
`
          );
        } else if (outcome === "already-finished") {
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

// actions/trigger-vertex/src/post.ts
await runPost();
