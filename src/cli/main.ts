import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ModelBuildError } from '../core/errors.js';
import { ownFile } from '../core/util/packageFiles.js';
import { runCheck } from './checkCommand.js';
import { styleFor } from './terminal.js';

const USAGE = `Usage: model-build <command> [options]

Commands:
  check     refuse unversioned code or data: git tree clean, DVC and LFS data pulled and
            matching their committed pointers, every data path in the config versioned
              --root DIR      folder inside the repository (default: .)
              --config FILE   config file (default: model-build.yml in --root, if any)
              --json          print the report as JSON (format 1)
              --no-cache      hash every file again, ignoring the hash cache

Options:
  -h, --help      show this help
  -v, --version   print the version

Exit codes: 0 ok · 1 check failed · 2 usage or input error
`;

const COMMANDS: Record<string, ParseArgsConfig['options']> = {
  check: {
    root: { type: 'string' },
    config: { type: 'string', short: 'c' },
    json: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
};

/** Parses argv, runs the command, returns the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const wantsJson = rest.includes('--json');
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === '-v' || command === '--version') {
      const pkg = JSON.parse(readFileSync(ownFile('package.json'), 'utf8')) as { version: string };
      process.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    const options = COMMANDS[command];
    if (!options) {
      throw new ModelBuildError('USAGE', `unknown command "${command}"`, { hint: 'run `model-build --help` for the list' });
    }
    const { values } = parseWith(command, rest, options ?? {});
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    return await runCheck({
      root: values.root as string | undefined,
      config: values.config as string | undefined,
      json: Boolean(values.json),
      noCache: Boolean(values['no-cache']),
    });
  } catch (e) {
    return reportError(e, wantsJson);
  }
}

type Values = Record<string, string | boolean | undefined>;

function parseWith(command: string, args: string[], options: NonNullable<ParseArgsConfig['options']>): { values: Values } {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: false, strict: true }) as { values: Values };
  } catch (e) {
    throw new ModelBuildError('USAGE', `${command}: ${(e as Error).message}`, { hint: `run \`model-build --help\`` });
  }
}

/** Prints an error as one clear message (no stack unless MODEL_BUILD_DEBUG is set); returns the exit code. */
function reportError(e: unknown, json: boolean): number {
  const known = ModelBuildError.is(e);
  if (json) {
    const err = known
      ? { code: e.code, message: e.message, ...e.location, hint: e.hint, details: e.details }
      : { code: 'INTERNAL', message: (e as Error)?.message ?? String(e) };
    process.stdout.write(`${JSON.stringify({ error: err }, null, 2)}\n`);
  } else {
    const s = styleFor(process.stderr);
    const text = known ? e.format() : `internal error: ${(e as Error)?.message ?? String(e)}\n  hint: please report this with MODEL_BUILD_DEBUG=1 output`;
    process.stderr.write(`${s.red('error:')} ${text}\n`);
  }
  if (process.env.MODEL_BUILD_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return 2;
}
