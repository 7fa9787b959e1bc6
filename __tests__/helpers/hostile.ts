/**
 * The table-driven hostile-input harness. Each case is a real git repository (with a sibling
 * folder outside it holding a sentinel file), a CLI command run in a child process, and the
 * invariants every refusal must keep:
 *   - the exit code is the expected one (2 input error, 1 a failed check or gate);
 *   - the first line of stderr names the offending file (or setting) and there is no stack
 *     trace and no "internal error";
 *   - nothing outside `mayWrite` was created, changed or deleted — inside or outside the
 *     repository — so there is no partial output and no data loss.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { cli, type CliResult } from './cli.js';
import { commitAll, git, tempDir, writeFiles } from './repo.js';

export interface HostileCase {
  name: string;
  /** Files committed in the repository. */
  files?: Record<string, string | Buffer>;
  /** Changes after the commit (symlinks, uncommitted edits, FIFOs). Gets the repo and the outside folder. */
  setup?: (root: string, outside: string) => void;
  /** Commit what `setup` made too (e.g. a committed symlink). */
  commitSetup?: boolean;
  /** CLI arguments; may refer to the repository and the outside folder. */
  args: (root: string, outside: string) => string[];
  /** Working directory for the command (default: the repository). */
  cwd?: (root: string) => string;
  /** Expected exit code. */
  code: 1 | 2;
  /** What the first line of stderr (or stdout, with `onStdout`) must contain: the file or setting named. */
  names: string | RegExp;
  /** The message also says this (what, or what to do). */
  says?: string | RegExp;
  /** Look for the refusal anywhere on stdout (a failed check's report) instead of stderr's first line. */
  onStdout?: boolean;
  /** Paths (relative to the parent folder: `repo/...` or `outside/...`) the command may create or change. */
  mayWrite?: string[];
  /** Extra environment for the command. */
  env?: Record<string, string>;
  timeout?: number;
}

export interface HostileWorld {
  parent: string;
  root: string;
  outside: string;
}

/** A git repository `repo/` and a sibling `outside/` with a sentinel file, in one temp folder. */
export function hostileWorld(c: Pick<HostileCase, 'files' | 'setup' | 'commitSetup'>): HostileWorld {
  const parent = tempDir('mb-hostile-');
  const root = path.join(parent, 'repo');
  const outside = path.join(parent, 'outside');
  mkdirSync(root);
  writeFiles(outside, { 'sentinel.txt': 'must survive\n' });
  git(root, 'init', '-q', '-b', 'main');
  writeFiles(root, c.files ?? {});
  commitAll(root, 'initial');
  c.setup?.(root, outside);
  if (c.commitSetup) commitAll(root, 'setup');
  return { parent, root, outside };
}

type Snapshot = Map<string, string>;

/** Every entry below `dir` (symlinks not followed) with its type and content digest. */
export function snapshot(dir: string): Snapshot {
  const out: Snapshot = new Map();
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const a = path.join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(a);
      if (st.isSymbolicLink()) out.set(r, `link:${readlinkSync(a)}`);
      else if (st.isDirectory()) {
        out.set(r, 'dir');
        walk(a, r);
      } else if (st.isFile()) out.set(r, `file:${createHash('sha256').update(readFileSync(a)).digest('hex')}`);
      else out.set(r, 'special');
    }
  };
  walk(dir, '');
  return out;
}

/** Paths git or our hash cache may touch on any run; never data. */
const ALWAYS_ALLOWED = [/^repo\/\.git\/model-build(\/|$)/, /^repo\/\.git\/index$/, /^repo\/\.git\/lfs(\/|$)/];

/** Entries created, changed or removed outside the allowed prefixes. */
export function changesOutside(before: Snapshot, after: Snapshot, mayWrite: string[] = []): string[] {
  const allowed = (p: string) =>
    ALWAYS_ALLOWED.some((re) => re.test(p)) || mayWrite.some((w) => p === w || p.startsWith(`${w}/`));
  const changes: string[] = [];
  for (const [p, v] of before) {
    if (allowed(p)) continue;
    if (!after.has(p)) changes.push(`deleted ${p}`);
    else if (after.get(p) !== v) changes.push(`changed ${p}`);
  }
  for (const p of after.keys()) if (!before.has(p) && !allowed(p)) changes.push(`created ${p}`);
  return changes;
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** Runs one case and asserts every invariant; returns the CLI result for extra checks. */
export function runHostile(c: HostileCase): CliResult & HostileWorld {
  const world = hostileWorld(c);
  const before = snapshot(world.parent);
  const r = cli(c.args(world.root, world.outside), {
    cwd: c.cwd ? c.cwd(world.root) : world.root,
    env: c.env,
    timeout: c.timeout ?? 120_000,
  });
  const after = snapshot(world.parent);
  const text = c.onStdout ? r.stdout : r.stderr;
  const context = `${c.name}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
  expect(r.code, context).toBe(c.code);
  expect(`${r.stdout}\n${r.stderr}`, context).not.toMatch(STACK);
  expect(`${r.stdout}\n${r.stderr}`.toLowerCase(), context).not.toContain('internal error');
  // An error names the file on its first line; a failed check's report names it on a line of its own.
  const first = c.onStdout ? text : (text.split('\n').find((l) => l.trim() !== '') ?? '');
  if (typeof c.names === 'string') expect(first, context).toContain(c.names);
  else expect(first, context).toMatch(c.names);
  if (c.says !== undefined) {
    if (typeof c.says === 'string') expect(text, context).toContain(c.says);
    else expect(text, context).toMatch(c.says);
  }
  expect(changesOutside(before, after, c.mayWrite), context).toEqual([]);
  return { ...r, ...world };
}
