import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { penguinsRepo } from './helpers/project.js';
import { commitAll } from './helpers/repo.js';

const verify = (root: string, args: string[] = []) => cli(['verify', '--config', path.join(root, 'model-build.yml'), ...args], { cwd: root });

describe('model-build verify', () => {
  it('exits 0 when two rebuilds in separate processes are byte-identical', () => {
    const root = penguinsRepo();
    const r = verify(root, ['--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ reproducible: true, reference: { source: 'rebuild' } });
    expect(report.rebuilds).toHaveLength(2);
    expect(report.rebuilds[0].digest).toBe(report.rebuilds[1].digest);
  });

  it('exits 1 against a package built on another backend, naming the cause, the files and the weight drift', () => {
    const root = penguinsRepo();
    const built = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
    const archive = JSON.parse(built.stdout).package.archive;
    const same = verify(root, ['--against', archive]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('REPRODUCIBLE');
    const r = verify(root, ['--against', archive, '--backend', 'cpu']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('differs: model/weights.bin');
    expect(r.stdout).toMatch(/weights dense_1\/kernel: max \|Δ\| \S+/);
    expect(r.stdout).toContain('likely cause: different backend: wasm vs cpu (numbers differ by backend)');
    expect(r.stdout).toContain('NOT REPRODUCIBLE');
  });

  it('exits 1 and shows the check when the tree is dirty', () => {
    const root = penguinsRepo();
    writeFileSync(path.join(root, 'scratch.txt'), 'x');
    const r = verify(root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('untracked: scratch.txt');
    expect(r.stdout).toContain('NOT VERIFIED: the rebuild was refused');
  });

  it('names a data change as the cause', () => {
    const root = penguinsRepo();
    const built = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
    const archive = JSON.parse(built.stdout).package.archive;
    const csv = path.join(root, 'data/penguins.csv');
    writeFileSync(csv, `${readFileSync(csv, 'utf8')}Adelie,Dream,39.0,18.0,190,3700,male\n`);
    commitAll(root, 'one more penguin');
    const r = verify(root, ['--against', archive]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('likely cause: different code');
    expect(r.stdout).toContain('likely cause: different data: the data hashes differ');
  });

});
