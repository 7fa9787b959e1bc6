import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { dvcFile, md5 } from './helpers/dvc.js';
import { hasGitLfs, makeRepo, tempDir } from './helpers/repo.js';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

function project() {
  const csv = 'x,y\n1,2\n';
  return makeRepo(
    {
      'model-build.yml': 'name: demo\ndata:\n  path: data/train.csv\n  extra: [weights/base.bin]\n',
      'data/.gitignore': '/train.csv\n',
      'data/train.csv': csv,
      'data/train.csv.dvc': dvcFile({ path: 'train.csv', md5: md5(csv), size: csv.length }),
      ...(hasGitLfs ? { 'weights/base.bin': Buffer.alloc(2048, 1) } : { 'weights/base.bin': 'plain' }),
    },
    hasGitLfs ? { lfs: ['*.bin'] } : {},
  );
}

describe('model-build check (CLI)', () => {
  it('exits 0 on a clean repository with DVC and LFS data, and says what it verified', () => {
    const root = project();
    const r = cli(['check', '--root', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('config model-build.yml');
    expect(r.stdout).toMatch(/✓ 2 data paths verified \(1 dvc-file, 1 (lfs|git)\)/);
    expect(r.stdout).toContain('PASS');
  });

  it('exits 1 and names each offending path, grouped by problem', () => {
    const root = project();
    writeFileSync(path.join(root, 'data/train.csv'), 'x,y\n1,3\n');
    writeFileSync(path.join(root, 'scratch.py'), 'print()\n');
    const r = cli(['check', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ Working tree is not clean (1)\n    untracked: scratch.py');
    expect(r.stdout).toContain('✗ Data differs from its committed pointer (1)\n    data/train.csv does not match data/train.csv.dvc');
    expect(r.stdout).toContain('→ restore it with `dvc checkout data/train.csv.dvc`');
    expect(r.stdout).toContain('FAIL: 2 problems');
  });

  it('prints a stable JSON report with --json', () => {
    const root = project();
    rmSync(path.join(root, 'data/train.csv'));
    const r = cli(['check', '--root', root, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['format', 'ok', 'root', 'git', 'config', 'data', 'problems', 'notes', 'stats']);
    expect(report.format).toBe(1);
    expect(report.problems).toEqual([
      {
        code: 'not-pulled',
        path: 'data/train.csv',
        message: 'data/train.csv is recorded in data/train.csv.dvc but not present: data not pulled',
        hint: 'run `model-build pull` (no Python needed), or `dvc pull data/train.csv.dvc` (`dvc checkout data/train.csv.dvc` when the DVC cache already has it)',
      },
    ]);
  });

  it('exits 1 outside a repository with a hint', () => {
    const r = cli(['check', '--root', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ Code is not versioned (1)');
    expect(r.stdout).toContain('git init');
  });

  it('exits 2 with one clear line for a config that fails the schema', () => {
    const root = makeRepo({ 'model-build.yml': 'name: demo\ndata:\n  path: d.csv\n  lable: y\n' });
    const r = cli(['check', '--root', root]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: model-build.yml:4:3: unknown setting "lable" at /data\n  hint: did you mean "label"?\n');
  });

  it('exits 2 with the error as JSON under --json', () => {
    const root = makeRepo({ 'x.dvc': 'outs: [\n' });
    const r = cli(['check', '--root', root, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'DVC_PARSE', file: 'x.dvc' });
  });

  it('exits 2 for a missing --config file and for unknown commands or flags', () => {
    const root = makeRepo({ a: '1' });
    const missing = cli(['check', '--root', root, '--config', 'nope.yml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('config file not found');
    const unknown = cli(['chek']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "chek"');
    const flag = cli(['check', '--frobnicate']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--frobnicate'");
    for (const r of [missing, unknown, flag]) noStack(r.stderr);
  });

  it('exits 2 naming an unreadable data file', () => {
    const root = project();
    const file = path.join(root, 'data/train.csv');
    chmodSync(file, 0o000);
    // root reads anything, so as root run the CLI as an unprivileged user, like a real runner.
    const asNobody = process.getuid?.() === 0;
    const scratch = tempDir();
    if (asNobody) {
      // The checkout belongs to the runner's user, as on a real runner.
      execFileSync('chown', ['-R', '65534:65534', root, scratch]);
      chmodSync(root, 0o755);
    }
    const r = cli(['check', '--root', root, '--no-cache'], {
      ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
      // git refuses repositories owned by someone else unless told they are safe.
      env: { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*', HOME: scratch, TMPDIR: scratch },
    });
    expect(r.stderr).toBe(
      'error: data/train.csv: cannot read the file (EACCES: permission denied)\n  hint: check the file permissions for the user running model-build\n',
    );
    expect(r.code).toBe(2);
    noStack(r.stderr);
  });

  it('the committed bundle (dist/cli.js) behaves like the source', () => {
    const root = project();
    const fromSource = cli(['check', '--root', root, '--json', '--no-cache']);
    const fromBundle = cli(['check', '--root', root, '--json', '--no-cache'], { bundle: true });
    expect(fromBundle.code).toBe(0);
    expect(JSON.parse(fromBundle.stdout)).toEqual(JSON.parse(fromSource.stdout));
  });

  it('prints help and version', () => {
    expect(cli(['--help']).stdout).toContain('Usage: model-build <command>');
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
