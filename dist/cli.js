#!/usr/bin/env node
import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  MAX_SWEEP_JOBS
} from "./chunk-CNIWJ35N.js";
import {
  checkPathArguments,
  commandHelp,
  globalHelp,
  parseCommandArgs,
  shown
} from "./chunk-ZM25QQLG.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";
import {
  GITHUB_ACTIONS_ISSUER
} from "./chunk-TSURTRHC.js";
import {
  isVariantId
} from "./chunk-OTOVPBEG.js";
import {
  ownFile
} from "./chunk-AH66PB2E.js";
import {
  didYouMean
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";
var runBuild = async (a) => (await import("./chunk-YGK26POC.js")).runBuild(a);
var runCheck = async (a) => (await import("./chunk-J2KN2MCA.js")).runCheck(a);
var runInspect = async (a) => (await import("./chunk-JOIYYKGD.js")).runInspect(a);
var runMonitor = async (a) => (await import("./chunk-CMGYA5KD.js")).runMonitor(a);
var runPredict = async (a) => (await import("./chunk-VN5NYZOM.js")).runPredict(a);
var runProfile = async (a) => (await import("./chunk-OY4NJNYS.js")).runProfile(a);
var runPull = async (a) => (await import("./chunk-CJHJ7ZM3.js")).runPull(a);
var runServe = async (a) => (await import("./chunk-3WK7LNEE.js")).runServe(a);
var runVerify = async (a) => (await import("./chunk-W4CTXXOL.js")).runVerify(a);
var runKeygen = async (a) => (await import("./chunk-2M7PGBHA.js")).runKeygen(a);
var runSign = async (a) => (await import("./chunk-2M7PGBHA.js")).runSign(a);
var runVerifySignature = async (a) => (await import("./chunk-IHPSOIP4.js")).runVerifySignature(a);
var runSweepCommand = async (a) => (await import("./chunk-KZ7QO2Y4.js")).runSweepCommand(a);
var BACKENDS = ["auto", "tensorflow", "wasm", "cpu"];
function backendOf(v, command) {
  const b = v.backend;
  if (b === void 0) return void 0;
  if (!BACKENDS.includes(b)) {
    throw new ModelBuildError("USAGE", `${command}: --backend must be one of ${BACKENDS.join(", ")} (got ${shown(b)})`, {
      hint: "auto picks the fastest that loads: tensorflow (tfjs-node), then wasm, then cpu"
    });
  }
  return b;
}
var KEYLESS_OPTIONS = {
  identity: { type: "string", value: "ID", help: "the identity a keyless (Sigstore) signature must be made by, exactly; a workflow: https://github.com/OWNER/REPO/.github/workflows/FILE@REF" },
  "identity-regexp": { type: "string", value: "RE", help: "as --identity, a regular expression that must match the whole identity" },
  issuer: { type: "string", value: "URL", help: `the identity's OIDC issuer, exactly (GitHub Actions: ${GITHUB_ACTIONS_ISSUER})` },
  "trusted-root": {
    type: "string",
    value: "FILE",
    help: "the Sigstore trusted root(s) the certificate must chain to: JSON, or JSON Lines as `gh attestation trusted-root > trusted_root.jsonl` writes",
    path: "input-file"
  }
};
function trustOptions(v) {
  const publicKey = v["public-key"];
  const identity = v.identity;
  const identityRegexp = v["identity-regexp"];
  const issuer = v.issuer;
  const trustedRoot = v["trusted-root"];
  const keyless = identity !== void 0 || identityRegexp !== void 0 || issuer !== void 0 || trustedRoot !== void 0;
  if (publicKey !== void 0 && keyless) {
    throw new ModelBuildError("USAGE", "--public-key and --identity/--issuer/--trusted-root name two kinds of signer; give one", { hint: "--public-key for a signature made with a key, --identity for a keyless (Sigstore) one" });
  }
  if (publicKey !== void 0) return { publicKey };
  if (!keyless) return null;
  if (identity !== void 0 && identityRegexp !== void 0) throw new ModelBuildError("USAGE", "give --identity or --identity-regexp, not both");
  const missing = [identity === void 0 && identityRegexp === void 0 ? "--identity" : "", issuer === void 0 ? "--issuer" : "", trustedRoot === void 0 ? "--trusted-root" : ""].filter(Boolean);
  if (missing.length > 0) {
    throw new ModelBuildError("USAGE", `a keyless signature is verified by identity, issuer and trusted root together: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing`, {
      hint: `e.g. --identity https://github.com/OWNER/REPO/.github/workflows/model.yml@refs/heads/main --issuer ${GITHUB_ACTIONS_ISSUER} --trusted-root trusted_root.jsonl (from \`gh attestation trusted-root\`)`
    });
  }
  return { identity: identity ?? { regexp: identityRegexp }, issuer, trustedRoot };
}
function required(v, name, command) {
  const value = v[name];
  if (typeof value !== "string" || value === "") {
    throw new ModelBuildError("USAGE", `${command}: --${name} is required`, { hint: `run \`model-build ${command} --help\`` });
  }
  return value;
}
var MAX_VERIFY_RUNS = 20;
var runsOf = (v) => wholeNumberOf(v, "runs", "verify", MAX_VERIFY_RUNS, "each run is a full rebuild; 2 is enough to catch non-determinism");
var MAX_JOBS = 128;
var JOBS = { type: "string", short: "j", value: "N", help: `objects transferred or checked at once (default: the remote's jobs, else 8; at most ${MAX_JOBS})` };
function wholeNumberOf(v, name, command, max, hint) {
  if (v[name] === void 0) return void 0;
  const text = String(v[name]);
  const n = /^[0-9]{1,3}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= max)) {
    throw new ModelBuildError("USAGE", `${command}: --${name} must be a whole number from 1 to ${max} (got ${shown(text)})`, { hint });
  }
  return n;
}
var jobsOf = (v, command) => wholeNumberOf(v, "jobs", command, MAX_JOBS, "the default, 8, suits most remotes");
var VARIANT = { type: "string", value: "ID", help: "build this variant of the config's sweep (ids: `model-build sweep --plan`)" };
function variantOf(v) {
  const id = v.variant;
  if (id !== void 0 && !isVariantId(id)) {
    throw new ModelBuildError("USAGE", `--variant must be a variant id like v1a2b3c4d (got ${shown(id)})`, { hint: "`model-build sweep --plan` lists the ids" });
  }
  return id;
}
var sweepJobsOf = (v) => wholeNumberOf(v, "jobs", "sweep", MAX_SWEEP_JOBS, "each job is a training run in its own process; the default is the number of cores");
var CONFIG = { type: "string", short: "c", value: "FILE", help: "config file (default: model-build.yml)", path: "input-file" };
var JSON_OUT = (what) => ({ type: "boolean", help: `print ${what} as JSON` });
var SIGNING_KEY = (help) => ({ type: "string", value: "FILE", help: `${help}; ECDSA P-256 PEM, passphrase from MODEL_BUILD_SIGNING_KEY_PASSPHRASE`, path: "input-file" });
var BACKEND = (help) => ({ type: "string", value: "B", help });
var COMMANDS = {
  check: {
    summary: "refuse unversioned code or data: git tree clean, DVC and LFS data pulled and\nmatching their committed pointers, every data path in the config versioned",
    options: {
      root: { type: "string", value: "DIR", help: "folder inside the repository (default: .)", path: "input-dir" },
      config: { ...CONFIG, help: "config file (default: model-build.yml in --root, if any)", relativeTo: "root" },
      json: JSON_OUT("the report"),
      "no-cache": { type: "boolean", help: "hash every file again, ignoring the hash cache" },
      remote: { type: "string", value: "NAME", optionalValue: true, help: "also confirm the DVC remote (default: [core] remote) holds every object the pointers record" },
      jobs: JOBS
    },
    examples: [
      { what: "refuse unless the code and the data the config reads are committed and match", run: "model-build check --root examples/penguins" },
      { what: "the same report as JSON, for scripts", run: "model-build check --root examples/penguins --json" },
      { what: "also confirm the default DVC remote holds every object the pointers record", run: "model-build check --remote" }
    ],
    run: (v) => runCheck({
      root: v.root,
      config: v.config,
      json: Boolean(v.json),
      noCache: Boolean(v["no-cache"]),
      remote: v.remote,
      jobs: jobsOf(v, "check")
    })
  },
  pull: {
    summary: "fetch the DVC data the config reads from a DVC remote (local folder, HTTP(S), S3),\nverified by md5, into the DVC cache and the workspace; no Python needed",
    options: {
      root: { type: "string", value: "DIR", help: "folder inside the repository (default: .)", path: "input-dir" },
      config: { ...CONFIG, help: "config file (default: model-build.yml in --root; none: every DVC output)", relativeTo: "root" },
      remote: { type: "string", short: "r", value: "NAME", help: "DVC remote (default: [core] remote)" },
      jobs: JOBS,
      force: { type: "boolean", short: "f", help: "replace workspace files whose bytes differ from the pointer" },
      json: JSON_OUT("the result")
    },
    examples: [
      { what: "fetch the DVC data model-build.yml reads (every DVC output without one) from the default remote", run: "model-build pull" },
      { what: "from the remote named storage, 16 objects at a time", run: "model-build pull --remote storage --jobs 16" },
      { what: "also replace workspace files whose bytes differ from their pointers", run: "model-build pull --force" }
    ],
    run: (v) => runPull({
      root: v.root,
      config: v.config,
      remote: v.remote,
      jobs: jobsOf(v, "pull"),
      force: Boolean(v.force),
      json: Boolean(v.json)
    })
  },
  build: {
    summary: "check, then train and evaluate the model the config describes and write the\nmodel directory (model.json, weights.bin, preprocessor.json, metrics.json) and,\nwhen every gate passes, the package (.zip) and its provenance",
    options: {
      config: { ...CONFIG, help: "config file (default: model-build.yml, .yaml or .json in the current folder)" },
      out: { type: "string", short: "o", value: "DIR", help: "output folder (default: the config's package.out, else model-build-out, beside the config)", path: "output-dir" },
      backend: BACKEND("auto | tensorflow | wasm | cpu (default: the config's training.backend, else auto)"),
      "allow-dirty": { type: "boolean", help: "build even if the check fails (recorded in metrics.json)" },
      "signing-key": SIGNING_KEY("sign the package (the signature goes beside it: <archive>.model.sig)"),
      "no-cache": { type: "boolean", help: "hash every file again, ignoring the hash cache" },
      variant: VARIANT,
      json: JSON_OUT("the result")
    },
    examples: [
      { what: "train, gate and package the bundled example into examples/penguins/model-build-out/", run: "model-build build --config examples/penguins/model-build.yml" },
      { what: "on the pure-JavaScript cpu backend, the result as JSON", run: "model-build build --config examples/penguins/model-build.yml --backend cpu --json" },
      { what: "try uncommitted changes: the package records that it is dirty", run: "model-build build --config examples/penguins/model-build.yml --allow-dirty" }
    ],
    run: (v) => runBuild({
      config: v.config,
      out: v.out,
      backend: backendOf(v, "build"),
      allowDirty: Boolean(v["allow-dirty"]),
      signingKey: v["signing-key"],
      noCache: Boolean(v["no-cache"]),
      variant: variantOf(v),
      json: Boolean(v.json)
    })
  },
  sweep: {
    summary: "build every variant of the config's sweep (in parallel child processes, one per\ncore), verify each package and rank them by one validation metric; --plan lists\nthe variants, as the action's matrix",
    options: {
      config: { ...CONFIG, help: "config file (default: model-build.yml, .yaml or .json in the current folder)" },
      plan: { type: "boolean", help: "list the variants (ids, overrides) without building" },
      out: { type: "string", short: "o", value: "DIR", help: "output folder; variant V goes to DIR/sweep/V/ (default: the config's package.out)", path: "output-dir" },
      jobs: { type: "string", short: "j", value: "N", help: "builds at once (default: the number of cores)" },
      only: { type: "string", value: "IDS", help: "only these variants, comma-separated" },
      "in-process": { type: "string", value: "IDS", help: "build these variants one after another in this process into --out's sweep/ folder, as JSON Lines (what each of a sweep's child processes runs)" },
      backend: BACKEND("auto | tensorflow | wasm | cpu (default: the config's training.backend, else auto)"),
      json: JSON_OUT("the plan or the leaderboard")
    },
    examples: [
      { what: "list the bundled example's variants: ids derived from their overrides", run: "model-build sweep --config examples/penguins/model-build.yml --plan" },
      { what: "the plan as JSON, with the matrix the action outputs", run: "model-build sweep --config examples/penguins/model-build.yml --plan --json" },
      { what: "build every variant, as many at once as there are cores, and pick the best", run: "model-build sweep --config examples/penguins/model-build.yml" }
    ],
    run: (v) => runSweepCommand({
      config: v.config,
      out: v.out,
      backend: backendOf(v, "sweep"),
      jobs: sweepJobsOf(v),
      only: typeof v.only === "string" ? v.only.split(",").map((x) => x.trim()).filter(Boolean) : void 0,
      inProcess: typeof v["in-process"] === "string" ? v["in-process"].split(",").map((x) => x.trim()).filter(Boolean) : void 0,
      plan: Boolean(v.plan),
      json: Boolean(v.json)
    })
  },
  verify: {
    summary: "the reproducibility gate: rebuild in separate processes and compare archives",
    options: {
      config: { ...CONFIG, help: "config file (default: model-build.yml, .yaml or .json in the current folder, as build)" },
      against: { type: "string", value: "PKG", help: "compare with this package instead of rebuilds with each other", path: "input-file" },
      runs: { type: "string", value: "N", help: `rebuilds (default 2, and at least 2, without --against; default 1 with it; at most ${MAX_VERIFY_RUNS})` },
      backend: BACKEND("backend for the rebuilds (default: the --against package's, else the config's training.backend)"),
      variant: { ...VARIANT, help: "rebuild this sweep variant (default: the --against package's, else the base config)" },
      json: JSON_OUT("the comparison")
    },
    examples: [
      { what: "rebuild twice in separate processes and compare the archives byte for byte", run: "model-build verify --config examples/penguins/model-build.yml" },
      { what: "rebuild once and compare with a package built before", run: "model-build verify --config examples/penguins/model-build.yml --against examples/penguins/model-build-out/penguins-*.zip" }
    ],
    run: (v) => runVerify({ config: v.config, against: v.against, runs: runsOf(v), backend: backendOf(v, "verify"), variant: variantOf(v), json: Boolean(v.json) })
  },
  profile: {
    summary: "profile a data file or a folder of shards (types, missing, distinct, quantiles, top\nvalues), streaming, on all cores",
    positionals: [{ name: "DATA", help: "a CSV, JSON Lines or JSON file, or a folder of them (same columns; profiled as one table)", path: "input-data" }],
    options: {
      out: { type: "string", short: "o", value: "FILE", help: "write the profile (JSON, mergeable sketches) to FILE", path: "output-file" },
      json: JSON_OUT("the profile")
    },
    examples: [
      { what: "types, missing values, distinct counts, quantiles and top values of each column", run: "model-build profile examples/penguins/data/penguins.csv" },
      { what: "save the profile: a reference for `monitor --profile`", run: "model-build profile examples/penguins/data/penguins.csv --out penguins.profile.json" }
    ],
    run: (v, positionals) => {
      const data = positionals[0];
      if (!data) throw new ModelBuildError("USAGE", "profile: name the data file, e.g. `model-build profile data/train.csv`");
      return runProfile({ data, out: v.out, json: Boolean(v.json) });
    }
  },
  monitor: {
    summary: "compare new data with the training profile: calibrated drift tests per feature\n(false-alarm rate \u2264 alpha for the whole report), schema, prediction drift; with a\npackage, metrics and gates on labeled data and accuracy estimated without labels",
    options: {
      package: { type: "string", value: "PKG", help: "reference: a model package (its profile and features)", path: "input-file" },
      profile: { type: "string", value: "FILE", help: "or a profile written by `profile --out`", path: "input-file" },
      data: { type: "string", value: "FILE", help: "the new data", path: "input-file" },
      labels: { type: "string", value: "FILE", help: "labels that arrive apart from the data (needs --join): metrics and gates on them", path: "input-file" },
      join: { type: "string", value: "COLUMN", help: "the key column the data and --labels share (exact text match)" },
      json: JSON_OUT("the report"),
      html: { type: "string", value: "FILE", help: "write a self-contained HTML report with a chart per feature", path: "output-file" },
      markdown: { type: "string", value: "FILE", help: "write the Markdown report (for job summaries)", path: "output-file" }
    },
    examples: [
      {
        what: "new data against a package: drift per feature and in the predictions; metrics, as the label is there",
        run: "model-build monitor --package examples/penguins/model-build-out/penguins-*.zip --data examples/penguins/data/penguins.csv"
      },
      { what: "against a saved profile, with an HTML report", run: "model-build monitor --profile penguins.profile.json --data examples/penguins/data/penguins.csv --html drift.html" }
    ],
    run: (v) => runMonitor({
      html: v.html,
      markdown: v.markdown,
      package: v.package,
      profile: v.profile,
      data: required(v, "data", "monitor"),
      labels: v.labels,
      join: v.join,
      json: Boolean(v.json)
    })
  },
  inspect: {
    summary: "verify a model package (digests, schema, safe archive) and print its metadata",
    positionals: [{ name: "PACKAGE", help: "the .zip written by build", path: "input-file" }],
    options: {
      "public-key": { type: "string", value: "FILE", help: "also prove the signature beside the package was made by this key (PEM)", path: "input-file" },
      ...KEYLESS_OPTIONS,
      json: JSON_OUT("the metadata and file digests")
    },
    examples: [
      { what: "check the digests and print what the package says about itself", run: "model-build inspect examples/penguins/model-build-out/penguins-*.zip" },
      { what: "the metadata and every file digest as JSON", run: "model-build inspect examples/penguins/model-build-out/penguins-*.zip --json" }
    ],
    run: (v, positionals) => {
      const archive = positionals[0];
      if (!archive) throw new ModelBuildError("USAGE", "inspect: name the package, e.g. `model-build inspect out/penguins-1a2b3c4d5e6f.zip`");
      return runInspect({ archive, json: Boolean(v.json), trust: trustOptions(v) });
    }
  },
  keygen: {
    summary: "write a new ECDSA P-256 key pair for model signatures: FILE (private, mode 0600;\nencrypted when MODEL_BUILD_SIGNING_KEY_PASSPHRASE is set) and FILE.pub.pem",
    positionals: [{ name: "FILE", help: "the private key to write (never replaced), e.g. signing-key.pem", path: "output-file" }],
    options: { json: JSON_OUT("the files and the key fingerprint") },
    examples: [
      { what: "a key pair for signing packages: signing-key.pem and signing-key.pub.pem", run: "model-build keygen signing-key.pem" },
      { what: "another pair, its paths and fingerprint as JSON", run: "model-build keygen release-key.pem --json" }
    ],
    run: (v, positionals) => {
      const file = positionals[0];
      if (!file) throw new ModelBuildError("USAGE", "keygen: name the private key file to write, e.g. `model-build keygen signing-key.pem`");
      return runKeygen({ file, json: Boolean(v.json) });
    }
  },
  sign: {
    summary: "sign a package (or a model folder) with a private key: an OpenSSF model signature\n(model_signing v1.0, Sigstore bundle) over every file, written beside the package",
    positionals: [{ name: "PACKAGE", help: "the .zip written by build (or a model folder: the signature goes to DIR/model.sig)" }],
    options: {
      "signing-key": SIGNING_KEY("the private key (required)"),
      signature: { type: "string", value: "FILE", help: "where to write the signature (default: <archive minus .zip>.model.sig)", path: "output-file" },
      json: JSON_OUT("the result")
    },
    examples: [
      { what: "sign the bundled example's package: the signature goes beside it as penguins-<commit>.model.sig", run: "model-build sign examples/penguins/model-build-out/penguins-*.zip --signing-key signing-key.pem" },
      { what: "write the signature somewhere else, the result as JSON", run: "model-build sign examples/penguins/model-build-out/penguins-*.zip --signing-key signing-key.pem --signature penguins.model.sig --json" }
    ],
    run: (v, positionals) => {
      const target = positionals[0];
      if (!target) throw new ModelBuildError("USAGE", "sign: name the package, e.g. `model-build sign out/penguins-1a2b3c4d5e6f.zip --signing-key signing-key.pem`");
      return runSign({ target, signingKey: required(v, "signing-key", "sign"), signature: v.signature, json: Boolean(v.json) });
    }
  },
  "verify-signature": {
    summary: "verify a package (or model folder) against its model signature and a public key or a\nSigstore identity: every file unchanged, none added or missing, signed by that key or\nworkflow (exit 1 if not)",
    positionals: [{ name: "PACKAGE", help: "the .zip (or a model folder, e.g. the package unpacked)" }],
    options: {
      "public-key": { type: "string", value: "FILE", help: "the public key (PEM) of the key that signed (or --identity)", path: "input-file" },
      ...KEYLESS_OPTIONS,
      signature: { type: "string", value: "FILE", help: "the signature (default: <archive minus .zip>.model.sig; DIR/model.sig for a folder)", path: "input-file" },
      json: JSON_OUT("the verdict")
    },
    examples: [
      { what: "prove the package is what the key signed", run: "model-build verify-signature examples/penguins/model-build-out/penguins-*.zip --public-key signing-key.pub.pem" },
      { what: "with a signature kept elsewhere, the verdict as JSON", run: "model-build verify-signature examples/penguins/model-build-out/penguins-*.zip --signature penguins.model.sig --public-key signing-key.pub.pem --json" }
    ],
    run: (v, positionals) => {
      const target = positionals[0];
      if (!target) throw new ModelBuildError("USAGE", "verify-signature: name the package, e.g. `model-build verify-signature out/penguins-1a2b3c4d5e6f.zip --public-key signing-key.pub.pem`");
      const trust = trustOptions(v);
      if (!trust) {
        throw new ModelBuildError("USAGE", "verify-signature: say who must have signed: --public-key FILE, or --identity, --issuer and --trusted-root for a keyless signature", {
          hint: "run `model-build verify-signature --help`"
        });
      }
      return runVerifySignature({ target, signature: v.signature, trust, json: Boolean(v.json) });
    }
  },
  predict: {
    summary: "run a built model on records and write JSON Lines",
    options: {
      model: { type: "string", short: "m", value: "DIR", help: "a model directory written by build", path: "input-dir" },
      input: { type: "string", short: "i", value: "FILE", help: "CSV, JSON Lines or JSON records", path: "input-file" },
      output: { type: "string", value: "FILE", help: "where to write (default: standard output)", path: "output-file" },
      backend: BACKEND("auto | tensorflow | wasm | cpu (default: auto)"),
      strict: { type: "boolean", help: "refuse (exit 2) a missing or unparseable input instead of filling it" }
    },
    examples: [
      { what: "predict with the model folder build wrote: JSON Lines on standard output", run: "model-build predict --model examples/penguins/model-build-out/penguins --input examples/penguins/data/penguins.csv" },
      { what: "into a file, on the cpu backend", run: "model-build predict -m examples/penguins/model-build-out/penguins -i examples/penguins/data/penguins.csv --output predictions.jsonl --backend cpu" }
    ],
    run: (v) => runPredict({
      model: required(v, "model", "predict"),
      input: required(v, "input", "predict"),
      output: v.output,
      backend: backendOf(v, "predict"),
      strict: Boolean(v.strict)
    })
  },
  serve: {
    summary: "serve a verified package over HTTP: POST /predict (JSON, JSON Lines or CSV records),\nGET /health, /metadata, /schema; until SIGTERM or SIGINT, then finish requests in flight",
    positionals: [{ name: "PACKAGE", help: "the .zip written by build", path: "input-file" }],
    options: {
      host: { type: "string", value: "ADDR", help: "IP address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 or :: for every interface)" },
      port: { type: "string", short: "p", value: "PORT", help: "port (default: 8080; 0 picks a free one, shown in the startup line)" },
      "max-body": { type: "string", value: "SIZE", help: "largest request body, e.g. 512KiB (default: 10MiB; at most 256MiB)" },
      "max-records": { type: "string", value: "N", help: "most records in one request (default: 100000)" },
      backend: BACKEND("auto | tensorflow | wasm | cpu (default: auto)"),
      strict: { type: "boolean", help: "refuse (400) records with a missing field instead of filling it as in training" },
      "drain-delay": { type: "string", value: "S", help: "on SIGTERM, keep serving S seconds with /health at 503 before closing (default: 0)" },
      "json-logs": { type: "boolean", help: "startup line (stdout) and request logs (stderr) as JSON Lines" },
      check: { type: "boolean", help: "answer one real request with the input schema's example record, then stop (a smoke test)" }
    },
    examples: [
      {
        what: "verify the package, serve it on a free port, answer one POST /predict with its example record and stop (drop --check to keep serving)",
        run: "model-build serve examples/penguins/model-build-out/penguins-*.zip --port 0 --check"
      },
      {
        what: "at most 1 MiB and 1000 records per request, missing fields refused, logs as JSON Lines",
        run: "model-build serve examples/penguins/model-build-out/penguins-*.zip --port 0 --max-body 1MiB --max-records 1000 --strict --json-logs --check"
      }
    ],
    run: (v, positionals) => {
      const archive = positionals[0];
      if (!archive) throw new ModelBuildError("USAGE", "serve: name the package, e.g. `model-build serve out/penguins-1a2b3c4d5e6f.zip`");
      return runServe({
        archive,
        host: v.host,
        port: v.port,
        maxBody: v["max-body"],
        maxRecords: v["max-records"],
        backend: backendOf(v, "serve"),
        strict: Boolean(v.strict),
        drainDelay: v["drain-delay"],
        jsonLogs: Boolean(v["json-logs"]),
        check: Boolean(v.check)
      });
    }
  }
};
var USAGE = globalHelp(COMMANDS);
function unknownCommand(command) {
  if (command.startsWith("-")) {
    return new ModelBuildError("USAGE", `unknown option ${shown(command)} before the command`, {
      hint: "options go after the command, e.g. `model-build check --json`; run `model-build --help`"
    });
  }
  const guess = didYouMean(command, Object.keys(COMMANDS));
  return new ModelBuildError("USAGE", `unknown command ${shown(command)}`, {
    hint: guess ? `did you mean \`model-build ${guess}\`? (\`model-build --help\` lists them)` : "run `model-build --help` for the list"
  });
}
async function main(argv) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const [command, ...rest] = argv;
  const sep = rest.indexOf("--");
  const wantsJson = (sep < 0 ? rest : rest.slice(0, sep)).includes("--json");
  try {
    if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
      const topic = command === "help" ? rest[0] : void 0;
      if (topic !== void 0) {
        const cmd2 = Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : null;
        if (!cmd2) throw unknownCommand(topic);
        process.stdout.write(commandHelp(topic, cmd2));
        return 0;
      }
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === "-v" || command === "--version") {
      const pkg = JSON.parse(readFileSync(ownFile("package.json"), "utf8"));
      process.stdout.write(`${pkg.version}
`);
      return 0;
    }
    const cmd = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : null;
    if (!cmd) throw unknownCommand(command);
    const parsed = parseCommandArgs(command, cmd, rest);
    if (parsed.help) {
      process.stdout.write(commandHelp(command, cmd));
      return 0;
    }
    checkPathArguments(command, cmd, parsed, process.cwd());
    return await cmd.run(parsed.values, parsed.positionals);
  } catch (e) {
    return reportError(e, wantsJson);
  }
}
function reportError(e, json) {
  const known = ModelBuildError.is(e);
  if (json) {
    const err = known ? { code: e.code, message: e.message, ...e.location, hint: e.hint, details: e.details } : { code: "INTERNAL", message: e?.message ?? String(e) };
    process.stdout.write(`${JSON.stringify({ error: err }, null, 2)}
`);
  } else {
    const s = styleFor(process.stderr);
    const text = known ? e.format() : `internal error: ${e?.message ?? String(e)}
  hint: please report this with MODEL_BUILD_DEBUG=1 output`;
    process.stderr.write(`${s.red("error:")} ${text}
`);
  }
  if (process.env.MODEL_BUILD_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}
`);
  return known && (e.code === "UNVERSIONED_CODE" || e.code === "WORKSPACE_CONFLICT") ? 1 : 2;
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));
