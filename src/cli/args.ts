/**
 * Command-line arguments: one parser for every command, strict enough that a typo, a missing
 * value or a path of the wrong kind is one `error:` line naming the argument (exit 2) before
 * any work starts, and the help text generated from the same table so it cannot drift.
 */
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../core/config/didYouMean.js';
import { ModelBuildError } from '../core/errors.js';
import { kindOf } from '../core/util/regularFile.js';

/**
 * Longest argument accepted, in characters: PATH_MAX on Linux. Every value is a path, a
 * number or a name, so a longer one is a mistake (and would be echoed into messages).
 */
export const MAX_ARGUMENT_CHARS = 4096;

/** What a path argument must name; checked before the command runs. */
export type PathKind =
  /** An existing file is read: a folder, device, FIFO or socket is refused (a missing one is the command's to report). */
  | 'input-file'
  /** Must be an existing folder. */
  | 'input-dir'
  /** Data: an existing file or folder (of data files); devices, FIFOs and sockets are refused. */
  | 'input-data'
  /** Written: must not be a folder, and its folder must exist. Devices (/dev/null) are fine. */
  | 'output-file'
  /** Written into: must not be an existing non-folder. */
  | 'output-dir';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder for the value in help, e.g. FILE. */
  value?: string;
  help: string;
  path?: PathKind;
  /** Resolve the path against this option's value instead of the working directory (check's --config against --root). */
  relativeTo?: string;
  /** A string option whose value may be left out (`--remote` or `--remote NAME`): alone it is `true`. */
  optionalValue?: boolean;
}

export interface PositionalSpec {
  name: string;
  help: string;
  path?: PathKind;
}

/** A command line that works as written from the root of a model-build clone (tests run each one). */
export interface CommandExample {
  /** What it does, one line. */
  what: string;
  /** The command line, starting with `model-build`. */
  run: string;
}

export interface CommandSpec {
  /** What the command does, one or two lines. */
  summary: string;
  options: Record<string, OptionSpec>;
  positionals?: PositionalSpec[];
  /** Two to four examples, shown by `model-build <command> --help`. */
  examples: CommandExample[];
}

/** Where the examples in help run: they name the bundled example's files. */
export const EXAMPLES_NOTE = 'Examples run from the root of a model-build clone, on the bundled example (examples/penguins).';

export type Values = Record<string, string | boolean | undefined>;

export interface ParsedArgs {
  values: Values;
  positionals: string[];
  /** -h/--help was given: print the command's help instead of running it. */
  help: boolean;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/** A value as it appears in a message: quoted, clipped, control characters escaped. */
export function shown(value: string): string {
  const clipped = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(clipped);
}

function usageError(command: string, message: string, hint = `run \`model-build ${command} --help\``): ModelBuildError {
  return new ModelBuildError('USAGE', `${command}: ${message}`, { hint });
}

/** Refuses values no path, number or name can be: empty, too long, or bytes that were not UTF-8. */
function checkValue(command: string, flag: string, value: string): void {
  if (value === '') throw usageError(command, `${flag} is empty`, `give ${flag} a value, or leave the option out`);
  if (value.length > MAX_ARGUMENT_CHARS) {
    throw usageError(command, `${flag} is ${value.length} characters long, more than the limit of ${MAX_ARGUMENT_CHARS}`, 'pass a shorter value (a path relative to the current folder)');
  }
  // Node turns bytes that are not UTF-8 into U+FFFD; such a path cannot be named back.
  if (value.includes('\uFFFD')) {
    throw usageError(command, `${flag} ${shown(value)} has bytes that are not UTF-8`, 'rename the file to a UTF-8 name, or run with a UTF-8 locale');
  }
}

/** Parses one command's arguments. Throws USAGE errors that name the argument. */
export function parseCommandArgs(command: string, spec: CommandSpec, args: string[]): ParsedArgs {
  const options: Record<string, OptionSpec> = { ...spec.options, help: HELP_OPTION };
  const byShort = new Map(Object.entries(options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  const values: Values = {};
  const positionals: string[] = [];
  let help = false;
  const unknown = (raw: string) => {
    const guess = raw.startsWith('--') ? didYouMean(raw.slice(2), Object.keys(options)) : undefined;
    const names = Object.keys(spec.options).map((n) => `--${n}`).join(', ');
    return usageError(
      command,
      `Unknown option '${raw.length > 60 ? `${raw.slice(0, 57)}...` : raw}'`,
      guess ? `did you mean --${guess}? (run \`model-build ${command} --help\`)` : `${command} takes ${names || 'no options'}; run \`model-build ${command} --help\``,
    );
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (!Object.hasOwn(options, name)) throw unknown(eq < 0 ? arg : arg.slice(0, eq));
    } else {
      const found = arg.length === 2 ? byShort.get(arg[1]!) : undefined;
      if (!found) throw unknown(arg);
      name = found;
    }
    const flag = `--${name}`;
    const o = options[name]!;
    if (o.type === 'boolean') {
      if (inline !== undefined) throw usageError(command, `${flag} takes no value (got ${shown(inline)})`, `write ${flag} alone`);
      if (name === 'help') help = true;
      else values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined && o.optionalValue) {
      const next = args[i + 1];
      if (next === undefined || next === '--' || (next.startsWith('-') && next.length > 1)) {
        if (values[name] !== undefined) throw usageError(command, `${flag} is given twice`, `give ${flag} once`);
        values[name] = true;
        continue;
      }
    }
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next === '--') {
        throw usageError(command, `${flag} needs a value`, `write ${flag} ${o.value ?? 'VALUE'}; run \`model-build ${command} --help\``);
      }
      if (next.startsWith('-') && next.length > 1) {
        throw usageError(command, `${flag} needs a value, but the next argument is ${shown(next)}`, `write ${flag} ${o.value ?? 'VALUE'}, or ${flag}=${next} if the value starts with "-"`);
      }
      value = next;
      i++;
    }
    checkValue(command, flag, value);
    if (values[name] !== undefined) {
      throw usageError(command, `${flag} is given twice (${shown(String(values[name]))} and ${shown(value)})`, `give ${flag} once`);
    }
    values[name] = value;
  }
  if (!help) {
    const allowed = spec.positionals ?? [];
    if (positionals.length > allowed.length) {
      const extra = positionals[allowed.length]!;
      throw usageError(
        command,
        `unexpected argument ${shown(extra)}`,
        allowed.length === 0
          ? `${command} takes only options; run \`model-build ${command} --help\``
          : `${command} takes ${allowed.map((p) => p.name).join(' ')} and options; run \`model-build ${command} --help\``,
      );
    }
    positionals.forEach((v, i) => checkValue(command, allowed[i]!.name, v));
  }
  return { values, positionals, help };
}

/** Checks every path argument against the kind the command needs; `cwd` resolves relative paths. */
export function checkPathArguments(command: string, spec: CommandSpec, parsed: ParsedArgs, cwd: string): void {
  for (const [name, o] of Object.entries(spec.options)) {
    const value = parsed.values[name];
    if (!o.path || typeof value !== 'string') continue;
    const base = o.relativeTo && typeof parsed.values[o.relativeTo] === 'string' ? path.resolve(cwd, parsed.values[o.relativeTo] as string) : cwd;
    checkPath(command, `--${name}`, value, path.resolve(base, value), o.path);
  }
  (spec.positionals ?? []).forEach((p, i) => {
    const value = parsed.positionals[i];
    if (p.path && value !== undefined) checkPath(command, p.name, value, path.resolve(cwd, value), p.path);
  });
}

function statOrNull(abs: string): Stats | null {
  try {
    return statSync(abs);
  } catch {
    return null;
  }
}

function checkPath(command: string, flag: string, value: string, abs: string, kind: PathKind): void {
  const st = statOrNull(abs);
  const what = `${flag} ${shown(value)}`;
  switch (kind) {
    case 'input-file':
      // A missing file is left to the command, which says what the file should have been.
      if (st && !st.isFile()) {
        throw usageError(
          command,
          `${what} is ${kindOf(st)}, not a file`,
          st.isDirectory() ? `name a file inside the folder for ${flag}` : `name a regular file for ${flag}: devices, pipes and sockets are never read`,
        );
      }
      return;
    case 'input-data':
      if (st && !st.isFile() && !st.isDirectory()) throw usageError(command, `${what} is ${kindOf(st)}, not a file or folder`, `name a data file or a folder of them for ${flag}: devices, pipes and sockets are never read`);
      return;
    case 'input-dir':
      if (!st) throw usageError(command, `${what} does not exist`, `name an existing folder with ${flag}`);
      if (!st.isDirectory()) throw usageError(command, `${what} is ${st.isFile() ? 'a file' : kindOf(st)}, not a folder`, `name a folder with ${flag}`);
      return;
    case 'output-file': {
      if (st?.isDirectory()) throw usageError(command, `${what} is a folder`, `name the file to write with ${flag}, e.g. ${path.join(value, 'report.out')}`);
      const dir = statOrNull(path.dirname(abs));
      if (!dir) throw usageError(command, `${what}: folder ${shown(path.dirname(value))} does not exist`, `create it first (mkdir -p), or write somewhere else with ${flag}`);
      if (!dir.isDirectory()) throw usageError(command, `${what}: ${shown(path.dirname(value))} is not a folder`, `write somewhere else with ${flag}`);
      return;
    }
    case 'output-dir':
      if (st && !st.isDirectory()) throw usageError(command, `${what} is ${st.isFile() ? 'a file' : kindOf(st)}, not a folder`, `name a folder with ${flag}`);
      return;
  }
}

/** `--config FILE`, `-c, --config FILE` */
function flagLabel(name: string, o: OptionSpec): string {
  const value = o.optionalValue ? ` [${o.value ?? 'VALUE'}]` : ` ${o.value ?? 'VALUE'}`;
  return `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? value : ''}`;
}

function optionLines(spec: CommandSpec, indent: string, withHelp: boolean): string[] {
  const rows: Array<[string, string]> = [
    ...(spec.positionals ?? []).map((p): [string, string] => [p.name, p.help]),
    ...Object.entries(spec.options).map(([n, o]): [string, string] => [flagLabel(n, o), o.help]),
    ...(withHelp ? [[flagLabel('help', HELP_OPTION), HELP_OPTION.help] as [string, string]] : []),
  ];
  const width = Math.max(16, ...rows.map(([l]) => l.length)) + 2;
  return rows.map(([l, h]) => `${indent}${l.padEnd(width)}${h}`);
}

export const EXIT_CODES = 'Exit codes: 0 ok · 1 check or gate failed, not reproducible, drift · 2 usage or input error';

/** Help for one command: usage, what it does, options with their defaults, examples. */
export function commandHelp(name: string, spec: CommandSpec): string {
  const args = (spec.positionals ?? []).map((p) => ` ${p.name}`).join('');
  return [
    `Usage: model-build ${name}${args} [options]`,
    '',
    spec.summary.replace(/\n\s*/g, ' '),
    '',
    'Options:',
    ...optionLines(spec, '  ', true),
    '',
    'Examples:',
    // A comment line, then the command: the block pastes into a shell as it is.
    ...spec.examples.flatMap((e) => [`  # ${e.what}`, `  ${e.run}`]),
    '',
    ...(spec.examples.some((e) => e.run.includes('examples/penguins')) ? [EXAMPLES_NOTE] : []),
    EXIT_CODES,
    '',
  ].join('\n');
}

/** Help for the whole CLI: every command with its options. */
export function globalHelp(commands: Record<string, CommandSpec>): string {
  const lines = ['Usage: model-build <command> [options]', '', 'Commands:'];
  for (const [name, spec] of Object.entries(commands)) {
    const [first, ...more] = spec.summary.split('\n');
    lines.push(`  ${name.padEnd(8)}  ${first}`, ...more.map((m) => `            ${m.trim()}`));
    lines.push(...optionLines(spec, '              ', false));
  }
  lines.push(
    '',
    'Options:',
    '  -h, --help      show this help (`model-build <command> --help`: that command\'s)',
    '  -v, --version   print the version',
    '',
    'Run `model-build <command> --help` (or `model-build help <command>`) for its examples.',
    EXIT_CODES,
    '',
  );
  return lines.join('\n');
}
