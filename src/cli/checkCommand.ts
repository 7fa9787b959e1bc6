import type { RemoteCheckReport } from '../core/dvc/index.js';
import { checkWorkspace, type CheckProblem, type CheckReport } from '../core/provenance/index.js';
import { formatBytes, ProgressLine, styleFor, type Style } from './terminal.js';

export interface CheckArgs {
  root?: string;
  config?: string;
  json: boolean;
  noCache: boolean;
  /** Also confirm the DVC remote holds every object: true = the default remote, or a name. */
  remote?: string | true;
  jobs?: number;
}

/** Runs the check and prints it; returns the exit code (0 clean, 1 violations). */
export async function runCheck(args: CheckArgs): Promise<number> {
  const progress = new ProgressLine(process.stderr);
  const started = Date.now();
  const report = await checkWorkspace({
    root: args.root,
    config: args.config,
    ...(args.noCache ? { cacheFile: null } : {}),
    onProgress: (p) =>
      progress.update(
        `hashing ${p.filesDone}/${p.filesQueued} files, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesQueued)}` +
          (p.cacheHits ? ` (${p.cacheHits} from cache)` : ''),
      ),
  });
  progress.done();
  let remote: RemoteCheckReport | undefined;
  if (args.remote !== undefined && report.git) {
    // Loaded only for --remote: the remote clients are most of what `check` would load.
    const [{ checkRemote }, { transferLine }] = await Promise.all([import('../core/dvc/index.js'), import('./pullCommand.js')]);
    try {
      remote = await checkRemote({
        root: args.root,
        config: args.config,
        remote: args.remote === true ? undefined : args.remote,
        jobs: args.jobs,
        ...(args.noCache ? { cacheFile: null } : {}),
        onProgress: (p) => progress.update(transferLine(p)),
      });
    } finally {
      progress.done();
    }
  }
  const ok = report.ok && (remote?.ok ?? true);
  if (args.json) process.stdout.write(`${JSON.stringify(remote ? { ...report, ok, dvcRemote: remote } : report, null, 2)}\n`);
  else {
    const s = styleFor(process.stdout);
    process.stdout.write(formatCheckReport(report, s, Date.now() - started));
    if (remote) process.stdout.write(formatRemoteCheck(remote, s));
  }
  return ok ? 0 : 1;
}

/** The `--remote` section: what the remote lacks, by data path and pointer. */
export function formatRemoteCheck(r: RemoteCheckReport, s: Style): string {
  const lines = ['', `${s.bold('DVC remote')} "${r.remote.name}" (${r.remote.url})`];
  if (r.missing.length === 0) {
    lines.push(s.green(`✓ all ${r.objects.checked} object${r.objects.checked === 1 ? '' : 's'} for ${r.outputs} output${r.outputs === 1 ? '' : 's'} present in the remote`));
  } else {
    lines.push(s.red(`✗ Data missing from the remote (${r.missing.length} path${r.missing.length === 1 ? '' : 's'}, ${r.objects.missing} object${r.objects.missing === 1 ? '' : 's'})`));
    // eslint-disable-next-line no-control-regex
    for (const m of r.missing) lines.push(`    ${m.path.replace(/[\x00-\x1f\x7f]/g, (c) => JSON.stringify(c).slice(1, -1))} (${m.pointer}): ${m.object}`);
    lines.push(s.yellow('    → push it with `dvc push` from a machine that has the data'));
  }
  for (const n of r.notes) lines.push(s.dim(`  - ${n}`));
  lines.push('', r.ok ? s.green('REMOTE PASS') : s.red(`REMOTE FAIL: ${r.missing.length} missing`));
  return `${lines.join('\n')}\n`;
}

const GROUPS: Array<[CheckProblem['code'], string]> = [
  ['not-a-repository', 'Code is not versioned'],
  ['no-commits', 'Nothing committed yet'],
  ['dirty', 'Working tree is not clean'],
  ['submodule-not-initialized', 'Submodules not checked out'],
  ['not-pulled', 'Data not pulled'],
  ['modified', 'Data differs from its committed pointer'],
  ['raw-blob', 'LFS-routed files committed as raw blobs'],
  ['unversioned', 'Unversioned data read by the config'],
  ['missing', 'Data paths that do not exist'],
];

/** Human output, grouped by problem. */
export function formatCheckReport(report: CheckReport, s: Style, elapsedMs?: number): string {
  const lines: string[] = [];
  const g = report.git;
  if (g) {
    const ref = g.ref ? g.ref.replace(/^refs\/heads\//, '') : 'detached HEAD';
    lines.push(`${s.bold('repository')} ${g.root}`);
    lines.push(`  commit ${g.commit.slice(0, 12)} (${ref})  tree ${g.tree.slice(0, 12)}`);
    if (report.config) lines.push(`  config ${report.config}`);
  } else {
    lines.push(`${s.bold('folder')} ${report.root}`);
  }
  lines.push('');
  for (const [code, title] of GROUPS) {
    const items = report.problems.filter((p) => p.code === code);
    if (items.length === 0) continue;
    lines.push(s.red(`✗ ${title} (${items.length})`));
    // One hint for the group when all items share it (e.g. `git lfs pull`), else one per item.
    const hints = new Set(items.map((p) => p.hint).filter((h): h is string => Boolean(h)));
    for (const p of items) {
      // A path with a newline must not print as lines of its own (a file named "x\nPASS").
      // eslint-disable-next-line no-control-regex
      lines.push(`    ${p.message.replace(/[\x00-\x1f\x7f]/g, (c) => JSON.stringify(c).slice(1, -1))}`);
      const d = report.data.find((x) => x.path === p.path);
      for (const c of d?.changed?.slice(0, 20) ?? []) lines.push(s.dim(`      ${c}`));
      if (d?.changed && d.changed.length > 20) lines.push(s.dim(`      … and ${d.changed.length - 20} more`));
      if (hints.size > 1 && p.hint) lines.push(s.yellow(`      → ${p.hint}`));
    }
    if (hints.size === 1) lines.push(s.yellow(`    → ${[...hints][0]}`));
    if (code === 'dirty') lines.push(s.yellow('    → commit or stash these changes'));
  }
  const ok = report.data.filter((d) => d.status === 'ok');
  if (ok.length > 0) {
    const byKind = new Map<string, number>();
    for (const d of ok) byKind.set(d.kind ?? '?', (byKind.get(d.kind ?? '?') ?? 0) + 1);
    const kinds = [...byKind].map(([k, n]) => `${n} ${k}`).join(', ');
    lines.push(s.green(`✓ ${ok.length} data path${ok.length === 1 ? '' : 's'} verified (${kinds})`));
  }
  if (g && !g.dirty) lines.push(s.green('✓ working tree clean'));
  if (report.notes.length > 0) {
    lines.push('', s.dim('notes:'));
    for (const n of report.notes) lines.push(s.dim(`  - ${n}`));
  }
  const st = report.stats;
  const timing = elapsedMs === undefined ? '' : ` in ${(elapsedMs / 1000).toFixed(1)}s`;
  lines.push(
    '',
    (report.ok ? s.green('PASS') : s.red(`FAIL: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`)) +
      s.dim(`  (hashed ${st.hashedFiles} files, ${formatBytes(st.hashedBytes)}; ${st.cacheHits} from cache${timing})`),
  );
  return `${lines.join('\n')}\n`;
}
