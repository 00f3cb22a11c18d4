import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CredentialFiles } from '@mlops-actions/kit/credential-files';
import { walkContext } from '../context/context-walk.ts';
import { DockerIgnore } from '../context/dockerignore.ts';

export interface DockerContextInput {
  /** Absolute. */
  contextDir: string;
  /** Absolute. */
  dockerfilePath: string;
  /** A folder of this step's own (under the runner's temp folder), removed after the build. */
  workDir: string;
  /** Default: the rule for this process's environment. */
  credentials?: CredentialFiles;
}

export interface DockerContext {
  /** What to pass as `--file`: the Dockerfile itself, or its copy beside the generated ignore file. */
  dockerfilePath: string;
  /** Context paths of the credentials files kept out of what docker sends. */
  credentialFiles: string[];
  /** The generated `<Dockerfile>.dockerignore`, when one was needed. */
  ignoreFile?: string;
}

/**
 * Keeps credentials files out of what `docker buildx build` sends. Docker reads the context folder
 * itself, so the exclusion has to be an ignore rule: BuildKit takes `<Dockerfile>.dockerignore`
 * beside the `--file` it is given over the context's `.dockerignore`, so the Dockerfile is copied
 * into this step's temp folder with such a file beside it — the rules in force (that file's, or the
 * context's `.dockerignore`) followed by one exact pattern per credentials file, which no earlier
 * `!` pattern can undo (the last match wins). Nothing in the workspace is written, so there is
 * nothing to restore when the build fails or the step is cancelled.
 */
export function prepareDockerContext(input: DockerContextInput): DockerContext {
  const { contextDir, dockerfilePath } = input;
  const ignore = DockerIgnore.read(contextDir, dockerfilePath);
  const credentialFiles: string[] = [];
  walkContext(contextDir, ignore, {
    onCredentialFile: (path) => credentialFiles.push(path),
    ...(input.credentials ? { credentials: input.credentials } : {}),
  });
  if (credentialFiles.length === 0) return { dockerfilePath, credentialFiles };
  const copy = join(input.workDir, basename(dockerfilePath));
  copyFileSync(dockerfilePath, copy);
  const ignoreFile = `${copy}.dockerignore`;
  const rules = ignore.source ? readFileSync(ignore.source, 'utf8').replace(/\n?$/, '\n') : '';
  writeFileSync(
    ignoreFile,
    `${rules}# build-image: credentials files never enter the build context\n${credentialFiles.map(literalPattern).join('\n')}\n`,
  );
  return { dockerfilePath: copy, credentialFiles, ignoreFile };
}

/** A pattern matching exactly `path` (moby/patternmatcher: `\` escapes; a leading `#` or `!` is literal). */
function literalPattern(path: string): string {
  return path.replace(/[\\*?[\]#!]/g, (ch) => `\\${ch}`);
}
