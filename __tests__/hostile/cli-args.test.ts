/**
 * Hostile command lines. Each case runs the CLI in a child process inside a real repository
 * (helpers/hostile.ts) and must exit 2 with a first `error:` line that names the argument, a
 * hint saying what to do, no stack trace, and nothing written — before any work starts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliCommand } from '../helpers/cli.js';
import { changesOutside, hostileWorld, runHostile, snapshot, type HostileCase } from '../helpers/hostile.js';

const files = { 'd.csv': 'a,y\n1,0\n2,1\n', 'data/keep.txt': 'k\n', 'model/keep.txt': 'm\n' };
const usage = (name: string, args: string[], names: string | RegExp, says?: string | RegExp, more: Partial<HostileCase> = {}): HostileCase => ({
  name,
  files,
  args: () => args,
  code: 2,
  names,
  says,
  ...more,
});
const mkfifo = (rel: string) => (root: string) => execFileSync('mkfifo', [path.join(root, rel)]);
const long = 'x'.repeat(100_000);

const cases: HostileCase[] = [
  // Commands
  usage('an unknown command', ['chek'], 'unknown command "chek"', 'did you mean `model-build check`'),
  usage('an option before any command', ['--frobnicate'], 'unknown option "--frobnicate" before the command', 'options go after the command'),
  usage('an empty command', [''], 'unknown command ""', 'model-build --help'),
  usage('help for a command that does not exist', ['help', 'nosuch'], 'unknown command "nosuch"'),
  // Options
  usage('an unknown option', ['check', '--frobnicate'], "Unknown option '--frobnicate'", 'check takes --root, --config, --json, --no-cache'),
  usage('a misspelled option', ['check', '--confg', 'model-build.yml'], "Unknown option '--confg'", 'did you mean --config?'),
  usage('an unknown short option', ['check', '-x'], "Unknown option '-x'"),
  usage('an option name 100 000 characters long', ['check', `--${long}`], /Unknown option '--x{55}\.\.\.'/),
  usage('an option of another command', ['check', '--backend', 'cpu'], "Unknown option '--backend'"),
  usage('a value for a flag that takes none', ['check', '--json=yes'], '--json takes no value (got "yes")', 'write --json alone'),
  usage('a value for --no-cache', ['check', '--no-cache=false'], '--no-cache takes no value'),
  // Missing and empty values
  usage('--config without a value', ['check', '--config'], 'check: --config needs a value', 'write --config FILE'),
  usage('-c without a value, followed by another option', ['check', '-c', '--no-cache'], '--config needs a value, but the next argument is "--no-cache"'),
  usage('--config without a value before --json (error as JSON)', ['check', '--config', '--json'], '"message": "check: --config needs a value', undefined, { onStdout: true }),
  usage('--runs without a value', ['verify', '--runs'], 'verify: --runs needs a value'),
  usage('--config an empty string', ['check', '--config', ''], 'check: --config is empty', 'leave the option out'),
  usage('--config= with nothing after it', ['check', '--config='], 'check: --config is empty'),
  usage('--root an empty string', ['check', '--root', ''], 'check: --root is empty'),
  usage('--backend an empty string', ['predict', '--model', 'model', '--input', 'd.csv', '--backend', ''], 'predict: --backend is empty'),
  usage('DATA an empty string', ['profile', ''], 'profile: DATA is empty'),
  // Repeated options
  usage('--config given twice', ['check', '--config', 'a.yml', '--config', 'b.yml'], '--config is given twice ("a.yml" and "b.yml")', 'give --config once'),
  usage('-c and --config= both given', ['check', '-c', 'a.yml', '--config=b.yml'], '--config is given twice'),
  usage('--root given twice', ['check', '--root', '.', '--root', 'data'], '--root is given twice'),
  // Numbers and choices
  usage('--runs 0', ['verify', '--runs', '0'], 'verify: --runs must be a whole number from 1 to 20 (got "0")'),
  usage('--runs -1', ['verify', '--runs', '-1'], '--runs needs a value, but the next argument is "-1"', 'or --runs=-1'),
  usage('--runs=-1', ['verify', '--runs=-1'], '--runs must be a whole number from 1 to 20 (got "-1")'),
  usage('--runs abc', ['verify', '--runs', 'abc'], '--runs must be a whole number from 1 to 20 (got "abc")'),
  usage('--runs 1e9', ['verify', '--runs', '1e9'], '--runs must be a whole number from 1 to 20 (got "1e9")'),
  usage('--runs 21, one past the limit', ['verify', '--runs', '21'], '--runs must be a whole number from 1 to 20 (got "21")'),
  usage('--runs 2.5', ['verify', '--runs', '2.5'], '(got "2.5")'),
  usage('--runs 0x10', ['verify', '--runs', '0x10'], '(got "0x10")'),
  usage('--runs with a space', ['verify', '--runs', ' 2'], '(got " 2")'),
  usage('--backend gpu', ['build', '--backend', 'gpu'], 'build: --backend must be one of auto, tensorflow, wasm, cpu (got "gpu")'),
  usage('--backend in capitals', ['verify', '--backend', 'CPU'], '--backend must be one of'),
  // Positional arguments
  usage('a positional argument where none is allowed', ['check', 'extra'], 'check: unexpected argument "extra"', 'check takes only options'),
  usage('a second positional argument', ['inspect', 'a.zip', 'b.zip'], 'inspect: unexpected argument "b.zip"', 'inspect takes PACKAGE and options'),
  usage('an option after `--` is an argument', ['check', '--', '--json'], 'check: unexpected argument "--json"'),
  usage('`--` lets a data file start with a dash', ['profile', '--', '-data.csv'], '-data.csv'),
  usage('a missing DATA', ['profile'], 'profile: name the data file'),
  usage('a missing PACKAGE', ['inspect', '--json'], '"message": "inspect: name the package', undefined, { onStdout: true }),
  usage('a missing --data', ['monitor', '--profile', 'p.json'], 'monitor: --data is required'),
  usage('a missing --model', ['predict', '--input', 'd.csv'], 'predict: --model is required'),
  // Long and non-UTF-8 values
  usage('--config 100 000 characters long', ['check', '--config', long], 'check: --config is 100000 characters long, more than the limit of 4096'),
  usage('--config with a literal U+FFFD', ['check', '--config', 'bad\uFFFD.yml'], '--config "bad\uFFFD.yml" has bytes that are not UTF-8'),
  // Paths of the wrong kind
  usage('--config a folder', ['check', '--config', 'data'], 'check: --config "data" is a folder, not a file', 'name a file inside the folder'),
  usage('--config /dev/null', ['check', '--config', '/dev/null'], '--config "/dev/null" is a character device, not a file'),
  usage('--config a FIFO', ['check', '--config', 'pipe.yml'], '--config "pipe.yml" is a FIFO (named pipe), not a file', 'devices, pipes and sockets are never read', {
    setup: mkfifo('pipe.yml'),
    timeout: 60_000,
  }),
  usage('--config a file that does not exist', ['check', '--config', 'nope.yml'], 'nope.yml', 'config file not found'),
  usage('--config relative to --root names a folder there', ['check', '--root', 'data', '--config', '.'], '--config "." is a folder'),
  usage('--root a file', ['check', '--root', 'd.csv'], 'check: --root "d.csv" is a file, not a folder'),
  usage('--root a folder that does not exist', ['check', '--root', 'nowhere'], 'check: --root "nowhere" does not exist'),
  usage('build --out an existing file', ['build', '--out', 'd.csv'], 'build: --out "d.csv" is a file, not a folder'),
  usage('predict --model a file', ['predict', '--model', 'd.csv', '--input', 'd.csv'], 'predict: --model "d.csv" is a file, not a folder'),
  usage('predict --output a folder', ['predict', '--model', 'model', '--input', 'd.csv', '--output', 'data'], 'predict: --output "data" is a folder'),
  usage('profile DATA a device', ['profile', '/dev/zero'], 'profile: DATA "/dev/zero" is a character device, not a file or folder'),
  usage('profile --out into a folder that does not exist', ['profile', 'd.csv', '--out', 'no/such/p.json'], 'profile: --out "no/such/p.json": folder "no/such" does not exist', 'create it first'),
  usage('inspect /dev/zero', ['inspect', '/dev/zero'], 'inspect: PACKAGE "/dev/zero" is a character device'),
  usage('monitor --profile /dev/zero', ['monitor', '--profile', '/dev/zero', '--data', 'd.csv'], 'monitor: --profile "/dev/zero" is a character device'),
  usage('monitor --html into a folder that does not exist', ['monitor', '--profile', 'p.json', '--data', 'd.csv', '--html', 'reports/x.html'], '--html "reports/x.html": folder "reports" does not exist'),
  usage('verify --against a folder', ['verify', '--against', 'data'], 'verify: --against "data" is a folder'),
  {
    name: '--root outside any repository (a failed check: exit 1, with a hint)',
    files,
    args: (_root, outside) => ['check', '--root', outside],
    code: 1,
    onStdout: true,
    names: 'is not inside a git repository',
    says: 'git init',
  },
];

describe('hostile command lines', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runHostile(c);
  });

  it('an argument with bytes that are not UTF-8 (raw bytes through a shell)', () => {
    const world = hostileWorld({ files });
    const before = snapshot(world.parent);
    const r = spawnSync(
      'sh',
      ['-c', `exec "$@" check --config "$(printf 'bad\\377\\376.yml')"`, 'sh', ...cliCommand()],
      { cwd: world.root, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^error: check: --config "bad\uFFFD+\.yml" has bytes that are not UTF-8$/);
    expect(r.stderr).toContain('hint: rename the file to a UTF-8 name');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(changesOutside(before, snapshot(world.parent))).toEqual([]);
  });
});

describe('help', () => {
  const commands = ['check', 'build', 'verify', 'profile', 'monitor', 'inspect', 'predict'];

  it.each(commands)('`model-build %s --help` prints that command\'s help, not the global one', (command) => {
    const r = cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: model-build ${command}( [A-Z]+)? \\[options\\]$`));
    expect(r.stdout).toContain('-h, --help');
    expect(r.stdout).not.toContain('Commands:');
    for (const other of commands.filter((c) => c !== command)) expect(r.stdout).not.toContain(`model-build ${other}`);
  });

  it('`help verify`, `verify -h` and `verify --runs 0 --help` print verify\'s help', () => {
    const a = cli(['help', 'verify']);
    const b = cli(['verify', '-h']);
    const c = cli(['verify', '--runs', '0', '--help']);
    expect(a.code + b.code + c.code).toBe(0);
    expect(a.stdout.split('\n')[0]).toBe('Usage: model-build verify [options]');
    expect(a.stdout).toContain('--runs N');
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
  });

  it('the global help lists every command with its options', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    expect(r.stdout).toContain('-c, --config FILE');
  });

  it('options still work in every spelling', () => {
    const world = hostileWorld({ files });
    const a = cli(['check', '--root=.', '-c', 'model-build.yml', '--no-cache'], { cwd: world.root });
    expect(a.stderr).toContain('config file not found');
    const b = cli(['check', '--root', world.root, '--json'], { cwd: world.outside });
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout).format).toBe(1);
  });
});
