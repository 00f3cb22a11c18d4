import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import type { Job, Step, WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import { isString } from '@actions/workflow-parser/templates/tokens/type-guards';
// Before the parser is loaded (below, on first use): plain Node needs the hook for its JSON import.
import './register-json-imports.ts';
import { at, child, entries, items, literalText, type TemplateToken } from './tokens.ts';
import type {
  JobModel,
  StepModel,
  WorkflowCall,
  WorkflowCallInput,
  WorkflowModel,
} from './workflow-model.ts';

export class WorkflowFileError extends Error {}

/**
 * Parses and validates a workflow file with GitHub's own parser (@actions/workflow-parser) and
 * converts it; a file GitHub would reject is an error listing every problem with its position.
 */
export async function loadWorkflow(
  file: string,
  content = readFileSync(file, 'utf8'),
): Promise<WorkflowModel> {
  const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import(
    '@actions/workflow-parser'
  );
  const parsed = parseWorkflow({ name: basename(file), content }, new NoOperationTraceWriter());
  const root = parsed.value;
  const problems = parsed.context.errors.getErrors().map((error) => error.message);
  if (root === undefined || problems.length > 0) throw invalid(file, problems);
  const template = await convertWorkflowTemplate(parsed.context, root);
  const converted = [...(template.errors ?? []).map((error) => error.Message)];
  converted.push(...parsed.context.errors.getErrors().map((error) => error.message));
  if (converted.length > 0) throw invalid(file, converted);
  return {
    file,
    name: literalText(child(root, 'name')) ?? file,
    env: child(root, 'env'),
    permissions: child(root, 'permissions'),
    concurrency: child(root, 'concurrency'),
    call: workflowCall(root, template),
    jobs: template.jobs.map((job) => jobModel(job, at(root, 'jobs', job.id.value))),
  };
}

function invalid(file: string, problems: string[]): WorkflowFileError {
  return new WorkflowFileError(`${file} is not a valid workflow:\n  ${problems.join('\n  ')}`);
}

function workflowCall(root: TemplateToken, template: WorkflowTemplate): WorkflowCall | undefined {
  const config = template.events.workflow_call;
  if (config === undefined) return undefined;
  const raw = at(root, 'on', 'workflow_call');
  const inputs: Record<string, WorkflowCallInput> = {};
  for (const [name, definition] of Object.entries(config.inputs ?? {})) {
    inputs[name] = {
      type: definition.type as WorkflowCallInput['type'],
      required: definition.required ?? false,
      default: at(raw, 'inputs', name, 'default'),
      description: definition.description,
    };
  }
  const secrets: WorkflowCall['secrets'] = {};
  for (const [name, definition] of Object.entries(config.secrets ?? {})) {
    secrets[name] = { required: definition.required ?? false };
  }
  // The converter leaves workflow_call outputs out ("TODO - outputs"); read them from the tokens.
  const outputs: WorkflowCall['outputs'] = {};
  for (const [name, definition] of entries(child(raw, 'outputs'))) {
    outputs[name] = {
      description: literalText(child(definition, 'description')),
      value: child(definition, 'value'),
    };
  }
  return { inputs, secrets, outputs };
}

function jobModel(job: WorkflowJob, raw: TemplateToken | undefined): JobModel {
  const secrets = child(raw, 'secrets');
  return {
    id: job.id.value,
    line: job.id.line,
    name: child(raw, 'name'),
    needs: (job.needs ?? []).map((need) => need.value),
    if: job.if.expression,
    env: child(raw, 'env'),
    outputs: child(raw, 'outputs'),
    permissions: child(raw, 'permissions'),
    concurrency: child(raw, 'concurrency'),
    timeoutMinutes: child(raw, 'timeout-minutes'),
    continueOnError: child(raw, 'continue-on-error'),
    strategy: child(raw, 'strategy'),
    defaultShell: at(raw, 'defaults', 'run', 'shell'),
    defaultWorkingDirectory: at(raw, 'defaults', 'run', 'working-directory'),
    call:
      job.type === 'reusableWorkflowJob'
        ? {
            uses: job.ref.value,
            with: child(raw, 'with'),
            secrets:
              secrets !== undefined && isString(secrets) && secrets.value === 'inherit' ? 'inherit' : secrets,
          }
        : undefined,
    steps: job.type === 'job' ? stepModels(job, items(child(raw, 'steps'))) : [],
  };
}

// The converter keeps the steps in file order, one per item, so raw item i is converted step i.
function stepModels(job: Job, raw: TemplateToken[]): StepModel[] {
  return job.steps.map((step: Step, index) => {
    const token = raw[index];
    return {
      id: step.id,
      name: child(token, 'name'),
      if: 'if' in step && step.if !== undefined ? step.if.expression : 'success()',
      uses: 'uses' in step ? step.uses.value : undefined,
      run: child(token, 'run'),
      with: child(token, 'with'),
      env: child(token, 'env'),
      shell: child(token, 'shell'),
      workingDirectory: child(token, 'working-directory'),
      continueOnError: child(token, 'continue-on-error'),
      timeoutMinutes: child(token, 'timeout-minutes'),
      line: token?.line,
    };
  });
}
