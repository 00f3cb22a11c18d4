/**
 * The JSON the stand-in answers with: GitHub's field names and types, limited to what our actions
 * and Octokit read. URLs point at the running stand-in so that following them stays local.
 */
import { createHash } from 'node:crypto';
import type {
  AssetRecord,
  CommitSeed,
  CompareRecord,
  FileSeed,
  ReleaseRecord,
  RunRecord,
  WorkflowRecord,
} from './model.ts';

export interface Site {
  /** The stand-in's base URL, i.e. GITHUB_API_URL. */
  api: string;
  owner: string;
  repo: string;
}

const nodeId = (prefix: string, id: number | string) =>
  `${prefix}_${Buffer.from(String(id)).toString('base64url')}`;

export const repoApiUrl = (site: Site) => `${site.api}/repos/${site.owner}/${site.repo}`;
/** Where github.com pages would be; the stand-in serves the release download links under it. */
export const repoHtmlUrl = (site: Site) => `${site.api}/${site.owner}/${site.repo}`;

export function userJson(site: Site, login: string) {
  const bot = login.endsWith('[bot]');
  const id = bot ? 41898282 : 583231;
  return {
    login,
    id,
    node_id: nodeId(bot ? 'BOT' : 'U', id),
    avatar_url: `${site.api}/avatars/${encodeURIComponent(login)}`,
    gravatar_id: '',
    url: `${site.api}/users/${encodeURIComponent(login)}`,
    html_url: `${site.api}/${encodeURIComponent(login)}`,
    type: bot ? 'Bot' : 'User',
    site_admin: false,
  };
}

export function assetJson(site: Site, release: ReleaseRecord, asset: AssetRecord) {
  return {
    url: `${repoApiUrl(site)}/releases/assets/${asset.id}`,
    browser_download_url: `${repoHtmlUrl(site)}/releases/download/${encodeURIComponent(release.tag_name)}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('RA', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.content_type,
    size: asset.data.length,
    digest: `sha256:${createHash('sha256').update(asset.data).digest('hex')}`,
    download_count: asset.download_count,
    created_at: asset.created_at,
    updated_at: asset.updated_at,
    uploader: userJson(site, 'github-actions[bot]'),
  };
}

export function releaseJson(site: Site, release: ReleaseRecord) {
  const api = `${repoApiUrl(site)}/releases/${release.id}`;
  // A draft has no tag yet; github.com shows it under an untagged-… address.
  const tagPath = release.draft ? `untagged-${release.id}` : `tag/${encodeURIComponent(release.tag_name)}`;
  return {
    url: api,
    html_url: `${repoHtmlUrl(site)}/releases/${tagPath}`,
    assets_url: `${api}/assets`,
    upload_url: `${api}/assets{?name,label}`,
    tarball_url: release.draft ? null : `${repoApiUrl(site)}/tarball/${encodeURIComponent(release.tag_name)}`,
    zipball_url: release.draft ? null : `${repoApiUrl(site)}/zipball/${encodeURIComponent(release.tag_name)}`,
    id: release.id,
    node_id: nodeId('RE', release.id),
    tag_name: release.tag_name,
    target_commitish: release.target_commitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    created_at: release.created_at,
    published_at: release.published_at,
    author: userJson(site, 'github-actions[bot]'),
    assets: release.assets.map((asset) => assetJson(site, release, asset)),
  };
}

export function workflowJson(site: Site, workflow: WorkflowRecord) {
  return {
    id: workflow.id,
    node_id: nodeId('W', workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    created_at: workflow.created_at,
    updated_at: workflow.created_at,
    url: `${repoApiUrl(site)}/actions/workflows/${workflow.id}`,
    html_url: `${repoHtmlUrl(site)}/blob/main/${workflow.path}`,
    badge_url: `${repoHtmlUrl(site)}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
  };
}

export function runJson(site: Site, run: RunRecord, workflow: WorkflowRecord | undefined) {
  const api = `${repoApiUrl(site)}/actions/runs/${run.id}`;
  const repository = {
    id: 1296269,
    node_id: nodeId('R', 1296269),
    name: site.repo,
    full_name: `${site.owner}/${site.repo}`,
    private: true,
    owner: userJson(site, site.owner),
    html_url: repoHtmlUrl(site),
    url: repoApiUrl(site),
  };
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WFR', run.id),
    head_branch: run.head_branch,
    head_sha: run.head_sha,
    path: workflow?.path ?? '',
    display_title: run.name,
    run_number: run.run_number,
    run_attempt: run.run_attempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow_id,
    url: api,
    html_url: `${repoHtmlUrl(site)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.created_at,
    updated_at: run.updated_at,
    run_started_at: run.created_at,
    actor: userJson(site, run.actor),
    triggering_actor: userJson(site, run.actor),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApiUrl(site)}/check-suites/${run.id}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    workflow_url: `${repoApiUrl(site)}/actions/workflows/${run.workflow_id}`,
    head_commit: { id: run.head_sha, tree_id: run.head_sha, message: run.name, timestamp: run.created_at },
    repository,
    head_repository:
      run.head_repository === repository.full_name
        ? repository
        : headRepositoryJson(site, run.head_repository),
  };
}

/** A fork's repository object, as a run from a fork's pull request carries it. */
function headRepositoryJson(site: Site, fullName: string) {
  const [owner = '', name = ''] = fullName.split('/');
  const id = Number.parseInt(createHash('sha1').update(fullName).digest('hex').slice(0, 7), 16);
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: fullName,
    private: false,
    owner: userJson(site, owner),
    html_url: `${site.api}/${fullName}`,
    url: `${site.api}/repos/${fullName}`,
  };
}

export function diffEntryJson(site: Site, headSha: string, file: FileSeed) {
  const additions = file.additions ?? 0;
  const deletions = file.deletions ?? 0;
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: createHash('sha1').update(`${headSha}:${file.filename}`).digest('hex'),
    filename: file.filename,
    status: file.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${repoHtmlUrl(site)}/blob/${headSha}/${path}`,
    raw_url: `${repoHtmlUrl(site)}/raw/${headSha}/${path}`,
    contents_url: `${repoApiUrl(site)}/contents/${path}?ref=${headSha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
  };
}

function commitJson(site: Site, commit: CommitSeed, parentSha: string, date: string) {
  const person = { name: 'Mona Octocat', email: 'octocat@github.com', date };
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    commit: {
      author: person,
      committer: person,
      message: commit.message ?? '',
      tree: { sha: commit.sha, url: `${repoApiUrl(site)}/git/trees/${commit.sha}` },
      url: `${repoApiUrl(site)}/git/commits/${commit.sha}`,
      comment_count: 0,
    },
    url: `${repoApiUrl(site)}/commits/${commit.sha}`,
    html_url: `${repoHtmlUrl(site)}/commit/${commit.sha}`,
    comments_url: `${repoApiUrl(site)}/commits/${commit.sha}/comments`,
    author: null,
    committer: null,
    parents: [{ sha: parentSha, url: `${repoApiUrl(site)}/commits/${parentSha}` }],
  };
}

/** A comparison with the given slice of its commits and files. */
export function comparisonJson(
  site: Site,
  compare: CompareRecord,
  commits: { commit: CommitSeed; index: number }[],
  files: FileSeed[],
) {
  const date = '2024-01-01T00:00:00Z';
  const parentOf = (index: number) =>
    index === 0 ? compare.mergeBaseSha : (compare.commits[index - 1]?.sha ?? compare.mergeBaseSha);
  const headSha = compare.commits.at(-1)?.sha ?? compare.baseSha;
  const basehead = `${compare.base}...${compare.head}`;
  const status =
    compare.ahead_by > 0 && compare.behind_by > 0
      ? 'diverged'
      : compare.ahead_by > 0
        ? 'ahead'
        : compare.behind_by > 0
          ? 'behind'
          : 'identical';
  return {
    url: `${repoApiUrl(site)}/compare/${basehead}`,
    html_url: `${repoHtmlUrl(site)}/compare/${basehead}`,
    permalink_url: `${repoHtmlUrl(site)}/compare/${site.owner}:${compare.baseSha}...${site.owner}:${headSha}`,
    diff_url: `${repoHtmlUrl(site)}/compare/${basehead}.diff`,
    patch_url: `${repoHtmlUrl(site)}/compare/${basehead}.patch`,
    base_commit: commitJson(
      site,
      { sha: compare.baseSha, message: compare.base },
      compare.mergeBaseSha,
      date,
    ),
    merge_base_commit: commitJson(
      site,
      { sha: compare.mergeBaseSha, message: 'merge base' },
      compare.mergeBaseSha,
      date,
    ),
    status,
    ahead_by: compare.ahead_by,
    behind_by: compare.behind_by,
    total_commits: compare.commits.length,
    commits: commits.map(({ commit, index }) => commitJson(site, commit, parentOf(index), date)),
    files: files.map((file) => diffEntryJson(site, headSha, file)),
  };
}
