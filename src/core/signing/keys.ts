/**
 * Signing and verification keys, from PEM, with node:crypto alone. Signing takes ECDSA P-256
 * (SHA-256): PKCS#8 (`PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`, also
 * with OpenSSL's legacy encryption). Verification takes the curves model_signing signs with,
 * P-256, P-384 and P-521 (each with its own hash), so their signatures verify here too.
 * Every refusal says what the file holds and how to make the right one; no key byte is shown.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ModelBuildError } from '../errors.js';
import { regularFile } from '../util/regularFile.js';

/** Environment variable holding the passphrase of an encrypted signing key (never an argument: argv is visible to every user). */
export const SIGNING_KEY_PASSPHRASE_ENV = 'MODEL_BUILD_SIGNING_KEY_PASSPHRASE';

/** Curve (node's name) → the hash model_signing pairs with it (sign_ec_key.get_ec_key_hash). */
const CURVE_HASH: Readonly<Record<string, 'sha256' | 'sha384' | 'sha512'>> = {
  prime256v1: 'sha256',
  secp384r1: 'sha384',
  secp521r1: 'sha512',
};
const CURVE_NAME: Readonly<Record<string, string>> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

/** A PEM key file is small; anything larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

const MAKE_KEY = 'make one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out signing-key.pem` (or `model-build keygen`)';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** sha256 (hex) of the public key's PEM: the bundle's `publicKey.hint`, and how a key is named to users. */
  fingerprint: string;
}

export interface VerificationKey {
  publicKey: KeyObject;
  fingerprint: string;
  /** The hash the curve signs with. */
  hash: 'sha256' | 'sha384' | 'sha512';
}

/**
 * The key's fingerprint as model_signing computes its hint: sha256 over the SubjectPublicKeyInfo
 * PEM text (64-column base64, LF line ends) — what `openssl pkey -pubout` writes, so
 * `sha256sum key.pub.pem` shows the same value.
 */
export function keyFingerprint(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKeyPem(publicKey)).digest('hex');
}

/** The public key as SubjectPublicKeyInfo PEM. */
export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

interface PemBlock {
  label: string;
  text: string;
}

/** The PEM blocks of a file, in order; text around them (openssl/certtool comments) is skipped as OpenSSL does. */
function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  const re = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ label: m[1]!, text: `${m[0]}\n` });
  return out;
}

function keyError(file: string, message: string, hint: string, cause?: unknown): ModelBuildError {
  return new ModelBuildError('KEY_INVALID', message, { file, hint, cause });
}

function readKeyFile(file: string, what: string): string {
  regularFile(file, { what, maxBytes: MAX_KEY_FILE_BYTES, code: 'KEY_INVALID', limitHint: 'name a PEM key file, not a folder of them or a binary', missingHint: MAKE_KEY });
  try {
    return readFileSync(file, 'latin1');
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read ${what} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file, hint: 'check the path and its permissions', cause: e });
  }
}

/** `ec` on a named curve; anything else named so the user knows what they passed. */
function curveOf(key: KeyObject): string | null {
  return key.asymmetricKeyType === 'ec' ? (key.asymmetricKeyDetails?.namedCurve ?? null) : null;
}

function describeKey(key: KeyObject): string {
  const type = key.asymmetricKeyType ?? 'unknown';
  if (type === 'ec') return `an EC key on ${key.asymmetricKeyDetails?.namedCurve ?? 'an unnamed curve'}`;
  if (type === 'rsa' || type === 'rsa-pss') return `an RSA key (${key.asymmetricKeyDetails?.modulusLength ?? '?'} bits)`;
  return `an ${type} key`;
}

/**
 * Loads an ECDSA P-256 private key from a PEM file. An encrypted key needs `passphrase`
 * (the CLI takes it from MODEL_BUILD_SIGNING_KEY_PASSPHRASE).
 */
export function loadSigningKey(file: string, options: { passphrase?: string; display?: string } = {}): SigningKey {
  const display = options.display ?? file;
  const text = readKeyFile(file, 'the signing key');
  return signingKeyFromPem(text, { ...options, display });
}

/** As loadSigningKey, from the PEM text. */
export function signingKeyFromPem(text: string, options: { passphrase?: string; display?: string } = {}): SigningKey {
  const display = options.display ?? 'the signing key';
  const blocks = pemBlocks(text);
  const block = blocks.find((b) => /PRIVATE KEY$/.test(b.label));
  if (!block) {
    if (blocks.some((b) => b.label === 'PUBLIC KEY' || b.label === 'CERTIFICATE')) {
      throw keyError(display, `holds a ${blocks.find((b) => b.label === 'PUBLIC KEY' || b.label === 'CERTIFICATE')!.label.toLowerCase()}, not a private key`, 'sign with the private key; the public key is what verifiers get');
    }
    throw keyError(display, 'is not a PEM private key (no "-----BEGIN PRIVATE KEY-----" or "-----BEGIN EC PRIVATE KEY-----" block)', MAKE_KEY);
  }
  if (block.label === 'RSA PRIVATE KEY' || block.label === 'DSA PRIVATE KEY' || block.label === 'OPENSSH PRIVATE KEY') {
    throw keyError(display, `holds ${block.label === 'OPENSSH PRIVATE KEY' ? 'an OpenSSH' : `a ${block.label.split(' ')[0]}`} private key; model signatures use ECDSA P-256`, MAKE_KEY);
  }
  const encrypted = block.label === 'ENCRYPTED PRIVATE KEY' || /^Proc-Type: *4, *ENCRYPTED/m.test(block.text);
  if (encrypted && !options.passphrase) {
    throw keyError(display, 'the signing key is encrypted and no passphrase was given', `set ${SIGNING_KEY_PASSPHRASE_ENV} to its passphrase (in CI, from a secret)`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(encrypted ? { key: block.text, format: 'pem', passphrase: options.passphrase } : { key: block.text, format: 'pem' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (encrypted && /DECRYPT|BAD_PASSWORD|INTERRUPTED/.test(code)) {
      throw keyError(display, 'cannot decrypt the signing key: wrong passphrase', `check ${SIGNING_KEY_PASSPHRASE_ENV}`, e);
    }
    throw keyError(display, `the ${block.label} block is not a valid key (${code || (e as Error).message})`, `the file is damaged or not a key; ${MAKE_KEY}`, e);
  }
  const curve = curveOf(privateKey);
  if (curve !== 'prime256v1') {
    throw keyError(display, `holds ${describeKey(privateKey)}; model signatures are made with ECDSA P-256 (prime256v1)`, MAKE_KEY);
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, fingerprint: keyFingerprint(publicKey) };
}

/** Loads a public key (PEM SubjectPublicKeyInfo) to verify with: EC P-256, P-384 or P-521. */
export function loadPublicKey(file: string, options: { display?: string } = {}): VerificationKey {
  const display = options.display ?? file;
  return publicKeyFromPem(readKeyFile(file, 'the public key'), display);
}

/** As loadPublicKey, from PEM text or a KeyObject. */
export function publicKeyFromPem(input: string | KeyObject, display = 'the public key'): VerificationKey {
  let publicKey: KeyObject;
  if (typeof input !== 'string') {
    publicKey = input.type === 'private' ? createPublicKey(input) : input;
  } else {
    const blocks = pemBlocks(input);
    const block = blocks.find((b) => b.label === 'PUBLIC KEY');
    if (!block) {
      if (blocks.some((b) => /PRIVATE KEY$/.test(b.label))) {
        throw keyError(display, 'holds a private key; verify with the public key', 'write the public key with `openssl pkey -in signing-key.pem -pubout -out signing-key.pub.pem` and share only that');
      }
      if (blocks.some((b) => b.label === 'CERTIFICATE')) {
        throw keyError(display, 'holds a certificate, not a public key', 'extract its key with `openssl x509 -in cert.pem -pubkey -noout`');
      }
      throw keyError(display, 'is not a PEM public key (no "-----BEGIN PUBLIC KEY-----" block)', 'pass the .pub.pem written beside the signing key (`openssl pkey -in signing-key.pem -pubout`)');
    }
    try {
      publicKey = createPublicKey({ key: block.text, format: 'pem' });
    } catch (e) {
      throw keyError(display, `the PUBLIC KEY block is not a valid key (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'the file is damaged; fetch the public key again', e);
    }
  }
  const curve = curveOf(publicKey);
  const hash = curve ? CURVE_HASH[curve] : undefined;
  if (!curve || !hash) {
    throw keyError(display, `holds ${describeKey(publicKey)}; model signatures use ECDSA on P-256, P-384 or P-521`, 'pass the public key of the ECDSA key the model was signed with');
  }
  return { publicKey, fingerprint: keyFingerprint(publicKey), hash };
}

/** "P-256" for prime256v1, etc. */
export function curveName(key: KeyObject): string {
  const curve = curveOf(key);
  return (curve && CURVE_NAME[curve]) ?? curve ?? key.asymmetricKeyType ?? 'unknown';
}

/**
 * A new ECDSA P-256 key pair as PEM: the private key PKCS#8 (encrypted with AES-256-CBC when a
 * passphrase is given), the public key SubjectPublicKeyInfo.
 */
export function generateSigningKey(passphrase?: string): { privatePem: string; publicPem: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const privatePem = passphrase
    ? privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString()
    : privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { privatePem, publicPem: publicKeyPem(publicKey), fingerprint: keyFingerprint(publicKey) };
}
