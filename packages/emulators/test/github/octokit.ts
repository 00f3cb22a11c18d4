// The real client our actions use: @actions/github's Octokit, pointed at the stand-in.
import { getOctokit } from '@actions/github';
import type { GitHubStandIn } from '../../src/github/index.ts';

export type Octokit = ReturnType<typeof getOctokit>;

export function octokitFor(github: GitHubStandIn, token = github.token): Octokit {
  return getOctokit(token, { baseUrl: github.url });
}

/** The owner/repo parameters every call needs. */
export const repoOf = (github: GitHubStandIn) => ({ owner: github.owner, repo: github.repo });

/** The RequestError a rejected call throws, for asserting on status and GitHub's body. */
export async function failure(call: Promise<unknown>): Promise<{
  status: number;
  message: string;
  data: Record<string, unknown>;
  headers: Record<string, string>;
}> {
  try {
    await call;
  } catch (error) {
    const e = error as {
      status: number;
      message: string;
      response?: { data: unknown; headers: Record<string, string> };
    };
    return {
      status: e.status,
      message: e.message,
      data: (e.response?.data ?? {}) as Record<string, unknown>,
      headers: e.response?.headers ?? {},
    };
  }
  throw new Error('expected the call to fail');
}
