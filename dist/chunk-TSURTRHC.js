import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);

// src/core/signing/format.ts
var BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var MODEL_SIGNING_PREDICATE_TYPE = "https://model_signing/signature/v1.0";
var DEFAULT_SIGNATURE_NAME = "model.sig";
function pae(payloadType, payload) {
  const type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, "utf8"), type, Buffer.from(` ${payload.length} `, "utf8"), payload]);
}
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var BASE64URL = /^[A-Za-z0-9_-]*$/;
function decodeBase64(text) {
  if (BASE64.test(text)) return Buffer.from(text, "base64");
  if (BASE64URL.test(text) && text.length % 4 !== 1) return Buffer.from(text, "base64url");
  return null;
}
function quoted(value, max = 80) {
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 3)}...` : value);
}
var GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";

export {
  BUNDLE_MEDIA_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_TYPE,
  MODEL_SIGNING_PREDICATE_TYPE,
  DEFAULT_SIGNATURE_NAME,
  pae,
  decodeBase64,
  quoted,
  GITHUB_ACTIONS_ISSUER
};
