import * as core from '@actions/core';
import * as github from '@actions/github';

const MARKER = (key: string) => `<!-- model-build:${key} -->`;

/** The pull request this run is for, when it runs for one. */
export function pullRequestNumber(): number | undefined {
  const pr = github.context.payload.pull_request as { number?: number } | undefined;
  return typeof pr?.number === 'number' ? pr.number : undefined;
}

/**
 * One comment per pull request and model, updated in place on every run. A read-only token
 * (pull requests from forks) skips the comment with a notice; the gate itself still runs.
 */
export async function upsertComment(token: string, key: string, body: string): Promise<void> {
  const number = pullRequestNumber();
  if (number === undefined) return;
  if (!token) {
    core.notice('model-build: no github-token, so no pull-request comment');
    return;
  }
  const octokit = github.getOctokit(token);
  const { owner, repo } = github.context.repo;
  const marker = MARKER(key);
  const text = `${marker}\n${body}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
    const mine = comments.find((c) => c.body?.startsWith(marker));
    if (mine) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
    else await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: text });
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      core.notice(
        `model-build: could not comment on pull request #${number} (HTTP ${status}): the token is read-only here (e.g. a pull request from a fork) ` +
          'or lacks `pull-requests: write`. The gate ran; see the job summary.',
      );
      return;
    }
    core.warning(`model-build: could not comment on pull request #${number}: ${(e as Error).message}`);
  }
}
