import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  BUILDER_CHOICES,
  type BuilderChoice,
  type ImageReference,
  ImageReferenceError,
  isValidTag,
  type Platform,
  parsePlatform,
  parseRepository,
  platformProblem,
} from '@mlops-actions/image';
import {
  InputError,
  type Inputs,
  quote,
  type RunContext,
  resolveFolderInside,
  resolveInside,
} from '@mlops-actions/kit';
import { type CloudBuildSettings, type GsUriParser, readCloudBuildSettings } from './cloud-build-settings.ts';
import { type ReuseSettings, readReuseSettings } from './reuse-inputs.ts';

export interface Config extends ReuseSettings {
  builder: BuilderChoice;
  target: ImageReference;
  tags: string[];
  /** Absolute. */
  contextDir: string;
  /** Absolute. */
  dockerfilePath: string;
  platform: Platform;
  buildArgs: Record<string, string>;
  push: boolean;
  username: string | undefined;
  password: string | undefined;
  /** Only when builder is cloud-build. */
  cloudBuild: CloudBuildSettings | undefined;
}

/** Reads and validates every input before anything is read from the network or the disk is changed. */
export function readConfig(
  inputs: Inputs,
  context: RunContext,
  parseGsUri: GsUriParser | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Config {
  const builder = inputs.enumeration('builder', BUILDER_CHOICES, 'auto');
  const target = readImage(inputs.requiredString('image'));
  const tags = readTags(inputs.list('tags'), context.sha);
  const contextInput = inputs.string('context', { default: '.' });
  const contextDir = resolveFolderInside('context', contextInput, context.workspace);
  const dockerfilePath = readDockerfile(inputs.optionalString('dockerfile'), contextDir, context.workspace);
  const platform = readPlatform(inputs.string('platform', { default: 'linux/amd64' }));
  const buildArgs = readBuildArgs(inputs.map('build-args'), inputs.string('build-args'));
  const push = inputs.boolean('push', true);
  const reuse = readReuseSettings(inputs);
  const username = inputs.optionalString('username');
  const password = inputs.optionalString('password');
  if ((username === undefined) !== (password === undefined)) {
    const [given, missing] = username === undefined ? ['password', 'username'] : ['username', 'password'];
    throw new InputError(
      missing,
      '',
      `Input ${quote(missing)} must be set together with ${quote(given)}; got only ${quote(given)}.`,
    );
  }
  let cloudBuild: CloudBuildSettings | undefined;
  if (builder === 'cloud-build') {
    if (!parseGsUri) throw new Error('the cloud-build settings need the gs:// URI parser');
    cloudBuild = readCloudBuildSettings(inputs, target, env, parseGsUri);
  }
  if (builder === 'cloud-build' && !push) {
    throw new InputError(
      'push',
      'false',
      'Input "push" must be true with builder cloud-build, which always pushes; got "false". Use builder layer or docker to build without pushing.',
    );
  }
  return {
    builder,
    target,
    tags,
    contextDir,
    dockerfilePath,
    platform,
    buildArgs,
    push,
    username,
    password,
    cloudBuild,
    ...reuse,
  };
}

function readImage(value: string): ImageReference {
  try {
    return parseRepository(value);
  } catch (error) {
    if (!(error instanceof ImageReferenceError)) throw error;
    throw new InputError(
      'image',
      value,
      `Input "image" must be an image repository such as us-docker.pkg.dev/my-project/my-repo/pipeline; got ${quote(value)}, which ${error.message.replace(/^it /, '')}.`,
    );
  }
}

function readTags(lines: string[], sha: string): string[] {
  if (lines.length === 0) {
    if (sha === '') {
      throw new InputError(
        'tags',
        '',
        'Input "tags" is required when the commit sha (GITHUB_SHA) is unknown; got nothing.',
      );
    }
    return [sha];
  }
  for (const tag of lines) {
    if (!isValidTag(tag)) {
      throw new InputError(
        'tags',
        tag,
        `Input "tags" must be image tags, one per line (letters, digits, _ . -, not starting with . or -, at most 128 characters); got ${quote(tag)}.`,
      );
    }
  }
  return [...new Set(lines)];
}

function readDockerfile(value: string | undefined, contextDir: string, workspace: string): string {
  const shown = value ?? relative(workspace, join(contextDir, 'Dockerfile'));
  const path =
    value === undefined ? join(contextDir, 'Dockerfile') : resolveInside('dockerfile', value, workspace);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      'dockerfile',
      value ?? '',
      `Input "dockerfile" must be a file inside the workspace; got ${quote(shown)}, which ${existsSync(path) ? 'is not a file' : 'does not exist'}.`,
    );
  }
  return path;
}

function readPlatform(value: string): Platform {
  const platform = parsePlatform(value);
  if (!platform) {
    throw new InputError(
      'platform',
      value,
      `Input "platform" must be os/arch or os/arch/variant, such as linux/amd64 or linux/arm64/v8; got ${quote(value)}.`,
    );
  }
  const problem = platformProblem(platform);
  if (problem) {
    throw new InputError(
      'platform',
      value,
      `Input "platform" must ${problem.requirement}; got ${quote(value)}${problem.detail ? `, ${problem.detail}` : ''}.`,
    );
  }
  return platform;
}

function readBuildArgs(args: Record<string, string>, raw: string): Record<string, string> {
  for (const name of Object.keys(args)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new InputError(
        'build-args',
        raw,
        `Input "build-args" must be NAME=value lines whose names are ARG names (letters, digits, _; not starting with a digit); got the name ${quote(name)}.`,
      );
    }
  }
  return args;
}
