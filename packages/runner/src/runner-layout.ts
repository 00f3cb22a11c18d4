import { mkdir, mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { RunBuiltActionOptions } from './types.ts';

/** The folders of one run, laid out like a hosted runner's; all but a given workspace live under root. */
export interface RunnerLayout {
  root: string;
  temp: string;
  toolCache: string;
  home: string;
  workspace: string;
  fileCommands: string;
  eventPath: string;
}

export async function createLayout(
  options: RunBuiltActionOptions,
  repository: string,
): Promise<RunnerLayout> {
  // Real path, so GITHUB_WORKSPACE equals what process.cwd() reports inside the step.
  const root = await realpath(await mkdtemp(join(tmpdir(), 'mlops-runner-')));
  const name = repository.split('/').pop() || 'repo';
  const given = options.workspace ?? options.env?.GITHUB_WORKSPACE;
  const temp = join(root, 'temp');
  const layout: RunnerLayout = {
    root,
    temp,
    toolCache: join(root, 'tool'),
    home: join(root, 'home'),
    workspace: given === undefined ? join(root, 'work', name, name) : resolve(given),
    fileCommands: join(temp, '_runner_file_commands'),
    eventPath: join(temp, '_github_workflow', 'event.json'),
  };
  for (const dir of [
    layout.toolCache,
    layout.home,
    layout.workspace,
    layout.fileCommands,
    dirname(layout.eventPath),
  ]) {
    await mkdir(dir, { recursive: true });
  }
  await writeFile(layout.eventPath, JSON.stringify(options.event?.payload ?? {}, null, 2));
  return layout;
}
