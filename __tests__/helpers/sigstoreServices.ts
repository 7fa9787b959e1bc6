import 'reflect-metadata'; // @peculiar/x509 resolves its services through tsyringe, which needs it first
import { createHash, createPublicKey, generateKeyPairSync, sign, verify, webcrypto, X509Certificate, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { TLSSocket } from 'node:tls';
import * as x509 from '@peculiar/x509';
import { tempDir } from './repo.js';

/**
 * Loopback Sigstore for the real clients (@actions/attest → @sigstore/sign, @actions/core):
 * - the runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL, plain HTTP on loopback);
 * - the GitHub Actions OIDC issuer (discovery + JWKS), a Fulcio CA and a Rekor log, each on the
 *   host name the clients have compiled in (token.actions.githubusercontent.com,
 *   fulcio.sigstore.dev, rekor.sigstore.dev; for GitHub's instance fulcio.githubapp.com, served
 *   by the same CA, and timestamp.githubapp.com, an RFC 3161 timestamp authority). @actions/attest has no option for its Sigstore or issuer URLs, so the
 *   clients reach these through `https_proxy`, which make-fetch-happen and @actions/http-client
 *   honour: this server answers CONNECT and terminates TLS with a certificate from a test CA
 *   that `NODE_EXTRA_CA_CERTS` makes the child trust. Any other host is refused and logged.
 * `trustedRoot()` is the TrustedRoot a verifier needs: the Fulcio root, the Rekor key and the TSA chain.
 * Keyless model signing can reuse all of it.
 */

const ISSUER = 'https://token.actions.githubusercontent.com';
const ISSUER_HOST = 'token.actions.githubusercontent.com';
const FULCIO_HOST = 'fulcio.sigstore.dev';
const REKOR_HOST = 'rekor.sigstore.dev';
const GITHUB_FULCIO_HOST = 'fulcio.githubapp.com';
const GITHUB_TSA_HOST = 'timestamp.githubapp.com';
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const FULCIO_OID = '1.3.6.1.4.1.57264.1';
// Rekor's global index runs ahead of a shard's leaf index; so does ours, so a client mixing them up fails.
const LOG_INDEX_OFFSET = 25_000_000;

type KeyPair = webcrypto.CryptoKeyPair;
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export interface SigstoreServicesOptions {
  /** `owner/repo` the OIDC token names. Default `octo-org/model-repo` (githubServices' default). */
  repository?: string;
  /** Workflow file the token's workflow_ref / job_workflow_ref name. Default `.github/workflows/model.yml`. */
  workflow?: string;
  ref?: string;
  sha?: string;
  runId?: number;
  /** `public` or `private`: the token's repository_visibility claim. Default public. */
  visibility?: string;
}

export interface SigstoreRequest {
  host: string;
  method: string;
  path: string;
  status: number;
}

export interface RekorEntry {
  uuid: string;
  /** Global log index (as Rekor's, offset from the tree's leaf index). */
  logIndex: number;
  /** Leaf index in the current tree. */
  treeIndex: number;
  integratedTime: number;
  /** The canonical entry body (JSON). */
  body: Record<string, unknown>;
}

export interface SigstoreServices {
  /** Environment for a child process: the OIDC request URL/token, https_proxy, the TLS CA. */
  env(): Record<string, string>;
  /** The claims every issued OIDC token carries (besides iss/aud/iat/exp). */
  readonly claims: Record<string, string>;
  /** TrustedRoot JSON (application/vnd.dev.sigstore.trustedroot+json;version=0.1) for the test CA and log. */
  trustedRoot(): Record<string, unknown>;
  /** Every request, on every host, in order (tokens are not recorded). */
  readonly requests: SigstoreRequest[];
  /** Certificates Fulcio issued (PEM). */
  readonly certificates: string[];
  readonly rekorEntries: RekorEntry[];
  /** TimeStampResp DER the timestamp authority issued. */
  readonly timestamps: Buffer[];
  close(): Promise<void>;
}

const b64 = (b: Buffer | Uint8Array) => Buffer.from(b).toString('base64');
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest();

/** JSON with sorted keys and no whitespace: RFC 8785 for the strings and integers Rekor uses. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** DER UTF8String: the value form of Fulcio's v2 extensions (1.3.6.1.4.1.57264.1.8 and on). */
function derUtf8(s: string): Buffer {
  const body = Buffer.from(s, 'utf8');
  const len = body.length < 0x80 ? Buffer.from([body.length]) : body.length < 0x100 ? Buffer.from([0x81, body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([Buffer.from([0x0c]), len, body]);
}

/** Minimal DER writer for the timestamp authority's CMS structures. */
const der = {
  tlv(tag: number, ...content: Buffer[]): Buffer {
    const body = Buffer.concat(content);
    const n = body.length;
    const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : n < 0x10000 ? Buffer.from([0x82, n >> 8, n & 0xff]) : Buffer.from([0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]);
    return Buffer.concat([Buffer.from([tag]), len, body]);
  },
  seq: (...c: Buffer[]) => der.tlv(0x30, ...c),
  set: (...c: Buffer[]) => der.tlv(0x31, ...c),
  int(v: number | Buffer): Buffer {
    const hex = typeof v === 'number' ? v.toString(16) : '';
    let b = typeof v === 'number' ? Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex') : v;
    while (b.length > 1 && b[0] === 0 && (b[1]! & 0x80) === 0) b = b.subarray(1);
    if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
    return der.tlv(0x02, b);
  },
  oid(dotted: string): Buffer {
    const [a, b, ...rest] = dotted.split('.').map(Number);
    const bytes = [a! * 40 + b!];
    for (const n of rest) {
      const chunk = [n & 0x7f];
      for (let v = n >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80);
      bytes.push(...chunk);
    }
    return der.tlv(0x06, Buffer.from(bytes));
  },
  octets: (b: Buffer) => der.tlv(0x04, b),
  explicit: (n: number, ...c: Buffer[]) => der.tlv(0xa0 + n, ...c),
  genTime: (d: Date) => der.tlv(0x18, Buffer.from(d.toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z'))),
};
const OID = {
  sha256: '2.16.840.1.101.3.4.2.1',
  ecdsaSha256: '1.2.840.10045.4.3.2',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  tsaPolicy: '1.3.6.1.4.1.57264.2',
};

/** RFC 6962 Merkle tree hash of leaves [lo, hi). */
function merkleRoot(leaves: Buffer[], lo = 0, hi = leaves.length): Buffer {
  if (hi - lo === 1) return leaves[lo]!;
  let k = 1;
  while (k * 2 < hi - lo) k *= 2;
  return sha256(Buffer.concat([Buffer.from([1]), merkleRoot(leaves, lo, lo + k), merkleRoot(leaves, lo + k, hi)]));
}

/** RFC 6962 audit path of leaf m in leaves [lo, hi), leaf first. */
function auditPath(leaves: Buffer[], m: number, lo = 0, hi = leaves.length): Buffer[] {
  if (hi - lo <= 1) return [];
  let k = 1;
  while (k * 2 < hi - lo) k *= 2;
  return m < k
    ? [...auditPath(leaves, m, lo, lo + k), merkleRoot(leaves, lo + k, hi)]
    : [...auditPath(leaves, m - k, lo + k, hi), merkleRoot(leaves, lo, lo + k)];
}

function pemOf(der: ArrayBuffer | Buffer, label: string): string {
  const text = b64(Buffer.from(der as ArrayBuffer)).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${text}-----END ${label}-----\n`;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

function sendJson(res: ServerResponse, status: number, body: unknown): number {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return status;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function startSigstoreServices(options: SigstoreServicesOptions = {}): Promise<SigstoreServices> {
  const repository = options.repository ?? 'octo-org/model-repo';
  const [owner] = repository.split('/');
  const ref = options.ref ?? 'refs/heads/main';
  const sha = options.sha ?? 'a'.repeat(40);
  const workflow = options.workflow ?? '.github/workflows/model.yml';
  const runId = String(options.runId ?? 2002);
  const claims: Record<string, string> = {
    sub: `repo:${repository}:ref:${ref}`,
    ref,
    ref_type: 'branch',
    sha,
    repository,
    repository_owner: owner ?? '',
    repository_id: '700001',
    repository_owner_id: '700000',
    repository_visibility: options.visibility ?? 'public',
    run_id: runId,
    run_number: '7',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    actor: 'octocat',
    actor_id: '1',
    workflow: 'model',
    workflow_ref: `${repository}/${workflow}@${ref}`,
    workflow_sha: sha,
    job_workflow_ref: `${repository}/${workflow}@${ref}`,
    job_workflow_sha: sha,
    event_name: 'push',
  };

  // Keys: the OIDC issuer's, the Fulcio root's, the Rekor log's, and a TLS CA for the proxy.
  const oidcKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const oidcKid = 'model-build-test-oidc';
  const now = Date.now();
  const notBefore = new Date(now - 3600_000);
  const notAfter = new Date(now + 24 * 3600_000);
  const caKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as KeyPair;
  const caCert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'O=model-build test, CN=model-build test Fulcio root',
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  // The timestamp authority (GitHub's instance timestamps instead of logging): a leaf under its own root.
  const tsaRootKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as KeyPair;
  const tsaRoot = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '04',
    name: 'O=model-build test, CN=model-build test TSA root',
    notBefore,
    notAfter,
    keys: tsaRootKeys,
    signingAlgorithm: ALG,
    extensions: [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true)],
  });
  const tsaKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tsaCert = await x509.X509CertificateGenerator.create({
    serialNumber: '05',
    subject: 'O=model-build test, CN=model-build test TSA',
    issuer: tsaRoot.subject,
    notBefore,
    notAfter,
    publicKey: tsaKey.publicKey.export({ type: 'spki', format: 'der' }),
    signingKey: tsaRootKeys.privateKey,
    signingAlgorithm: ALG,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true), new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.timeStamping], true)],
  });
  const tsaTimestamps: Buffer[] = [];
  const logKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const logSpki = logKey.publicKey.export({ type: 'spki', format: 'der' });
  const logId = sha256(logSpki);
  const treeId = '1193050959916656506';

  const tlsKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as KeyPair;
  const tlsCa = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '02',
    name: 'CN=model-build test TLS CA',
    notBefore,
    notAfter,
    keys: tlsKeys,
    signingAlgorithm: ALG,
    extensions: [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true)],
  });
  const serverKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as KeyPair;
  const hosts = [ISSUER_HOST, FULCIO_HOST, REKOR_HOST, GITHUB_FULCIO_HOST, GITHUB_TSA_HOST];
  const serverCert = await x509.X509CertificateGenerator.create({
    serialNumber: '03',
    subject: `CN=${FULCIO_HOST}`,
    issuer: tlsCa.subject,
    notBefore,
    notAfter,
    publicKey: serverKeys.publicKey,
    signingKey: tlsKeys.privateKey,
    signingAlgorithm: ALG,
    extensions: [
      new x509.SubjectAlternativeNameExtension(hosts.map((value) => ({ type: 'dns' as const, value }))),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    ],
  });
  const dir = tempDir('mb-sigstore-');
  const caFile = path.join(dir, 'tls-ca.pem');
  writeFileSync(caFile, tlsCa.toString('pem'));
  const tlsKeyPem = pemOf(await webcrypto.subtle.exportKey('pkcs8', serverKeys.privateKey), 'PRIVATE KEY');
  const tlsCertPem = serverCert.toString('pem');

  const requests: SigstoreRequest[] = [];
  const certificates: string[] = [];
  const rekorEntries: RekorEntry[] = [];
  const leaves: Buffer[] = [];
  const requestToken = `oidc-request-${b64url(sha256(String(now))).slice(0, 16)}`;
  let serial = 100;

  function jwt(audience: string): string {
    const t = Math.floor(Date.now() / 1000);
    const header = { alg: 'ES256', typ: 'JWT', kid: oidcKid };
    const payload = { ...claims, iss: ISSUER, aud: audience, iat: t, nbf: t - 5, exp: t + 300, jti: `jti-${t}-${serial++}` };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
    const sig = sign('sha256', Buffer.from(input), { key: oidcKey.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${input}.${b64url(sig)}`;
  }

  /** Verifies an ES256 token from our issuer for `audience`; returns its claims. */
  function verifyJwt(token: string, audience: string): Record<string, unknown> {
    const [h, p, s] = token.split('.');
    if (!h || !p || !s) throw new HttpError(401, 'malformed OIDC token');
    const ok = verify('sha256', Buffer.from(`${h}.${p}`), { key: oidcKey.publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'));
    if (!ok) throw new HttpError(401, 'OIDC token signature invalid');
    const c = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (c.iss !== ISSUER) throw new HttpError(401, `OIDC token issuer ${String(c.iss)} not trusted`);
    if (c.aud !== audience) throw new HttpError(401, `OIDC token audience ${String(c.aud)}, expected ${audience}`);
    if (typeof c.exp !== 'number' || c.exp * 1000 < Date.now()) throw new HttpError(401, 'OIDC token expired');
    return c;
  }

  /** Fulcio's certificate for a GitHub Actions workflow identity (the extensions Fulcio sets for it). */
  async function issueCertificate(c: Record<string, unknown>, spkiDer: Buffer): Promise<string> {
    const s = (k: string) => String(c[k] ?? '');
    const server = 'https://github.com';
    const raw = (n: number, v: string) => new x509.Extension(`${FULCIO_OID}.${n}`, false, Buffer.from(v, 'utf8'));
    const utf8 = (n: number, v: string) => new x509.Extension(`${FULCIO_OID}.${n}`, false, derUtf8(v));
    const t = Date.now();
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: (serial++).toString(16).padStart(4, '0'),
      subject: '',
      issuer: caCert.subject,
      notBefore: new Date(t - 1000),
      notAfter: new Date(t + 10 * 60_000),
      publicKey: spkiDer,
      signingKey: caKeys.privateKey,
      signingAlgorithm: ALG,
      extensions: [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
        await x509.SubjectKeyIdentifierExtension.create(new x509.PublicKey(spkiDer)),
        await x509.AuthorityKeyIdentifierExtension.create(caCert),
        new x509.SubjectAlternativeNameExtension([{ type: 'url', value: `${server}/${s('job_workflow_ref')}` }], true),
        raw(1, ISSUER),
        raw(2, s('event_name')),
        raw(3, s('sha')),
        raw(4, s('workflow')),
        raw(5, s('repository')),
        raw(6, s('ref')),
        utf8(8, ISSUER),
        utf8(9, `${server}/${s('job_workflow_ref')}`),
        utf8(10, s('job_workflow_sha')),
        utf8(11, s('runner_environment')),
        utf8(12, `${server}/${s('repository')}`),
        utf8(13, s('sha')),
        utf8(14, s('ref')),
        utf8(15, s('repository_id')),
        utf8(16, `${server}/${s('repository_owner')}`),
        utf8(17, s('repository_owner_id')),
        utf8(18, `${server}/${s('workflow_ref')}`),
        utf8(19, s('workflow_sha')),
        utf8(20, s('event_name')),
        utf8(21, `${server}/${s('repository')}/actions/runs/${s('run_id')}/attempts/${s('run_attempt')}`),
        utf8(22, s('repository_visibility')),
      ],
    });
    return cert.toString('pem');
  }

  async function fulcio(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<number> {
    if (req.method !== 'POST' || pathname !== '/api/v2/signingCert') return sendJson(res, 404, { code: 5, message: 'Not Found' });
    const body = JSON.parse((await readBody(req)).toString('utf8')) as {
      credentials?: { oidcIdentityToken?: string };
      publicKeyRequest?: { publicKey?: { algorithm?: string; content?: string }; proofOfPossession?: string };
    };
    const token = body.credentials?.oidcIdentityToken;
    const pk = body.publicKeyRequest?.publicKey?.content;
    const pop = body.publicKeyRequest?.proofOfPossession;
    if (!token || !pk || !pop) throw new HttpError(400, 'credentials.oidcIdentityToken, publicKeyRequest.publicKey and proofOfPossession are required');
    const c = verifyJwt(token, 'sigstore');
    let key: KeyObject;
    try {
      key = createPublicKey(pk);
    } catch {
      throw new HttpError(400, 'public key could not be parsed');
    }
    // The proof of possession: the token's subject, signed with the key to certify.
    if (!verify('sha256', Buffer.from(String(c.sub)), key, Buffer.from(pop, 'base64'))) throw new HttpError(400, 'The signature supplied in the request could not be verified');
    const leaf = await issueCertificate(c, key.export({ type: 'spki', format: 'der' }));
    certificates.push(leaf);
    return sendJson(res, 201, { signedCertificateEmbeddedSct: { chain: { certificates: [leaf, caCert.toString('pem')] } } });
  }

  async function rekor(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<number> {
    const get = /^\/api\/v1\/log\/entries\/([0-9a-f]+)$/.exec(pathname);
    if (req.method === 'GET' && get) {
      const e = rekorEntries.find((x) => x.uuid === get[1]);
      return e ? sendJson(res, 200, { [e.uuid]: entryView(e) }) : sendJson(res, 404, { code: 404, message: 'entry not found' });
    }
    if (req.method !== 'POST' || pathname !== '/api/v1/log/entries') return sendJson(res, 404, { code: 404, message: 'Not Found' });
    const proposed = JSON.parse((await readBody(req)).toString('utf8')) as {
      apiVersion?: string;
      kind?: string;
      spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
    };
    if (proposed.kind !== 'dsse' || proposed.apiVersion !== '0.0.1') throw new HttpError(400, `unsupported entry ${proposed.kind}/${proposed.apiVersion}: this log takes dsse 0.0.1`);
    const envText = proposed.spec?.proposedContent?.envelope;
    const verifier = proposed.spec?.proposedContent?.verifiers?.[0];
    if (!envText || !verifier) throw new HttpError(400, 'proposedContent.envelope and verifiers are required');
    const env = JSON.parse(envText) as { payload: string; payloadType: string; signatures: Array<{ sig: string }> };
    const payload = Buffer.from(env.payload, 'base64');
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(env.payloadType)} ${env.payloadType} ${payload.length} `), payload]);
    const cert = new X509Certificate(Buffer.from(verifier, 'base64').toString('utf8'));
    if (env.signatures.length !== 1 || !verify('sha256', pae, cert.publicKey, Buffer.from(env.signatures[0]!.sig, 'base64'))) {
      throw new HttpError(400, 'verifying signature: invalid signature when validating ASN.1 encoded signature');
    }
    const body = {
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        envelopeHash: { algorithm: 'sha256', value: sha256(envText).toString('hex') },
        payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
        signatures: [{ signature: env.signatures[0]!.sig, verifier }],
      },
    };
    const canonical = Buffer.from(canonicalJson(body));
    const leaf = sha256(Buffer.concat([Buffer.from([0]), canonical]));
    leaves.push(leaf);
    const e: RekorEntry = { uuid: leaf.toString('hex'), logIndex: LOG_INDEX_OFFSET + leaves.length - 1, treeIndex: leaves.length - 1, integratedTime: Math.floor(Date.now() / 1000), body };
    rekorEntries.push(e);
    return sendJson(res, 201, { [e.uuid]: entryView(e) });
  }

  function entryView(e: RekorEntry) {
    const body = b64(Buffer.from(canonicalJson(e.body)));
    const set = sign('sha256', Buffer.from(canonicalJson({ body, integratedTime: e.integratedTime, logID: logId.toString('hex'), logIndex: e.logIndex })), logKey.privateKey);
    const size = leaves.length;
    const root = merkleRoot(leaves);
    const note = `${REKOR_HOST} - ${treeId}\n${size}\n${b64(root)}\n`;
    const noteSig = sign('sha256', Buffer.from(note), logKey.privateKey);
    const checkpoint = `${note}\n\u2014 ${REKOR_HOST} ${b64(Buffer.concat([logId.subarray(0, 4), noteSig]))}\n`;
    return {
      body,
      integratedTime: e.integratedTime,
      logID: logId.toString('hex'),
      logIndex: e.logIndex,
      verification: {
        signedEntryTimestamp: b64(set),
        inclusionProof: { logIndex: e.treeIndex, treeSize: size, rootHash: root.toString('hex'), hashes: auditPath(leaves, e.treeIndex).map((h) => h.toString('hex')), checkpoint },
      },
    };
  }

  /**
   * RFC 3161 timestamp for the JSON request @sigstore/sign sends ({artifactHash, hashAlgorithm}):
   * a TimeStampResp whose token is CMS SignedData over a TSTInfo, signed by the test TSA.
   */
  async function timestamp(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<number> {
    if (req.method !== 'POST' || pathname !== '/api/v1/timestamp') return sendJson(res, 404, { message: 'Not Found' });
    const body = JSON.parse((await readBody(req)).toString('utf8')) as { artifactHash?: string; hashAlgorithm?: string };
    const imprint = Buffer.from(body.artifactHash ?? '', 'base64');
    if (body.hashAlgorithm !== 'sha256' || imprint.length !== 32) throw new HttpError(400, 'artifactHash must be a base64 sha256 digest');
    const algSha256 = der.seq(der.oid(OID.sha256));
    const tstInfo = der.seq(
      der.int(1),
      der.oid(OID.tsaPolicy),
      der.seq(algSha256, der.octets(imprint)),
      der.int(serial++),
      der.genTime(new Date()),
    );
    const signedAttrs = [
      der.seq(der.oid(OID.contentType), der.set(der.oid(OID.tstInfo))),
      der.seq(der.oid(OID.messageDigest), der.set(der.octets(sha256(tstInfo)))),
    ];
    const signature = sign('sha256', der.set(...signedAttrs), tsaKey.privateKey);
    const issuerName = Buffer.from(tsaRoot.subjectName.toArrayBuffer());
    const signerInfo = der.seq(
      der.int(1),
      der.seq(issuerName, der.int(Buffer.from(tsaCert.serialNumber, 'hex'))),
      algSha256,
      der.tlv(0xa0, ...signedAttrs),
      der.seq(der.oid(OID.ecdsaSha256)),
      der.octets(signature),
    );
    const signedData = der.seq(der.int(3), der.set(algSha256), der.seq(der.oid(OID.tstInfo), der.explicit(0, der.octets(tstInfo))), der.set(signerInfo));
    const response = der.seq(der.seq(der.int(0)), der.seq(der.oid(OID.signedData), der.explicit(0, signedData)));
    tsaTimestamps.push(response);
    res.writeHead(201, { 'content-type': 'application/timestamp-reply', 'content-length': response.length });
    res.end(response);
    return 201;
  }

  function issuer(req: IncomingMessage, res: ServerResponse, pathname: string): number {
    if (pathname === '/.well-known/openid-configuration') {
      return sendJson(res, 200, { issuer: ISSUER, jwks_uri: `${ISSUER}/.well-known/jwks`, subject_types_supported: ['public', 'pairwise'], response_types_supported: ['id_token'], id_token_signing_alg_values_supported: ['ES256'] });
    }
    if (pathname === '/.well-known/jwks') {
      return sendJson(res, 200, { keys: [{ ...oidcKey.publicKey.export({ format: 'jwk' }), kid: oidcKid, alg: 'ES256', use: 'sig' }] });
    }
    return sendJson(res, 404, { message: 'Not Found' });
  }

  // The runner's token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL), plain HTTP as on a runner.
  function tokenEndpoint(req: IncomingMessage, res: ServerResponse, url: URL): number {
    if (req.headers.authorization !== `Bearer ${requestToken}`) return sendJson(res, 401, { message: 'Unauthorized' });
    const audience = url.searchParams.get('audience') ?? 'https://github.com/' + owner;
    return sendJson(res, 200, { value: jwt(audience) });
  }

  async function handle(host: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `https://${host}`);
    const entry: SigstoreRequest = { host, method: req.method ?? '', path: url.pathname, status: 0 };
    requests.push(entry);
    try {
      if (host === ISSUER_HOST) entry.status = issuer(req, res, url.pathname);
      else if (host === FULCIO_HOST || host === GITHUB_FULCIO_HOST) entry.status = await fulcio(req, res, url.pathname);
      else if (host === REKOR_HOST) entry.status = await rekor(req, res, url.pathname);
      else if (host === GITHUB_TSA_HOST) entry.status = await timestamp(req, res, url.pathname);
      else if (host === 'loopback' && url.pathname === '/token') entry.status = tokenEndpoint(req, res, url);
      else entry.status = sendJson(res, 501, { message: `${host} is not implemented by the loopback Sigstore services` });
    } catch (e) {
      const err = e instanceof HttpError ? e : new HttpError(500, (e as Error).message);
      entry.status = res.headersSent ? entry.status : sendJson(res, err.status, { code: err.status, message: err.message });
    }
  }

  // TLS side: one HTTP server fed with the sockets the proxy terminates; routed by the CONNECT host.
  const inner = createServer((req, res) => {
    const host = (req.socket as TLSSocket & { connectHost?: string }).connectHost ?? '';
    void handle(host, req, res);
  });
  const server: Server = createServer((req, res) => void handle('loopback', req, res));
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!hosts.includes(host)) {
      requests.push({ host, method: 'CONNECT', path: '', status: 403 });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    const tls = new TLSSocket(socket, { isServer: true, key: tlsKeyPem, cert: tlsCertPem }) as TLSSocket & { connectHost?: string };
    tls.connectHost = host;
    tls.on('error', () => socket.destroy());
    inner.emit('connection', tls);
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    claims,
    requests,
    certificates,
    rekorEntries,
    timestamps: tsaTimestamps,
    env() {
      const noProxy = '127.0.0.1,localhost';
      return {
        ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
        https_proxy: base,
        HTTPS_PROXY: base,
        no_proxy: noProxy,
        NO_PROXY: noProxy,
        NODE_EXTRA_CA_CERTS: caFile,
      };
    },
    trustedRoot() {
      const start = notBefore.toISOString();
      return {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [{ baseUrl: `https://${REKOR_HOST}`, hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: b64(logSpki), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } }, logId: { keyId: b64(logId) } }],
        certificateAuthorities: [{ subject: { organization: 'model-build test', commonName: 'model-build test Fulcio root' }, uri: `https://${FULCIO_HOST}`, certChain: { certificates: [{ rawBytes: b64(Buffer.from(caCert.rawData)) }] }, validFor: { start } }],
        ctlogs: [],
        timestampAuthorities: [
          { subject: { organization: 'model-build test', commonName: 'model-build test TSA' }, uri: `https://${GITHUB_TSA_HOST}`, certChain: { certificates: [tsaCert, tsaRoot].map((c) => ({ rawBytes: b64(Buffer.from(c.rawData)) })) }, validFor: { start } },
        ],
      };
    },
    async close() {
      inner.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
