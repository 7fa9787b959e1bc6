import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { checkModelSignature, trustedRootFromJson, verifyModelSignature } from '../src/index.js';
import { archiveFiles, modelStatement, statementBytes } from '../src/core/signing/index.js';
import { runAction, type ActionRun } from './helpers/action.js';
import { cli } from './helpers/cli.js';
import { startGitHubServices, type Services } from './helpers/githubServices.js';
import { penguinsRepo } from './helpers/project.js';
import { tempDir } from './helpers/repo.js';
import { startSigstoreServices, type SigstoreServices } from './helpers/sigstoreServices.js';
import { rewritePackage } from './helpers/package.js';

/**
 * Keyless OpenSSF model signatures, end to end: the bundled action signs every file of the
 * package with the real @sigstore/sign client (Fulcio certificate for the workflow's OIDC
 * identity, Rekor entry or RFC 3161 timestamp) against the loopback Sigstore services; the
 * signature verifies with Sigstore's own verifier and the test trust root, and the CLI and
 * library prove it by identity and issuer — and refuse it for any other identity, issuer, root,
 * or a changed file.
 */

const ISSUER = 'https://token.actions.githubusercontent.com';
const RUN = 3003;

let services: Services;
let sigstore: SigstoreServices;
let root: string;
let work: string;
let publicRun: ActionRun;
let publicCopy: { archive: string; signature: string };
/** Trusted roots as files: public-good-like (CA + Rekor), GitHub-like (CA + TSA), and both as JSON Lines. */
let roots: { publicGood: string; github: string; both: string; foreign: string };
let identity: string;

const event = (visibility: string) => ({ repository: { full_name: services.repository, visibility } });

function run(inputs: Record<string, string>, extra: { event?: unknown; env?: Record<string, string>; oidc?: boolean } = {}) {
  services.reset();
  sigstore.requests.length = 0;
  return runAction(root, { cache: 'false', comment: 'false', attest: 'false', 'github-token': services.githubToken, ...inputs }, {
    event: extra.event ?? event('public'),
    env: { ...services.env(RUN, 5), ...(extra.oidc === false ? {} : sigstore.env()), ...extra.env },
  });
}

beforeAll(async () => {
  services = await startGitHubServices();
  sigstore = await startSigstoreServices({ repository: services.repository, runId: RUN });
  root = penguinsRepo();
  work = tempDir('keyless-');
  const whole = sigstore.trustedRoot() as Record<string, unknown>;
  const other = await startSigstoreServices({ repository: services.repository });
  const write = (name: string, text: string) => {
    const file = path.join(work, name);
    writeFileSync(file, text);
    return file;
  };
  roots = {
    publicGood: write('public-good.json', JSON.stringify({ ...whole, timestampAuthorities: [] })),
    github: write('github.json', JSON.stringify({ ...whole, tlogs: [] })),
    both: write('trusted_root.jsonl', `${JSON.stringify({ ...whole, timestampAuthorities: [] })}\n${JSON.stringify({ ...whole, tlogs: [] })}\n`),
    foreign: write('foreign.json', JSON.stringify(other.trustedRoot())),
  };
  await other.close();
  identity = `https://github.com/${services.repository}/.github/workflows/model.yml@refs/heads/main`;
  publicRun = await run({ upload: 'true' });
  // Kept apart: later runs in the same repository write the same archive and signature names.
  publicCopy = copyOf(publicRun, 'public');
}, 300_000);
afterAll(async () => {
  await services?.close();
  await sigstore?.close();
});

/** Copies a run's package and signature (the public run's: as it wrote them) into a fresh folder, so a test may change them. */
function copyOf(r: ActionRun, name: string): { archive: string; signature: string } {
  const from = r === publicRun && publicCopy ? publicCopy : { archive: r.outputs['package-path']!, signature: r.outputs['model-signature']! };
  const dir = tempDir(`keyless-${name}-`);
  const archive = path.join(dir, path.basename(from.archive));
  const signature = archive.replace(/\.zip$/, '.model.sig');
  copyFileSync(from.archive, archive);
  copyFileSync(from.signature, signature);
  return { archive, signature };
}

/** The statement a signature of this package must sign, as `model-build sign` makes it from the archive's bytes (base64, as in the envelope). */
const statementOf = (archive: string) => statementBytes(modelStatement(archiveFiles(archive), { modelName: path.basename(archive).replace(/\.zip$/, '') })).toString('base64');

const keyless = (trustedRoot: string, who = identity, issuer = ISSUER) => ['--identity', who, '--issuer', issuer, '--trusted-root', trustedRoot];

describe('keyless model signatures in the action (loopback Sigstore)', () => {
  it('signs every file of the package as the workflow, public-good Sigstore (Fulcio + Rekor); uploads the signature with the package', () => {
    const r = publicRun;
    expect(r.code, r.stdout).toBe(0);
    const asked = sigstore.requests.map((q) => `${q.method} ${q.host}${q.path} ${q.status}`);
    expect(asked).toEqual(expect.arrayContaining(['GET loopback/token 200', 'POST fulcio.sigstore.dev/api/v2/signingCert 201', 'POST rekor.sigstore.dev/api/v1/log/entries 201']));
    expect(sigstore.requests.filter((q) => q.method === 'CONNECT')).toEqual([]);
    const file = r.outputs['model-signature']!;
    expect(file).toBe(r.outputs['package-path']!.replace(/\.zip$/, '.model.sig'));
    expect(r.outputs['signer-identity']).toBe(identity);
    const artifact = services.artifacts.find((a) => String(a.id) === r.outputs['artifact-id'])!;
    expect(artifact.bytes.toString('latin1')).toContain(path.basename(file));
    expect(r.summary).toContain(`Model signed keyless (OpenSSF model signing, public-good Sigstore) by \`${identity}\``);
    expect(r.summary).toContain(`model-build verify-signature ${path.basename(r.outputs['package-path']!)} --identity ${identity} --issuer ${ISSUER}`);

    // The model_signing v1.0 format, in a v0.3 bundle with the Fulcio certificate and the Rekor entry.
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.certificate.rawBytes).toBe(Buffer.from(sigstore.certificates.at(-1)!.replace(/-----[^-]+-----|\s/g, ''), 'base64').toString('base64'));
    expect(bundle.verificationMaterial.tlogEntries.map((e: { logIndex: string }) => Number(e.logIndex))).toEqual([sigstore.rekorEntries.at(-1)!.logIndex]);
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.predicateType).toBe('https://model_signing/signature/v1.0');
    const files = archiveFiles(r.outputs['package-path']!);
    expect(statement.predicate.resources.map((x: { name: string }) => x.name).sort()).toEqual([...files.keys()].sort());
    // Byte for byte the statement a key signature of these files signs.
    expect(bundle.dsseEnvelope.payload).toBe(statementOf(r.outputs['package-path']!));

    // Sigstore's own verifier, given the test trust root, accepts it for this workflow.
    const trust = toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot()) as unknown as Parameters<typeof toTrustMaterial>[0]);
    const signer = new Verifier(trust, { ctlogThreshold: 0, tlogThreshold: 1, timestampThreshold: 1 }).verify(toSignedEntity(bundleFromJSON(bundle)));
    expect(signer.identity?.subjectAlternativeName).toBe(identity);
    expect(signer.identity?.extensions?.issuer).toBe(ISSUER);
  });

  it('`verify-signature --identity --issuer --trusted-root`: exit 0 for the workflow; 1 for another identity, issuer or a changed file', () => {
    const { archive } = copyOf(publicRun, 'cli');
    const ok = cli(['verify-signature', archive, ...keyless(roots.publicGood)]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`✓ signature valid`);
    expect(ok.stdout).toContain(`${identity} (issuer ${ISSUER}, keyless)`);
    // JSON Lines of roots, as `gh attestation trusted-root` writes: one of them verifies.
    expect(cli(['verify-signature', archive, ...keyless(roots.both)]).code).toBe(0);
    const re = cli(['verify-signature', archive, '--identity-regexp', `https://github\\.com/${services.repository}/\\.github/workflows/model\\.yml@.*`, '--issuer', ISSUER, '--trusted-root', roots.both, '--json']);
    expect(re.code, re.stdout + re.stderr).toBe(0);
    expect(JSON.parse(re.stdout).signer).toEqual({ kind: 'certificate', identity, issuer: ISSUER });

    const other = cli(['verify-signature', archive, ...keyless(roots.publicGood, identity.replace('model.yml', 'other.yml'))]);
    expect(other.code).toBe(1);
    expect(other.stdout).toContain(`signed by identity ${identity}, not ${identity.replace('model.yml', 'other.yml')}`);
    // A prefix is not the identity: the match is exact (Sigstore's own check is an unanchored regexp).
    expect(cli(['verify-signature', archive, ...keyless(roots.publicGood, identity.replace(/@.*/, ''))]).code).toBe(1);
    expect(cli(['verify-signature', archive, '--identity-regexp', 'model', '--issuer', ISSUER, '--trusted-root', roots.publicGood]).code).toBe(1);
    const issuer = cli(['verify-signature', archive, ...keyless(roots.publicGood, identity, 'https://accounts.google.com')]);
    expect(issuer.code).toBe(1);
    expect(issuer.stdout).toContain(`not https://accounts.google.com`);
    const foreign = cli(['verify-signature', archive, ...keyless(roots.foreign)]);
    expect(foreign.code).toBe(1);
    expect(foreign.stdout).toMatch(/the Sigstore signature does not verify: .*certificate chain/);

    // A consistent forgery (a file changed, every package digest recomputed): refused, naming the file.
    rewritePackage(archive, archive, (json) => {
      json['metrics.json'].accuracy = 1;
    });
    expect(cli(['inspect', archive]).code).toBe(2);
    const changed = cli(['verify-signature', archive, ...keyless(roots.publicGood)]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('"metrics.json" changed');
  }, 120_000);

  it('inspect shows who signed (claimed) and, with --identity, proves it; a forged statement is refused', () => {
    const { archive, signature } = copyOf(publicRun, 'inspect');
    const plain = cli(['inspect', archive]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain(`signature ${identity} (issuer ${ISSUER}, keyless), not verified`);
    const proved = cli(['inspect', archive, ...keyless(roots.both)]);
    expect(proved.code, proved.stderr).toBe(0);
    expect(proved.stdout).toMatch(/signature ✓ signed by https:\/\/github\.com\/.*model\.yml@refs\/heads\/main \(issuer .*, keyless\), verified/);
    const wrong = cli(['inspect', archive, ...keyless(roots.both, identity.replace('main', 'evil'))]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('the package does not match its signature');
    expect(wrong.stderr).toContain(`not ${identity.replace('main', 'evil')}`);

    // A consistent forgery of the statement (a file's digest rewritten) breaks the DSSE signature.
    const bundle = JSON.parse(readFileSync(signature, 'utf8'));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    const forge = (edit: (st: { subject: Array<{ name: string }>; predicate: { resources: Array<{ digest: string }> } }) => void) => {
      const st = structuredClone(statement);
      edit(st);
      writeFileSync(signature, JSON.stringify({ ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope, payload: Buffer.from(JSON.stringify(st)).toString('base64') } }));
      return cli(['verify-signature', archive, ...keyless(roots.publicGood)]);
    };
    // A statement still well formed: the DSSE signature (and the log's payload hash) no longer match.
    const renamed = forge((st) => (st.subject[0]!.name = 'other-model'));
    expect(renamed.code, renamed.stderr).toBe(1);
    expect(renamed.stdout).toMatch(/the Sigstore signature does not verify/);
    // A file's digest rewritten without the subject digest: the statement is refused as damaged.
    const inconsistent = forge((st) => (st.predicate.resources[0]!.digest = '0'.repeat(64)));
    expect(inconsistent.code).toBe(2);
    expect(inconsistent.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('the library: verifyModelSignature by identity throws SIGNATURE_INVALID for another workflow; a key-based check of a keyless signature says so', () => {
    const files = archiveFiles(publicCopy.archive);
    const sig = readFileSync(publicCopy.signature);
    const trustedRoots = [trustedRootFromJson(JSON.parse(readFileSync(roots.publicGood, 'utf8')))];
    expect(verifyModelSignature(sig, files, { identity, issuer: ISSUER, trustedRoots }).signer).toEqual({ kind: 'certificate', identity, issuer: ISSUER });
    expect(() => verifyModelSignature(sig, files, { identity: `${identity}x`, issuer: ISSUER, trustedRoots })).toThrow(expect.objectContaining({ code: 'SIGNATURE_INVALID' }));
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const v = checkModelSignature(sig, files, { publicKey });
    expect(v.valid).toBe(false);
    expect(v.problems.join('\n')).toContain(`signed keyless by a certificate for ${identity}`);
  });

  it('a private repository signs with GitHub\'s instance (Fulcio + timestamp authority, nothing to Rekor); verifies under a root without a log; its certificate in another bundle is refused', async () => {
    const r = await run({ upload: 'false' }, { event: event('private') });
    expect(r.code, r.stdout).toBe(0);
    expect(sigstore.requests.some((q) => q.host === 'rekor.sigstore.dev' || q.host === 'fulcio.sigstore.dev')).toBe(false);
    expect(sigstore.requests.map((q) => `${q.method} ${q.host}${q.path} ${q.status}`)).toContain('POST timestamp.githubapp.com/api/v1/timestamp 201');
    const { archive } = copyOf(r, 'private');
    expect(cli(['verify-signature', archive, ...keyless(roots.github)]).code).toBe(0);
    expect(cli(['verify-signature', archive, ...keyless(roots.both)]).code).toBe(0);
    // A root that demands a transparency-log entry refuses it: the policy follows the root.
    expect(cli(['verify-signature', archive, ...keyless(roots.publicGood)]).code).toBe(1);
    expect(r.summary).toContain('github Sigstore');

    // The public run's signature with this run's certificate (same CA, same workflow, another key): refused.
    const pub = copyOf(publicRun, 'swapped');
    const bundle = JSON.parse(readFileSync(pub.signature, 'utf8'));
    const other = JSON.parse(readFileSync(r.outputs['model-signature']!, 'utf8')).verificationMaterial.certificate.rawBytes as string;
    expect(other).not.toBe(bundle.verificationMaterial.certificate.rawBytes);
    writeFileSync(pub.signature, JSON.stringify({ ...bundle, verificationMaterial: { ...bundle.verificationMaterial, certificate: { rawBytes: other } } }));
    const swapped = cli(['verify-signature', pub.archive, ...keyless(roots.publicGood)]);
    expect(swapped.code, swapped.stderr).toBe(1);
    expect(swapped.stdout).toMatch(/the Sigstore signature does not verify/);
  }, 240_000);

  it('a package reused from the build cache is signed over the digests its verification proved: exactly the files of the archive uploaded', async () => {
    services.reset();
    sigstore.requests.length = 0;
    const repo = penguinsRepo();
    const step = (run: number) =>
      runAction(repo, { comment: 'false', attest: 'false', 'github-token': services.githubToken }, { event: event('public'), env: { ...services.env(run, 5), ...sigstore.env() } });
    const first = await step(RUN);
    expect(first.outputs['cache-hit'], first.stdout).toBe('false');
    rmSync(path.join(repo, 'model-build-out'), { recursive: true }); // a fresh runner
    const second = await step(RUN + 1);
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['cache-hit']).toBe('true');
    const archive = second.outputs['package-path']!;
    const bundle = JSON.parse(readFileSync(second.outputs['model-signature']!, 'utf8'));
    expect(bundle.dsseEnvelope.payload).toBe(statementOf(archive));
    const ok = cli(['verify-signature', archive, ...keyless(roots.publicGood)]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const uploaded = services.artifacts.find((a) => String(a.id) === second.outputs['artifact-id'])!.bytes.toString('latin1');
    expect(uploaded).toContain(path.basename(second.outputs['model-signature']!));
  }, 240_000);

  it('without id-token: write a notice, the step succeeds; a refused token is a warning; sign-model: false asks nothing', async () => {
    const none = await run({ upload: 'false' }, { oidc: false });
    expect(none.code, none.stdout).toBe(0);
    // attest: false here: the notice names the signature alone, and the permissions it needs.
    expect(none.annotations.filter((a) => a.includes('OIDC token'))).toEqual([
      expect.stringMatching(/^::notice title=model-build%3A model not signed::model-build: no model signature: it needs an OIDC token, .*`permissions: \{ id-token: write, contents: read \}`.*, or set `sign-model: false`\.$/),
    ]);
    expect(none.outputs['model-signature']).toBeUndefined();
    const refused = await run({ upload: 'false' }, { env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-runner-token' } });
    expect(refused.code, refused.stdout).toBe(0);
    expect(refused.annotations.join('\n')).toMatch(/^::warning title=model-build%3A model not signed::model-build: the model was not signed: keyless signing failed/m);
    expect(refused.outputs['model-signature']).toBeUndefined();
    const off = await run({ upload: 'false', 'sign-model': 'false' });
    expect(off.code, off.stdout).toBe(0);
    expect(sigstore.requests).toEqual([]);
    expect(off.annotations.join('\n')).not.toContain('not signed');
  }, 300_000);
});

describe('keyless verification: bad trust input is a clear error (exit 2)', () => {
  it('missing options, both kinds of signer, a bad regexp, and trusted roots that are not', () => {
    const { archive } = copyOf(publicRun, 'bad');
    const cases: Array<[string[], RegExp]> = [
      [['--identity', identity], /--issuer, --trusted-root are missing/],
      [['--identity', identity, '--issuer', ISSUER], /--trusted-root is missing/],
      [['--public-key', roots.publicGood, '--identity', identity], /two kinds of signer/],
      [['--identity', identity, '--identity-regexp', 'x', '--issuer', ISSUER, '--trusted-root', roots.both], /not both/],
      [['--identity-regexp', '(', '--issuer', ISSUER, '--trusted-root', roots.both], /--identity-regexp is not a regular expression/],
      [keyless(path.join(work, 'nope.json')), /cannot read the trusted root \(ENOENT\)[\s\S]*gh attestation trusted-root/],
      [keyless(work), /--trusted-root ".*" is a folder/],
      [keyless(writeTo('empty.json', '')), /the trusted root the file is empty/],
      [keyless(writeTo('text.json', 'hello\nworld')), /line 1 is not JSON/],
      [keyless(writeTo('other.json', '{"mediaType":"application/json"}')), /not a Sigstore trusted root/],
      [keyless(writeTo('noca.json', JSON.stringify({ ...sigstore.trustedRoot(), certificateAuthorities: [] }))), /names no certificate authority/],
      [[], /say who must have signed/],
    ];
    for (const [args, message] of cases) {
      const r = cli(['verify-signature', archive, ...args]);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

function writeTo(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}
