import { ManifestEntriesFile, readTaken, runKey, writeManifestFromFileOnce } from '@mlops-actions/data-loop';
import { createStorage, formatGsUri } from '@mlops-actions/gcs';
import {
  ActionError,
  createInputs,
  group,
  info,
  plural,
  readRunContext,
  runAction,
  setOutputs,
  writeSummary,
} from '@mlops-actions/kit';
import { readConfig } from './config.ts';
import { CorruptObjectError, countNewData } from './count-all.ts';
import { type DispatchOutcome, dispatchOnce } from './dispatch.ts';
import { manifestHeaderOf, shownUnit } from './manifest.ts';
import { outputsFor } from './outputs.ts';
import { summaryMarkdown } from './summary.ts';

export function run(): Promise<void> {
  return runAction('count-data', async () => {
    const context = readRunContext();
    const config = readConfig(createInputs(), context);
    const key = runKey(context);
    const storage = createStorage(config.project === undefined ? {} : { projectId: config.project });
    const source = formatGsUri(config.source);

    const taken = await readTaken(storage, config.state);
    info(
      `${plural(taken.size, 'object version')} already taken by ${plural(taken.spans.length, 'published span')}.`,
    );
    // The manifest's entries go to a file under RUNNER_TEMP as they are counted: memory stays flat.
    const entries = new ManifestEntriesFile();
    let tally: Awaited<ReturnType<typeof countNewData>>;
    let written: Awaited<ReturnType<typeof writeManifestFromFileOnce>>;
    try {
      tally = await group(`Counting new data under ${source}`, async () => {
        try {
          return await countNewData(storage, config, taken, entries);
        } catch (error) {
          if (!(error instanceof CorruptObjectError)) throw error;
          throw new ActionError(
            `${error.message} No manifest was written. Set on-corrupt: skip to count without it (it is then listed in the output corrupt), or replace the object.`,
          );
        }
      });
      entries.close();
      written = await writeManifestFromFileOnce(
        storage,
        config.state,
        key,
        manifestHeaderOf(config, tally, context),
        entries,
      );
    } finally {
      entries.remove();
    }
    const manifest = written.manifest;
    if (!written.created) info(`Reusing ${written.uri}, written by an earlier attempt of this job.`);
    const enough = manifest.count >= config.threshold;

    let outcome: DispatchOutcome | undefined;
    if (config.dispatch !== undefined && enough) {
      outcome = await dispatchOnce(storage, config.state, key, config.dispatch, context, {
        manifest: written.uri,
        count: manifest.count,
      });
    }

    setOutputs(outputsFor(manifest, written.uri, config.threshold, outcome === 'dispatched'));
    await writeSummary(
      summaryMarkdown({
        source,
        unit: shownUnit(manifest.unit, entries.unitKinds),
        count: manifest.count,
        threshold: config.threshold,
        objects: manifest.objects,
        bytes: manifest.bytes,
        perLabel: manifest.perLabel,
        manifest: written.uri,
        manifestCreated: written.created,
        corrupt: manifest.corrupt ?? [],
        changed: tally.changed,
        taken: tally.skipped.taken,
        dispatch:
          config.dispatch === undefined
            ? undefined
            : { workflow: config.dispatch.workflow, outcome: outcome ?? 'not-enough' },
      }),
    );
  });
}
