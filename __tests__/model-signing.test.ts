/**
 * OpenSSF model signatures (model_signing v1.0) with ECDSA keys: a real package built and signed
 * by the CLI verifies with the public key and is refused after any covered byte changes, a file
 * is added or removed, or the signature is swapped, truncated, from another key or hostile; a
 * signature published by sigstore/model-transparency verifies here (the interop proof); and
 * ours has their bundle's shape, field for field.
 */
import { spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModelBuildError } from '../src/core/errors.js';
import { readZip, writeZip } from '../src/core/package/zip.js';
import {
  checkModelSignature,
  compareResourceNames,
  loadPublicKey,
  loadSigningKey,
  modelStatement,
  pae,
  signatureFileFor,
  signModelFiles,
  subjectDigest,
  verifyModelSignature,
  type SigningKey,
} from '../src/core/signing/index.js';
import { signBuiltPackage } from '../src/cli/signCommand.js';
import { cli, cliScript, projectRoot } from './helpers/cli.js';
import { penguinsRepo } from './helpers/project.js';
import { tempDir } from './helpers/repo.js';

const FIXTURES = path.join(projectRoot, '__tests__/fixtures/model-signing');
const THEIRS = path.join(FIXTURES, 'v1.1.0-elliptic-key');
const THEIR_KEY = path.join(FIXTURES, 'signing-key-pub.pem');
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A fresh P-256 key pair as files; returns the paths and the loaded signing key. */
function keyPair(dir: string, name = 'key'): { priv: string; pub: string; key: SigningKey } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const priv = path.join(dir, `${name}.pem`);
  const pub = path.join(dir, `${name}.pub.pem`);
  writeFileSync(priv, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
  return { priv, pub, key: loadSigningKey(priv) };
}

/** Catches the ModelBuildError `fn` throws. */
function refusal(fn: () => unknown): ModelBuildError {
  try {
    fn();
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ModelBuildError');
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

/** A bundle JSON object of ours, to edit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hand-edited JSON of any shape
type Json = any;
const bundleOf = (text: string): Json => JSON.parse(text);
const payloadOf = (bundle: Json): Json => JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));

/** Re-signs an edited statement with `key` (as a forger holding some key would). */
function resign(bundle: Json, statement: Json, key: KeyObject, hint: string): Buffer {
  const payload = Buffer.from(JSON.stringify(statement, null, 2));
  const sig = cryptoSign('sha256', pae('application/vnd.in-toto+json', payload), { key, dsaEncoding: 'der' });
  const out = structuredClone(bundle);
  out.dsseEnvelope.payload = b64(payload);
  out.dsseEnvelope.signatures[0].sig = b64(sig);
  out.verificationMaterial.publicKey.hint = hint;
  return Buffer.from(JSON.stringify(out));
}

describe('keys', () => {
  const dir = tempDir('mb-keys-');
  const write = (name: string, text: string | Buffer) => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

  it('load ECDSA P-256 as PKCS#8, SEC1 (after an EC PARAMETERS block), and encrypted both ways with the passphrase', () => {
    const fp = sha256(p256.publicKey.export({ type: 'spki', format: 'pem' }));
    const pkcs8 = write('pkcs8.pem', p256.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const params = '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n';
    const sec1 = write('sec1.pem', `${params}${p256.privateKey.export({ type: 'sec1', format: 'pem' })}`);
    const enc8 = write('enc8.pem', p256.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' }));
    const enc1 = write('enc1.pem', p256.privateKey.export({ type: 'sec1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' }));
    expect(loadSigningKey(pkcs8).fingerprint).toBe(fp);
    expect(loadSigningKey(sec1).fingerprint).toBe(fp);
    expect(loadSigningKey(enc8, { passphrase: 'correct horse' }).fingerprint).toBe(fp);
    expect(loadSigningKey(enc1, { passphrase: 'correct horse' }).fingerprint).toBe(fp);
    for (const f of [enc8, enc1]) {
      const none = refusal(() => loadSigningKey(f));
      expect(none.message).toContain('encrypted and no passphrase');
      expect(none.hint).toContain('MODEL_BUILD_SIGNING_KEY_PASSPHRASE');
      const wrong = refusal(() => loadSigningKey(f, { passphrase: 'wrong' }));
      expect(wrong.message).toContain('wrong passphrase');
      expect(`${wrong.format()}`).not.toContain('wrong\n');
    }
  });

  it('refuse RSA, Ed25519, P-384 and secp256k1 signing keys, public keys, certificates, garbage, empty files and folders, naming what the file holds', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['rsa.pem', rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }), /an RSA key \(2048 bits\); model signatures are made with ECDSA P-256/],
      ['rsa1.pem', rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }), /holds a RSA private key; model signatures use ECDSA P-256/],
      ['ed.pem', generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), /an ed25519 key/],
      ['p384.pem', generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }), /an EC key on secp384r1/],
      ['k1.pem', generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }), /an EC key on secp256k1/],
      ['pub.pem', p256.publicKey.export({ type: 'spki', format: 'pem' }), /holds a public key, not a private key/],
      ['garbage.pem', 'hello\n', /is not a PEM private key/],
      ['empty.pem', '', /is not a PEM private key/],
      ['bin.der', p256.privateKey.export({ type: 'pkcs8', format: 'der' }), /is not a PEM private key/],
      ['damaged.pem', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', /the PRIVATE KEY block is not a valid key/],
    ];
    for (const [name, text, want] of cases) {
      const e = refusal(() => loadSigningKey(write(name, text)));
      expect(e.message, name).toMatch(want);
      expect(e.location.file).toBe(path.join(dir, name));
      // No key material in what the user sees.
      const body = String(text).split('\n')[1] ?? '';
      if (body.length > 8) expect(e.format()).not.toContain(body);
    }
    expect(refusal(() => loadSigningKey(dir)).message).toContain('is a folder');
    expect(refusal(() => loadSigningKey(path.join(dir, 'missing.pem'))).code).toBe('FILE_UNREADABLE');
    const asPublic = refusal(() => loadPublicKey(write('priv-as-pub.pem', p256.privateKey.export({ type: 'pkcs8', format: 'pem' }))));
    expect(asPublic.message).toContain('holds a private key; verify with the public key');
    expect(refusal(() => loadPublicKey(write('rsa-pub.pem', rsa.publicKey.export({ type: 'spki', format: 'pem' })))).message).toContain('an RSA key');
  });

  it("the fingerprint is model_signing's key hint: sha256 of the public PEM, so `sha256sum key.pub.pem` shows it", () => {
    // Their published P-384 key (certtool text before the PEM block) and the hint in their signature.
    const theirs = loadPublicKey(THEIR_KEY);
    expect(theirs.fingerprint).toBe(bundleOf(readFileSync(path.join(THEIRS, 'model.sig'), 'utf8')).verificationMaterial.publicKey.hint);
    const pub = write('plain.pub.pem', p256.publicKey.export({ type: 'spki', format: 'pem' }));
    expect(loadPublicKey(pub).fingerprint).toBe(sha256(readFileSync(pub)));
  });
});

describe('the format, byte for byte where it matters', () => {
  it('PAE is DSSE v1 (the protocol spec example) and the subject digest is sha256 over the raw resource digests', () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
    const statement = payloadOf(bundleOf(readFileSync(path.join(THEIRS, 'model.sig'), 'utf8')));
    expect(subjectDigest(statement.predicate.resources)).toBe(statement.subject[0].digest.sha256);
  });

  it("resources are in Python's PurePosixPath order (by component, code points), not JavaScript's string order", () => {
    const names = ['a-c', 'a/b', 'B', 'a/b/c', 'é', 'z', 'a.d/x', 'a'];
    expect([...names].sort(compareResourceNames)).toEqual(['B', 'a', 'a/b', 'a/b/c', 'a-c', 'a.d/x', 'z', 'é']);
  });

  it("our bundle has the shape of model_signing's own, field for field and in its order; the statement has its fields", () => {
    const { key } = keyPair(tempDir());
    const ours = bundleOf(signModelFiles(new Map([['signme-1', Buffer.from('signme-1\n')]]), key, { modelName: 'm' }).text);
    const theirs = bundleOf(readFileSync(path.join(THEIRS, 'model.sig'), 'utf8'));
    const shape = (v: Json): Json => (Array.isArray(v) ? v.map(shape) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v);
    expect(JSON.stringify(shape(ours))).toBe(JSON.stringify(shape(theirs)));
    const [s, t] = [payloadOf(ours), payloadOf(theirs)];
    expect(Object.keys(s)).toEqual(Object.keys(t));
    expect(Object.keys(s.predicate).sort()).toEqual(Object.keys(t.predicate).sort());
    expect(Object.keys(s.predicate.resources[0]).sort()).toEqual(Object.keys(t.predicate.resources[0]).sort());
    expect(s.predicate.serialization).toEqual({ method: 'files', hash_type: 'sha256', allow_symlinks: false });
    expect(s.predicate.resources[0]).toEqual(t.predicate.resources[0]);
    expect(ours.dsseEnvelope.signatures[0].keyid).toBe('');
    // The envelope carries a DER ECDSA signature (SEQUENCE of two INTEGERs), in standard base64.
    expect(Buffer.from(ours.dsseEnvelope.signatures[0].sig, 'base64')[0]).toBe(0x30);
  });
});

describe('proved digests (a verified package, not read again)', () => {
  it('make the same statement as the bytes, are checked like them, and name no file outside the model', () => {
    const files = new Map([
      ['model/weights.bin', Buffer.from('w')],
      ['metadata.json', Buffer.from('{}')],
    ]);
    const proved = { proved: [...files].map(([name, data]) => ({ name, sha256: sha256(data) })) };
    expect(modelStatement(proved, { modelName: 'm' })).toEqual(modelStatement(files, { modelName: 'm' }));
    const { key } = keyPair(tempDir());
    const signed = Buffer.from(signModelFiles(files, key).text);
    expect(checkModelSignature(signed, proved, null).valid).toBe(true);
    const changed = { proved: proved.proved.map((f, i) => (i === 0 ? { ...f, sha256: sha256('other') } : f)) };
    expect(checkModelSignature(signed, changed, null).valid).toBe(false);
    expect(checkModelSignature(signed, { proved: proved.proved.slice(1) }, null).valid).toBe(false);
    expect(refusal(() => modelStatement({ proved: [{ name: '../x', sha256: sha256('x') }] })).code).toBe('USAGE');
  });
});

describe("model_signing's published signature (interop)", () => {
  it('verifies with their public key: 2 files signed, their ignore_paths respected', () => {
    const v = verifyModelSignature(readFileSync(path.join(THEIRS, 'model.sig')), THEIRS, { publicKey: loadPublicKey(THEIR_KEY) }, { exclude: ['model.sig'] });
    expect(v).toMatchObject({ valid: true, authenticated: true, signer: { kind: 'key', fingerprint: 'e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e' } });
    expect(v.statement.modelName).toBe('v1.1.0-elliptic-key');
    expect(v.statement.resources.map((r) => r.name)).toEqual(['signme-1', 'signme-2']);
    expect(v.statement.serialization.ignore_paths).toContain('ignore-me');
    // Left out as their ignore_paths say (model.sig by the caller, as their CLI does).
    expect(v.ignored).toEqual(['ignore-me', 'model.sig']);
  });

  it('`model-build verify-signature DIR` takes DIR/model.sig by default: exit 0; a changed, added or removed file, or our key, exit 1', () => {
    const r = cli(['verify-signature', THEIRS, '--public-key', THEIR_KEY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ signature valid');
    const copy = tempDir('mb-theirs-');
    const fresh = () => {
      const d = path.join(copy, String(readdirSync(copy).length));
      cpSync(THEIRS, d, { recursive: true });
      return d;
    };
    const changed = fresh();
    writeFileSync(path.join(changed, 'signme-1'), 'signme-X\n');
    const added = fresh();
    writeFileSync(path.join(added, 'extra.bin'), 'x');
    const removed = fresh();
    spawnSync('rm', [path.join(removed, 'signme-2')]);
    const ignored = fresh();
    writeFileSync(path.join(ignored, 'ignore-me'), 'anything: the signature leaves it out');
    for (const [d, want] of [
      [changed, '"signme-1" changed'],
      [added, '"extra.bin" is not covered by the signature'],
      [removed, '"signme-2" is signed but missing'],
    ] as const) {
      const x = cli(['verify-signature', d, '--public-key', THEIR_KEY]);
      expect(x.code, x.stdout + x.stderr).toBe(1);
      expect(x.stdout).toContain('SIGNATURE INVALID');
      expect(x.stdout).toContain(want);
    }
    expect(cli(['verify-signature', ignored, '--public-key', THEIR_KEY]).code).toBe(0);
    const other = keyPair(tempDir());
    const wrong = cli(['verify-signature', THEIRS, '--public-key', other.pub]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`signed by key sha256:e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e, not by the given key sha256:${other.key.fingerprint}`);
  });

  it("verifies model_signing 1.0.1's older layout too (key as rawBytes, no hint, keyid null)", () => {
    const old = readFileSync(path.join(FIXTURES, 'v1.0.1-elliptic-key.model.sig'));
    expect(bundleOf(old.toString()).verificationMaterial.publicKey.hint).toBeUndefined();
    const v = verifyModelSignature(old, THEIRS, { publicKey: loadPublicKey(THEIR_KEY) }, { exclude: ['model.sig', 'ignore-me'] });
    expect(v).toMatchObject({ valid: true, authenticated: true, signer: { kind: 'key', fingerprint: null } });
    // Without the caller leaving ignore-me out (they pass --ignore-paths), it is an added file.
    expect(checkModelSignature(old, THEIRS, { publicKey: loadPublicKey(THEIR_KEY) }, { exclude: ['model.sig'] }).problems).toEqual(['"ignore-me" is not covered by the signature (added after signing)']);
  });

  it('a statement edited inside their bundle (one digest, subject recomputed) no longer verifies', () => {
    const bundle = bundleOf(readFileSync(path.join(THEIRS, 'model.sig'), 'utf8'));
    const statement = payloadOf(bundle);
    statement.predicate.resources[0].digest = sha256('signme-X\n');
    statement.subject[0].digest.sha256 = subjectDigest(statement.predicate.resources);
    bundle.dsseEnvelope.payload = b64(JSON.stringify(statement, null, 2));
    const v = checkModelSignature(Buffer.from(JSON.stringify(bundle)), THEIRS, { publicKey: loadPublicKey(THEIR_KEY) }, { exclude: ['model.sig'] });
    expect(v.authenticated).toBe(false);
    expect(v.problems[0]).toContain('the signature does not verify with key sha256:e8450dec');
  });
});

describe('a package built and signed by the CLI', () => {
  let root: string;
  let archive: string;
  let sigFile: string;
  let keys: { priv: string; pub: string; key: SigningKey };
  let entries: Map<string, Buffer>;
  beforeAll(() => {
    root = penguinsRepo();
    keys = keyPair(tempDir('mb-sigkeys-'));
    const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--signing-key', keys.priv, '--json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    archive = out.package.archive;
    sigFile = signatureFileFor(archive);
    expect(out.signature).toEqual({ file: sigFile, key: `sha256:${keys.key.fingerprint}`, signedNow: true, matches: true });
    entries = new Map(readZip(readFileSync(archive)).map((e) => [e.name, e.data]));
  }, 300_000);

  it('sits beside the archive as <name>-<commit12>.model.sig, covers every file in it, and verifies with the public key', () => {
    expect(path.basename(sigFile)).toBe(path.basename(archive).replace(/\.zip$/, '.model.sig'));
    const statement = payloadOf(bundleOf(readFileSync(sigFile, 'utf8')));
    expect(statement.subject[0].name).toBe(path.basename(archive, '.zip'));
    expect(statement.predicate.resources.map((r: Json) => r.name).sort()).toEqual([...entries.keys()].sort());
    expect(statement.predicate.resources.length).toBeGreaterThanOrEqual(10);
    const r = cli(['verify-signature', archive, '--public-key', keys.pub]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`is what key sha256:${keys.key.fingerprint} signed`);
    const j = JSON.parse(cli(['verify-signature', archive, '--public-key', keys.pub, '--json']).stdout);
    expect(j).toMatchObject({ valid: true, authenticated: true, model: { files: entries.size } });
  });

  it('inspect shows the signer, and with --public-key that the key verified it; an unsigned package says unsigned', () => {
    const plain = cli(['inspect', archive]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain(`signature key sha256:${keys.key.fingerprint}, not verified; all ${entries.size} files match it (pass --public-key to check who signed)`);
    const keyed = cli(['inspect', archive, '--public-key', keys.pub]);
    expect(keyed.code, keyed.stderr).toBe(0);
    expect(keyed.stdout).toContain(`✓ signed by key sha256:${keys.key.fingerprint}, verified; covers all ${entries.size} files`);
    expect(JSON.parse(cli(['inspect', archive, '--json']).stdout).signature).toMatchObject({ file: sigFile, authenticated: false, files: entries.size });
    const unsigned = path.join(tempDir(), 'unsigned.zip');
    copyFileSync(archive, unsigned);
    expect(cli(['inspect', unsigned]).stdout).toContain('signature none (unsigned;');
    expect(JSON.parse(cli(['inspect', unsigned, '--json']).stdout).signature).toBeNull();
    const demanded = cli(['inspect', unsigned, '--public-key', keys.pub]);
    expect(demanded.code).toBe(2);
    expect(demanded.stderr).toContain('cannot read the signature (ENOENT)');
  });

  it('every covered file, changed by one byte, is refused by name; so are an added and a removed file', () => {
    const sig = readFileSync(sigFile);
    const trust = { publicKey: loadPublicKey(keys.pub) };
    expect(checkModelSignature(sig, entries, trust).valid).toBe(true);
    for (const [name, data] of entries) {
      const files = new Map(entries);
      const changed = Buffer.from(data);
      if (changed.length === 0) continue;
      changed[changed.length >> 1]! ^= 1;
      files.set(name, changed);
      const v = checkModelSignature(sig, files, trust);
      expect(v.valid, name).toBe(false);
      expect(v.authenticated).toBe(true);
      expect(v.problems).toEqual([`${JSON.stringify(name)} changed: signed sha256:${sha256(data)}, found sha256:${sha256(changed)}`]);
      expect(() => verifyModelSignature(sig, files, trust)).toThrow(/does not match its signature/);
    }
    const added = new Map(entries).set('model/extra.bin', Buffer.from('x'));
    expect(checkModelSignature(sig, added, trust).problems).toEqual(['"model/extra.bin" is not covered by the signature (added after signing)']);
    const removed = new Map(entries);
    removed.delete('predict.mjs');
    expect(checkModelSignature(sig, removed, trust).problems).toEqual(['"predict.mjs" is signed but missing']);
  });

  it('a consistent forgery (weights zeroed, MANIFEST and metadata digests recomputed) passes the digests but not the signature: verify-signature 1, inspect 2', () => {
    const files = new Map(entries);
    files.set('model/weights.bin', Buffer.alloc(files.get('model/weights.bin')!.length));
    const meta = JSON.parse(files.get('metadata.json')!.toString());
    for (const name of Object.keys(meta.files)) meta.files[name] = `sha256:${sha256(files.get(name)!)}`;
    files.set('metadata.json', Buffer.from(`${JSON.stringify(meta, null, 2)}\n`));
    files.delete('MANIFEST.sha256');
    const names = [...files.keys()].sort();
    files.set('MANIFEST.sha256', Buffer.from(names.map((n) => `${sha256(files.get(n)!)}  ${n}\n`).join('')));
    const dir = tempDir('mb-forged-');
    const forged = path.join(dir, path.basename(archive));
    writeFileSync(forged, writeZip([...files].map(([name, data]) => ({ name, data })), { mtime: Date.parse(meta.timestamp) / 1000 }));
    copyFileSync(sigFile, signatureFileFor(forged));
    const v = cli(['verify-signature', forged, '--public-key', keys.pub]);
    expect(v.code, v.stderr).toBe(1);
    expect(v.stdout).toContain('"model/weights.bin" changed');
    expect(v.stdout).toContain('"metadata.json" changed');
    expect(v.stdout).toContain('"MANIFEST.sha256" changed');
    const i = cli(['inspect', forged]);
    expect(i.code).toBe(2);
    expect(i.stderr).toContain('the package does not match its signature');
    expect(i.stderr).toContain('"model/weights.bin" changed');
    expect(i.stderr).not.toMatch(/^\s+at /m);
  });

  it('a signature from another key, or with its subject swapped, is refused; a forger re-signing with their own key is named', () => {
    const other = keyPair(tempDir(), 'other');
    const wrong = cli(['verify-signature', archive, '--public-key', other.pub]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`signed by key sha256:${keys.key.fingerprint}, not by the given key sha256:${other.key.fingerprint}`);
    const wrongInspect = cli(['inspect', archive, '--public-key', other.pub]);
    expect(wrongInspect.code).toBe(2);
    expect(wrongInspect.stderr).toContain('not by the given key');

    const bundle = bundleOf(readFileSync(sigFile, 'utf8'));
    const trust = { publicKey: loadPublicKey(keys.pub) };
    // Subject swapped without the key: the signature over the statement breaks.
    const swapped = structuredClone(bundle);
    const st = payloadOf(bundle);
    st.subject[0] = { name: 'another-model', digest: { sha256: st.subject[0].digest.sha256 } };
    swapped.dsseEnvelope.payload = b64(JSON.stringify(st, null, 2));
    const v1 = checkModelSignature(Buffer.from(JSON.stringify(swapped)), entries, trust);
    expect(v1.authenticated).toBe(false);
    expect(v1.problems[0]).toContain('the signature does not verify with key');
    // A signature of another model (same key) on this package: every file differs or is missing.
    const otherModel = signModelFiles(new Map([['model/model.json', Buffer.from('{}')]]), keys.key, { modelName: 'other' });
    const v2 = checkModelSignature(Buffer.from(otherModel.text), entries, trust);
    expect(v2.authenticated).toBe(true);
    expect(v2.valid).toBe(false);
    expect(v2.problems.join('\n')).toContain('"model/model.json" changed');
    // A forger's statement re-signed with the forger's key: the hint names the forger's key.
    const forgerHint = other.key.fingerprint;
    const v3 = checkModelSignature(resign(bundle, st, other.key.privateKey, forgerHint), entries, trust);
    expect(v3.problems[0]).toBe(`signed by key sha256:${forgerHint}, not by the given key sha256:${keys.key.fingerprint}`);
    // ...and with the hint forged to ours, the ECDSA check still fails.
    const v4 = checkModelSignature(resign(bundle, st, other.key.privateKey, keys.key.fingerprint), entries, trust);
    expect(v4.problems[0]).toContain('the signature does not verify');
  });

  it('truncated, newer, hostile or foreign signature files are refused as input (exit 2) with one clear line, never a stack', () => {
    const good = readFileSync(sigFile, 'utf8');
    const bundle = bundleOf(good);
    const st = payloadOf(bundle);
    const withStatement = (edit: (s: Json) => void) => {
      const s = structuredClone(st);
      edit(s);
      return resign(bundle, s, keys.key.privateKey, keys.key.fingerprint);
    };
    const withBundle = (edit: (b: Json) => void) => {
      const b = structuredClone(bundle);
      edit(b);
      return Buffer.from(JSON.stringify(b));
    };
    const cases: Array<[string, Buffer, RegExp]> = [
      ['truncated', Buffer.from(good.slice(0, good.length >> 1)), /not valid JSON .*truncated or not a Sigstore bundle/],
      ['empty', Buffer.alloc(0), /not valid JSON/],
      ['not UTF-8', Buffer.from([0xff, 0xfe, 0x7b]), /not UTF-8 text/],
      ['newer bundle', withBundle((b) => (b.mediaType = 'application/vnd.dev.sigstore.bundle.v0.4+json')), /media type "application\/vnd.dev.sigstore.bundle.v0.4\+json"; this model-build reads application\/vnd.dev.sigstore.bundle.v0.3\+json/],
      ['not a bundle', Buffer.from('{"mediaType":"text/plain"}'), /mediaType "text\/plain": not a Sigstore bundle/],
      ['array', Buffer.from('[1,2]'), /not a JSON object/],
      ['deep', Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), /not a JSON object|not valid JSON/],
      ['no material', withBundle((b) => delete b.verificationMaterial), /no verificationMaterial/],
      ['blob signature', withBundle((b) => (b.messageSignature = {})), /messageSignature/],
      ['payload not base64', withBundle((b) => (b.dsseEnvelope.payload = '***')), /no payload in base64/],
      ['two signatures', withBundle((b) => b.dsseEnvelope.signatures.push(b.dsseEnvelope.signatures[0])), /exactly one signature/],
      ['no signature', withBundle((b) => (b.dsseEnvelope.signatures = [])), /exactly one signature, as a Sigstore bundle does \(it has 0\)/],
      ['payload type', withBundle((b) => (b.dsseEnvelope.payloadType = 'text/plain')), /payloadType is "text\/plain"; a model signature carries application\/vnd.in-toto\+json/],
      ['bad hint', withBundle((b) => (b.verificationMaterial.publicKey.hint = '../../etc/passwd')), /hint that is not a sha256/],
      ['proto keys', Buffer.from(good.replace('"mediaType"', '"__proto__":{"mediaType":"x"},"constructor":1,"mediaType"')), /./],
      ['payload not JSON', withBundle((b) => (b.dsseEnvelope.payload = b64('nope'))), /statement is not JSON text/],
      ['old predicate', withStatement((s) => (s.predicateType = 'https://model_signing/Digests/v0.1')), /pre-1.0 model_signing format/],
      ['other predicate', withStatement((s) => (s.predicateType = 'https://slsa.dev/provenance/v1')), /predicateType "https:\/\/slsa.dev\/provenance\/v1"/],
      ['shards', withStatement((s) => (s.predicate.serialization.method = 'shards')), /by shards/],
      ['blake2', withStatement((s) => (s.predicate.serialization.hash_type = 'blake2')), /hash_type "blake2"/],
      ['traversal', withStatement((s) => (s.predicate.resources[0].name = '../../etc/passwd')), /name "..\/..\/etc\/passwd": not a path inside the model/],
      ['duplicate', withStatement((s) => s.predicate.resources.push(s.predicate.resources[0])), /twice/],
      ['ignore all', withStatement((s) => (s.predicate.serialization.ignore_paths = ['.'])), /ignores "\."/],
      ['no files', withStatement((s) => (s.predicate.resources = [])), /lists no files/],
      ['two subjects', withStatement((s) => s.subject.push(s.subject[0])), /exactly one subject/],
      ['inconsistent', withStatement((s) => (s.subject[0].digest.sha256 = '0'.repeat(64))), /is inconsistent: its subject digest is 0{64}/],
    ];
    const trust = { publicKey: loadPublicKey(keys.pub) };
    const dir = tempDir('mb-hostile-sig-');
    for (const [what, bytes, want] of cases) {
      if (what === 'proto keys') {
        // Prototype keys are plain data: the signature still verifies, and nothing is polluted.
        expect(checkModelSignature(bytes, entries, trust).valid).toBe(true);
        expect(({} as Json).mediaType).toBeUndefined();
        continue;
      }
      const e = refusal(() => checkModelSignature(bytes, entries, trust, { display: what }));
      expect(e.message, what).toMatch(want);
      expect(e.code === 'PACKAGE_INVALID' || e.code === 'USAGE', what).toBe(true);
      const file = path.join(dir, `${what.replace(/ /g, '-')}.sig`);
      writeFileSync(file, bytes);
      if (['truncated', 'newer bundle', 'traversal', 'deep'].includes(what)) {
        const r = cli(['verify-signature', archive, '--signature', file, '--public-key', keys.pub]);
        expect(r.code, what).toBe(2);
        expect(r.stderr, what).toMatch(/^error: /);
        expect(r.stderr, what).not.toMatch(/internal error|^\s+at /m);
      }
    }
    // A keyless bundle checked against a key: a verdict (not this key), not an input error.
    const keyless = withBundle((b) => (b.verificationMaterial = { certificate: { rawBytes: b64('not really a cert') }, tlogEntries: [] }));
    const v = checkModelSignature(keyless, entries, trust);
    expect(v.valid).toBe(false);
    expect(v.problems.join('\n')).toMatch(/signed keyless by a certificate for \(no identity\) \(issuer unknown\), not with a key: verify it with --identity, --issuer and --trusted-root/);
    const huge = path.join(dir, 'huge.sig');
    writeFileSync(huge, '');
    spawnSync('truncate', ['-s', String(64 * 1024 ** 2 + 1), huge]);
    const r = cli(['verify-signature', archive, '--signature', huge, '--public-key', keys.pub]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('more than the limit of 64 MiB');
  });

  it('`model-build sign` signs again beside the archive without touching it: a new signature each time (ECDSA is randomized), each valid', () => {
    const dir = tempDir('mb-resign-');
    const copy = path.join(dir, path.basename(archive));
    copyFileSync(archive, copy);
    const before = readFileSync(copy);
    const a = cli(['sign', copy, '--signing-key', keys.priv]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain(`key       sha256:${keys.key.fingerprint} (ECDSA P-256)`);
    const first = readFileSync(signatureFileFor(copy));
    const b = cli(['sign', copy, '--signing-key', keys.priv, '--json']);
    expect(JSON.parse(b.stdout)).toMatchObject({ signature: signatureFileFor(copy), files: entries.size, key: `sha256:${keys.key.fingerprint}` });
    const second = readFileSync(signatureFileFor(copy));
    expect(second.equals(first)).toBe(false);
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect(cli(['verify-signature', copy, '--public-key', keys.pub]).code).toBe(0);
    // A file at the signature's name that is not a signature is never replaced.
    const notes = path.join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes');
    const kept = cli(['sign', copy, '--signing-key', keys.priv, '--signature', notes]);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('the file exists and is not a model signature; signing never replaces other files');
    expect(readFileSync(notes, 'utf8')).toBe('my notes');
    rmSync(notes);
    // No temp file is left beside it.
    expect(readdirSync(dir).sort()).toEqual([path.basename(copy), path.basename(signatureFileFor(copy))].sort());
    // A package that fails its own digests is never signed.
    const broken = path.join(dir, 'broken.zip');
    const files = new Map(entries).set('predict.mjs', Buffer.from('tampered'));
    writeFileSync(broken, writeZip([...files].map(([name, data]) => ({ name, data })), { mtime: 1_700_000_000 }));
    const refused = cli(['sign', broken, '--signing-key', keys.priv]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('predict.mjs does not match its digest in MANIFEST.sha256');
    expect(existsSync(signatureFileFor(broken))).toBe(false);
  });

  it('an encrypted key signs with MODEL_BUILD_SIGNING_KEY_PASSPHRASE, which never appears in any output; without it, a clear refusal', () => {
    const dir = tempDir('mb-enc-');
    const secret = 'pa55-word-that-must-not-leak';
    const made = cli(['keygen', path.join(dir, 'enc.pem'), '--json'], { env: { MODEL_BUILD_SIGNING_KEY_PASSPHRASE: secret } });
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ encrypted: true });
    expect(readFileSync(path.join(dir, 'enc.pem'), 'utf8')).toContain('ENCRYPTED PRIVATE KEY');
    expect(statSync(path.join(dir, 'enc.pem')).mode & 0o777).toBe(0o600);
    const copy = path.join(dir, path.basename(archive));
    copyFileSync(archive, copy);
    const ok = cli(['sign', copy, '--signing-key', path.join(dir, 'enc.pem')], { env: { MODEL_BUILD_SIGNING_KEY_PASSPHRASE: secret } });
    expect(ok.code, ok.stderr).toBe(0);
    expect(cli(['verify-signature', copy, '--public-key', path.join(dir, 'enc.pub.pem')]).code).toBe(0);
    const none = cli(['sign', copy, '--signing-key', path.join(dir, 'enc.pem')], { env: { MODEL_BUILD_SIGNING_KEY_PASSPHRASE: '' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('the signing key is encrypted and no passphrase was given');
    const wrong = cli(['sign', copy, '--signing-key', path.join(dir, 'enc.pem'), '--json'], { env: { MODEL_BUILD_SIGNING_KEY_PASSPHRASE: `${secret}-nope` } });
    expect(wrong.code).toBe(2);
    expect(JSON.parse(wrong.stdout).error.message).toContain('wrong passphrase');
    for (const r of [made, ok, none, wrong]) expect(r.stdout + r.stderr).not.toContain(secret);
    // A wrong key fails the build before any training.
    const bad = cli(['build', '--config', path.join(root, 'model-build.yml'), '--out', path.join(dir, 'out'), '--signing-key', path.join(dir, 'enc.pub.pem')], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('holds a public key, not a private key');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('the package unpacked verifies as a folder (signature beside it or inside as model.sig); `sign DIR` writes DIR/model.sig and leaves it out', () => {
    const dir = path.join(tempDir('mb-unpacked-'), path.basename(archive, '.zip'));
    for (const [name, data] of entries) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    const beside = cli(['verify-signature', dir, '--signature', sigFile, '--public-key', keys.pub]);
    expect(beside.code, beside.stdout + beside.stderr).toBe(0);
    copyFileSync(sigFile, path.join(dir, 'model.sig'));
    expect(cli(['verify-signature', dir, '--public-key', keys.pub]).code).toBe(0);
    writeFileSync(path.join(dir, 'predictor.mjs'), 'export default 1;\n');
    const changed = cli(['verify-signature', dir, '--public-key', keys.pub]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('"predictor.mjs" changed');
    const signed = cli(['sign', dir, '--signing-key', keys.priv]);
    expect(signed.code, signed.stderr).toBe(0);
    expect(payloadOf(bundleOf(readFileSync(path.join(dir, 'model.sig'), 'utf8'))).predicate.serialization.ignore_paths).toEqual(['model.sig']);
    expect(cli(['verify-signature', dir, '--public-key', keys.pub]).code).toBe(0);
  });

  it('after a build without --signing-key, a signature left beside an archive of the same name is kept if it still matches, else named stale', () => {
    const dir = tempDir('mb-stale-');
    const copy = path.join(dir, path.basename(archive));
    copyFileSync(archive, copy);
    expect(signBuiltPackage(copy, null)).toBeNull();
    copyFileSync(sigFile, signatureFileFor(copy));
    const kept = signBuiltPackage(copy, null)!;
    expect(kept.json).toEqual({ file: signatureFileFor(copy), key: `sha256:${keys.key.fingerprint}`, signedNow: false, matches: true });
    writeFileSync(signatureFileFor(copy), signModelFiles(new Map([['x', Buffer.from('x')]]), keys.key).text);
    const stale = signBuiltPackage(copy, null)!;
    expect(stale.json.matches).toBe(false);
    expect(stale.line({ red: String, green: String, yellow: String, dim: String, bold: String })).toContain('is from an earlier build and does not match this package');
    writeFileSync(signatureFileFor(copy), 'not json');
    expect(signBuiltPackage(copy, null)!.json.matches).toBe(false);
  });

  it('every example in the help of keygen, sign and verify-signature runs as written from a clone holding the built package', () => {
    const clone = tempDir('mb-sig-examples-');
    const out = path.join(clone, 'examples/penguins/model-build-out');
    mkdirSync(out, { recursive: true });
    copyFileSync(archive, path.join(out, path.basename(archive)));
    const runs: string[] = [];
    for (const command of ['keygen', 'sign', 'verify-signature']) {
      const help = cli([command, '--help']);
      expect(help.code).toBe(0);
      const lines = help.stdout.slice(help.stdout.indexOf('\nExamples:\n') + 11).split('\n');
      for (let i = 0; i + 1 < lines.length && lines[i] !== ''; i += 2) runs.push(lines[i + 1]!.trim());
    }
    expect(runs.length).toBe(6);
    const bin = tempDir('mb-sig-bin-');
    writeFileSync(path.join(bin, 'model-build'), cliScript(), { mode: 0o755 });
    for (const run of runs) {
      expect(run).toMatch(/^model-build (keygen|sign|verify-signature) /);
      const r = spawnSync('sh', ['-c', run], { cwd: clone, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' } });
      expect(r.status, `${run}\n${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stderr, run).toBe('');
    }
    expect(readdirSync(clone).sort()).toEqual(['examples', 'penguins.model.sig', 'release-key.pem', 'release-key.pub.pem', 'signing-key.pem', 'signing-key.pub.pem']);
    expect(readdirSync(out).sort()).toEqual([path.basename(archive), path.basename(signatureFileFor(archive))].sort());
  });

  it('verifies under model_signing\'s own algorithm run by Python `cryptography` (their verify key steps, transcribed)', () => {
    const py = spawnSync('python3', ['-c', 'import cryptography']);
    if (py.status !== 0) {
      console.warn('SKIPPED: python3 with the cryptography package is not installed; the cross-implementation check did not run');
      return;
    }
    const dir = path.join(tempDir('mb-py-'), 'model');
    for (const [name, data] of entries) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    const r = spawnSync('python3', ['-c', PYTHON_VERIFY, dir, sigFile, keys.pub], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`Verification succeeded: ${entries.size} files`);
    writeFileSync(path.join(dir, 'metrics.json'), '{}');
    const bad = spawnSync('python3', ['-c', PYTHON_VERIFY, dir, sigFile, keys.pub], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("Hash mismatch for 'metrics.json'");
  });
});

/**
 * model_signing 1.x `verify key` as its source does it (sign_ec_key.Verifier._verify_bundle,
 * signing.Verifier.verify, dsse_payload_to_manifest, file.Serializer, Manifest equality),
 * with `cryptography` in place of its protobuf models.
 */
const PYTHON_VERIFY = String.raw`
import base64, hashlib, json, pathlib, sys
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
model, sig, pub = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
bundle = json.loads(sig.read_text(encoding="utf-8"))
assert bundle["mediaType"] == "application/vnd.dev.sigstore.bundle.v0.3+json"
key = serialization.load_pem_public_key(pub.read_bytes())
hint = hashlib.sha256(key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)).digest().hex()
assert bundle["verificationMaterial"]["publicKey"]["hint"] == hint, "Key mismatch"
env = bundle["dsseEnvelope"]
payload = base64.b64decode(env["payload"])
ptype = "application/vnd.in-toto+json"
pae = b" ".join([f"DSSEv1 {len(ptype)} {ptype} {len(payload)}".encode("utf-8"), payload])
key.verify(base64.b64decode(env["signatures"][0]["sig"]), pae, ec.ECDSA(hashes.SHA256()))
assert env["payloadType"] == ptype
st = json.loads(payload)
assert st["_type"] == "https://in-toto.io/Statement/v1"
assert st["predicateType"] == "https://model_signing/signature/v1.0"
h = hashlib.sha256()
expected = {}
for r in st["predicate"]["resources"]:
    h.update(bytes.fromhex(r["digest"]))
    expected[pathlib.PurePosixPath(r["name"])] = (r["algorithm"], r["digest"])
assert h.hexdigest() == st["subject"][0]["digest"]["sha256"], "Manifest is inconsistent"
ser = st["predicate"]["serialization"]
assert ser["method"] == "files" and ser["hash_type"] == "sha256"
ignored = [model / p for p in ser.get("ignore_paths", [])] + [model / p for p in [".git", ".gitattributes", ".github", ".gitignore"]]
actual = {}
for p in [model, *model.glob("**/*")]:
    if any(p.is_relative_to(i) for i in ignored) or not p.is_file():
        continue
    assert not p.is_symlink()
    actual[pathlib.PurePosixPath(p.relative_to(model))] = ("sha256", hashlib.sha256(p.read_bytes()).hexdigest())
if actual != expected:
    for k in sorted(set(actual) & set(expected)):
        if actual[k] != expected[k]:
            print(f"Hash mismatch for '{k}'")
    sys.exit(1)
print(f"Verification succeeded: {len(actual)} files")
`;

describe('keygen and the help examples of keygen, sign and verify-signature', () => {
  it('keygen writes a P-256 pair (private 0600), never replaces a file, and signs what verifies', () => {
    const dir = tempDir('mb-keygen-');
    const r = cli(['keygen', 'k.pem'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(path.join(dir, 'k.pem')).mode & 0o777).toBe(0o600);
    const key = loadSigningKey(path.join(dir, 'k.pem'));
    expect(loadPublicKey(path.join(dir, 'k.pub.pem')).fingerprint).toBe(key.fingerprint);
    expect(r.stdout).toContain(`fingerprint sha256:${key.fingerprint}`);
    const before = readFileSync(path.join(dir, 'k.pem'));
    const again = cli(['keygen', 'k.pem'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('keygen never replaces a key');
    expect(readFileSync(path.join(dir, 'k.pem')).equals(before)).toBe(true);
    // Only the public file in the way: refused before anything is written.
    writeFileSync(path.join(dir, 'p.pub.pem'), 'mine');
    expect(cli(['keygen', 'p.pem'], { cwd: dir }).code).toBe(2);
    expect(existsSync(path.join(dir, 'p.pem'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['k.pem', 'k.pub.pem', 'p.pub.pem']);
    expect(createPrivateKey(readFileSync(path.join(dir, 'k.pem'))).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });
});
