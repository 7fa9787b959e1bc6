/**
 * The Sigstore bundle around a model signature. Written exactly as model_signing's key signer
 * writes it (compact JSON, fields in its order, a public-key hint and no log entries); read
 * strictly, with the verification material kept apart by kind so keyless signatures (a
 * certificate instead of a key hint) can plug into the same reader.
 */
import { ModelBuildError } from '../errors.js';
import { BUNDLE_MEDIA_TYPE, decodeBase64, quoted } from './format.js';

/** Who can verify the signature: a key named by its fingerprint, or a certificate (keyless). */
export type VerificationMaterial =
  | { kind: 'publicKey'; /** sha256 of the key's PEM; null in older bundles that name no key. */ hint: string | null }
  | { kind: 'certificate'; /** DER of the leaf certificate, then any chain. */ certificates: Buffer[] };

export interface DsseEnvelope {
  payload: Buffer;
  payloadType: string;
  signature: Buffer;
  keyid: string;
}

export interface ParsedBundle {
  mediaType: string;
  material: VerificationMaterial;
  envelope: DsseEnvelope;
}

/** Largest signature file read: a statement lists ~150 bytes per file, so this holds ~400 000 files. */
export const MAX_SIGNATURE_BYTES = 64 * 1024 ** 2;

/** The bundle as JSON text, byte for byte the shape model_signing writes (no trailing newline). */
export function bundleText(envelope: DsseEnvelope, material: VerificationMaterial): string {
  const verificationMaterial =
    material.kind === 'publicKey'
      ? { publicKey: { hint: material.hint ?? '' }, tlogEntries: [] }
      : material.certificates.length === 1
        ? { certificate: { rawBytes: material.certificates[0]!.toString('base64') }, tlogEntries: [] }
        : { x509CertificateChain: { certificates: material.certificates.map((c) => ({ rawBytes: c.toString('base64') })) }, tlogEntries: [] };
  return JSON.stringify({
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial,
    dsseEnvelope: {
      payload: envelope.payload.toString('base64'),
      payloadType: envelope.payloadType,
      signatures: [{ sig: envelope.signature.toString('base64'), keyid: envelope.keyid }],
    },
  });
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (o: Json, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** Parses a signature file's bytes. Throws PACKAGE_INVALID naming what is wrong, never a parser's stack. */
export function parseBundle(bytes: Buffer, display: string): ParsedBundle {
  const bad = (message: string, hint = 'the signature file is damaged or is not a model signature; fetch it again, or sign the model again'): never => {
    throw new ModelBuildError('PACKAGE_INVALID', message, { file: display, hint });
  };
  if (bytes.length > MAX_SIGNATURE_BYTES) bad(`the signature is ${bytes.length} bytes, more than the limit of ${MAX_SIGNATURE_BYTES}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bad('the signature is not UTF-8 text: it is not a Sigstore bundle');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return bad(`the signature is not valid JSON (${(e as Error).message.slice(0, 120)}): truncated or not a Sigstore bundle`);
  }
  if (!isObject(doc)) return bad('the signature is not a JSON object: not a Sigstore bundle');
  const mediaType = field(doc, 'mediaType');
  if (typeof mediaType !== 'string') return bad('the signature has no mediaType: not a Sigstore bundle');
  if (mediaType !== BUNDLE_MEDIA_TYPE) {
    if (/^application\/vnd\.dev\.sigstore\.bundle/.test(mediaType)) {
      bad(`the signature is a Sigstore bundle of media type ${quoted(mediaType)}; this model-build reads ${BUNDLE_MEDIA_TYPE}`, 'upgrade model-build, or sign again with a signer that writes bundle v0.3 (model_signing 1.x does)');
    }
    bad(`the signature has mediaType ${quoted(mediaType)}: not a Sigstore bundle`);
  }
  const vm = field(doc, 'verificationMaterial');
  if (!isObject(vm)) return bad('the bundle has no verificationMaterial');
  const material = readMaterial(vm, bad);
  if (isObject(field(doc, 'messageSignature'))) bad('the bundle signs a file digest (messageSignature), not a model statement (dsseEnvelope)');
  const env = field(doc, 'dsseEnvelope');
  if (!isObject(env)) return bad('the bundle has no dsseEnvelope');
  const payloadText = field(env, 'payload');
  const payload = typeof payloadText === 'string' ? decodeBase64(payloadText) : null;
  if (!payload || payload.length === 0) return bad('the envelope has no payload in base64');
  const payloadType = field(env, 'payloadType');
  if (typeof payloadType !== 'string') return bad('the envelope has no payloadType');
  const signatures = field(env, 'signatures');
  if (!Array.isArray(signatures) || signatures.length !== 1) {
    return bad(`the envelope must carry exactly one signature, as a Sigstore bundle does (it has ${Array.isArray(signatures) ? signatures.length : 'none'})`);
  }
  const s = signatures[0];
  if (!isObject(s)) return bad('the envelope signature is not an object');
  const sigText = field(s, 'sig');
  const signature = typeof sigText === 'string' ? decodeBase64(sigText) : null;
  if (!signature || signature.length === 0) return bad('the envelope signature has no sig in base64');
  const keyid = field(s, 'keyid');
  if (keyid !== undefined && keyid !== null && typeof keyid !== 'string') bad('the envelope signature has a keyid that is not text');
  return { mediaType, material, envelope: { payload, payloadType, signature, keyid: typeof keyid === 'string' ? keyid : '' } };
}

function readMaterial(vm: Json, bad: (message: string) => never): VerificationMaterial {
  const pk = field(vm, 'publicKey');
  if (isObject(pk)) {
    const hint = field(pk, 'hint');
    if (hint !== undefined && hint !== null && hint !== '' && (typeof hint !== 'string' || !/^[0-9a-f]{64}$/.test(hint))) {
      bad('the bundle names its key with a hint that is not a sha256 in hex');
    }
    return { kind: 'publicKey', hint: typeof hint === 'string' && hint !== '' ? hint : null };
  }
  const cert = field(vm, 'certificate');
  const chain = field(vm, 'x509CertificateChain');
  const raws: unknown[] = isObject(cert) ? [cert] : isObject(chain) && Array.isArray(field(chain, 'certificates')) ? (field(chain, 'certificates') as unknown[]) : [];
  if (raws.length > 0) {
    const certificates = raws.map((c) => {
      const raw = isObject(c) ? field(c, 'rawBytes') : undefined;
      const der = typeof raw === 'string' ? decodeBase64(raw) : null;
      if (!der || der.length === 0) return bad('the bundle has a certificate without rawBytes in base64');
      return der;
    });
    return { kind: 'certificate', certificates };
  }
  return bad('the bundle has neither a publicKey nor a certificate in its verificationMaterial');
}
