import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { ModelBuildError } from '../errors.js';
import { execFile } from '../util/exec.js';

/** Facts about the code version, as recorded in reports and package metadata. */
export interface GitFacts {
  /** Absolute path of the working tree's top level. */
  root: string;
  /** Full commit id of HEAD. */
  commit: string;
  /** Tree id of HEAD: identical trees mean identical code, whatever the history. */
  tree: string;
  /** `refs/heads/main`, or null when HEAD is detached (the default in pull-request checkouts). */
  ref: string | null;
  detached: boolean;
  shallow: boolean;
  /** Committer time of HEAD, seconds since the epoch (the default archive timestamp). */
  commitTime: number;
  /** `origin`'s URL with any credentials removed, or null. */
  remote: string | null;
  /** Where git keeps its own files (shared by worktrees); our hash cache lives below it. */
  commonDir: string;
}

/** Why a path makes the working tree dirty. */
export type DirtyState = 'modified' | 'staged' | 'deleted' | 'untracked' | 'renamed' | 'conflict' | 'type-changed';

export interface DirtyPath {
  path: string;
  state: DirtyState;
  /** For renames: the old path. */
  from?: string;
  /** Set when the path is a submodule. */
  submodule?: boolean;
}

/** One entry of `git ls-tree -r HEAD`. */
export interface TreeEntry {
  mode: string;
  type: 'blob' | 'commit' | 'tree';
  oid: string;
  /** Blob size in bytes; -1 for submodules. */
  size: number;
  /** POSIX path relative to the root. */
  path: string;
}

const GIT_ENV = {
  ...process.env,
  LC_ALL: 'C',
  GIT_OPTIONAL_LOCKS: '0', // status must not take the index lock (another git may be running)
  GIT_TERMINAL_PROMPT: '0',
};

export class Git {
  constructor(readonly cwd: string) {}

  /** Runs git; returns stdout, or throws with git's own message. */
  async run(args: string[], input?: string): Promise<Buffer> {
    const r = await this.tryRun(args, input);
    if (r.code !== 0) {
      // git's own first complaint (its later lines are advice for git's CLI, not for us).
      const said = r.stderr.split('\n').find((l) => /^(fatal|error): /.test(l)) ?? r.stderr.trim().split('\n')[0] ?? '';
      throw new ModelBuildError('GIT_FAILED', `git ${args[0]} failed in ${this.cwd}: ${said.replace(/^(fatal|error): /, '') || `exit code ${r.code}`}`, {
        hint: 'run the same git command yourself to see the whole message; repair the repository (or re-clone it) and try again',
      });
    }
    return r.stdout;
  }

  async tryRun(args: string[], input?: string) {
    try {
      return await execFile('git', args, { cwd: this.cwd, input, env: GIT_ENV });
    } catch (e) {
      throw new ModelBuildError('GIT_FAILED', `cannot run git: ${(e as Error).message}`, {
        hint: 'install git and make sure it is on PATH',
      });
    }
  }

  async text(args: string[]): Promise<string> {
    return (await this.run(args)).toString('utf8').trim();
  }
}

/** Outcome of looking for a commit: facts, or the reason there are none. */
export type GitLookup =
  | { ok: true; facts: GitFacts }
  | { ok: false; reason: 'not-a-repository' | 'no-commits'; message: string; hint: string };

export async function readGitFacts(cwd: string): Promise<GitLookup> {
  let isDir = false;
  try {
    isDir = statSync(cwd).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) {
    // Spawning git in a missing folder fails as if git were not installed: say what is wrong.
    throw new ModelBuildError('FILE_UNREADABLE', `${cwd} is not a folder`, { file: cwd, hint: 'point --root (or `root`) at a folder inside your repository' });
  }
  const git = new Git(cwd);
  // One round of git processes, side by side: each spawn costs the parent ~6 ms of CPU (a fork
  // of a large heap) and a round ~20 ms, and `check` is mostly fixed costs on small data. The
  // commit, its tree and its time come from one process, so they describe one commit even if
  // HEAD moves meanwhile.
  const [top, head, ref, remote] = await Promise.all([
    git.tryRun(['rev-parse', '--show-toplevel', '--git-common-dir', '--is-shallow-repository']),
    git.tryRun(['show', '-s', '--format=%H%n%T%n%ct', 'HEAD^{commit}', '--']),
    git.tryRun(['symbolic-ref', '-q', 'HEAD']),
    git.tryRun(['config', '--get', 'remote.origin.url']),
  ]);
  if (top.code !== 0) {
    // git's own reason when it is not the plain "no repository here": a broken `.git` file
    // (a moved worktree), an unreadable repository, or one owned by another user.
    const said = top.stderr.trim().split('\n')[0]!.replace(/^fatal: /, '');
    if (said && !/^not a git repository \(or any/.test(said)) {
      const dubious = /dubious ownership/.test(said);
      return {
        ok: false,
        reason: 'not-a-repository',
        message: `git cannot use the repository at ${cwd}: ${said}`,
        hint: dubious
          ? 'git refuses a repository owned by another user: run as its owner, or `git config --global --add safe.directory <path>` if you trust it'
          : 'repair or remove the broken `.git` (for a moved worktree: `git worktree repair`), or point --root at your repository',
      };
    }
    return {
      ok: false,
      reason: 'not-a-repository',
      message: `${cwd} is not inside a git repository, so the code is not versioned`,
      hint: 'run `git init && git add -A && git commit -m "initial"`, or point --root at your repository',
    };
  }
  const [root = '', commonDir = '', shallow = ''] = top.stdout.toString('utf8').split('\n');
  if (head.code !== 0) {
    // No commit, or a commit git cannot read: only the first is a verdict.
    const named = await git.tryRun(['rev-parse', '--verify', '-q', 'HEAD']);
    if (named.code !== 0) {
      return {
        ok: false,
        reason: 'no-commits',
        message: `the repository at ${root} has no commits yet`,
        hint: 'commit your code and data pointers first: `git add -A && git commit`',
      };
    }
    const said = head.stderr.trim().split('\n')[0]?.replace(/^(fatal|error): /, '') || `exit code ${head.code}`;
    throw new ModelBuildError('GIT_FAILED', `HEAD names ${named.stdout.toString('utf8').trim()}, but git cannot read that commit: ${said}`, {
      hint: 'the repository is damaged (a missing or corrupt object): `git fsck` names what is wrong; fetch the object again or re-clone',
    });
  }
  const [commit = '', tree = '', time = ''] = head.stdout.toString('utf8').trim().split('\n');
  const refName = ref.code === 0 ? ref.stdout.toString('utf8').trim() : null;
  return {
    ok: true,
    facts: {
      root,
      commit,
      tree,
      ref: refName,
      detached: refName === null,
      shallow: shallow === 'true',
      commitTime: Number(time),
      remote: remote.code === 0 ? stripCredentials(remote.stdout.toString('utf8').trim()) : null,
      // Printed relative to the folder git ran in, when it is relative.
      commonDir: path.resolve(cwd, commonDir),
    },
  };
}

/** `https://user:token@host/x` → `https://host/x`; scp-style and local URLs are unchanged. */
export function stripCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** Every path that makes the working tree differ from HEAD, untracked-but-not-ignored included. */
export async function dirtyPaths(root: string): Promise<DirtyPath[]> {
  const out = await new Git(root).run([
    'status',
    '--porcelain=v2',
    '-z',
    '--untracked-files=all',
    '--ignore-submodules=none',
  ]);
  const fields = out.toString('utf8').split('\0');
  const result: DirtyPath[] = [];
  for (let i = 0; i < fields.length; i++) {
    const line = fields[i]!;
    if (line === '') continue;
    const kind = line[0];
    if (kind === '?') {
      result.push({ path: line.slice(2), state: 'untracked' });
      continue;
    }
    if (kind !== '1' && kind !== '2' && kind !== 'u') continue;
    // "1 XY sub mH mI mW hH hI path"; "2 ... Xscore path\0orig"; "u XY sub m1 m2 m3 mW h1 h2 h3 path"
    const fixed = kind === '1' ? 8 : kind === '2' ? 9 : 10;
    const parts = line.split(' ');
    const xy = parts[1]!;
    const sub = parts[2]!;
    const p = parts.slice(fixed).join(' ');
    const submodule = sub.startsWith('S') || undefined;
    if (kind === 'u') result.push({ path: p, state: 'conflict', submodule });
    else if (kind === '2') result.push({ path: p, state: 'renamed', from: fields[++i], submodule });
    else result.push({ path: p, state: classify(xy), submodule });
  }
  return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function classify(xy: string): DirtyState {
  const [x, y] = [xy[0], xy[1]];
  if (x === 'D' || y === 'D') return 'deleted';
  if (x === 'T' || y === 'T') return 'type-changed';
  if (y !== '.') return 'modified';
  return 'staged';
}

/**
 * Every entry of a commit's tree, recursively, with blob sizes. Name the commit the facts were
 * read from (`GitFacts.commit`), never HEAD again: HEAD may have moved since.
 */
export async function commitTree(root: string, commit: string): Promise<TreeEntry[]> {
  const out = await new Git(root).run(['ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--']);
  const entries: TreeEntry[] = [];
  for (const rec of out.toString('utf8').split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, type, oid, size] = rec.slice(0, tab).split(/ +/);
    entries.push({
      mode: mode!,
      type: type as TreeEntry['type'],
      oid: oid!,
      size: size === '-' ? -1 : Number(size),
      path: rec.slice(tab + 1),
    });
  }
  return entries;
}

/** Submodules registered in HEAD whose working copy was never checked out. */
export function uninitializedSubmodules(root: string, tree: TreeEntry[]): string[] {
  return tree
    .filter((e) => e.type === 'commit' && !existsSync(path.join(root, e.path, '.git')))
    .map((e) => e.path);
}

/** The value of one attribute for many paths (`git check-attr`), reading .gitattributes. */
export async function attributeOf(root: string, attr: string, paths: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (paths.length === 0) return result;
  const out = await new Git(root).run(['check-attr', '-z', '--stdin', attr], paths.join('\0') + '\0');
  const f = out.toString('utf8').split('\0');
  for (let i = 0; i + 2 < f.length; i += 3) result.set(f[i]!, f[i + 2]!);
  return result;
}

/** Reads small blobs by id in one `git cat-file --batch` process. */
export async function readBlobs(root: string, oids: string[]): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  if (oids.length === 0) return result;
  const unique = [...new Set(oids)];
  const out = await new Git(root).run(['cat-file', '--batch'], unique.join('\n') + '\n');
  let pos = 0;
  for (const oid of unique) {
    const nl = out.indexOf(0x0a, pos);
    const header = out.subarray(pos, nl).toString('utf8').split(' ');
    const size = Number(header[2]);
    result.set(oid, out.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return result;
}
