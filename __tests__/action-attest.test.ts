import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { checkModelSignature } from '../src/index.js';
import { archiveFiles } from '../src/core/signing/index.js';
import { runAction } from './helpers/action.js';
import { startGitHubServices, type Services } from './helpers/githubServices.js';
import { startSigstoreServices, type SigstoreServices } from './helpers/sigstoreServices.js';
import { penguinsRepo } from './helpers/project.js';

/**
 * GitHub artifact attestations, end to end: the bundled action (node dist/index.js) signs the
 * package with the real @actions/attest → @sigstore/sign clients, against a loopback OIDC
 * issuer, Fulcio and Rekor, and stores the bundle through the loopback attestations API; the
 * bundle is then checked by Sigstore's own verifier with the test trust root.
 */

const ISSUER = 'https://token.actions.githubusercontent.com';
const SWEEP_CONFIG = [
  'name: penguins',
  'seed: 7',
  'data:',
  '  path: data/penguins.csv',
  '  label: species',
  '  cleaning:',
  '    impute: { sex: mode, body_mass_g: median }',
  'model:',
  '  task: multiclass',
  '  hidden: [{ units: 8, activation: relu }]',
  'training:',
  '  epochs: 12',
  '  batchSize: 32',
  '  backend: wasm',
  'gates:',
  '  accuracy: ">= 0.9"',
  'sweep:',
  '  grid:',
  '    model.learningRate: [0.02, 0.05]',
  '  select: { metric: logLoss }',
  '',
].join('\n');
const RUN = 2002;

let services: Services;
let sigstore: SigstoreServices;
let root: string;

beforeAll(async () => {
  services = await startGitHubServices();
  sigstore = await startSigstoreServices({ repository: services.repository, runId: RUN });
  root = penguinsRepo();
});
afterAll(async () => {
  await services?.close();
  await sigstore?.close();
});

const event = (visibility: string) => ({ repository: { full_name: services.repository, visibility } });

function run(inputs: Record<string, string>, extra: { env?: Record<string, string>; event?: unknown; eventName?: string; oidc?: boolean; beforeRun?: () => void } = {}) {
  services.reset();
  sigstore.requests.length = 0;
  extra.beforeRun?.();
  return runAction(root, { cache: 'false', comment: 'false', 'github-token': services.githubToken, ...inputs }, {
    event: extra.event ?? event('public'),
    eventName: extra.eventName,
    env: { ...services.env(RUN, 7), ...(extra.oidc === false ? {} : sigstore.env()), ...extra.env },
  });
}

function verifyBundle(json: unknown, trustedRoot = sigstore.trustedRoot(), instance: 'public-good' | 'github' = 'public-good') {
  const trust = toTrustMaterial(TrustedRoot.fromJSON(trustedRoot) as unknown as Parameters<typeof toTrustMaterial>[0]);
  // No CT log in the loopback Fulcio, so no SCT is required. Public-good: the transparency log
  // entry is (its integrated time is the timestamp); GitHub's instance: an RFC 3161 timestamp instead.
  const thresholds = instance === 'public-good' ? { tlogThreshold: 1, timestampThreshold: 1 } : { tlogThreshold: 0, timestampThreshold: 1 };
  return new Verifier(trust, { ctlogThreshold: 0, ...thresholds }).verify(toSignedEntity(bundleFromJSON(json)), {
    subjectAlternativeName: `https://github.com/${services.repository}/.github/workflows/model.yml@refs/heads/main`,
    extensions: { issuer: ISSUER },
  });
}

describe('artifact attestations in the action (loopback Sigstore and GitHub)', () => {
  it('attests the archive with SLSA v1 provenance; the stored bundle verifies with the test trust root', async () => {
    const pr = { eventName: 'pull_request', event: { pull_request: { number: 31, base: { ref: 'main' } }, ...event('public') } };
    const r = await run({ comment: 'true' }, pr);
    expect(r.code, r.stdout).toBe(0);
    // Nothing left the machine: every CONNECT went to a host the fakes serve.
    expect(sigstore.requests.filter((q) => q.method === 'CONNECT')).toEqual([]);
    expect(sigstore.requests.map((q) => `${q.method} ${q.host}${q.path} ${q.status}`)).toEqual(
      expect.arrayContaining([
        'GET loopback/token 200',
        `GET token.actions.githubusercontent.com/.well-known/openid-configuration 200`,
        'POST fulcio.sigstore.dev/api/v2/signingCert 201',
        'POST rekor.sigstore.dev/api/v1/log/entries 201',
      ]),
    );
    expect(services.attestations).toHaveLength(1);
    const stored = services.attestations[0]!;
    expect(`${stored.owner}/${stored.repo}`).toBe(services.repository);
    expect(r.outputs['attestation-id']).toBe(String(stored.id));
    const url = `https://github.com/${services.repository}/attestations/${stored.id}`;
    expect(r.outputs['attestation-url']).toBe(url);
    expect(r.summary).toContain(`[SLSA v1 build provenance](${url})`);
    expect(r.summary).toContain(`gh attestation verify ${path.basename(r.outputs['package-path']!)} --repo ${services.repository}`);
    expect(services.comments.find((c) => c.issueNumber === 31)?.body).toContain(url);

    expect(stored.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    // The same bundle sits beside the archive and travels in its artifact (`gh attestation verify --bundle`).
    const bundleFile = r.outputs['package-path']!.replace(/\.zip$/, '.sigstore.json');
    expect(JSON.parse(readFileSync(bundleFile, 'utf8'))).toEqual(stored.bundle);
    const artifact = services.artifacts.find((a) => String(a.id) === r.outputs['artifact-id'])!;
    expect(artifact.bytes.toString('latin1')).toContain(path.basename(bundleFile));
    const signer = verifyBundle(stored.bundle);
    expect(signer.identity?.extensions?.issuer).toBe(ISSUER);

    // The statement is about the archive the step output names, byte for byte.
    const archive = readFileSync(r.outputs['package-path']!);
    const sha256 = createHash('sha256').update(archive).digest('hex');
    expect(r.outputs['package-digest']).toBe(`sha256:${sha256}`);
    const envelope = stored.bundle.dsseEnvelope as { payload: string; payloadType: string };
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.subject).toEqual([{ name: path.basename(r.outputs['package-path']!), digest: { sha256 } }]);
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    const p = statement.predicate;
    expect(p.buildDefinition.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1');
    expect(p.buildDefinition.externalParameters.workflow).toEqual({ ref: 'refs/heads/main', repository: `https://github.com/${services.repository}`, path: '.github/workflows/model.yml' });
    expect(p.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe(sigstore.claims.sha);
    expect(p.runDetails.builder.id).toBe(`https://github.com/${sigstore.claims.job_workflow_ref}`);
    expect(p.runDetails.metadata.invocationId).toBe(`https://github.com/${services.repository}/actions/runs/${RUN}/attempts/1`);
    // Rekor holds the entry the bundle cites.
    const tlog = (stored.bundle.verificationMaterial as { tlogEntries: Array<{ logIndex: string }> }).tlogEntries;
    expect(tlog.map((e) => Number(e.logIndex))).toEqual([sigstore.rekorEntries.at(-1)!.logIndex]);
  }, 240_000);

  it('the verifier used above refuses a changed statement, another trust root and another workflow', async () => {
    // Two runs, so the second entry's inclusion proof has a real audit path whichever tests ran before.
    expect((await run({ upload: 'false' })).code).toBe(0);
    const r = await run({ upload: 'false' });
    expect(r.code, r.stdout).toBe(0);
    const bundle = services.attestations[0]!.bundle;
    // A later entry of a growing log: its inclusion proof has a real audit path to check.
    const proof = (bundle.verificationMaterial as { tlogEntries: Array<{ inclusionProof: { treeSize: string; hashes: string[] } }> }).tlogEntries[0]!.inclusionProof;
    expect(Number(proof.treeSize)).toBeGreaterThan(1);
    expect(proof.hashes.length).toBeGreaterThan(0);
    expect(() => verifyBundle(bundle)).not.toThrow();
    const envelope = bundle.dsseEnvelope as { payload: string };
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    statement.subject[0].digest.sha256 = '0'.repeat(64);
    const forged = { ...bundle, dsseEnvelope: { ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') } };
    expect(() => verifyBundle(forged)).toThrow(/DSSE payload hash mismatch/);
    const other = await startSigstoreServices({ repository: services.repository });
    try {
      expect(() => verifyBundle(bundle, other.trustedRoot())).toThrow(/Failed to verify certificate chain/);
      // Our CA, another log's key: the inclusion promise no longer verifies.
      expect(() => verifyBundle(bundle, { ...sigstore.trustedRoot(), tlogs: other.trustedRoot().tlogs })).toThrow(/inclusion promise could not be verified/);
    } finally {
      await other.close();
    }
    const trust = toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot()) as unknown as Parameters<typeof toTrustMaterial>[0]);
    expect(() =>
      new Verifier(trust, { ctlogThreshold: 0 }).verify(toSignedEntity(bundleFromJSON(bundle)), {
        subjectAlternativeName: `https://github.com/${services.repository}/.github/workflows/other.yml@refs/heads/main`,
        extensions: { issuer: ISSUER },
      }),
    ).toThrow(/certificate identity error/);
  }, 240_000);

  it('a sweep: every leg and select\'s winner are attested, each for the archive it reports', async () => {
    services.reset();
    sigstore.requests.length = 0;
    const sweepRoot = penguinsRepo({ config: SWEEP_CONFIG });
    const step = (job: number, inputs: Record<string, string>) =>
      runAction(sweepRoot, { cache: 'false', comment: 'false', 'github-token': services.githubToken, ...inputs }, { event: event('public'), env: { ...services.env(RUN, job), ...sigstore.env() } });
    const plan = await step(1, { mode: 'plan' });
    expect(plan.code, plan.stdout).toBe(0);
    const variants = JSON.parse(plan.outputs.variants!) as string[];
    expect(variants).toHaveLength(2);
    const legs = [];
    for (const [i, variant] of variants.entries()) legs.push(await step(2 + i, { variant }));
    for (const leg of legs) {
      expect(leg.code, leg.stdout).toBe(0);
      expect(leg.outputs['attestation-id']).toMatch(/^\d+$/);
    }
    const select = await step(9, { mode: 'select' });
    expect(select.code, select.stdout).toBe(0);
    expect(services.attestations).toHaveLength(3);
    const digestOf = (id: string) => {
      const a = services.attestations.find((x) => String(x.id) === id)!;
      verifyBundle(a.bundle);
      const statement = JSON.parse(Buffer.from((a.bundle.dsseEnvelope as { payload: string }).payload, 'base64').toString('utf8'));
      return `sha256:${statement.subject[0].digest.sha256}`;
    };
    for (const leg of legs) expect(digestOf(leg.outputs['attestation-id']!)).toBe(leg.outputs['package-digest']);
    expect(digestOf(select.outputs['attestation-id']!)).toBe(select.outputs['package-digest']);
    expect(legs.map((l) => l.outputs['package-digest'])).toContain(select.outputs['package-digest']);
    // The winner is signed too, over the digests select read from it: exactly the archive's files.
    const winner = select.outputs['package-path']!;
    const verdict = checkModelSignature(readFileSync(select.outputs['model-signature']!), archiveFiles(winner), null);
    expect(verdict.problems).toEqual([]);
    expect(verdict.statement.resources.map((x) => x.name).sort()).toEqual([...archiveFiles(winner).keys()].sort());
    expect(select.summary).toContain(`[SLSA v1 build provenance](${select.outputs['attestation-url']})`);
  }, 300_000);

  it('a signing failure (the OIDC token request refused) is a warning; the step succeeds', async () => {
    const r = await run({ upload: 'false' }, { env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-runner-token' } });
    expect(r.code, r.stdout).toBe(0);
    expect(r.annotations.join('\n')).toMatch(/^::warning title=model-build%3A not attested::model-build: the package was not attested: signing failed \(public-good Sigstore\)/m);
    expect(sigstore.requests.filter((q) => q.host === 'loopback').map((q) => q.status)).toContain(401);
    expect(services.attestations).toEqual([]);
    expect(r.outputs['attestation-id']).toBeUndefined();
  }, 240_000);

  it('without id-token: write (no OIDC request variables): one notice for signing and attesting, the step succeeds', async () => {
    // Signing is on by default: both want the token, and the job is told once.
    const r = await run({ upload: 'false' }, { oidc: false });
    expect(r.code, r.stdout).toBe(0);
    const notices = r.annotations.filter((a) => a.includes('OIDC token'));
    expect(notices, r.annotations.join('\n')).toHaveLength(1);
    expect(notices[0]).toBe(
      '::notice title=model-build%3A model not signed and not attested::model-build: no model signature and no artifact attestation: both need an OIDC token, and this job cannot request one — ' +
        "the workflow's `permissions` do not grant the job `id-token: write`. " +
        'Add `permissions: { id-token: write, attestations: write, contents: read }` to the job (a job that sets permissions gets only those it lists), or set `sign-model: false` and `attest: false`.',
    );
    expect(r.annotations.filter((a) => /not (signed|attested)/.test(a))).toEqual(notices);
    expect(r.outputs['attestation-id']).toBeUndefined();
    expect(r.outputs['model-signature']).toBeUndefined();
    expect(services.attestations).toEqual([]);
    expect(sigstore.requests).toEqual([]);

    // Attesting alone: the notice names only the attestation and its permissions.
    const alone = await run({ upload: 'false', 'sign-model': 'false' }, { oidc: false });
    expect(alone.code, alone.stdout).toBe(0);
    expect(alone.annotations.filter((a) => a.includes('OIDC token'))).toEqual([
      expect.stringMatching(/^::notice title=model-build%3A not attested::model-build: no artifact attestation: it needs an OIDC token, .*`permissions: \{ id-token: write, attestations: write, contents: read \}`.*, or set `attest: false`\.$/),
    ]);
  }, 240_000);

  it('an attestations API 403 (no attestations: write): a notice naming the permission, the step succeeds', async () => {
    const r = await run({ upload: 'false' }, {
      beforeRun: () => services.faults.fail('rest.createAttestation', { status: 403, body: { message: 'Resource not accessible by integration', status: '403' } }),
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.annotations.join('\n')).toMatch(/^::notice title=model-build%3A not attested::.*answered 403 .*attestations: write/m);
    expect(r.outputs['attestation-id']).toBeUndefined();
    expect(services.requests.filter((q) => q.operation === 'rest.createAttestation').map((q) => q.status)).toEqual([403]);
  }, 240_000);

  it('attest: false (with sign-model: false) makes no request at all', async () => {
    const r = await run({ upload: 'false', attest: 'false', 'sign-model': 'false' });
    expect(r.code, r.stdout).toBe(0);
    expect(sigstore.requests).toEqual([]);
    expect(services.requests.filter((q) => q.operation === 'rest.createAttestation')).toEqual([]);
    expect(r.outputs['attestation-id']).toBeUndefined();
    expect(r.annotations.join('\n')).not.toContain('not attested');
  }, 240_000);

  it('a private repository signs with GitHub\'s Sigstore instance (its Fulcio and timestamp authority, no Rekor), as actions/attest decides', async () => {
    const r = await run({ upload: 'false' }, { event: event('private') });
    expect(r.code, r.stdout).toBe(0);
    const asked = sigstore.requests.map((q) => `${q.method} ${q.host}${q.path} ${q.status}`);
    expect(asked).toContain('POST fulcio.githubapp.com/api/v2/signingCert 201');
    expect(asked).toContain('POST timestamp.githubapp.com/api/v1/timestamp 201');
    expect(sigstore.requests.some((q) => q.host === 'fulcio.sigstore.dev' || q.host === 'rekor.sigstore.dev')).toBe(false);
    expect(services.attestations).toHaveLength(1);
    const bundle = services.attestations[0]!.bundle;
    const material = bundle.verificationMaterial as { tlogEntries?: unknown[]; timestampVerificationData?: { rfc3161Timestamps?: Array<{ signedTimestamp: string }> } };
    expect(material.tlogEntries ?? []).toEqual([]);
    expect(material.timestampVerificationData?.rfc3161Timestamps?.map((t) => t.signedTimestamp)).toEqual([sigstore.timestamps.at(-1)!.toString('base64')]);
    expect(r.outputs['attestation-url']).toBe(`https://github.com/${services.repository}/attestations/${services.attestations[0]!.id}`);
    expect(() => verifyBundle(bundle, sigstore.trustedRoot(), 'github')).not.toThrow();
    // Without the timestamp authority in the trust root the timestamp, and so the bundle, is refused.
    expect(() => verifyBundle(bundle, { ...sigstore.trustedRoot(), timestampAuthorities: [] }, 'github')).toThrow(/timestamp/i);
  }, 240_000);
});
