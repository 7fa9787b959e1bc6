/**
 * The OpenSSF model signing format (sigstore/model-transparency, `model_signing` 1.x), as its
 * key-based signer writes it: a Sigstore bundle v0.3 holding a DSSE envelope whose payload is an
 * in-toto Statement v1 with predicate `https://model_signing/signature/v1.0`. The constants and
 * the byte-level helpers both sides of a signature need live here.
 */

/** Sigstore bundle media type model_signing writes and accepts (sign_sigstore_pb.py). */
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** model_signing's predicate type for v1.0 signatures. */
export const MODEL_SIGNING_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/** The name model_signing gives a signature by default, inside or beside the model folder. */
export const DEFAULT_SIGNATURE_NAME = 'model.sig';

/**
 * DSSE v1 pre-authentication encoding: `DSSEv1 <len(type)> <type> <len(body)> <body>`, lengths
 * in bytes (secure-systems-lab/dsse protocol.md). What is signed, never the JSON around it.
 */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'utf8'), type, Buffer.from(` ${payload.length} `, 'utf8'), payload]);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Decodes protobuf-JSON `bytes`: standard base64 with padding (what model_signing writes), or
 * the URL-safe alphabet protobuf readers also accept. Returns null for anything else: Node's
 * own decoder skips bad characters silently, which would let garbage through.
 */
export function decodeBase64(text: string): Buffer | null {
  if (BASE64.test(text)) return Buffer.from(text, 'base64');
  if (BASE64URL.test(text) && text.length % 4 !== 1) return Buffer.from(text, 'base64url');
  return null;
}

/** Shown in a message: quoted, clipped, control characters escaped. Signature text is hostile. */
export function quoted(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 3)}...` : value);
}

/** The issuer of GitHub Actions' OIDC tokens: what `--issuer` is for a workflow's keyless signature. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
