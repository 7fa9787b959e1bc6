import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedModel, readPackage, verifyPackage } from '../src/index.js';
import { readZip, writeZip } from '../src/core/package/zip.js';
import { cli } from './helpers/cli.js';
import { penguinsRepo } from './helpers/project.js';
import { commitAll, git, tempDir } from './helpers/repo.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const hasPython = spawnSync('python3', ['-c', 'import zipfile']).status === 0;

/** One penguins build shared by the read-only tests below. */
let root: string;
let archive: string;
beforeAll(() => {
  root = penguinsRepo();
  const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
  expect(r.code).toBe(0);
  archive = JSON.parse(r.stdout).package.archive;
});

/** Rewrites the package with some entries changed (and, unless told, the manifest left stale). */
function repack(edit: (files: Map<string, Buffer>) => void, { fixManifest = false } = {}): string {
  const files = new Map(readZip(readFileSync(archive)).map((e) => [e.name, e.data]));
  edit(files);
  if (fixManifest) {
    const lines = [...files.keys()].filter((n) => n !== 'MANIFEST.sha256').sort().map((n) => `${sha256(files.get(n)!)}  ${n}\n`);
    files.set('MANIFEST.sha256', Buffer.from(lines.join('')));
  }
  const out = path.join(tempDir(), 'edited.zip');
  writeFileSync(out, writeZip([...files].map(([name, data]) => ({ name, data })), { mtime: 1_700_000_000 }));
  return out;
}

const inspect = (file: string, json = false) => cli(['inspect', file, ...(json ? ['--json'] : [])]);

describe('the model package', () => {
  it('holds the model, its pipeline, metadata, card, manifest and a runnable entry point', () => {
    expect(path.basename(archive)).toBe(`penguins-${git(root, 'rev-parse', 'HEAD').slice(0, 12)}.zip`);
    const names = readZip(readFileSync(archive)).map((e) => e.name);
    expect(names).toEqual([
      'MANIFEST.sha256',
      'MODEL_CARD.md',
      'bom.cdx.json',
      'input.schema.json',
      'metadata.json',
      'metrics.json',
      'model/model.json',
      'model/weights.bin',
      'output.schema.json',
      'package-lock.json',
      'package.json',
      'predict.mjs',
      'predictor.d.mts',
      'predictor.mjs',
      'preprocessor.json',
      'profile.json',
    ]);
    const { metadata } = readPackage(archive);
    expect(metadata).toMatchObject({
      format: 1,
      name: 'penguins',
      code: { commit: git(root, 'rev-parse', 'HEAD'), tree: git(root, 'rev-parse', 'HEAD^{tree}'), ref: 'refs/heads/main', dirty: false },
      data: [{ path: 'data/penguins.csv', kind: 'git', rows: 344 }],
      config: { path: 'model-build.yml' },
      training: { seed: 7, backend: 'wasm', tfjsVersion: '4.22.0' },
      environment: { dependencies: { '@tensorflow/tfjs': '4.22.0', '@tensorflow/tfjs-backend-wasm': '4.22.0' } },
      gatesPassed: true,
      timestamp: '2024-01-02T03:04:05Z', // the commit time
    });
  });

  it('passes `sha256sum -c MANIFEST.sha256` when unpacked', () => {
    const dir = tempDir();
    for (const e of readZip(readFileSync(archive))) {
      mkdirSync(path.dirname(path.join(dir, e.name)), { recursive: true });
      writeFileSync(path.join(dir, e.name), e.data);
    }
    const out = execFileSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: dir, encoding: 'utf8' });
    expect(out.trim().split('\n')).toHaveLength(15);
    expect(out).not.toContain('FAILED');
  });

  it('is byte-identical when built again in a new process, and changes with SOURCE_DATE_EPOCH', () => {
    const again = cli(['build', '--config', path.join(root, 'model-build.yml'), '--out', 'model-build-out/again', '--json'], { cwd: root });
    expect(again.code).toBe(0);
    const second = JSON.parse(again.stdout).package.archive;
    expect(sha256(readFileSync(second))).toBe(sha256(readFileSync(archive)));
    const dated = cli(['build', '--config', path.join(root, 'model-build.yml'), '--out', 'model-build-out/dated', '--json'], {
      cwd: root,
      env: { SOURCE_DATE_EPOCH: '1600000000' },
    });
    const third = JSON.parse(dated.stdout).package;
    expect(third.metadata.timestamp).toBe('2020-09-13T12:26:40Z');
    expect(third.digest).not.toBe(`sha256:${sha256(readFileSync(archive))}`);
  });

  it('writes an in-toto SLSA provenance statement beside the archive, naming its digest', () => {
    const statement = JSON.parse(readFileSync(archive.replace(/\.zip$/, '.provenance.intoto.json'), 'utf8'));
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual([{ name: path.basename(archive), digest: { sha256: sha256(readFileSync(archive)) } }]);
    expect(statement.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe(git(root, 'rev-parse', 'HEAD'));
    expect(statement.predicate.runDetails.builder.id).toBe('model-build/cli');
  });

  it('loads straight from the archive and predicts', async () => {
    const model = await loadPackagedModel(archive, { backend: 'wasm' });
    const [p] = model.predict([{ island: 'Biscoe', bill_length_mm: 47.5, bill_depth_mm: 14.2, flipper_length_mm: 217, body_mass_g: 5200, sex: 'female' }]);
    expect(p).toMatchObject({ label: 'Gentoo' });
    model.dispose();
  });

  it('runs with `npm ci && node predict.mjs < in.jsonl` from the unpacked package, with nothing else', () => {
    const dir = tempDir();
    for (const e of readZip(readFileSync(archive))) {
      mkdirSync(path.dirname(path.join(dir, e.name)), { recursive: true });
      writeFileSync(path.join(dir, e.name), e.data);
    }
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'pipe' });
    const out = execFileSync(process.execPath, ['predict.mjs'], {
      cwd: dir,
      input: '{"island":"Biscoe","bill_length_mm":47.5,"bill_depth_mm":14.2,"flipper_length_mm":217,"body_mass_g":5200,"sex":"female"}\n{"island":"Mars"}\n',
      encoding: 'utf8',
    });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].label).toBe('Gentoo');
  }, 180_000);

  it('is not written when a gate fails', () => {
    const failing = penguinsRepo();
    const config = readFileSync(path.join(failing, 'model-build.yml'), 'utf8').replace('accuracy: ">= 0.9"', 'accuracy: "> 1"');
    writeFileSync(path.join(failing, 'model-build.yml'), config);
    commitAll(failing);
    const r = cli(['build', '--config', path.join(failing, 'model-build.yml'), '--json'], { cwd: failing });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).package).toBeNull();
    expect(readdirSync(path.join(failing, 'model-build-out'))).toEqual(['.model-build-output', 'penguins']);
  });
});

describe('model-build inspect', () => {
  it('verifies and prints the metadata; --json gives digests and files', () => {
    const r = inspect(archive);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ every file matches MANIFEST.sha256 and the metadata schema');
    const j = JSON.parse(inspect(archive, true).stdout);
    expect(j.digest).toBe(`sha256:${sha256(readFileSync(archive))}`);
    expect(j.files.map((f: { name: string }) => f.name)).toContain('model/weights.bin');
  });

  const refusals: Array<[string, () => string, RegExp]> = [
    ['a tampered file', () => repack((f) => f.set('metrics.json', Buffer.from('{"accuracy": 1}\n'))), /metrics\.json does not match its digest in MANIFEST\.sha256/],
    ['a file added after the fact', () => repack((f) => f.set('extra.js', Buffer.from('evil()'))), /extra\.js is in the archive but not in MANIFEST\.sha256/],
    ['a file removed', () => repack((f) => f.delete('profile.json')), /profile\.json is listed in MANIFEST\.sha256 but missing/],
    [
      'metadata from a newer format',
      () =>
        repack(
          (f) => {
            const m = JSON.parse(f.get('metadata.json')!.toString());
            f.set('metadata.json', Buffer.from(JSON.stringify({ ...m, format: 99 })));
          },
          { fixManifest: true },
        ),
      /metadata\.json has format 99; this model-build reads up to format 1/,
    ],
    [
      'metadata that breaks the schema',
      () =>
        repack(
          (f) => {
            const m = JSON.parse(f.get('metadata.json')!.toString());
            f.set('metadata.json', Buffer.from(JSON.stringify({ ...m, code: { ...m.code, commit: 'HEAD' } })));
          },
          { fixManifest: true },
        ),
      /does not match the metadata schema: \/code\/commit must match pattern/,
    ],
    [
      'a file that is not a zip',
      () => {
        const f = path.join(tempDir(), 'not.zip');
        writeFileSync(f, 'just text, no archive here\n');
        return f;
      },
      /zip/i,
    ],
    [
      'a truncated archive',
      () => {
        const f = path.join(tempDir(), 'cut.zip');
        const bytes = readFileSync(archive);
        writeFileSync(f, bytes.subarray(0, bytes.length - 100));
        return f;
      },
      /./,
    ],
  ];
  it.each(refusals)('refuses %s with a clear message and exit 2', (_what, make, message) => {
    const file = make();
    const before = readdirSync(path.dirname(file)).sort();
    const r = inspect(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(path.dirname(file)).sort()).toEqual(before); // nothing written
    expect(verifyPackage(file).ok).toBe(false);
  });

  // Archives no model-build writer would produce, crafted with Python's zipfile.
  const crafted: Array<[string, string, RegExp]> = [
    ['a zip-slip entry', "z.writestr('../evil.sh', 'x')", /\.\./],
    ['an absolute path', "z.writestr('/etc/cron.d/x', 'x')", /absolute/i],
    ['a backslash path', "z.writestr('model\\\\..\\\\x', 'x')", /backslash/i],
    ['a drive letter', "z.writestr('C:/x', 'x')", /drive/i],
    ['a symlink', "i = zipfile.ZipInfo('link'); i.external_attr = 0o120777 << 16; z.writestr(i, '/etc/passwd')", /symlink|link/i],
    ['duplicate names', "z.writestr('a.txt', 'x'); z.writestr('a.txt', 'y')", /duplicate/i],
    ['case-colliding names', "z.writestr('A.txt', 'x'); z.writestr('a.txt', 'y')", /case/i],
    ['a zip bomb', "z.writestr(zipfile.ZipInfo('big'), b'\\0' * (64 << 20), compress_type=zipfile.ZIP_DEFLATED)", /ratio|bomb/i],
  ];
  it.skipIf(!hasPython).each(crafted)('refuses %s', (_what, code, message) => {
    const file = path.join(tempDir(), 'crafted.zip');
    execFileSync('python3', ['-W', 'ignore', '-c', `import zipfile\nwith zipfile.ZipFile(${JSON.stringify(file)}, 'w') as z:\n    ${code}`]);
    const r = inspect(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
