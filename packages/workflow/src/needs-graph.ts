// How GitHub orders jobs by `needs` and what their status functions and skip messages see.
import type { StatusView } from './evaluate.ts';
import type { Conclusion, JobRecord } from './records.ts';
import type { JobModel } from './workflow-model.ts';

/** Jobs in an order where each comes after everything it needs; file order among the ready ones. */
export function inNeedsOrder(jobs: JobModel[]): JobModel[] {
  const done = new Set<string>();
  const ordered: JobModel[] = [];
  while (ordered.length < jobs.length) {
    const next = jobs.find((job) => !done.has(job.id) && job.needs.every((need) => done.has(need)));
    if (next === undefined) throw new Error('the jobs’ needs form a cycle');
    done.add(next.id);
    ordered.push(next);
  }
  return ordered;
}

/** The `needs` context: result and outputs of each direct need. */
export function needsContext(job: JobModel, results: Map<string, JobRecord>): Record<string, unknown> {
  return Object.fromEntries(
    job.needs.map((id) => [
      id,
      { result: results.get(id)?.result ?? 'skipped', outputs: results.get(id)?.outputs ?? {} },
    ]),
  );
}

/** success() / failure() of a job's `if:` judge every job upstream, not only the direct needs. */
export function jobStatus(jobs: JobModel[], job: JobModel, results: Map<string, JobRecord>): StatusView {
  const upstream = upstreamResults(jobs, job, results);
  return {
    success: () => upstream.every((result) => result === 'success'),
    failure: () => upstream.some((result) => result === 'failure'),
    cancelled: () => false,
  };
}

/** Why a job whose `if:` was false did not run, in the words a person needs. */
export function skipReason(jobs: JobModel[], job: JobModel, results: Map<string, JobRecord>): string {
  const unsuccessful = job.needs
    .map((id) => [id, results.get(id)?.result] as const)
    .filter(([, result]) => result !== 'success');
  if (job.if === 'success()' && unsuccessful.length > 0) {
    return `needs ${unsuccessful.map(([id, result]) => `${id} (${result})`).join(', ')}`;
  }
  const upstream = upstreamResults(jobs, job, results);
  if (job.if.startsWith('success() && ') && upstream.some((result) => result !== 'success')) {
    const which = unsuccessful.map(([id, result]) => `${id}: ${result}`).join(', ') || 'earlier';
    return `a job it needs did not succeed (${which})`;
  }
  return `if: ${job.if.replace(/^success\(\) && \((.*)\)$/s, '$1')} was false`;
}

function upstreamResults(jobs: JobModel[], job: JobModel, results: Map<string, JobRecord>): Conclusion[] {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const need of jobs.find((candidate) => candidate.id === id)?.needs ?? []) visit(need);
  };
  for (const need of job.needs) visit(need);
  return [...seen].map((id) => results.get(id)?.result ?? 'skipped');
}
