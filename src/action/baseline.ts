import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { readPackage } from '../core/package/readPackage.js';
import type { PackageMetadata } from '../core/package/metadata.js';

export interface Baseline {
  branch: string;
  runId: number;
  metadata: PackageMetadata;
}

/**
 * Runs `use` on the newest package among other runs' artifacts named `artifactName` (on
 * `branch` when given), downloaded to a temp folder and verified; null when there is none.
 */
export async function withLatestPackage<T>(
  token: string,
  artifactName: string,
  branch: string | undefined,
  use: (archive: string, runId: number) => T | Promise<T>,
): Promise<T | null> {
  const { owner, repo } = github.context.repo;
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'model-build-package-'));
  try {
    const octokit = github.getOctokit(token);
    const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name: artifactName, per_page: 100 });
    const newest = data.artifacts
      .filter((a) => !a.expired && a.workflow_run?.id && (branch === undefined || a.workflow_run.head_branch === branch))
      .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id)[0];
    if (!newest) return null;
    const runId = newest.workflow_run!.id!;
    await new DefaultArtifactClient().downloadArtifact(newest.id, {
      path: dir,
      findBy: { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo },
    });
    const zip = readdirSync(dir).find((f) => f.endsWith('.zip'));
    return zip ? await use(path.join(dir, zip), runId) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The newest package of the pull request's base branch, verified. Any failure means "no
 * baseline", never a failed step.
 */
export async function findBaseline(token: string, artifactName: string): Promise<Baseline | null> {
  const base = (github.context.payload.pull_request as { base?: { ref?: string } } | undefined)?.base?.ref;
  if (!base || !token) return null;
  try {
    return await withLatestPackage(token, artifactName, base, (archive, runId) => ({ branch: base, runId, metadata: readPackage(archive).metadata }));
  } catch (e) {
    core.info(`model-build: no baseline package from ${base} (${(e as Error).message.split('\n')[0]})`);
    return null;
  }
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));

/** A table of this build's metrics against the baseline's. */
export function baselineMarkdown(baseline: Baseline | null, metrics: Record<string, unknown>): string {
  if (!baseline) return '_No package from the base branch was found to compare with._\n';
  const rows = Object.entries(metrics)
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .map(([k, v]) => {
      const before = baseline.metadata.metrics[k];
      if (typeof before !== 'number') return `| ${k} | — | ${fmt(v)} | |`;
      const d = v - before;
      return `| ${k} | ${fmt(before)} | ${fmt(v)} | ${d === 0 ? '±0' : `${d > 0 ? '+' : ''}${fmt(d)}`} |`;
    });
  return [
    `**Compared with \`${baseline.branch}\`** (package from run ${baseline.runId}, commit \`${baseline.metadata.code.commit.slice(0, 12)}\`)`,
    '',
    `| metric | ${baseline.branch} | this pull request | Δ |`,
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
