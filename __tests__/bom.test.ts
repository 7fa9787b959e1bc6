import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { PackageURL } from 'packageurl-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { cycloneDxBom, digestIdentity, integrityHashes, npmPurl, uuidV5, vcsUrl } from '../src/core/package/bom.js';
import type { PackageMetadata } from '../src/core/package/metadata.js';
import { readPackage } from '../src/index.js';
import { cli } from './helpers/cli.js';
import { dvcFile, md5 } from './helpers/dvc.js';
import { penguinsCsv, penguinsRepo, syntheticCsv } from './helpers/project.js';
import { git, hasGitLfs, makeRepo } from './helpers/repo.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- a BOM is read here as the JSON it is */
type Bom = Record<string, any>;

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
/** null when the text is a valid CycloneDX 1.6 JSON BOM (the reference library's strict validator). */
const validate = (text: string) => validator.validate(text);

function build(root: string, extra: string[] = [], env: Record<string, string> = {}) {
  const r = cli(['build', '--config', 'model-build.yml', '--json', ...extra], { cwd: root, env });
  expect(r.code, r.stderr).toBe(0);
  const archive = JSON.parse(r.stdout).package.archive as string;
  const pkg = readPackage(archive);
  const text = pkg.entries.get('bom.cdx.json')!.toString('utf8');
  return { archive, pkg, text, bom: JSON.parse(text) as Bom };
}

/** Every bom-ref in the document, nested ones included. */
function bomRefs(bom: Bom): string[] {
  const out: string[] = [];
  const walk = (c: Bom) => {
    if (c['bom-ref']) out.push(c['bom-ref']);
    for (const n of c.components ?? []) walk(n);
  };
  walk(bom.metadata.component);
  for (const c of bom.components) walk(c);
  return out;
}

const prop = (c: Bom, name: string) => (c.properties as Array<{ name: string; value: string }>).find((p) => p.name === name)?.value;

describe('bom.cdx.json in the penguins package', () => {
  let root: string;
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    root = penguinsRepo();
    built = build(root);
  });

  it('is a valid CycloneDX 1.6 BOM, listed in the manifest and the metadata like every other file', async () => {
    expect(await validate(built.text)).toBeNull();
    expect(built.pkg.metadata.files['bom.cdx.json']).toBe(`sha256:${sha256(built.text)}`);
    expect(built.pkg.entries.get('MANIFEST.sha256')!.toString('utf8')).toContain(`${sha256(built.text)}  bom.cdx.json\n`);
    const { bom } = built;
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
    // The validator is not a rubber stamp: a hash algorithm CycloneDX does not name is refused.
    const broken = JSON.parse(built.text);
    broken.metadata.component.components[0].hashes[0].alg = 'SHA256';
    expect(await validate(JSON.stringify(broken))).not.toBeNull();
  });

  it('describes the model: type, card, metrics from the validation split, and the SHA-256 of its files', () => {
    const { bom, pkg } = built;
    const model = bom.metadata.component;
    expect(model).toMatchObject({ type: 'machine-learning-model', name: 'penguins', 'bom-ref': expect.any(String) });
    expect(model.modelCard.modelParameters).toMatchObject({
      approach: { type: 'supervised' },
      task: 'classification',
      architectureFamily: 'multilayer perceptron',
    });
    // The hidden layer of 8 (dropout 0.1) and the 3-class softmax, as model.json has them.
    expect(model.modelCard.modelParameters.modelArchitecture).toMatch(/^Sequential: \d+ inputs → Dense\(8, relu\) → Dropout\(0\.1\) → Dense\(3, softmax\)$/);
    const preprocessor = JSON.parse(pkg.entries.get('preprocessor.json')!.toString('utf8')) as { steps: Array<{ column: string }> };
    expect(model.modelCard.modelParameters.inputs.map((i: Bom) => i.format.split(':')[0])).toEqual(preprocessor.steps.map((s) => s.column));
    expect(model.modelCard.modelParameters.inputs).toContainEqual({ format: 'island: string, one of Biscoe, Dream, Torgersen' });
    expect(model.modelCard.modelParameters.outputs[0].format).toContain('Adelie, Chinstrap, Gentoo');
    const metrics = model.modelCard.quantitativeAnalysis.performanceMetrics as Bom[];
    expect(metrics.map((x) => x.type)).toEqual(['accuracy', 'logLoss', 'macroF1']);
    for (const x of metrics) {
      expect(x.slice).toBe('validation');
      expect(Number(x.value)).toBe(pkg.metadata.metrics[x.type]);
    }
    expect(model.modelCard.properties).toContainEqual({ name: 'model-build:gate', value: expect.stringMatching(/^accuracy >= 0\.9: passed/) });
    expect(model.modelCard.considerations.technicalLimitations).toContainEqual(expect.stringMatching(/^bill_length_mm ranged from [\d.]+ to [\d.]+ in training; outside that range the model extrapolates$/));
    // Each part's hash is the digest of that very entry in the archive.
    expect(model.components.map((c: Bom) => c.name)).toEqual(['model/model.json', 'model/weights.bin', 'preprocessor.json']);
    for (const part of model.components) {
      expect(part.type).toBe('file');
      expect(part.hashes).toEqual([{ alg: 'SHA-256', content: sha256(pkg.entries.get(part.name)!) }]);
    }
    expect(prop(model, 'model-build:code:commit')).toBe(git(root, 'rev-parse', 'HEAD'));
    expect(Number(prop(model, 'model-build:parameters'))).toBeGreaterThan(0);
  });

  it('names the data it was trained on by the blob git stores, as a gitoid and a SWHID', () => {
    const { bom } = built;
    const blob = git(root, 'hash-object', 'data/penguins.csv');
    const data = bom.components.find((c: Bom) => c.type === 'data');
    expect(data).toMatchObject({
      name: 'data/penguins.csv',
      omniborId: [`gitoid:blob:sha1:${blob}`],
      swhid: [`swh:1:cnt:${blob}`],
      data: [{ type: 'dataset', name: 'data/penguins.csv' }],
    });
    expect(data.hashes).toBeUndefined(); // a blob id is not a digest of the bytes
    expect(bom.metadata.component.modelCard.modelParameters.datasets).toEqual([{ ref: data['bom-ref'] }]);
  });

  it('lists every runtime package of the shipped lockfile with a valid purl and its integrity as hex, and their graph', () => {
    const { bom, pkg } = built;
    const lock = JSON.parse(pkg.entries.get('package-lock.json')!.toString('utf8')) as { packages: Record<string, { version?: string; integrity?: string; dependencies?: Record<string, string> }> };
    const libs = new Map<string, Bom>(bom.components.filter((c: Bom) => c.type === 'library').map((c: Bom) => [c.purl, c]));
    for (const [at, p] of Object.entries(lock.packages)) {
      if (at === '') continue;
      const name = at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const purl = PackageURL.fromString(npmPurl(name, p.version!));
      expect(purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name).toBe(name);
      const lib = libs.get(purl.toString());
      expect(lib, name).toBeDefined();
      expect(lib!['bom-ref']).toBe(purl.toString());
      const [, b64] = /^sha512-(.+)$/.exec(p.integrity!)!;
      expect(lib!.hashes).toEqual([{ alg: 'SHA-512', content: Buffer.from(b64!, 'base64').toString('hex') }]);
    }
    expect(libs.get('pkg:npm/%40tensorflow/tfjs@4.22.0')).toMatchObject({ group: '@tensorflow', name: 'tfjs', version: '4.22.0' });
    // Duplicates at two lockfile paths are one component; nested copies win over the top level.
    const deps = new Map<string, string[]>(bom.dependencies.map((d: Bom) => [d.ref, d.dependsOn ?? []]));
    expect(deps.get(bom.metadata.component['bom-ref'])).toEqual(['pkg:npm/%40tensorflow/tfjs-backend-wasm@4.22.0', 'pkg:npm/%40tensorflow/tfjs@4.22.0']);
    const tfjs = deps.get('pkg:npm/%40tensorflow/tfjs@4.22.0')!;
    expect(tfjs).toContain('pkg:npm/%40tensorflow/tfjs-core@4.22.0');
    const nestedArgparse = lock.packages['node_modules/@tensorflow/tfjs/node_modules/argparse'];
    if (nestedArgparse) expect(tfjs).toContain(`pkg:npm/argparse@${nestedArgparse.version}`);
    // The graph only names components the BOM has, and every bom-ref is unique.
    const refs = bomRefs(bom);
    expect(new Set(refs).size).toBe(refs.length);
    for (const [ref, on] of deps) for (const r of [ref, ...on]) expect(refs).toContain(r);
  });

  it('is byte-identical when built again, dated by the archive time, and its serial number follows its contents', () => {
    const { bom, text, pkg } = built;
    expect(bom.metadata.timestamp).toBe(pkg.metadata.timestamp);
    const { serialNumber, ...rest } = bom;
    expect(serialNumber).toBe(`urn:uuid:${uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', `urn:sha256:${sha256(JSON.stringify(rest))}`)}`);
    const again = build(root, ['--out', 'model-build-out/again']);
    expect(again.text).toBe(text);
    const dated = build(root, ['--out', 'model-build-out/dated'], { SOURCE_DATE_EPOCH: '1600000000' });
    expect(dated.bom.metadata.timestamp).toBe('2020-09-13T12:26:40Z');
    expect(dated.bom.serialNumber).not.toBe(serialNumber);
  });

  it('names the repository and commit as a vcs reference when there is a remote, in a form the schema takes', async () => {
    const metadata = JSON.parse(JSON.stringify(built.pkg.metadata)) as PackageMetadata;
    const files = built.pkg.entries;
    for (const [remote, url] of [
      ['git@github.com:octo/penguins.git', 'ssh://git@github.com/octo/penguins.git'],
      ['https://github.com/octo/penguins.git', 'https://github.com/octo/penguins.git'],
      ['/srv/git/penguins.git', 'file:///srv/git/penguins.git'],
    ] as const) {
      metadata.code.repository = remote;
      const bom = cycloneDxBom({ metadata, files }) as Bom;
      expect(bom.metadata.component.externalReferences).toEqual([{ type: 'vcs', url: `${url}#${metadata.code.commit}`, comment: expect.stringContaining(metadata.code.tree) }]);
      expect(await validate(JSON.stringify(bom))).toBeNull();
    }
  });
  it('names the sweep variant a package is', async () => {
    const metadata = { ...built.pkg.metadata, variant: { id: 'v0123abcd', overrides: { 'model.learningRate': 0.05 } } };
    const bom = cycloneDxBom({ metadata, files: built.pkg.entries }) as Bom;
    expect(prop(bom.metadata.component, 'model-build:variant')).toBe('v0123abcd');
    expect(JSON.parse(prop(bom.metadata.component, 'model-build:variant:overrides')!)).toEqual({ 'model.learningRate': 0.05 });
    expect(await validate(JSON.stringify(bom))).toBeNull();
  });
});

describe('bom.cdx.json for DVC and Git LFS data', () => {
  it('gives DVC data its md5 as MD5, for a regression model too, and the md5 of the bytes read in a dirty build', async () => {
    const csv = syntheticCsv(300, 'regression');
    const root = makeRepo({
      '.gitignore': 'model-build-out/\n/data/d.csv\n',
      'data/d.csv.dvc': dvcFile({ path: 'd.csv', md5: md5(csv), size: Buffer.byteLength(csv) }),
      'model-build.yml': 'name: synth\ndata:\n  path: data/d.csv\n  label: target\nmodel:\n  task: regression\n  hidden: [{ units: 4 }]\ntraining:\n  epochs: 2\n  backend: cpu\n',
    });
    writeFileSync(path.join(root, 'data/d.csv'), csv);
    const { bom, text } = build(root);
    expect(await validate(text)).toBeNull();
    const data = bom.components.find((c: Bom) => c.type === 'data');
    expect(data.hashes).toEqual([{ alg: 'MD5', content: createHash('md5').update(readFileSync(path.join(root, 'data/d.csv'))).digest('hex') }]);
    expect(prop(data, 'model-build:data:pointer')).toBe('data/d.csv.dvc');
    const card = bom.metadata.component.modelCard;
    expect(card.modelParameters.task).toBe('regression');
    expect(card.modelParameters.outputs).toEqual([{ format: 'value: number, the predicted target' }]);
    expect(card.quantitativeAnalysis.performanceMetrics.map((m: Bom) => m.type)).toEqual(['mae', 'r2', 'rmse']);

    const edited = csv.replace(/\n[^\n]+\n$/, '\n');
    writeFileSync(path.join(root, 'data/d.csv'), edited);
    const dirty = build(root, ['--allow-dirty']);
    expect(await validate(dirty.text)).toBeNull();
    const read = dirty.bom.components.find((c: Bom) => c.type === 'data');
    expect(read.hashes).toEqual([{ alg: 'MD5', content: md5(edited) }]);
    expect(prop(read, 'model-build:data:recorded-digest')).toBe(`md5:${md5(csv)}`);
    expect(dirty.bom.metadata.component.modelCard.considerations.technicalLimitations[0]).toMatch(/^Not a clean build/);
  });

  it.skipIf(!hasGitLfs)('gives Git LFS data its oid as SHA-256', async () => {
    const root = makeRepo(
      {
        '.gitignore': 'model-build-out/\n',
        'data/penguins.csv': penguinsCsv,
        'model-build.yml': 'name: penguins\ndata:\n  path: data/penguins.csv\n  label: species\ntraining:\n  epochs: 1\n  backend: cpu\n',
      },
      { lfs: ['*.csv'] },
    );
    const { bom, text } = build(root);
    expect(await validate(text)).toBeNull();
    const data = bom.components.find((c: Bom) => c.type === 'data');
    expect(prop(data, 'model-build:data:kind')).toBe('lfs');
    expect(data.hashes).toEqual([{ alg: 'SHA-256', content: sha256(penguinsCsv) }]);
  });
});

describe('CycloneDX encodings', () => {
  it('maps recorded digests to CycloneDX hashes only where they are digests of the bytes', () => {
    const hex = (n: number) => 'ab'.repeat(n / 2);
    expect(digestIdentity(`md5:${hex(32)}`)).toEqual({ hashes: [{ alg: 'MD5', content: hex(32) }] });
    expect(digestIdentity(`sha256:${hex(64)}`)).toEqual({ hashes: [{ alg: 'SHA-256', content: hex(64) }] });
    expect(digestIdentity(`git:${hex(64)}`)).toEqual({ omniborId: [`gitoid:blob:sha256:${hex(64)}`] });
    // DVC 2's md5-dos2unix and DVC's directory listing digest are not digests of the data's bytes.
    expect(digestIdentity(`md5-dos2unix:${hex(32)}`)).toEqual({});
    expect(digestIdentity(`md5:${hex(32)}.dir`)).toEqual({});
    expect(digestIdentity(null)).toEqual({});
  });

  it('encodes npm purls and integrity as the specs say', () => {
    expect(npmPurl('@tensorflow/tfjs', '4.22.0')).toBe('pkg:npm/%40tensorflow/tfjs@4.22.0');
    expect(npmPurl('argparse', '1.0.10')).toBe('pkg:npm/argparse@1.0.10');
    expect(npmPurl('@types/node', '20.0.0-beta+x')).toBe(new PackageURL('npm', '@types', 'node', '20.0.0-beta+x', undefined, undefined).toString());
    const digest = createHash('sha512').update('x').digest();
    const sha1 = createHash('sha1').update('x').digest();
    expect(integrityHashes(`sha1-${sha1.toString('base64')} sha512-${digest.toString('base64')} md5-nope`)).toEqual([
      { alg: 'SHA-1', content: sha1.toString('hex') },
      { alg: 'SHA-512', content: digest.toString('hex') },
    ]);
  });

  it('makes RFC 4122 version 5 UUIDs (the Python docs example) and refuses to invent a URL for a relative remote', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(vcsUrl('../upstream')).toBeNull();
    expect(vcsUrl(null)).toBeNull();
    expect(vcsUrl('github.com:octo/x.git')).toBe('ssh://github.com/octo/x.git');
  });
});
