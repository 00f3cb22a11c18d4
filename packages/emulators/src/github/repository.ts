import { createHash } from 'node:crypto';
import type {
  AssetRecord,
  CommitSeed,
  CompareRecord,
  DispatchRecord,
  FileSeed,
  ReleaseRecord,
  RunConclusion,
  RunRecord,
  RunStatus,
  WorkflowInput,
  WorkflowRecord,
} from './model.ts';

export interface ReleaseSeed {
  tag_name: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  target_commitish?: string;
  /** ISO time; the latest release is chosen by it. Defaults to now. */
  created_at?: string;
  make_latest?: 'true' | 'false' | 'legacy';
  assets?: { name: string; data: Buffer | string; content_type?: string; label?: string }[];
}

export interface WorkflowSeed {
  /** The file name under .github/workflows, e.g. `retrain.yml`. */
  file: string;
  name?: string;
  /** `on.workflow_dispatch.inputs`; `{}` for a trigger without inputs (the default). */
  inputs?: Record<string, WorkflowInput>;
  /** False for a workflow without a workflow_dispatch trigger. */
  dispatch?: boolean;
}

export interface RunSeed {
  /** Workflow file name (created on first use) or id. */
  workflow: string | number;
  head_sha: string;
  head_branch?: string | null;
  event?: string;
  status?: RunStatus;
  conclusion?: RunConclusion | null;
  id?: number;
  created_at?: string;
  actor?: string;
  /** `owner/repo` the head commit is in; a fork for its pull requests (default: this repository). */
  head_repository?: string;
}

export interface CompareOptions {
  aheadBy?: number;
  behindBy?: number;
  /** base..head, oldest first; generated from aheadBy when omitted. */
  commits?: CommitSeed[];
  mergeBaseSha?: string;
}

/** GitHub writes times without milliseconds. */
export const timestamp = (date = new Date()) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const fakeSha = (text: string) => createHash('sha1').update(text).digest('hex');

/** One repository's state: what tests seed and what the actions under test create. */
export class GitHubRepository {
  readonly owner: string;
  readonly name: string;
  readonly defaultBranch = 'main';
  /** Branch name → head SHA. */
  readonly branches = new Map<string, string>();
  /** Tag name → SHA, besides the tags published releases create. */
  readonly tags = new Map<string, string>();
  readonly releases: ReleaseRecord[] = [];
  readonly workflows: WorkflowRecord[] = [];
  readonly runs: RunRecord[] = [];
  readonly pulls = new Map<number, FileSeed[]>();
  readonly compares = new Map<string, CompareRecord>();
  readonly dispatches: DispatchRecord[] = [];
  private nextIds = { release: 1001, asset: 5001, workflow: 101, run: 9001 };

  constructor(owner: string, name: string) {
    this.owner = owner;
    this.name = name;
    this.branches.set(this.defaultBranch, fakeSha(`${owner}/${name}@${this.defaultBranch}`));
  }

  /** GitHub treats owner and repository names case-insensitively. */
  is(owner: string, name: string): boolean {
    return owner.toLowerCase() === this.owner.toLowerCase() && name.toLowerCase() === this.name.toLowerCase();
  }

  // --- releases and assets ---

  addRelease(seed: ReleaseSeed): ReleaseRecord {
    const created = seed.created_at ?? timestamp();
    const release: ReleaseRecord = {
      id: this.nextIds.release++,
      tag_name: seed.tag_name,
      target_commitish: seed.target_commitish ?? this.defaultBranch,
      name: seed.name ?? null,
      body: seed.body ?? null,
      draft: seed.draft ?? false,
      prerelease: seed.prerelease ?? false,
      make_latest: seed.make_latest ?? 'true',
      created_at: created,
      published_at: seed.draft ? null : created,
      assets: [],
    };
    this.releases.push(release);
    for (const asset of seed.assets ?? []) {
      this.addAsset(release, asset.name, Buffer.from(asset.data), asset.content_type, asset.label);
    }
    return release;
  }

  addAsset(
    release: ReleaseRecord,
    name: string,
    data: Buffer,
    contentType = 'application/octet-stream',
    label: string | null = null,
  ): AssetRecord {
    const now = timestamp();
    const asset: AssetRecord = {
      id: this.nextIds.asset++,
      releaseId: release.id,
      name,
      label: label ?? null,
      content_type: contentType,
      data,
      download_count: 0,
      created_at: now,
      updated_at: now,
    };
    release.assets.push(asset);
    return asset;
  }

  /** Newest first, as the list endpoint orders them. */
  releasesNewestFirst(): ReleaseRecord[] {
    return [...this.releases].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  }

  /**
   * "The most recent non-prerelease, non-draft release, sorted by the created_at attribute";
   * releases created with make_latest "false" never become latest.
   */
  latestRelease(): ReleaseRecord | undefined {
    return this.releasesNewestFirst().find(
      (release) => !release.draft && !release.prerelease && release.make_latest !== 'false',
    );
  }

  findAsset(id: number): AssetRecord | undefined {
    for (const release of this.releases) {
      const asset = release.assets.find((candidate) => candidate.id === id);
      if (asset) return asset;
    }
    return undefined;
  }

  // --- refs ---

  addBranch(name: string, sha = fakeSha(`${this.owner}/${this.name}@${name}`)): void {
    this.branches.set(name, sha);
  }

  /** A branch or tag name (bare or `refs/heads/…`, `refs/tags/…`) and its SHA, if it exists. */
  resolveRef(ref: string): { name: string; sha: string } | undefined {
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
    const branchSha = ref.startsWith('refs/tags/') ? undefined : this.branches.get(branch);
    if (branchSha) return { name: branch, sha: branchSha };
    const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : ref;
    const tagSha =
      this.tags.get(tag) ??
      (this.releases.some((release) => release.tag_name === tag && !release.draft)
        ? fakeSha(`${this.owner}/${this.name}@tag:${tag}`)
        : undefined);
    return tagSha ? { name: tag, sha: tagSha } : undefined;
  }

  // --- workflows and runs ---

  addWorkflow(seed: WorkflowSeed): WorkflowRecord {
    const existing = this.findWorkflow(seed.file);
    if (existing) this.workflows.splice(this.workflows.indexOf(existing), 1);
    const workflow: WorkflowRecord = {
      id: existing?.id ?? this.nextIds.workflow++,
      name: seed.name ?? seed.file.replace(/\.ya?ml$/, ''),
      path: `.github/workflows/${seed.file}`,
      state: 'active',
      dispatchInputs: seed.dispatch === false ? undefined : (seed.inputs ?? {}),
      created_at: existing?.created_at ?? timestamp(),
    };
    this.workflows.push(workflow);
    return workflow;
  }

  /** By numeric id or by file name, as `workflow_id` accepts either. */
  findWorkflow(idOrFile: string | number): WorkflowRecord | undefined {
    const key = String(idOrFile);
    if (/^\d+$/.test(key)) return this.workflows.find((workflow) => workflow.id === Number(key));
    return this.workflows.find((workflow) => workflow.path === `.github/workflows/${key}`);
  }

  addRun(seed: RunSeed): RunRecord {
    const workflow =
      this.findWorkflow(seed.workflow) ??
      (typeof seed.workflow === 'string' ? this.addWorkflow({ file: seed.workflow }) : undefined);
    if (!workflow) throw new Error(`no workflow with id ${seed.workflow}; add it with addWorkflow first`);
    const status = seed.status ?? 'completed';
    const created = seed.created_at ?? timestamp();
    const run: RunRecord = {
      id: seed.id ?? this.nextIds.run++,
      workflow_id: workflow.id,
      name: workflow.name,
      head_branch: seed.head_branch === undefined ? this.defaultBranch : seed.head_branch,
      head_sha: seed.head_sha,
      event: seed.event ?? 'push',
      status,
      conclusion: seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null,
      run_number: this.runs.filter((other) => other.workflow_id === workflow.id).length + 1,
      run_attempt: 1,
      actor: seed.actor ?? 'octocat',
      head_repository: seed.head_repository ?? `${this.owner}/${this.name}`,
      created_at: created,
      updated_at: created,
    };
    if (seed.id !== undefined && seed.id >= this.nextIds.run) this.nextIds.run = seed.id + 1;
    this.runs.push(run);
    return run;
  }

  /** Newest first, as the runs endpoints order them. */
  runsNewestFirst(): RunRecord[] {
    return [...this.runs].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  }

  // --- pull requests and comparisons ---

  setCompare(base: string, head: string, files: FileSeed[], options: CompareOptions = {}): CompareRecord {
    const aheadBy = options.aheadBy ?? options.commits?.length ?? 1;
    const commits =
      options.commits ??
      Array.from({ length: aheadBy }, (_, i) => ({
        sha: fakeSha(`${base}...${head}#${i}`),
        message: `Commit ${i + 1} of ${base}...${head}`,
      }));
    const behindBy = options.behindBy ?? 0;
    const baseSha = this.resolveRef(base)?.sha ?? (/^[0-9a-f]{40}$/.test(base) ? base : fakeSha(base));
    const record: CompareRecord = {
      base,
      head,
      files,
      ahead_by: aheadBy,
      behind_by: behindBy,
      commits,
      baseSha,
      // Unless head is behind, the merge base is base itself.
      mergeBaseSha:
        options.mergeBaseSha ?? (behindBy === 0 ? baseSha : fakeSha(`merge-base ${base}...${head}`)),
    };
    this.compares.set(`${base}...${head}`, record);
    return record;
  }
}
