import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  didYouMean,
  kindOf
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/cli/args.ts
import { statSync } from "node:fs";
import path from "node:path";
var MAX_ARGUMENT_CHARS = 4096;
var EXAMPLES_NOTE = "Examples run from the root of a model-build clone, on the bundled example (examples/penguins).";
var HELP_OPTION = { type: "boolean", short: "h", help: "show this help" };
function shown(value) {
  const clipped = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(clipped);
}
function usageError(command, message, hint = `run \`model-build ${command} --help\``) {
  return new ModelBuildError("USAGE", `${command}: ${message}`, { hint });
}
function checkValue(command, flag, value) {
  if (value === "") throw usageError(command, `${flag} is empty`, `give ${flag} a value, or leave the option out`);
  if (value.length > MAX_ARGUMENT_CHARS) {
    throw usageError(command, `${flag} is ${value.length} characters long, more than the limit of ${MAX_ARGUMENT_CHARS}`, "pass a shorter value (a path relative to the current folder)");
  }
  if (value.includes("\uFFFD")) {
    throw usageError(command, `${flag} ${shown(value)} has bytes that are not UTF-8`, "rename the file to a UTF-8 name, or run with a UTF-8 locale");
  }
}
function parseCommandArgs(command, spec, args) {
  const options = { ...spec.options, help: HELP_OPTION };
  const byShort = new Map(Object.entries(options).flatMap(([name, o]) => o.short ? [[o.short, name]] : []));
  const values = {};
  const positionals = [];
  let help = false;
  const unknown = (raw) => {
    const guess = raw.startsWith("--") ? didYouMean(raw.slice(2), Object.keys(options)) : void 0;
    const names = Object.keys(spec.options).map((n) => `--${n}`).join(", ");
    return usageError(
      command,
      `Unknown option '${raw.length > 60 ? `${raw.slice(0, 57)}...` : raw}'`,
      guess ? `did you mean --${guess}? (run \`model-build ${command} --help\`)` : `${command} takes ${names || "no options"}; run \`model-build ${command} --help\``
    );
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    let name;
    let inline;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? void 0 : arg.slice(eq + 1);
      if (!Object.hasOwn(options, name)) throw unknown(eq < 0 ? arg : arg.slice(0, eq));
    } else {
      const found = arg.length === 2 ? byShort.get(arg[1]) : void 0;
      if (!found) throw unknown(arg);
      name = found;
    }
    const flag = `--${name}`;
    const o = options[name];
    if (o.type === "boolean") {
      if (inline !== void 0) throw usageError(command, `${flag} takes no value (got ${shown(inline)})`, `write ${flag} alone`);
      if (name === "help") help = true;
      else values[name] = true;
      continue;
    }
    let value = inline;
    if (value === void 0 && o.optionalValue) {
      const next = args[i + 1];
      if (next === void 0 || next === "--" || next.startsWith("-") && next.length > 1) {
        if (values[name] !== void 0) throw usageError(command, `${flag} is given twice`, `give ${flag} once`);
        values[name] = true;
        continue;
      }
    }
    if (value === void 0) {
      const next = args[i + 1];
      if (next === void 0 || next === "--") {
        throw usageError(command, `${flag} needs a value`, `write ${flag} ${o.value ?? "VALUE"}; run \`model-build ${command} --help\``);
      }
      if (next.startsWith("-") && next.length > 1) {
        throw usageError(command, `${flag} needs a value, but the next argument is ${shown(next)}`, `write ${flag} ${o.value ?? "VALUE"}, or ${flag}=${next} if the value starts with "-"`);
      }
      value = next;
      i++;
    }
    checkValue(command, flag, value);
    if (values[name] !== void 0) {
      throw usageError(command, `${flag} is given twice (${shown(String(values[name]))} and ${shown(value)})`, `give ${flag} once`);
    }
    values[name] = value;
  }
  if (!help) {
    const allowed = spec.positionals ?? [];
    if (positionals.length > allowed.length) {
      const extra = positionals[allowed.length];
      throw usageError(
        command,
        `unexpected argument ${shown(extra)}`,
        allowed.length === 0 ? `${command} takes only options; run \`model-build ${command} --help\`` : `${command} takes ${allowed.map((p) => p.name).join(" ")} and options; run \`model-build ${command} --help\``
      );
    }
    positionals.forEach((v, i) => checkValue(command, allowed[i].name, v));
  }
  return { values, positionals, help };
}
function checkPathArguments(command, spec, parsed, cwd) {
  for (const [name, o] of Object.entries(spec.options)) {
    const value = parsed.values[name];
    if (!o.path || typeof value !== "string") continue;
    const base = o.relativeTo && typeof parsed.values[o.relativeTo] === "string" ? path.resolve(cwd, parsed.values[o.relativeTo]) : cwd;
    checkPath(command, `--${name}`, value, path.resolve(base, value), o.path);
  }
  (spec.positionals ?? []).forEach((p, i) => {
    const value = parsed.positionals[i];
    if (p.path && value !== void 0) checkPath(command, p.name, value, path.resolve(cwd, value), p.path);
  });
}
function statOrNull(abs) {
  try {
    return statSync(abs);
  } catch {
    return null;
  }
}
function checkPath(command, flag, value, abs, kind) {
  const st = statOrNull(abs);
  const what = `${flag} ${shown(value)}`;
  switch (kind) {
    case "input-file":
      if (st && !st.isFile()) {
        throw usageError(
          command,
          `${what} is ${kindOf(st)}, not a file`,
          st.isDirectory() ? `name a file inside the folder for ${flag}` : `name a regular file for ${flag}: devices, pipes and sockets are never read`
        );
      }
      return;
    case "input-data":
      if (st && !st.isFile() && !st.isDirectory()) throw usageError(command, `${what} is ${kindOf(st)}, not a file or folder`, `name a data file or a folder of them for ${flag}: devices, pipes and sockets are never read`);
      return;
    case "input-dir":
      if (!st) throw usageError(command, `${what} does not exist`, `name an existing folder with ${flag}`);
      if (!st.isDirectory()) throw usageError(command, `${what} is ${st.isFile() ? "a file" : kindOf(st)}, not a folder`, `name a folder with ${flag}`);
      return;
    case "output-file": {
      if (st?.isDirectory()) throw usageError(command, `${what} is a folder`, `name the file to write with ${flag}, e.g. ${path.join(value, "report.out")}`);
      const dir = statOrNull(path.dirname(abs));
      if (!dir) throw usageError(command, `${what}: folder ${shown(path.dirname(value))} does not exist`, `create it first (mkdir -p), or write somewhere else with ${flag}`);
      if (!dir.isDirectory()) throw usageError(command, `${what}: ${shown(path.dirname(value))} is not a folder`, `write somewhere else with ${flag}`);
      return;
    }
    case "output-dir":
      if (st && !st.isDirectory()) throw usageError(command, `${what} is ${st.isFile() ? "a file" : kindOf(st)}, not a folder`, `name a folder with ${flag}`);
      return;
  }
}
function flagLabel(name, o) {
  const value = o.optionalValue ? ` [${o.value ?? "VALUE"}]` : ` ${o.value ?? "VALUE"}`;
  return `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "string" ? value : ""}`;
}
function optionLines(spec, indent, withHelp) {
  const rows = [
    ...(spec.positionals ?? []).map((p) => [p.name, p.help]),
    ...Object.entries(spec.options).map(([n, o]) => [flagLabel(n, o), o.help]),
    ...withHelp ? [[flagLabel("help", HELP_OPTION), HELP_OPTION.help]] : []
  ];
  const width = Math.max(16, ...rows.map(([l]) => l.length)) + 2;
  return rows.map(([l, h]) => `${indent}${l.padEnd(width)}${h}`);
}
var EXIT_CODES = "Exit codes: 0 ok \xB7 1 check or gate failed, not reproducible, drift \xB7 2 usage or input error";
function commandHelp(name, spec) {
  const args = (spec.positionals ?? []).map((p) => ` ${p.name}`).join("");
  return [
    `Usage: model-build ${name}${args} [options]`,
    "",
    spec.summary.replace(/\n\s*/g, " "),
    "",
    "Options:",
    ...optionLines(spec, "  ", true),
    "",
    "Examples:",
    // A comment line, then the command: the block pastes into a shell as it is.
    ...spec.examples.flatMap((e) => [`  # ${e.what}`, `  ${e.run}`]),
    "",
    ...spec.examples.some((e) => e.run.includes("examples/penguins")) ? [EXAMPLES_NOTE] : [],
    EXIT_CODES,
    ""
  ].join("\n");
}
function globalHelp(commands) {
  const lines = ["Usage: model-build <command> [options]", "", "Commands:"];
  for (const [name, spec] of Object.entries(commands)) {
    const [first, ...more] = spec.summary.split("\n");
    lines.push(`  ${name.padEnd(8)}  ${first}`, ...more.map((m) => `            ${m.trim()}`));
    lines.push(...optionLines(spec, "              ", false));
  }
  lines.push(
    "",
    "Options:",
    "  -h, --help      show this help (`model-build <command> --help`: that command's)",
    "  -v, --version   print the version",
    "",
    "Run `model-build <command> --help` (or `model-build help <command>`) for its examples.",
    EXIT_CODES,
    ""
  );
  return lines.join("\n");
}

export {
  shown,
  parseCommandArgs,
  checkPathArguments,
  commandHelp,
  globalHelp
};
