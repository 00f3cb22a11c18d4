import { buildOrReuse, registryCredentials } from '@mlops-actions/image';
import {
  createInputs,
  infoUntrusted,
  maskSecret,
  readRunContext,
  runAction,
  setOutputs,
  untilTerminated,
  writeSummary,
} from '@mlops-actions/kit';
import { readConfig } from './config.ts';
import { gcsBuildStorage } from './gcs-build-storage.ts';
import { ociLabels } from './labels.ts';
import { reusedSummaryMarkdown, summaryMarkdown } from './summary.ts';
import { readUploadIgnore } from './upload-ignore.ts';

export function run(): Promise<void> {
  return runAction('build-image', async () => {
    const context = readRunContext();
    const inputs = createInputs();
    // Cloud Storage is loaded only for cloud-build, so the other builders start fast.
    const gcs = inputs.string('builder') === 'cloud-build' ? await import('@mlops-actions/gcs') : undefined;
    const config = readConfig(inputs, context, gcs?.parseGsUri);
    if (config.password) maskSecret(config.password);
    const uploadIgnore = gcs && readUploadIgnore(gcs, config.contextDir, context.workspace);

    const outcome = await untilTerminated((signal) =>
      buildOrReuse({
        inputsHashExclude: config.inputsHashExclude,
        reuseExisting: config.reuseExisting,
        builder: config.builder,
        dockerfilePath: config.dockerfilePath,
        contextDir: config.contextDir,
        target: config.target,
        tags: config.tags,
        buildArgs: config.buildArgs,
        platform: config.platform,
        push: config.push,
        labels: ociLabels(context),
        credentials: registryCredentials({
          targetRegistry: config.target.registry,
          ...(config.username ? { username: config.username } : {}),
          ...(config.password ? { password: config.password } : {}),
          onSecret: maskSecret,
        }),
        // Docker's and Cloud Build's output is the repository's text: no line may act as a command.
        log: infoUntrusted,
        tempDir: context.runnerTemp,
        signal,
        ...(config.cloudBuild && gcs && uploadIgnore
          ? {
              cloudBuild: {
                ...config.cloudBuild,
                uploadIgnore,
                storage: gcsBuildStorage(gcs),
                buildTags: context.runId ? [`run-${context.runId}-${context.runAttempt}`] : [],
              },
            }
          : {}),
      }),
    );

    const inputsHash = outcome.inputsHash;
    if (outcome.reused) {
      setOutputs({
        image: outcome.image,
        digest: outcome.digest,
        'config-digest': '',
        tags: [],
        builder: '',
        'inputs-hash': inputsHash,
        reused: true,
      });
      await writeSummary(reusedSummaryMarkdown(outcome));
      return;
    }
    const result = outcome.build;
    infoUntrusted(
      result.image
        ? `Image ${result.image} (${result.builder})`
        : `Image built, not pushed (${result.builder}): ${[result.digest && `digest ${result.digest}`, result.configDigest && `config ${result.configDigest}`].filter(Boolean).join(', ')}`,
    );
    setOutputs({
      image: result.image ?? '',
      digest: result.digest ?? '',
      'config-digest': result.configDigest ?? '',
      tags: result.tags,
      builder: result.builder,
      'inputs-hash': inputsHash,
      reused: false,
    });
    await writeSummary(summaryMarkdown(result));
  });
}
