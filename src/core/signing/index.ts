/** OpenSSF model signatures (model_signing v1.0 format): sign and verify models and packages. */
export { BUNDLE_MEDIA_TYPE, DEFAULT_SIGNATURE_NAME, IN_TOTO_PAYLOAD_TYPE, MODEL_SIGNING_PREDICATE_TYPE, pae } from './format.js';
export { parseBundle, MAX_SIGNATURE_BYTES, type ParsedBundle, type VerificationMaterial, type DsseEnvelope } from './bundle.js';
export {
  curveName,
  generateSigningKey,
  keyFingerprint,
  loadPublicKey,
  loadSigningKey,
  publicKeyFromPem,
  publicKeyPem,
  signingKeyFromPem,
  SIGNING_KEY_PASSPHRASE_ENV,
  type SigningKey,
  type VerificationKey,
} from './keys.js';
export { compareResourceNames, hashDirectory, hashFileMap, modelResources, subjectDigest, type ModelFileMap, type ModelFiles, type ModelResource, type ProvedDigests } from './modelFiles.js';
export { parseStatement, statementBytes, type FileSerialization, type ModelStatement } from './statement.js';
export { modelStatement, signModelFiles, type ModelSignature, type SignModelOptions } from './sign.js';
export {
  authenticateKeyless,
  certificateIdentity,
  GITHUB_ACTIONS_ISSUER,
  readTrustedRoots,
  trustedRootFromJson,
  type CertificateIdentity,
  type KeylessResult,
  type KeylessTrust,
  type TrustedRootMaterial,
} from './keyless.js';
export { checkModelSignature, verifyModelSignature, type CheckSignatureOptions, type SignatureTrust, type SignatureVerdict, type Signer } from './verify.js';
export { archiveFiles, assertReplaceableSignature, checkPackageSignature, packageModelName, readSignatureFile, signatureFileFor, signPackage, type ModelSignatureCheck } from './packageSignature.js';
