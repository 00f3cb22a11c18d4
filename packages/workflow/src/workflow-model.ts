import type { TemplateToken } from './tokens.ts';

/** A workflow file as this interpreter needs it: the converter's view plus the keys it leaves out. */
export interface WorkflowModel {
  /** Path of the file (as given). */
  file: string;
  name: string;
  env: TemplateToken | undefined;
  permissions: TemplateToken | undefined;
  concurrency: TemplateToken | undefined;
  /** `on.workflow_call`, when the workflow can be called. */
  call: WorkflowCall | undefined;
  /** In file order. */
  jobs: JobModel[];
}

export interface WorkflowCallInput {
  type: 'string' | 'boolean' | 'number';
  required: boolean;
  default: TemplateToken | undefined;
  description: string | undefined;
}

export interface WorkflowCall {
  inputs: Record<string, WorkflowCallInput>;
  secrets: Record<string, { required: boolean }>;
  outputs: Record<string, { description: string | undefined; value: TemplateToken | undefined }>;
}

export interface JobModel {
  id: string;
  /** 1-based line of the job in the file. */
  line: number | undefined;
  /** The display name (`name:`), possibly an expression. */
  name: TemplateToken | undefined;
  needs: string[];
  /** The condition as the parser left it (status function added). */
  if: string;
  env: TemplateToken | undefined;
  outputs: TemplateToken | undefined;
  permissions: TemplateToken | undefined;
  concurrency: TemplateToken | undefined;
  timeoutMinutes: TemplateToken | undefined;
  continueOnError: TemplateToken | undefined;
  strategy: TemplateToken | undefined;
  defaultShell: TemplateToken | undefined;
  defaultWorkingDirectory: TemplateToken | undefined;
  /** A job that calls a reusable workflow (`uses:`), with its `with:` and `secrets:`. */
  call:
    | { uses: string; with: TemplateToken | undefined; secrets: TemplateToken | 'inherit' | undefined }
    | undefined;
  steps: StepModel[];
}

export interface StepModel {
  /** The `id:`, or the one GitHub generates (`__run`, `__actions_checkout`, …). */
  id: string;
  name: TemplateToken | undefined;
  if: string;
  uses: string | undefined;
  run: TemplateToken | undefined;
  with: TemplateToken | undefined;
  env: TemplateToken | undefined;
  shell: TemplateToken | undefined;
  workingDirectory: TemplateToken | undefined;
  continueOnError: TemplateToken | undefined;
  timeoutMinutes: TemplateToken | undefined;
  /** 1-based line of the step in the file. */
  line: number | undefined;
}
