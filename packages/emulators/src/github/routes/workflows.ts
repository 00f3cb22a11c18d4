import { BodyChecks } from '../body-checks.ts';
import { GitHubError, invalidRequest, notFound } from '../errors.ts';
import type { RunRecord, WorkflowRecord } from '../model.ts';
import { linkHeader, pageOf, readPage } from '../pagination.ts';
import type { Route, RouteContext } from '../route.ts';
import { repoApiUrl, repoHtmlUrl, runJson, workflowJson } from '../shapes.ts';

const WORKFLOW_DOCS = 'https://docs.github.com/rest/actions/workflows';
const RUN_DOCS = 'https://docs.github.com/rest/actions/workflow-runs';
/** "The maximum number of properties is 25." */
const MAX_INPUTS = 25;
/** "This endpoint will return up to 1,000 results for each search when using the following parameters". */
const FILTERED_RESULTS_LIMIT = 1000;
const LIMITED_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];

function workflowOf(context: RouteContext, documentationUrl: string): WorkflowRecord {
  const workflow = context.repo.findWorkflow(context.params.workflow ?? '');
  if (!workflow) throw notFound(documentationUrl);
  return workflow;
}

/** The runs endpoints' filters; `status` matches a run's status or its conclusion. */
function listRuns(context: RouteContext, runs: RunRecord[]): void {
  const query = context.url.searchParams;
  const filters: [string, (run: RunRecord, value: string) => boolean][] = [
    ['branch', (run, value) => run.head_branch === value],
    ['event', (run, value) => run.event === value],
    ['status', (run, value) => run.status === value || run.conclusion === value],
    ['actor', (run, value) => run.actor === value],
    ['head_sha', (run, value) => run.head_sha === value],
  ];
  let selected = runs;
  for (const [name, keep] of filters) {
    const value = query.get(name);
    if (value !== null && value !== '') selected = selected.filter((run) => keep(run, value));
  }
  if (LIMITED_FILTERS.some((name) => query.get(name))) selected = selected.slice(0, FILTERED_RESULTS_LIMIT);
  const page = readPage(context.url);
  const link = linkHeader(context.url, page, selected.length);
  const workflows = new Map(context.repo.workflows.map((workflow) => [workflow.id, workflow]));
  context.send(
    200,
    {
      total_count: selected.length,
      workflow_runs: pageOf(selected, page).map((run) =>
        runJson(context.site, run, workflows.get(run.workflow_id)),
      ),
    },
    link ? { link } : {},
  );
}

/** GitHub's checks of `inputs` against the workflow's `on.workflow_dispatch.inputs`. */
function checkInputs(workflow: WorkflowRecord, inputs: Record<string, unknown>, doc: string): void {
  const declared = workflow.dispatchInputs ?? {};
  const names = Object.keys(inputs);
  if (names.length > MAX_INPUTS) {
    throw invalidRequest(doc, [
      `No more than ${MAX_INPUTS} properties are allowed; ${names.length} were supplied.`,
    ]);
  }
  const unexpected = names.filter((name) => !(name in declared));
  if (unexpected.length > 0) {
    throw new GitHubError(
      422,
      `Unexpected inputs provided: [${unexpected.map((n) => JSON.stringify(n)).join(', ')}]`,
      doc,
    );
  }
  for (const [name, spec] of Object.entries(declared)) {
    const value = inputs[name];
    if (value === undefined && spec.required && spec.default === undefined) {
      throw new GitHubError(422, `Required input '${name}' not provided`, doc);
    }
    if (value !== undefined && spec.type === 'choice' && !(spec.options ?? []).includes(String(value))) {
      throw new GitHubError(
        422,
        `Provided value '${String(value)}' for input '${name}' not in the list of allowed values`,
        doc,
      );
    }
  }
}

export const workflowRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/actions\/workflows$/,
    handle(context) {
      const page = readPage(context.url);
      const workflows = context.repo.workflows;
      const link = linkHeader(context.url, page, workflows.length);
      context.send(
        200,
        {
          total_count: workflows.length,
          workflows: pageOf(workflows, page).map((workflow) => workflowJson(context.site, workflow)),
        },
        link ? { link } : {},
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/actions\/workflows\/(?<workflow>[^/]+)$/,
    handle(context) {
      context.send(200, workflowJson(context.site, workflowOf(context, `${WORKFLOW_DOCS}#get-a-workflow`)));
    },
  },
  {
    method: 'GET',
    pattern: /^\/actions\/workflows\/(?<workflow>[^/]+)\/runs$/,
    handle(context) {
      const workflow = workflowOf(context, `${RUN_DOCS}#list-workflow-runs-for-a-workflow`);
      listRuns(
        context,
        context.repo.runsNewestFirst().filter((run) => run.workflow_id === workflow.id),
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/actions\/runs$/,
    handle(context) {
      listRuns(context, context.repo.runsNewestFirst());
    },
  },
  {
    method: 'GET',
    pattern: /^\/actions\/runs\/(?<runId>\d+)$/,
    handle(context) {
      const run = context.repo.runs.find((candidate) => candidate.id === Number(context.params.runId));
      if (!run) throw notFound(`${RUN_DOCS}#get-a-workflow-run`);
      const workflow = context.repo.workflows.find((candidate) => candidate.id === run.workflow_id);
      context.send(200, runJson(context.site, run, workflow));
    },
  },
  {
    method: 'POST',
    pattern: /^\/actions\/workflows\/(?<workflow>[^/]+)\/dispatches$/,
    async handle(context) {
      const doc = `${WORKFLOW_DOCS}#create-a-workflow-dispatch-event`;
      const workflow = workflowOf(context, doc);
      const body = await context.json(doc);
      const checks = new BodyChecks(body)
        .only(['ref', 'inputs', 'return_run_details'])
        .required('ref')
        .string('ref')
        .object('inputs')
        .boolean('return_run_details');
      if (checks.problems.length > 0) throw invalidRequest(doc, checks.problems);
      const ref = body.ref as string;
      const resolved = context.repo.resolveRef(ref);
      if (!resolved) throw new GitHubError(422, `No ref found for: ${ref}`, doc);
      if (!workflow.dispatchInputs) {
        throw new GitHubError(422, "Workflow does not have 'workflow_dispatch' trigger", doc);
      }
      const inputs = (body.inputs ?? {}) as Record<string, unknown>;
      checkInputs(workflow, inputs, doc);
      // Real GitHub queues the run a moment later; here it exists at once, queued.
      const run = context.repo.addRun({
        workflow: workflow.id,
        head_sha: resolved.sha,
        head_branch: resolved.name,
        event: 'workflow_dispatch',
        status: 'queued',
        actor: 'github-actions[bot]',
      });
      context.repo.dispatches.push({
        workflow_id: workflow.id,
        workflow: workflow.path,
        ref,
        inputs,
        runId: run.id,
      });
      if (body.return_run_details === true) {
        context.send(200, {
          workflow_run_id: run.id,
          run_url: `${repoApiUrl(context.site)}/actions/runs/${run.id}`,
          html_url: `${repoHtmlUrl(context.site)}/actions/runs/${run.id}`,
        });
      } else {
        context.send(204);
      }
    },
  },
];
