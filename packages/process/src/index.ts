export { LineSplitter } from './line-splitter.ts';
export {
  isProgressLine,
  MAX_LINE_LENGTH,
  meaningfulTail,
  plainLines,
  TAIL_LINES,
  type TailOptions,
  tailText,
} from './output-tail.ts';
export { type FailureOptions, howItEnded, ProcessFailure, processFailure } from './process-failure.ts';
export { ProcessStartError } from './process-start-error.ts';
export {
  type OutputStream,
  type ProcessResult,
  type RunProcessOptions,
  runProcess,
  SIGTERM_THEN_KILL,
  STOP_GRACE_MS,
  type StopStage,
} from './run-process.ts';
