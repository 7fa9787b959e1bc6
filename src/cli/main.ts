import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ModelBuildError } from '../core/errors.js';
import { ownFile } from '../core/util/packageFiles.js';
import type { Backend } from '../core/config/types.js';
import { runBuild } from './buildCommand.js';
import { runCheck } from './checkCommand.js';
import { runInspect } from './inspectCommand.js';
import { runMonitor } from './monitorCommand.js';
import { runPredict } from './predictCommand.js';
import { runProfile } from './profileCommand.js';
import { runVerify } from './verifyCommand.js';
import { styleFor } from './terminal.js';

const USAGE = `Usage: model-build <command> [options]

Commands:
  check     refuse unversioned code or data: git tree clean, DVC and LFS data pulled and
            matching their committed pointers, every data path in the config versioned
              --root DIR        folder inside the repository (default: .)
              --config FILE     config file (default: model-build.yml in --root, if any)
              --json            print the report as JSON (format 1)
              --no-cache        hash every file again, ignoring the hash cache
  build     check, then train and evaluate the model the config describes and write the
            model directory (model.json, weights.bin, preprocessor.json, metrics.json)
              --config FILE     config file (default: model-build.yml)
              --out DIR         output folder (default: package.out beside the config)
              --backend B       auto | tensorflow | wasm | cpu (default: training.backend)
              --allow-dirty     build even if the check fails (recorded in metrics.json)
              --json            print the result as JSON
  verify    the reproducibility gate: rebuild in separate processes and compare archives
              --config FILE     config file (default: model-build.yml)
              --against PKG     compare with this package instead of rebuilds with each other
              --runs N          rebuilds (default 2 without --against, else 1)
              --backend B       backend for the rebuilds (default: the package's)
              --json            print the comparison as JSON
  profile   profile a data file (types, missing, distinct, quantiles, top values), streaming
              DATA              a CSV, JSON Lines or JSON file
              --out FILE        write the profile (JSON, mergeable sketches) to FILE
              --json            print the profile as JSON
  monitor   compare new data with the training profile: PSI, Jensen–Shannon, KS, schema
              --package PKG     reference: a model package (its profile and features)
              --profile FILE    or a profile written by \`profile --out\`
              --data FILE       the new data
              --json            print the report as JSON
              --html FILE       write a self-contained HTML report with a chart per feature
              --markdown FILE   write the Markdown report (for job summaries)
  inspect   verify a model package (digests, schema, safe archive) and print its metadata
              PACKAGE           the .zip written by build
              --json            print the metadata and file digests as JSON
  predict   run a built model on records and write JSON Lines
              --model DIR       a model directory written by build
              --input FILE      CSV, JSON Lines or JSON records
              --output FILE     where to write (default: standard output)
              --backend B       auto | tensorflow | wasm | cpu

Options:
  -h, --help      show this help
  -v, --version   print the version

Exit codes: 0 ok · 1 check or gate failed, not reproducible, drift · 2 usage or input error
`;

type Values = Record<string, string | boolean | undefined>;

interface Command {
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments it takes (default none). */
  positionals?: number;
  run(values: Values, positionals: string[]): Promise<number>;
}

const BACKENDS = ['auto', 'tensorflow', 'wasm', 'cpu'] as const;
function backendOf(v: Values): Backend | undefined {
  const b = v.backend as string | undefined;
  if (b === undefined) return undefined;
  if (!(BACKENDS as readonly string[]).includes(b)) {
    throw new ModelBuildError('USAGE', `--backend must be one of ${BACKENDS.join(', ')} (got "${b}")`);
  }
  return b as Backend;
}

function required(v: Values, name: string, command: string): string {
  const value = v[name];
  if (typeof value !== 'string' || value === '') {
    throw new ModelBuildError('USAGE', `${command}: --${name} is required`, { hint: 'run `model-build --help`' });
  }
  return value;
}

const COMMANDS: Record<string, Command> = {
  check: {
    options: {
      root: { type: 'string' },
      config: { type: 'string', short: 'c' },
      json: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
    },
    run: (v) =>
      runCheck({ root: v.root as string | undefined, config: v.config as string | undefined, json: Boolean(v.json), noCache: Boolean(v['no-cache']) }),
  },
  build: {
    options: {
      config: { type: 'string', short: 'c' },
      out: { type: 'string', short: 'o' },
      backend: { type: 'string' },
      'allow-dirty': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    run: (v) =>
      runBuild({
        config: v.config as string | undefined,
        out: v.out as string | undefined,
        backend: backendOf(v),
        allowDirty: Boolean(v['allow-dirty']),
        json: Boolean(v.json),
      }),
  },
  verify: {
    options: {
      config: { type: 'string', short: 'c' },
      against: { type: 'string' },
      runs: { type: 'string' },
      backend: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    run: (v) => {
      const runs = v.runs === undefined ? undefined : Number(v.runs);
      if (runs !== undefined && (!Number.isInteger(runs) || runs < 1 || runs > 20)) {
        throw new ModelBuildError('USAGE', `--runs must be a whole number from 1 to 20 (got "${String(v.runs)}")`);
      }
      return runVerify({ config: v.config as string | undefined, against: v.against as string | undefined, runs, backend: backendOf(v), json: Boolean(v.json) });
    },
  },
  profile: {
    options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean', default: false } },
    positionals: 1,
    run: (v, positionals) => {
      const data = positionals[0];
      if (!data) throw new ModelBuildError('USAGE', 'profile: name the data file, e.g. `model-build profile data/train.csv`');
      return runProfile({ data, out: v.out as string | undefined, json: Boolean(v.json) });
    },
  },
  monitor: {
    options: {
      package: { type: 'string' },
      profile: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      html: { type: 'string' },
      markdown: { type: 'string' },
    },
    run: (v) =>
      runMonitor({
        html: v.html as string | undefined,
        markdown: v.markdown as string | undefined,
        package: v.package as string | undefined,
        profile: v.profile as string | undefined,
        data: required(v, 'data', 'monitor'),
        json: Boolean(v.json),
      }),
  },
  inspect: {
    options: { json: { type: 'boolean', default: false } },
    positionals: 1,
    run: (v, positionals) => {
      const archive = positionals[0];
      if (!archive) throw new ModelBuildError('USAGE', 'inspect: name the package, e.g. `model-build inspect out/penguins-1a2b3c4d5e6f.zip`');
      return runInspect({ archive, json: Boolean(v.json) });
    },
  },
  predict: {
    options: {
      model: { type: 'string', short: 'm' },
      input: { type: 'string', short: 'i' },
      output: { type: 'string' },
      backend: { type: 'string' },
    },
    run: (v) =>
      runPredict({
        model: required(v, 'model', 'predict'),
        input: required(v, 'input', 'predict'),
        output: v.output as string | undefined,
        backend: backendOf(v),
      }),
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
    const cmd = COMMANDS[command];
    if (!cmd) {
      throw new ModelBuildError('USAGE', `unknown command "${command}"`, { hint: 'run `model-build --help` for the list' });
    }
    const { values, positionals } = parseWith(command, rest, cmd.options);
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length > (cmd.positionals ?? 0)) {
      throw new ModelBuildError('USAGE', `${command}: unexpected argument "${positionals[cmd.positionals ?? 0]}"`, { hint: 'run `model-build --help`' });
    }
    return await cmd.run(values, positionals);
  } catch (e) {
    return reportError(e, wantsJson);
  }
}

function parseWith(command: string, args: string[], options: NonNullable<ParseArgsConfig['options']>): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as {
      values: Values;
      positionals: string[];
    };
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
