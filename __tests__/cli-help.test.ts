/**
 * Per-command help: `model-build <command> --help`, `-h` and `model-build help <command>` print
 * that command's usage, options with defaults and examples; and every example in the help, read
 * from the help text itself, runs in a shell through a `model-build` on PATH against a real
 * repository laid out like a clone of model-build (the bundled example, its data in DVC with a
 * folder remote), exiting 0.
 */
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, cliScript, projectRoot } from './helpers/cli.js';
import { md5 } from './helpers/dvc.js';
import { git, makeRepo, tempDir, writeFiles } from './helpers/repo.js';

/** The commands the global help lists. */
function commands(): string[] {
  const help = cli(['--help']).stdout;
  const section = help.slice(help.indexOf('Commands:'), help.indexOf('\nOptions:'));
  return [...section.matchAll(/^ {2}([a-z][a-z-]*) {2,}\S/gm)].map((m) => m[1]!);
}

/** The command lines under "Examples:" in a command's help. */
function examplesOf(help: string): Array<{ what: string; run: string }> {
  const start = help.indexOf('\nExamples:\n');
  if (start < 0) return [];
  const lines = help.slice(start + 11).split('\n');
  const out: Array<{ what: string; run: string }> = [];
  for (let i = 0; i < lines.length && lines[i] !== ''; i += 2) {
    out.push({ what: lines[i]!.replace(/^ {2}# /, ''), run: lines[i + 1]!.trim() });
  }
  return out;
}

describe('per-command help', () => {
  const all = commands();

  it('the global help lists the commands (the list this suite walks is not empty)', () => {
    expect(all).toEqual(expect.arrayContaining(['check', 'pull', 'build', 'verify', 'profile', 'monitor', 'inspect', 'predict']));
    const r = cli(['--help']);
    expect(r.stdout).toContain('Run `model-build <command> --help` (or `model-build help <command>`) for its examples.');
  });

  it.each(commands().map((c) => [c, c]))('`model-build %s --help`: usage, every option, 2 to 4 examples; -h and `help %s` say the same', (command) => {
    const r = cli([command, '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: model-build ${command}( [A-Z]+)? \\[options\\]$`));
    expect(r.stdout).not.toContain('Commands:');
    const options = [...r.stdout.matchAll(/^ {2}(?:-[a-z], )?(--[a-z-]+)/gm)].map((m) => m[1]);
    expect(options).toContain('--help');
    expect(options.length).toBeGreaterThanOrEqual(2);
    const examples = examplesOf(r.stdout);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeLessThanOrEqual(4);
    for (const e of examples) {
      expect(e.what.length).toBeGreaterThan(10);
      expect(e.run.startsWith(`model-build ${command}`), e.run).toBe(true);
    }
    expect(cli([command, '-h']).stdout).toBe(r.stdout);
    expect(cli(['help', command]).stdout).toBe(r.stdout);
  });

  it('help for a command that does not exist is a usage error with a suggestion', () => {
    const r = cli(['help', 'biuld']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown command "biuld"');
    expect(r.stderr).toContain('did you mean `model-build build`?');
    const s = cli(['biuld', '--help']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('did you mean `model-build build`?');
  });

  it("build's help states the defaults the code uses", () => {
    const help = cli(['build', '--help']).stdout;
    expect(help).toContain("output folder (default: the config's package.out, else model-build-out, beside the config)");
    expect(help).toContain('config file (default: model-build.yml, .yaml or .json in the current folder)');
    expect(help).toContain("(default: the config's training.backend, else auto)");
    // ...and the schema agrees on package.out's default.
    const schema = JSON.parse(readFileSync(path.join(projectRoot, 'schema/model-build.schema.json'), 'utf8'));
    expect(schema.definitions.package.properties.out.default).toBe('model-build-out');
  });
});

/** A `model-build` on PATH that runs the CLI under test. */
function shim(): string {
  const bin = tempDir('mb-bin-');
  writeFiles(bin, { 'model-build': cliScript() });
  chmodSync(path.join(bin, 'model-build'), 0o755);
  return bin;
}

/**
 * A clone of model-build as far as the examples reach: examples/penguins as committed, except
 * that its data is in DVC (pointer committed, bytes in a folder remote named storage, the
 * default), as a clone before `model-build pull`.
 */
function cloneWithDvcData(): string {
  const example = path.join(projectRoot, 'examples/penguins');
  const csv = readFileSync(path.join(example, 'data/penguins.csv'));
  const hash = md5(csv);
  const remote = tempDir('mb-storage-');
  writeFiles(remote, { [`files/md5/${hash.slice(0, 2)}/${hash.slice(2)}`]: csv });
  const root = makeRepo({
    '.dvc/config': `[core]\n    remote = storage\n['remote "storage"']\n    url = ${remote}\n`,
    '.dvc/.gitignore': '/config.local\n/tmp\n/cache\n',
    'examples/penguins/model-build.yml': readFileSync(path.join(example, 'model-build.yml')),
    'examples/penguins/.gitignore': readFileSync(path.join(example, '.gitignore')),
    'examples/penguins/data/.gitignore': '/penguins.csv\n',
    'examples/penguins/data/penguins.csv.dvc': `outs:\n- md5: ${hash}\n  size: ${csv.length}\n  hash: md5\n  path: penguins.csv\n`,
  });
  expect(git(root, 'status', '--porcelain')).toBe('');
  return root;
}

/** The order the examples run in: data first, then what each command needs before it. */
// sweep runs before the examples that write files into the clone (predictions, profiles), which would make its tree dirty.
const ORDER = ['pull', 'check', 'build', 'verify', 'sweep', 'inspect', 'predict', 'profile', 'monitor'];

describe('the examples in help run as written', () => {
  it('every example of every command exits 0 in a shell, from the root of a clone', { timeout: 600_000 }, () => {
    const root = cloneWithDvcData();
    const bin = shim();
    const listed = commands();
    const order = [...ORDER.filter((c) => listed.includes(c)), ...listed.filter((c) => !ORDER.includes(c))];
    const ran: string[] = [];
    for (const command of order) {
      for (const e of examplesOf(cli([command, '--help']).stdout)) {
        const r = spawnSync('sh', ['-c', e.run], {
          cwd: root,
          encoding: 'utf8',
          timeout: 240_000,
          env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' },
        });
        expect(r.status, `${e.run}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`).toBe(0);
        expect(r.stderr, e.run).not.toMatch(/^error:|internal error|^\s+at /m);
        ran.push(e.run);
      }
      // What the first examples promise is there for the next ones.
      if (command === 'pull') expect(readFileSync(path.join(root, 'examples/penguins/data/penguins.csv'))).toEqual(readFileSync(path.join(projectRoot, 'examples/penguins/data/penguins.csv')));
      if (command === 'build') expect(existsSync(path.join(root, 'examples/penguins/model-build-out/penguins/model.json'))).toBe(true);
    }
    expect(ran.length).toBeGreaterThanOrEqual(2 * ORDER.length);
    expect(readFileSync(path.join(root, 'predictions.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(344);
    expect(readFileSync(path.join(root, 'drift.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    // The outputs examples write are theirs; nothing tracked changed.
    expect(git(root, 'status', '--porcelain', '--untracked-files=no')).toBe('');
  });
});
