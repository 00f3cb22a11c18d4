export { resolveInWorkspaceOrTemp } from './absolute-path-inside.ts';
export { ActionError } from './action-error.ts';
export { formatBytes } from './bytes.ts';
export { type RunContext, readEventPayload, readRunContext, runUrl } from './context.ts';
export { coreGetInput } from './core-input.ts';
export {
  CREDENTIALS_VARIABLES,
  type CredentialFiles,
  credentialFileLeftOut,
  credentialFiles,
} from './credential-files.ts';
export { formatDuration, parseDuration } from './duration.ts';
export { debugDetails, failureMessage } from './failure-message.ts';
export { InputError } from './input-error.ts';
export {
  type IntegerRange,
  parseBoolean,
  parseEnumeration,
  parseInteger,
  parseList,
  parseMap,
  parseObject,
} from './input-parsers.ts';
export { createInputs, type Inputs, type IntegerOptions } from './inputs.ts';
export {
  type AnnotationProperties,
  debug,
  error,
  group,
  info,
  infoUntrusted,
  isDebug,
  notice,
  warning,
} from './log.ts';
export { formatOutput, type OutputValue, setOutput, setOutputs } from './outputs.ts';
export { groupThousands, plural } from './plural.ts';
export { parseProjectId } from './project-id.ts';
export { quote } from './quote.ts';
export { parseRetryAfter, type RetryOptions, retry } from './retry.ts';
export { runAction } from './run-action.ts';
export { maskDerived, maskSecret, secretLines } from './secrets.ts';
export { getState, saveState } from './state.ts';
export {
  type Alignment,
  type Cell,
  code,
  codeBlock,
  details,
  escapeHtml,
  escapeMarkdown,
  heading,
  joinBlocks,
  link,
  list,
  type Markdown,
  mermaid,
  mermaidLabel,
  rawMarkdown,
  table,
} from './summary.ts';
export { untilTerminated } from './until-terminated.ts';
export { resolveFolderInside, resolveInside } from './workspace-path.ts';
export { writeSummary } from './write-summary.ts';
