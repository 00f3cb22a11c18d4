import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GitHubRun, JobPlace } from './github-run.ts';

/** A fresh runner's folders for one job: `_work/<repo>/<repo>` as the workspace, temp, tool cache, event file. */
export function createJobPlace(root: string, folder: string, jobId: string, run: GitHubRun): JobPlace {
  const name = run.repository.split('/').pop() || 'repo';
  const base = join(root, folder.replace(/[^A-Za-z0-9_.-]+/g, '_'));
  const place: JobPlace = {
    root: base,
    jobId,
    workspace: join(base, '_work', name, name),
    temp: join(base, '_work', '_temp'),
    toolCache: join(base, '_work', '_tool'),
    eventPath: join(base, '_work', '_temp', '_github_workflow', 'event.json'),
  };
  for (const dir of [place.workspace, place.temp, place.toolCache, dirname(place.eventPath)]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(place.eventPath, JSON.stringify(run.event.payload, null, 2));
  return place;
}
