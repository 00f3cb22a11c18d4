import { INPUT_FORMATS, OUTPUT_FORMATS } from './models.ts';
import type { BatchPredictionJobInput } from './proto-types.ts';
import { invalidArgument, unimplemented } from './vertex-error.ts';

/**
 * CreateBatchPredictionJob's checks of input_config, instance_config and output_config. Formats
 * Vertex AI accepts but the stand-in does not run (csv, tf-record, bigquery…) are UNIMPLEMENTED,
 * so a test never mistakes a stand-in limit for a Vertex AI rejection.
 */

const GS_URI = /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](\/.*)?$/;

export function checkInput(job: BatchPredictionJobInput): void {
  const field = 'batch_prediction_job.input_config';
  const config = job.inputConfig;
  if (!config) throw invalidArgument(`${field} is required.`, field);
  const format = config.instancesFormat;
  if (!format) throw invalidArgument(`${field}.instances_format is required.`, `${field}.instances_format`);
  if (!INPUT_FORMATS.includes(format)) {
    throw invalidArgument(
      `The Model does not support instances_format "${format}"; supported: ${INPUT_FORMATS.join(', ')}.`,
      `${field}.instances_format`,
    );
  }
  if (config.bigquerySource)
    throw unimplemented('bigquery_source is not supported by the Vertex AI stand-in.');
  const uris = config.gcsSource?.uris ?? [];
  if (uris.length === 0)
    throw invalidArgument(`${field}.gcs_source.uris must not be empty.`, `${field}.gcs_source.uris`);
  for (const uri of uris) {
    if (!GS_URI.test(uri)) {
      throw invalidArgument(
        `Invalid Cloud Storage URI in gcs_source.uris: "${uri}".`,
        `${field}.gcs_source.uris`,
      );
    }
  }
  if (format !== 'jsonl') {
    throw unimplemented(`instances_format "${format}" is valid but the Vertex AI stand-in reads jsonl only.`);
  }
  const instance = job.instanceConfig;
  if ((instance?.includedFields?.length ?? 0) > 0 && (instance?.excludedFields?.length ?? 0) > 0) {
    throw invalidArgument(
      'instance_config.included_fields and instance_config.excluded_fields cannot both be set.',
      'batch_prediction_job.instance_config',
    );
  }
}

export function checkOutput(job: BatchPredictionJobInput): void {
  const field = 'batch_prediction_job.output_config';
  const config = job.outputConfig;
  if (!config) throw invalidArgument(`${field} is required.`, field);
  const format = config.predictionsFormat;
  if (!format)
    throw invalidArgument(`${field}.predictions_format is required.`, `${field}.predictions_format`);
  if (!OUTPUT_FORMATS.includes(format)) {
    throw invalidArgument(
      `The Model does not support predictions_format "${format}"; supported: ${OUTPUT_FORMATS.join(', ')}.`,
      `${field}.predictions_format`,
    );
  }
  if (config.bigqueryDestination)
    throw unimplemented('bigquery_destination is not supported by the Vertex AI stand-in.');
  const prefix = config.gcsDestination?.outputUriPrefix;
  if (!prefix) {
    throw invalidArgument(
      `${field}.gcs_destination.output_uri_prefix is required.`,
      `${field}.gcs_destination.output_uri_prefix`,
    );
  }
  if (!GS_URI.test(prefix)) {
    throw invalidArgument(
      `Invalid Cloud Storage URI for output_uri_prefix: "${prefix}".`,
      `${field}.gcs_destination.output_uri_prefix`,
    );
  }
  if (format !== 'jsonl') {
    throw unimplemented(
      `predictions_format "${format}" is valid but the Vertex AI stand-in writes jsonl only.`,
    );
  }
}
