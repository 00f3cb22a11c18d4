import type { JobRecord } from './job-record.ts';
import type { StepName } from './types.ts';
import { parseWorkflowCommand, type WorkflowCommand } from './workflow-command.ts';

/** What one step's commands may change; outputs is undefined where the runner drops them (pre, post). */
export interface StepScope {
  step: StepName;
  record: JobRecord;
  outputs: Record<string, string> | undefined;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  /** ACTIONS_ALLOW_UNSECURE_COMMANDS: re-enables ::set-env and ::add-path. */
  allowUnsecureCommands: boolean;
  /** ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS: allows guessable stop-commands tokens. */
  allowUnsecureStopTokens: boolean;
  /** The runner's CommandResult: a command that could not be processed fails the step. */
  failed: boolean;
}

const COMMANDS = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
];
/** Commands the runner never echoes, so `::echo::on` cannot leak what they carry. */
const OMIT_ECHO = new Set(['add-mask', 'debug', 'warning', 'error', 'notice']);

const DEPRECATED =
  'The `%s` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/';
const DISABLED =
  'The `%s` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/';
const BAD_STOP_TOKEN =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another workflow command. For more information see: https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.";

/**
 * One step's output, line by line, as actions/runner's OutputManager and ActionCommandManager see it:
 * stdout and stderr both go through here, in arrival order, sharing the stop-commands and echo state.
 */
export class CommandProcessor {
  private readonly registered = new Set([...COMMANDS, 'stop-commands']);
  private stopToken: string | undefined;
  private echo: boolean;
  private readonly scope: StepScope;

  constructor(scope: StepScope) {
    this.scope = scope;
    // Echo defaults to on only with step debug logging.
    this.echo = scope.record.stepDebug;
  }

  line(text: string): void {
    if (text.includes('::') || text.includes('##[')) {
      const command = parseWorkflowCommand(text, (name) => this.registered.has(name.toLowerCase()));
      if (command !== undefined && this.process(text, command)) return;
    }
    this.scope.record.output(text);
  }

  /** False when the line is to be printed as ordinary output (commands are paused). */
  private process(line: string, command: WorkflowCommand): boolean {
    const { record, step } = this.scope;
    const name = command.name.toLowerCase();
    if (this.stopToken !== undefined) {
      if (name !== this.stopToken.toLowerCase()) return false;
      record.output(line);
      if (!COMMANDS.includes(name)) this.registered.delete(name);
      this.stopToken = undefined;
      return true;
    }
    if (name === 'stop-commands') {
      this.stop(line, command.data);
      return true;
    }
    const omitEcho = OMIT_ECHO.has(name);
    if (this.echo && !omitEcho) record.output(line);
    try {
      this.handle(name, command);
    } catch (error) {
      record.issue(step, 'error', `Unable to process command '${omitEcho ? name : line}' successfully.`);
      record.issue(step, 'error', (error as Error).message);
      this.scope.failed = true;
    }
    return true;
  }

  private stop(line: string, token: string): void {
    const { record, step } = this.scope;
    const guessable =
      token === '' || token.toLowerCase() === 'pause-logging' || this.registered.has(token.toLowerCase());
    if (guessable && !this.scope.allowUnsecureStopTokens) {
      // The runner throws here, outside its per-command error handling, which fails the step.
      record.issue(step, 'error', BAD_STOP_TOKEN);
      this.scope.failed = true;
      return;
    }
    // A long token is a secret of sorts: whoever reads it could resume commands.
    if (token.length > 6) record.masker.add(token);
    record.output(line);
    this.stopToken = token;
    this.registered.add(token.toLowerCase());
  }

  private handle(name: string, command: WorkflowCommand): void {
    const scope = this.scope;
    const { record, step } = scope;
    const { data, properties } = command;
    switch (name) {
      case 'set-output':
      case 'save-state': {
        record.issue(step, 'warning', DEPRECATED.replace('%s', name));
        const key = properties.get('name');
        if (key === undefined || key === '')
          throw new Error(`Required field 'name' is missing in ##[${name}] command.`);
        if (name === 'save-state') scope.state[key] = data;
        else if (scope.outputs !== undefined) scope.outputs[key] = data;
        return;
      }
      case 'add-mask':
        if (data.trim() === '') {
          record.issue(step, 'warning', "Can't add secret mask for empty string in ##[add-mask] command.");
          return;
        }
        if (this.echo) record.output('::add-mask::***');
        record.addMask(data);
        return;
      case 'debug':
        record.debugMessage(data);
        return;
      case 'error':
      case 'warning':
      case 'notice':
        record.issue(step, name, data, {
          file: properties.get('file'),
          line: properties.get('line'),
          endline: properties.get('endline'),
          col: properties.get('col'),
          endcolumn: properties.get('endcolumn'),
          title: properties.get('title'),
        });
        return;
      case 'group':
        record.output(`▶ ${data}`);
        return;
      case 'endgroup':
        return;
      case 'echo':
        this.setEcho(data);
        return;
      case 'set-env':
        this.setEnv(properties.get('name'), data);
        return;
      case 'add-path':
        if (!scope.allowUnsecureCommands) throw new Error(DISABLED.replace('%s', name));
        if (data === '') throw new Error("Value cannot be null. (Parameter 'path')");
        scope.path.splice(0, scope.path.length, ...scope.path.filter((entry) => entry !== data), data);
        return;
      default:
        // add-matcher / remove-matcher: problem matchers are not emulated; the runner would accept them.
        record.debugMessage(`'${name}' is not emulated by @mlops-actions/runner; ignored`);
    }
  }

  private setEcho(value: string): void {
    if (value === '') throw new Error("Value cannot be null. (Parameter 'value')");
    const mode = value.trim().toUpperCase();
    if (mode !== 'ON' && mode !== 'OFF') {
      throw new Error(
        `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${value}'.`,
      );
    }
    this.echo = mode === 'ON';
  }

  private setEnv(name: string | undefined, value: string): void {
    if (!this.scope.allowUnsecureCommands) throw new Error(DISABLED.replace('%s', 'set-env'));
    if (name === undefined || name === '')
      throw new Error("Required field 'name' is missing in ##[set-env] command.");
    if (name.toUpperCase() === 'NODE_OPTIONS') {
      this.scope.record.issue(
        this.scope.step,
        'error',
        "Can't update NODE_OPTIONS environment variable using ::set-env:: command.",
      );
      return;
    }
    this.scope.env[name] = value;
  }
}
