export {
  type BatchPredictionJob,
  type BatchPredictionRequest,
  cancelBatchPredictionJob,
  createBatchPredictionJob,
  getBatchPredictionJob,
  type JobState,
  jobState,
  listBatchPredictionJobs,
  waitForBatchPredictionJob,
} from './batch-prediction.ts';
export { type Clock, systemClock } from './clock.ts';
export { connectVertex, type VertexConnection, type VertexConnectionOptions } from './connection.ts';
export {
  applicationDefaultAuth,
  type CredentialLookup,
  type CredentialSource,
  CredentialsError,
  findCredentials,
} from './credentials.ts';
export {
  API_ENDPOINT_FORMS,
  endpointAddress,
  parseApiEndpoint,
  regionalEndpoint,
  type VertexEndpoint,
} from './endpoint.ts';
export { CONFIG_LABEL, canonicalJson, SPEC_LABEL } from './fingerprint.ts';
export { type FollowOptions, type FollowResult, followPipelineJob } from './follow.ts';
export { describeGrpcError, GRPC, grpcCode, isTransient, VertexCallError } from './grpc-errors.ts';
export { type JobChange, JobChangeTracker } from './job-changes.ts';
export { LABEL_RULES, labelProblem, MAX_LABELS, sanitizeLabelKey, sanitizeLabelValue } from './labels.ts';
export { findModel, listModels, type Model, modelName } from './models.ts';
export {
  consoleUrl,
  isTerminal,
  jobIdOf,
  type PipelineJob,
  type PipelineState,
  pipelineState,
  type TaskView,
  taskViews,
} from './pipeline-job-view.ts';
export {
  type CancelOutcome,
  cancelPipelineJob,
  findPipelineJob,
  getPipelineJob,
  listPipelineJobs,
  pipelineJobName,
} from './pipeline-jobs.ts';
export { pollDelayMs } from './poll-schedule.ts';
export {
  JobIdTakenError,
  type LegacyParameterValue,
  type PipelineJobRequest,
  type Submission,
  submitPipelineJob,
} from './submit.ts';
export {
  fetchPipelineTemplate,
  looksLikeUrl,
  parseTemplateUrl,
  TEMPLATE_URL_FORM,
  TemplateDownloadError,
} from './templates.ts';
