import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  SIGNING_KEY_PASSPHRASE_ENV,
  assertReplaceableSignature,
  checkPackageSignature,
  generateSigningKey,
  loadSigningKey,
  signModelFiles,
  signPackage,
  signatureFileFor
} from "./chunk-DN7LHNP7.js";
import {
  checkOutputFile,
  writeFileAtomic
} from "./chunk-ALOC5M2N.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";
import {
  DEFAULT_SIGNATURE_NAME
} from "./chunk-TSURTRHC.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/cli/signCommand.ts
import { closeSync, existsSync, fsyncSync, linkSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
function signingKeyOf(file) {
  const passphrase = process.env[SIGNING_KEY_PASSPHRASE_ENV];
  return loadSigningKey(path.resolve(file), { display: file, passphrase: passphrase === "" ? void 0 : passphrase });
}
function shownPath(file) {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}
var isFolder = (p) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
async function runSign(args) {
  const key = signingKeyOf(args.signingKey);
  const target = path.resolve(args.target);
  let file;
  let signed;
  if (isFolder(target)) {
    file = args.signature ? path.resolve(args.signature) : path.join(target, DEFAULT_SIGNATURE_NAME);
    checkOutputFile(file, "--signature", args.signature ?? shownPath(file));
    const rel = path.relative(target, file);
    const inside = rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
    assertReplaceableSignature(file, args.signature ?? shownPath(file));
    const result = signModelFiles(target, key, { ignorePaths: inside ? [rel.split(path.sep).join("/")] : [] });
    writeFileAtomic(file, result.text, shownPath(file));
    signed = result;
  } else {
    file = args.signature ? path.resolve(args.signature) : signatureFileFor(target);
    checkOutputFile(file, "--signature", args.signature ?? shownPath(file));
    signed = signPackage(target, key, { signature: file });
  }
  if (args.json) {
    const out = { signature: file, model: signed.statement.modelName, digest: `sha256:${signed.statement.digest}`, files: signed.statement.resources.length, key: `sha256:${key.fingerprint}` };
    process.stdout.write(`${JSON.stringify(out, null, 2)}
`);
  } else {
    const s = styleFor(process.stdout);
    process.stdout.write(
      [
        `${s.green("signed")} ${signed.statement.modelName}: ${signed.statement.resources.length} files, sha256:${signed.statement.digest}`,
        `  signature ${shownPath(file)}`,
        `  key       sha256:${key.fingerprint} (ECDSA P-256)`,
        ""
      ].join("\n")
    );
  }
  return 0;
}
async function runKeygen(args) {
  const privateFile = path.resolve(args.file);
  const publicFile = publicKeyFileFor(privateFile);
  for (const [f, shown] of [
    [privateFile, args.file],
    [publicFile, shownPath(publicFile)]
  ]) {
    checkOutputFile(f, "keygen", shown);
    let exists = false;
    try {
      statSync(f);
      exists = true;
    } catch {
    }
    if (exists) throw new ModelBuildError("OUTPUT_REFUSED", "the file exists; keygen never replaces a key", { file: shown, hint: "name a new file, or move the old key away first" });
  }
  const passphrase = process.env[SIGNING_KEY_PASSPHRASE_ENV] || void 0;
  const pair = generateSigningKey(passphrase);
  createExclusively(privateFile, pair.privatePem, 384, args.file);
  try {
    createExclusively(publicFile, pair.publicPem, 420, shownPath(publicFile));
  } catch (e) {
    rmSync(privateFile, { force: true });
    throw e;
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ privateKey: privateFile, publicKey: publicFile, fingerprint: `sha256:${pair.fingerprint}`, encrypted: Boolean(passphrase) }, null, 2)}
`);
  } else {
    process.stdout.write(
      [
        `private key ${args.file} (ECDSA P-256, PKCS#8${passphrase ? `, encrypted with ${SIGNING_KEY_PASSPHRASE_ENV}` : ""}; keep it secret)`,
        `public key  ${shownPath(publicFile)} (give this to whoever verifies)`,
        `fingerprint sha256:${pair.fingerprint}`,
        ""
      ].join("\n")
    );
  }
  return 0;
}
var publicKeyFileFor = (file) => `${file.replace(/\.pem$/, "")}.pub.pem`;
var counter = 0;
function createExclusively(file, text, mode, display) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${counter++}`);
  try {
    const fd = openSync(tmp, "wx", mode);
    try {
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, file);
  } catch (e) {
    const code = e.code ?? String(e);
    throw new ModelBuildError(code === "EEXIST" ? "OUTPUT_REFUSED" : "OUTPUT_UNWRITABLE", code === "EEXIST" ? "the file exists; keygen never replaces a key" : `cannot write the key (${code})`, {
      file: display,
      hint: code === "EEXIST" ? "name a new file" : "check the folder and its permissions",
      cause: e
    });
  } finally {
    rmSync(tmp, { force: true });
  }
}
function signBuiltPackage(archive, key) {
  const file = signatureFileFor(archive);
  if (key) {
    signPackage(archive, key);
    return {
      json: { file, key: `sha256:${key.fingerprint}`, signedNow: true, matches: true },
      line: (s) => `${s.bold("signature")} ${shownPath(file)} (key sha256:${key.fingerprint})`
    };
  }
  if (!existsSync(file)) return null;
  let matches = false;
  let hint = null;
  try {
    const { verdict } = checkPackageSignature(archive, null);
    matches = verdict.valid;
    hint = verdict.signer.kind === "key" ? verdict.signer.fingerprint : null;
  } catch {
    matches = false;
  }
  return {
    json: { file, key: hint && `sha256:${hint}`, signedNow: false, matches },
    line: (s) => matches ? `${s.bold("signature")} ${shownPath(file)} from an earlier signing still matches every file` : s.yellow(`warning: ${shownPath(file)} is from an earlier build and does not match this package: sign it again (\`model-build sign\`) or delete it`)
  };
}

export {
  signingKeyOf,
  shownPath,
  runSign,
  runKeygen,
  publicKeyFileFor,
  signBuiltPackage
};
