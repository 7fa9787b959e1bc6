import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  shownPath
} from "./chunk-EB2BMCUA.js";
import {
  checkPackageSignature,
  loadPublicKey,
  readTrustedRoots,
  signatureFileFor
} from "./chunk-DN7LHNP7.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/cli/verifySignatureCommand.ts
import { existsSync } from "node:fs";
import path from "node:path";
function loadTrust(t) {
  if ("publicKey" in t) return { publicKey: loadPublicKey(path.resolve(t.publicKey), { display: t.publicKey }) };
  let identity = typeof t.identity === "string" ? t.identity : "";
  if (typeof t.identity !== "string") {
    try {
      identity = new RegExp(t.identity.regexp, "u");
    } catch (e) {
      throw new ModelBuildError("USAGE", `--identity-regexp is not a regular expression: ${e.message}`, { hint: "it is a JavaScript regular expression matched against the whole identity" });
    }
  }
  return { identity, issuer: t.issuer, trustedRoots: readTrustedRoots(path.resolve(t.trustedRoot), t.trustedRoot) };
}
async function runVerifySignature(args) {
  const trust = loadTrust(args.trust);
  const { signature, verdict } = checkPackageSignature(path.resolve(args.target), trust, { signature: args.signature && path.resolve(args.signature) });
  const ok = verdict.valid && verdict.authenticated;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(verdictJson(signature, verdict), null, 2)}
`);
  } else {
    process.stdout.write(formatVerdict(args.target, signature, verdict, styleFor(process.stdout)));
  }
  return ok ? 0 : 1;
}
function signerText(signer) {
  if (signer.kind === "key") return `key ${signer.fingerprint ? `sha256:${signer.fingerprint}` : "(not named in the bundle)"}`;
  return `${signer.identity ?? "(a certificate naming no identity)"} (issuer ${signer.issuer ?? "unknown"}, keyless)`;
}
function verdictJson(signature, v) {
  return {
    valid: v.valid && v.authenticated,
    signature,
    signer: v.signer,
    verifiedWith: v.verifiedWith && `sha256:${v.verifiedWith}`,
    authenticated: v.authenticated,
    model: { name: v.statement.modelName, digest: `sha256:${v.statement.digest}`, files: v.statement.resources.length },
    ignored: v.ignored,
    problems: v.problems
  };
}
function formatVerdict(target, signature, v, s) {
  const signer = signerText(v.signer);
  const lines = v.valid && v.authenticated ? [
    // The key proved, not the bundle's hint: older bundles name no key.
    `${s.green("\u2713 signature valid")}: ${target} is what ${v.verifiedWith ? `key sha256:${v.verifiedWith}` : signer} signed`,
    `  signature ${shownPath(signature)}`,
    `  model     ${v.statement.modelName}: ${v.statement.resources.length} files, sha256:${v.statement.digest}`
  ] : [`${s.red("\u2717 SIGNATURE INVALID")}: ${target} (${shownPath(signature)}, signed by ${signer})`, ...v.problems.map((p) => `  - ${p}`)];
  if (v.ignored.length > 0) lines.push(s.dim(`  not covered (the signature's ignore_paths): ${v.ignored.join(", ")}`));
  return `${lines.join("\n")}
`;
}
function inspectSignature(archive, files, trustOptions) {
  const file = signatureFileFor(archive);
  if (!trustOptions && !existsSync(file)) return null;
  const trust = trustOptions ? loadTrust(trustOptions) : null;
  const { verdict } = checkPackageSignature(archive, trust, { files });
  if (!verdict.valid || trust && !verdict.authenticated) {
    throw new ModelBuildError("SIGNATURE_INVALID", `the package does not match its signature ${shownPath(file)}`, {
      file: archive,
      details: verdict.problems,
      hint: "do not deploy it: it changed after it was signed, or another key or identity signed it (`model-build verify-signature` says more)"
    });
  }
  return { file, signer: verdict.signer, authenticated: verdict.authenticated, verifiedWith: verdict.verifiedWith, files: verdict.statement.resources.length };
}
function signatureLine(sig, s) {
  if (!sig) return `  signature ${s.dim("none (unsigned; `model-build sign` adds one)")}`;
  const who = signerText(sig.signer);
  const check = sig.signer.kind === "key" ? "pass --public-key to check who signed" : "pass --identity, --issuer and --trusted-root to check who signed";
  return sig.authenticated ? `  signature ${s.green("\u2713")} signed by ${who}, verified; covers all ${sig.files} files  ${shownPath(sig.file)}` : `  signature ${who}, not verified; all ${sig.files} files match it (${check})  ${shownPath(sig.file)}`;
}

export {
  loadTrust,
  runVerifySignature,
  signerText,
  verdictJson,
  formatVerdict,
  inspectSignature,
  signatureLine
};
