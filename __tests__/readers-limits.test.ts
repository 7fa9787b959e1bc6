/**
 * The readers' guarantees measured from inside: how much the zip reader reads of a huge file,
 * how much of an endless field the parsers take before refusing it, that non-regular files are
 * refused by the core (not only by the CLI's argument checks), what predict reports for filled
 * inputs, and that a package's predict.mjs does the same as `model-build predict`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CsvParser, parseJsonRecords, readTable } from '../src/core/data/index.js';
import { DATA_LIMITS } from '../src/core/data/limits.js';
import { readRecords } from '../src/core/data/records.js';
import { ModelBuildError } from '../src/core/errors.js';
import type { Preprocessor } from '../src/core/features/preprocessor.js';
import { compareProfiles } from '../src/core/monitor/compareProfiles.js';
import { monitorData } from '../src/core/monitor/monitor.js';
import { readPackage } from '../src/core/package/readPackage.js';
import { listZip, writeZip, ZipFile } from '../src/core/package/zip.js';
import { InputAudit } from '../src/core/predict/inputAudit.js';
import { Profiler } from '../src/core/profile/profiler.js';
import { parseProfile, validateProfile } from '../src/core/profile/readProfile.js';
import { checkOutputFile, writeFileAtomic } from '../src/core/util/outputFile.js';
import { cli, projectRoot } from './helpers/cli.js';
import { penguinsRepo } from './helpers/project.js';
import { tempDir } from './helpers/repo.js';

async function refusal(run: () => unknown): Promise<ModelBuildError> {
  try {
    await run();
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw new Error(`expected a ModelBuildError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a ModelBuildError, nothing was thrown');
}

function sparse(file: string, size: number, tail: Buffer = Buffer.alloc(0)): string {
  const fd = openSync(file, 'w');
  try {
    ftruncateSync(fd, size - tail.length);
  } finally {
    closeSync(fd);
  }
  writeFileSync(file, tail, { flag: 'a' });
  return file;
}

describe('the zip reader reads from the tail', () => {
  const dir = tempDir('mb-tail-');
  const small = writeZip([{ name: 'a.txt', data: Buffer.from('alpha') }], { mtime: 0 });

  it('refuses a 1.9 GB file that is not a zip after reading only its last 64 KiB', async () => {
    const zip = new ZipFile(sparse(path.join(dir, 'big.bin'), 1900 * 1024 ** 2));
    try {
      const e = await refusal(() => listZip(zip, { display: 'big.bin' }));
      expect(e.message).toMatch(/no end-of-central-directory record/);
      // The end record plus the longest comment plus a ZIP64 locator: 22 + 65 535 + 20 bytes.
      expect(zip.bytesRead).toBeLessThanOrEqual(22 + 0xffff + 20);
      expect(zip.bytesRead).toBeGreaterThan(0);
    } finally {
      zip.close();
    }
  });

  it('refuses 1.9 GB of data in front of a real archive, reading a few KiB', async () => {
    const zip = new ZipFile(sparse(path.join(dir, 'front.bin'), 1900 * 1024 ** 2, small));
    try {
      const e = await refusal(() => listZip(zip));
      expect(e.message).toMatch(/^\d+ bytes before the first zip entry \(prepended data/);
      expect(zip.bytesRead).toBeLessThan(70 * 1024);
    } finally {
      zip.close();
    }
  });

  it('reads a valid archive from a file as it reads it from memory', () => {
    const file = path.join(dir, 'ok.zip');
    writeFileSync(file, small);
    const zip = new ZipFile(file);
    try {
      expect(listZip(zip)).toEqual(listZip(small));
      // A small archive lies inside the tail read; the directory and local headers are read again.
      expect(zip.bytesRead).toBeLessThanOrEqual(2 * small.length);
    } finally {
      zip.close();
    }
  });
});

describe('the parsers refuse an endless field without buffering it', () => {
  /** 64 KiB chunks of `fill`, at most `max`; counts how many were taken. */
  function endless(first: string, fill: string, max = 1600) {
    const state = { taken: 0 };
    const chunk = fill.repeat(65536 / fill.length);
    const source = (function* () {
      yield first;
      for (; state.taken < max; state.taken++) yield chunk;
    })();
    return { source, state };
  }

  it('CSV: an unquoted field past 1 MiB fails within one chunk of the limit, naming the line', () => {
    const parser = new CsvParser({ display: 'big.csv' });
    const { source, state } = endless('a,b\n1,2\n3,', 'x');
    const e = (() => {
      try {
        for (const chunk of source) parser.push(chunk);
      } catch (err) {
        return err as ModelBuildError;
      }
      throw new Error('no refusal');
    })();
    expect(e.format()).toMatch(/^big\.csv:3: a field is longer than the limit of 1,048,576 characters/);
    expect(state.taken).toBeLessThanOrEqual(DATA_LIMITS.maxFieldChars / 65536 + 1);
  });

  it('CSV: an unclosed quote fails at the quote, not at the end of the file', () => {
    const parser = new CsvParser({ display: 'q.csv' });
    const { source, state } = endless('a,b\n1,"', 'y\n');
    expect(() => {
      for (const chunk of source) parser.push(chunk);
    }).toThrow(/longer than the limit/);
    expect(state.taken).toBeLessThanOrEqual(DATA_LIMITS.maxFieldChars / 65536 + 1);
  });

  it('CSV: a lower limit given as an option is the one named', () => {
    const parser = new CsvParser({ display: 'l.csv', limits: { maxFieldChars: 10, maxColumns: 3 } });
    expect(() => parser.push('a,b\n12345678901,2\n')).toThrow(/limit of 10 characters/);
    expect(() => new CsvParser({ limits: { maxColumns: 3 } }).push('a,b,c,d\n')).toThrow(/4 fields, more than the limit of 3 columns/);
  });

  it('JSON Lines: a line past 8 Mi characters fails within one chunk of the limit', async () => {
    const { source, state } = endless('{"a":1}\n{"a":"', 'z');
    const e = await refusal(async () => {
      for await (const _ of parseJsonRecords(source, 'jsonl', 'big.jsonl')) void _;
    });
    expect(e.format()).toMatch(/^big\.jsonl:2: the line is longer than the limit of 8,388,608 characters/);
    expect(state.taken).toBeLessThanOrEqual(DATA_LIMITS.maxRecordChars / 65536 + 1);
  });

  it('readTable takes limits as options (a 12-character field over a limit of 10)', async () => {
    const dir = tempDir('mb-lim-');
    writeFileSync(path.join(dir, 'd.csv'), 'a,b\n1,abcdefghijkl\n');
    const e = await refusal(() => readTable(path.join(dir, 'd.csv'), { display: 'd.csv', limits: { maxFieldChars: 10 } }));
    expect(e.format()).toMatch(/^d\.csv:2: a field is longer than the limit of 10 characters/);
  });
});

describe('non-regular files are refused by the core, not only by the CLI', () => {
  const dir = tempDir('mb-kinds-');
  execFileSync('mkfifo', [path.join(dir, 'pipe.csv')]);
  execFileSync('mkfifo', [path.join(dir, 'pipe.zip')]);
  symlinkSync('/dev/zero', path.join(dir, 'zero.csv'));
  writeFileSync(path.join(dir, 'ok.csv'), 'x\n1\n2\n');

  it.each([
    ['readRecords on a FIFO', () => readRecords(path.join(dir, 'pipe.csv')).next(), /a FIFO \(named pipe\), not a regular file/],
    ['readRecords on a symlink to /dev/zero', () => readRecords(path.join(dir, 'zero.csv')).next(), /a character device, not a regular file/],
    ['readTable on a FIFO', () => readTable(path.join(dir, 'pipe.csv')), /a FIFO \(named pipe\)/],
    ['readTable on a folder holding a FIFO named .csv', () => readTable(dir, { display: 'data' }), /a FIFO \(named pipe\)/],
    ['readPackage on /dev/zero', () => readPackage('/dev/zero'), /the package is a character device/],
    ['readPackage on a FIFO', () => readPackage(path.join(dir, 'pipe.zip')), /the package is a FIFO/],
    ['readPackage on a folder', () => readPackage(dir), /the package is a folder/],
    ['monitorData with the profile /dev/zero', () => monitorData({ profile: '/dev/zero', data: path.join(dir, 'ok.csv') }), /the profile is a character device/],
    ['monitorData with data from a FIFO', () => monitorData({ profile: '/dev/zero', data: path.join(dir, 'pipe.csv') }), /the file is a FIFO/],
  ] as const)('%s', async (_name, run, message) => {
    const e = await refusal(run as () => unknown);
    expect(e.message).toMatch(message);
    expect(e.location.file).toBeTruthy();
  });
});

describe('profiles are validated before use', () => {
  const p = new Profiler();
  for (let i = 0; i < 50; i++) p.update({ constructor: String(i % 5), __proto__x: i, toString: i % 2 ? 'a' : 'b' });
  const reference = p.toJSON();

  it('accepts what `profile` writes, and keeps odd column names as columns', () => {
    const back = parseProfile(JSON.stringify(reference), 'ref.json');
    expect(Object.keys(back.columns).sort()).toEqual(['__proto__x', 'constructor', 'toString']);
  });

  it('a column named like an Object method that the new data lacks is a missing column', () => {
    const q = new Profiler();
    q.update({ __proto__x: 1, toString: 'a' });
    const report = compareProfiles(validateProfile(JSON.parse(JSON.stringify(reference)), 'ref.json'), q.toJSON());
    expect(report.violations).toContainEqual(expect.objectContaining({ column: 'constructor', kind: 'missing-column' }));
    // And a new column named like one is reported as new, not taken for the reference's.
    const r = new Profiler();
    r.update({ constructor: '1', __proto__x: 1, toString: 'a', hasOwnProperty: 'x' });
    expect(compareProfiles(reference, r.toJSON()).violations).toContainEqual(expect.objectContaining({ column: 'hasOwnProperty', kind: 'extra-column' }));
  });

  it('names the file and the field', async () => {
    const bad = JSON.parse(JSON.stringify(reference));
    bad.columns.toString.state.frequent.items = 'many';
    const e = await refusal(() => validateProfile(bad, 'ref.json'));
    expect(e.format()).toMatch(/^ref\.json: profile field \/columns\/toString\/state\/frequent is not a valid sketch: /);
  });
});

describe('prediction counts what it fills', () => {
  const pre: Preprocessor = {
    format: 1,
    label: { column: 'species', task: 'binary', classes: ['a', 'b'] },
    steps: [
      { kind: 'numeric', column: 'bill_length_mm', transform: 'none', fill: 40, shift: 0, scale: 1 },
      { kind: 'numeric', column: 'body_mass_g', transform: 'none', fill: 4000, shift: 0, scale: 1 },
      { kind: 'categorical', column: 'sex', vocabulary: ['female', 'male'], fill: 'male' },
      { kind: 'boolean', column: 'ok', fill: 1 },
    ],
    inputs: ['bill_length_mm', 'body_mass_g', 'sex=female', 'sex=male', 'sex=<other>', 'ok'],
  };
  const rows = [
    { line: 2, record: { bill_length_mm: '40.1', body_mass_g: '3900', sex: 'female', ok: 'true' } },
    { line: 3, record: { bill_length_mm: '41', body_mass_g: '', sex: '', ok: 'false' } },
    { line: 4, record: { bill_length_mm: 'abc', body_mass_g: '4100', sex: 'unknown', ok: '1' } },
    { line: 5, record: { bill_length_mm: '39', body_mass_g: 'NA', ok: 'yes' } },
  ];

  it('reports one line: missing per column, unparseable with the first line', () => {
    const audit = new InputAudit(pre, 'in.csv');
    audit.check(rows);
    // sex: "" and absent; body_mass_g: "" and NA (a missing text); an unseen category is not a fill.
    expect(audit.summary()).toBe('filled 4 missing values (body_mass_g: 2, sex: 2); 1 unparseable value (bill_length_mm, line 4)');
    expect(audit.totals).toEqual({ missing: 4, unparseable: 1 });
  });

  it('says nothing when nothing was filled, and --strict refuses the first fill with its line', async () => {
    const clean = new InputAudit(pre, 'in.csv');
    clean.check(rows.slice(0, 1));
    expect(clean.summary()).toBeNull();
    const e = await refusal(() => new InputAudit(pre, 'in.csv', true).check(rows));
    expect(e.format()).toMatch(/^in\.csv:3: column "body_mass_g" is missing \(""\); --strict refuses inputs that prediction would fill/);
  });

  it('counts several unparseable values of one column with the first line', () => {
    const audit = new InputAudit(pre, 'in.csv');
    audit.check([
      { line: 7, record: { bill_length_mm: 'x', body_mass_g: '1', sex: 'male', ok: 'maybe' } },
      { line: 9, record: { bill_length_mm: 'y', body_mass_g: '1', sex: 'male', ok: 'true' } },
    ]);
    expect(audit.summary()).toBe('filled 3 unparseable values (bill_length_mm: 2, first on line 7; ok, line 7)');
  });
});

describe('output files', () => {
  it('are refused before work when their folder is missing, and never left half-written', async () => {
    const dir = tempDir('mb-out-');
    expect((await refusal(() => checkOutputFile(path.join(dir, 'no/x.html'), '--html'))).message).toMatch(/--html: the folder .* does not exist/);
    mkdirSync(path.join(dir, 'busy'));
    writeFileSync(path.join(dir, 'busy', 'keep'), 'k');
    expect((await refusal(() => checkOutputFile(path.join(dir, 'busy'), '--out'))).message).toMatch(/the path is a folder/);
    // A rename over a non-empty folder fails: the temp file must not stay behind.
    expect((await refusal(() => writeFileAtomic(path.join(dir, 'busy'), 'x'))).code).toBe('OUTPUT_UNWRITABLE');
    expect(readdirSync(dir).sort()).toEqual(['busy']);
    writeFileAtomic(path.join(dir, 'r.md'), 'report\n');
    expect(readFileSync(path.join(dir, 'r.md'), 'utf8')).toBe('report\n');
    expect(readdirSync(dir).sort()).toEqual(['busy', 'r.md']);
  });

  it.skipIf(process.getuid?.() === 0)('are refused when their folder is read-only', async () => {
    const dir = tempDir('mb-ro-');
    execFileSync('chmod', ['555', dir]);
    try {
      expect((await refusal(() => checkOutputFile(path.join(dir, 'x.html'), '--html'))).message).toMatch(/is not writable/);
    } finally {
      execFileSync('chmod', ['755', dir]);
    }
  });
});

describe("a package's predict.mjs behaves like `model-build predict`", () => {
  it('fills, counts and reports alike, and --strict refuses alike', async () => {
    const root = penguinsRepo();
    const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const modelDir = JSON.parse(r.stdout).modelDir as string;
    // predict.mjs as scripts/bundle.mjs builds it, from the source under test, beside the model.
    const dir = tempDir('mb-runtime-');
    await build({
      entryPoints: { predict: path.join(projectRoot, 'src/package-runtime/predict.ts') },
      outdir: dir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      external: ['@tensorflow/*'],
      logLevel: 'error',
    });
    for (const name of ['model.json', 'weights.bin', 'preprocessor.json']) writeFileSync(path.join(dir, name), readFileSync(path.join(modelDir, name)));
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
    const input = path.join(dir, 'in.csv');
    writeFileSync(
      input,
      'island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex\nBiscoe,47.5,14.2,217,5200,female\nDream,,18,190,,\nTorgersen,abc,18,190,3600,male\n',
    );
    const env = { ...process.env, MODEL_BUILD_BACKEND: 'wasm' };
    const runtime = spawnSync(process.execPath, ['predict.mjs', 'in.csv'], { cwd: dir, encoding: 'utf8', env });
    const ours = cli(['predict', '--model', modelDir, '--input', input, '--backend', 'wasm']);
    expect(runtime.status, runtime.stderr).toBe(0);
    expect(ours.code, ours.stderr).toBe(0);
    const summary = 'filled 3 missing values (bill_length_mm: 1, body_mass_g: 1, sex: 1); 1 unparseable value (bill_length_mm, line 4)';
    expect(runtime.stderr).toBe(`warning: ${summary}\n`);
    expect(ours.stderr).toBe(`warning: ${summary}\n`);
    expect(runtime.stdout.trim().split('\n')).toHaveLength(3);
    expect(runtime.stdout).toBe(ours.stdout);

    const strict = spawnSync(process.execPath, ['predict.mjs', '--strict', 'in.csv'], { cwd: dir, encoding: 'utf8', env });
    const ourStrict = cli(['predict', '--strict', '--model', modelDir, '--input', input, '--backend', 'wasm']);
    expect(strict.status).toBe(2);
    expect(ourStrict.code).toBe(2);
    expect(strict.stderr.split('\n')[0]).toBe('error: in.csv:3: column "bill_length_mm" is missing (""); --strict refuses inputs that prediction would fill');
    expect(strict.stdout).toBe('');
    // stdin (JSON Lines) goes through the same reader and audit.
    const stdin = spawnSync(process.execPath, ['predict.mjs'], { cwd: dir, encoding: 'utf8', env, input: '{"island":"Biscoe","bill_length_mm":47.5}\n' });
    expect(stdin.status, stdin.stderr).toBe(0);
    expect(stdin.stderr).toMatch(/^warning: filled 4 missing values \(/);
  }, 180_000);
});
