import { posix } from 'node:path';
import type { ContainerConfig, HistoryEntry, ImageConfig } from '../distribution/image-types.ts';
import type { TarEntry } from '../layer/tar-writer.ts';
import type { Platform } from '../platform.ts';
import { type BuildContext, copyEntries } from './copy-instruction.ts';
import { DockerfileError } from './dockerfile-error.ts';
import { commandOf, declareArgs, expand, expandUnquoted, keyValues } from './instruction-values.ts';
import { isNumericOwner, NotLayerBuildable } from './layer-support.ts';
import type { Dockerfile, Instruction } from './parse-dockerfile.ts';
import { platformArgs } from './platform-args.ts';
import { splitWords, type Variables } from './shell-words.ts';

/** The time written into the config and history: fixed, so the same inputs give the same digest. */
export const FIXED_CREATED = '1970-01-01T00:00:00Z';

export interface StageResult {
  config: ImageConfig;
  /** The new layer's entries, sorted; undefined when no COPY or ADD is present (no new layer). */
  layer: TarEntry[] | undefined;
  /** The COPY and ADD lines that went into the layer. */
  layerLines: number[];
  /** Build args given but never declared by an ARG (Docker warns about them too). */
  unusedBuildArgs: string[];
}

export interface StageInputs {
  dockerfile: Dockerfile;
  buildArgs: Record<string, string>;
  platform: Platform;
  /** The base image's config; for `FROM scratch`, undefined. */
  baseConfig: ImageConfig | undefined;
  context: BuildContext;
  /** Labels applied last, as `docker build --label` does. */
  labels?: Record<string, string>;
}

/**
 * Applies the stage's instructions to the base config and collects the files of its COPY and ADD
 * instructions into one layer. Variables expand as in Docker: ARGs declared in the stage, then
 * ENV (the base image's included), which wins over an ARG of the same name.
 */
export function evaluateStage(inputs: StageInputs): StageResult {
  const { dockerfile, buildArgs, platform } = inputs;
  const escapeChar = dockerfile.escape;
  const triggers = inputs.baseConfig?.config?.OnBuild;
  if (Array.isArray(triggers) && triggers.length > 0) {
    throw new NotLayerBuildable(
      `the base image has ONBUILD triggers (${triggers.join('; ')}), which run at build time`,
    );
  }
  const config = startingConfig(inputs.baseConfig, platform);
  const container = config.config as ContainerConfig;
  const env = new Map<string, string>();
  for (const item of container.Env ?? []) {
    const eq = item.indexOf('=');
    if (eq > 0) env.set(item.slice(0, eq), item.slice(eq + 1));
  }
  const globalArgs = platformArgs(platform);
  const stageArgs = new Map<string, string>();
  const declared = new Set<string>();
  const variables = (): Variables => new Map([...stageArgs, ...env]);
  const files = new Map<string, TarEntry>();
  const layerLines: number[] = [];
  const history: HistoryEntry[] = [];
  let inStage = false;
  let cmdSet = false;

  for (const instruction of dockerfile.instructions) {
    const { keyword } = instruction;
    if (!inStage) {
      if (keyword === 'ARG') {
        for (const name of declareArgs(instruction, globalArgs, buildArgs, globalArgs, escapeChar))
          declared.add(name);
      }
      inStage = keyword === 'FROM';
      continue;
    }
    const text = `${keyword} ${instruction.args}`;
    switch (keyword) {
      case 'ARG':
        for (const name of declareArgs(
          instruction,
          stageArgs,
          buildArgs,
          globalArgs,
          escapeChar,
          variables(),
        ))
          declared.add(name);
        break;
      case 'ENV':
        for (const [key, value] of keyValues(instruction, variables(), escapeChar)) {
          env.set(key, value);
          container.Env = [
            ...(container.Env ?? []).filter((e) => !e.startsWith(`${key}=`)),
            `${key}=${value}`,
          ];
        }
        break;
      case 'LABEL':
        for (const [key, value] of keyValues(instruction, variables(), escapeChar)) {
          container.Labels = { ...(container.Labels ?? {}), [key]: value };
        }
        break;
      case 'WORKDIR': {
        const dir = expand(instruction.rest, variables(), instruction, escapeChar);
        if (dir === '') throw new DockerfileError('WORKDIR needs a path', instruction.line);
        container.WorkingDir = posix.resolve('/', container.WorkingDir || '/', dir);
        break;
      }
      case 'USER':
        container.User = expand(instruction.rest, variables(), instruction, escapeChar);
        break;
      case 'ENTRYPOINT':
        container.Entrypoint = commandOf(instruction);
        if (!cmdSet) container.Cmd = null; // an inherited CMD does not survive a new ENTRYPOINT
        break;
      case 'CMD':
        container.Cmd = commandOf(instruction);
        cmdSet = true;
        break;
      case 'COPY':
      case 'ADD':
        for (const entry of copyEntries(
          copyRequest(instruction, variables(), container, escapeChar),
          inputs.context,
        )) {
          files.set(entry.path, entry);
        }
        layerLines.push(instruction.line);
        break;
      default:
        throw new NotLayerBuildable(`${keyword} is not one the layer builder applies`, instruction.line);
    }
    history.push({ created: FIXED_CREATED, created_by: text, comment: 'build-image', empty_layer: true });
  }
  if (inputs.labels && Object.keys(inputs.labels).length > 0) {
    container.Labels = { ...(container.Labels ?? {}), ...inputs.labels };
  }
  const layer = layerLines.length > 0 ? [...files.values()].sort(byPath) : undefined;
  if (layer) {
    history.push({
      created: FIXED_CREATED,
      created_by: `build-image: the files of ${layerLines.length === 1 ? 'line' : 'lines'} ${layerLines.join(', ')} as one layer`,
      comment: 'build-image',
    });
  }
  config.history = [...(config.history ?? []), ...history];
  return {
    config,
    layer,
    layerLines,
    unusedBuildArgs: Object.keys(buildArgs).filter((name) => !declared.has(name)),
  };
}

function startingConfig(base: ImageConfig | undefined, platform: Platform): ImageConfig {
  const config: ImageConfig = base
    ? structuredClone(base)
    : {
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        config: {},
        rootfs: { type: 'layers', diff_ids: [] },
        history: [],
      };
  config.created = FIXED_CREATED;
  config.config = { ...(config.config ?? {}) };
  config.rootfs = { type: 'layers', diff_ids: [...(config.rootfs?.diff_ids ?? [])] };
  return config;
}

const byPath = (a: TarEntry, b: TarEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function copyRequest(
  instruction: Instruction,
  variables: Variables,
  container: ContainerConfig,
  escapeChar: string,
) {
  const words = instruction.json ?? splitWords(instruction.rest, escapeChar);
  const expanded = words.map((w) =>
    instruction.json
      ? expandUnquoted(w, variables, instruction)
      : expand(w, variables, instruction, escapeChar),
  );
  if (expanded.length < 2) {
    throw new DockerfileError(
      `${instruction.keyword} needs at least one source and a destination`,
      instruction.line,
    );
  }
  const chown =
    instruction.flags.chown === undefined
      ? undefined
      : expand(instruction.flags.chown, variables, instruction, escapeChar);
  const chmod =
    instruction.flags.chmod === undefined
      ? undefined
      : expand(instruction.flags.chmod, variables, instruction, escapeChar);
  if (chown !== undefined && !isNumericOwner(chown)) {
    throw new NotLayerBuildable(
      `${instruction.keyword} --chown=${chown} names a user or group, which only the base image can resolve`,
      instruction.line,
    );
  }
  if (chmod !== undefined && !/^[0-7]{3,4}$/.test(chmod)) {
    throw new NotLayerBuildable(
      `${instruction.keyword} --chmod=${chmod} is not an octal mode`,
      instruction.line,
    );
  }
  return {
    keyword: instruction.keyword as 'COPY' | 'ADD',
    line: instruction.line,
    sources: expanded.slice(0, -1),
    destination: expanded.at(-1) as string,
    workingDir: container.WorkingDir || '/',
    ...(chown === undefined ? {} : { owner: parseOwner(chown) }),
    ...(chmod === undefined ? {} : { mode: Number.parseInt(chmod, 8) }),
  };
}

function parseOwner(owner: string): { uid: number; gid: number } {
  const [user = '0', group] = owner.split(':');
  const id = (text: string) => (text === 'root' ? 0 : Number(text));
  return { uid: id(user), gid: id(group ?? user) };
}
