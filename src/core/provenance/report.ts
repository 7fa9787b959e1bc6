import type { GitFacts, DirtyPath } from './git.js';

/** How a data path is versioned. */
export type DataKind = 'git' | 'dvc-file' | 'dvc-dir' | 'lfs';

/**
 * Verdict for one data path.
 * - `ok`: bytes on disk match what the commit records.
 * - `modified`: present but its hash or size differs from the pointer.
 * - `not-pulled`: the pointer is committed but the data is absent (or still an LFS pointer).
 * - `raw-blob`: `.gitattributes` routes it through LFS but the commit holds the raw bytes.
 * - `unversioned`: the config reads it, but neither git nor a DVC/LFS pointer covers it.
 * - `missing`: the config reads it and it exists nowhere.
 */
export type DataStatus = 'ok' | 'modified' | 'not-pulled' | 'raw-blob' | 'unversioned' | 'missing';

export interface DataEntry {
  /** POSIX path relative to the repository root. */
  path: string;
  kind: DataKind | null;
  /** The file that versions it (`.dvc`, `dvc.lock`, or the path itself for git and LFS). */
  pointer: string | null;
  /** Recorded digest: `md5:<hex>`, `md5:<hex>.dir`, `sha256:<hex>` or `git:<blob id>`. */
  expected: string | null;
  /** Digest of what is on disk, in the same form; null when not computed or absent. */
  actual: string | null;
  size: { expected: number | null; actual: number | null };
  status: DataStatus;
  /** Human explanation for a non-ok status, with the command that fixes it. */
  message?: string;
  hint?: string;
  /** Paths inside a DVC directory that differ, when the directory's listing is in the DVC cache. */
  changed?: string[];
}

export type ProblemCode =
  | 'not-a-repository'
  | 'no-commits'
  | 'dirty'
  | 'submodule-not-initialized'
  | DataStatus;

/** One reason the check fails, for grouped human output. */
export interface CheckProblem {
  code: Exclude<ProblemCode, 'ok'>;
  path: string;
  message: string;
  hint?: string;
}

export interface CheckStats {
  /** Files whose digest was needed. */
  files: number;
  bytes: number;
  /** Files answered from the hash cache without reading them. */
  cacheHits: number;
  /** Files read and hashed in this run. */
  hashedFiles: number;
  hashedBytes: number;
}

/** The result of `checkWorkspace`. Stable: `--json` prints exactly this (format 1). */
export interface CheckReport {
  format: 1;
  ok: boolean;
  /** Absolute path of the repository root (or the folder checked, when it is not a repository). */
  root: string;
  git: (GitFacts & { dirty: boolean; dirtyPaths: DirtyPath[] }) | null;
  /** The config whose data paths were checked for coverage, relative to the root; null when none. */
  config: string | null;
  data: DataEntry[];
  problems: CheckProblem[];
  /** Things worth knowing that do not fail the check (shallow clone, detached HEAD, skipped entries). */
  notes: string[];
  stats: CheckStats;
}
