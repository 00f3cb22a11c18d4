import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { ActionError, error } from '@mlops-actions/kit';
import {
  type ParsedPipeline,
  type PipelineSpec,
  PipelineSpecError,
  parsePipelineFile,
  serialisePipeline,
} from '@mlops-actions/pipeline-spec';
import type { SpecFile } from './spec-file.ts';

export interface PipelineFile {
  file: SpecFile;
  text: string;
  parsed: ParsedPipeline;
}

/** Reads and parses the spec; a syntax error is annotated at its line and column and fails the step. */
export function readPipelineFile(file: SpecFile): PipelineFile {
  const text = readFileSync(file.path, 'utf8');
  try {
    return { file, text, parsed: parsePipelineFile(text, file.shown) };
  } catch (failure) {
    if (failure instanceof PipelineSpecError && failure.line !== undefined) {
      error(failure.message, {
        title: 'Pipeline spec syntax',
        file: file.shown,
        startLine: failure.line,
        ...(failure.column === undefined ? {} : { startColumn: failure.column }),
      });
    }
    if (failure instanceof PipelineSpecError) throw new ActionError(failure.message);
    throw failure;
  }
}

/**
 * Writes the pinned spec next to the compiled one as `<name>.pinned.<ext>`, in the same format,
 * and returns its location. The compiled file is left as the compiler wrote it.
 */
export function writePinnedFile(pipeline: PipelineFile, spec: PipelineSpec, workspace: string): SpecFile {
  const { path } = pipeline.file;
  const extension = extname(path) || (pipeline.parsed.format === 'json' ? '.json' : '.yaml');
  const pinned = join(dirname(path), `${basename(path, extname(path))}.pinned${extension}`);
  // Replace whatever is there rather than write through it: a symlink planted under that name
  // must not lead the write out of the workspace.
  rmSync(pinned, { force: true });
  writeFileSync(pinned, serialisePipeline(pipeline.parsed, spec), { flag: 'wx' });
  return { path: pinned, shown: relative(workspace, pinned) };
}
