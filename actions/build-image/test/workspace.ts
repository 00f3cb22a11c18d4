import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const created: string[] = [];

/** A workspace holding `files`; content `{ mode, text }` sets the mode. */
export function workspaceWith(files: Record<string, string | { mode: number; text: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-image-ws-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : content.text);
    if (typeof content !== 'string') chmodSync(path, content.mode);
  }
  return dir;
}

export function track(dir: string): string {
  created.push(dir);
  return dir;
}

export function removeWorkspaces(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The original project's pipeline folder: TFX pipeline code, models with tests, a Dockerfile. */
export function pipelineProject(dockerfile: string, extra: Record<string, string> = {}): string {
  return workspaceWith({
    'pipeline/Dockerfile': dockerfile,
    'pipeline/.dockerignore': '**/*_test.py\n__pycache__\n',
    'pipeline/kubeflow_runner.py': 'from pipeline import configs\n',
    'pipeline/pipeline/configs.py': 'PIPELINE_NAME = "img-classification"\n',
    'pipeline/pipeline/pipeline.py': 'def create_pipeline(): ...\n',
    'pipeline/models/model.py': 'def run_fn(fn_args): ...\n',
    'pipeline/models/model_test.py': 'def test_model(): ...\n',
    'pipeline/requirements.txt': 'tfx==1.9.0\n',
    ...extra,
  });
}
