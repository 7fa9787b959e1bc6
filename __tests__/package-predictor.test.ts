/**
 * The universal predictor (predictor.mjs) and the schemas in every package, tested as a user
 * meets them: real packages (penguins, multiclass; vega-datasets cars, regression) unpacked into
 * temp folders, the MODEL_CARD's own Node and browser snippets run as written (Node child
 * processes; headless Chromium against a loopback static server, nothing else reachable), and
 * every answer compared with `model-build predict` on the same records.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../src/core/package/zip.js';
import { cli, projectRoot } from './helpers/cli.js';
import { penguinsCsv, penguinsRepo } from './helpers/project.js';
import { makeRepo, tempDir } from './helpers/repo.js';

type Pred = { label: string; probabilities: Record<string, number> } | { value: number };
type Built = { archive: string; modelDir: string; dir: string; card: string };

function build(root: string, out?: string): { archive: string; modelDir: string } {
  const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json', ...(out ? ['--out', out] : [])], { cwd: root });
  expect(r.code, r.stderr).toBe(0);
  const j = JSON.parse(r.stdout);
  return { archive: j.package.archive, modelDir: j.modelDir };
}

/** Unpacks a package and gives it the project's TensorFlow.js (what `npm ci` would install, without the network). */
function unpack(archive: string): string {
  const dir = tempDir('mb-unpacked-');
  for (const e of readZip(readFileSync(archive))) {
    mkdirSync(path.dirname(path.join(dir, e.name)), { recursive: true });
    writeFileSync(path.join(dir, e.name), e.data);
  }
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(path.join(projectRoot, 'node_modules/@tensorflow'), path.join(dir, 'node_modules/@tensorflow'));
  return dir;
}

/** The fenced code block of `lang` under a card heading. */
function snippet(card: string, heading: string, lang: string): string {
  const section = card.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  expect(section, `MODEL_CARD has no "## ${heading}"`).toBeDefined();
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section!);
  expect(m, `"## ${heading}" has no ${lang} block`).not.toBeNull();
  return m![1]!;
}

/** The records a snippet predicts: the JSON array literal it holds. */
const snippetRecords = (code: string): Array<Record<string, unknown>> => JSON.parse(/(\[\{.*\}\])/.exec(code)![1]!.replace(/\\u003c/g, '<'));

/** `model-build predict` on records, as predictor.mjs shapes them (regression `prediction` → `value`). */
function cliPredict(modelDir: string, records: ReadonlyArray<Record<string, unknown>>): Pred[] {
  const input = path.join(tempDir(), 'in.jsonl');
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const r = cli(['predict', '--model', modelDir, '--input', input, '--backend', 'wasm']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((p) => ('prediction' in p ? { value: p.prediction } : p));
}

function expectClose(actual: Pred[], expected: Pred[], tolerance = 1e-5): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    if ('value' in e) {
      expect(Object.keys(a)).toEqual(['value']);
      expect(Math.abs((a as { value: number }).value - e.value), `record ${i}`).toBeLessThanOrEqual(tolerance);
    } else {
      const c = a as Extract<Pred, { label: string }>;
      expect(c.label, `record ${i}`).toBe(e.label);
      expect(Object.keys(c.probabilities)).toEqual(Object.keys(e.probabilities));
      for (const k of Object.keys(e.probabilities)) expect(Math.abs(c.probabilities[k]! - e.probabilities[k]!), `record ${i} ${k}`).toBeLessThanOrEqual(tolerance);
    }
  });
}

/** Runs an ESM script in the unpacked package with Node; stdout parsed as JSON. */
function runNode(dir: string, name: string, code: string): unknown {
  writeFileSync(path.join(dir, name), code);
  const r = spawnSync(process.execPath, [name], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** runNode without blocking this process: for scripts that talk to a server running here. */
async function runNodeAsync(dir: string, name: string, code: string): Promise<unknown> {
  writeFileSync(path.join(dir, name), code);
  const child = spawn(process.execPath, [name], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(status, stderr).toBe(0);
  return JSON.parse(stdout);
}

const cars = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/vega-datasets/data/cars.json'), 'utf8')) as Array<Record<string, unknown>>;
const labeledCars = cars.filter((c) => typeof c.Miles_per_Gallon === 'number');

/** Some training rows as records, plus missing, unparseable and unseen values. */
function penguinRecords(): Array<Record<string, unknown>> {
  const [head, ...rows] = penguinsCsv.trim().split('\n');
  const cols = head!.split(',');
  const records = rows.slice(0, 40).map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i]!, /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v === '' || v === 'NA' ? null : v])));
  return [...records, {}, { island: 'Mars', bill_length_mm: 'abc', sex: null }, { island: 'Dream', bill_length_mm: '47.5', extra: 'ignored' }];
}

let penguins: Built;
let carsModel: Built;
beforeAll(() => {
  const p = build(penguinsRepo());
  const root = makeRepo({
    '.gitignore': 'model-build-out/\n',
    'data/cars.jsonl': `${labeledCars.map((c) => JSON.stringify(c)).join('\n')}\n`,
    'model-build.yml': [
      'name: cars',
      'seed: 3',
      'data:',
      '  path: data/cars.jsonl',
      '  label: Miles_per_Gallon',
      '  exclude: [Name, Year]',
      'model:',
      '  task: regression',
      '  hidden: [{ units: 8, activation: relu }]',
      '  learningRate: 0.02',
      'training:',
      '  epochs: 30',
      '  batchSize: 32',
      '  backend: wasm',
      'gates:',
      '  rmse: "<= 6"',
      '',
    ].join('\n'),
  });
  const c = build(root);
  for (const [b, set] of [
    [p, (x: Built) => (penguins = x)],
    [c, (x: Built) => (carsModel = x)],
  ] as const) {
    const dir = unpack(b.archive);
    set({ ...b, dir, card: readFileSync(path.join(dir, 'MODEL_CARD.md'), 'utf8') });
  }
}, 240_000);

describe('predictor.mjs in Node', () => {
  it('ships beside its types and schemas, with no Node built-ins, listed in the manifest and metadata', () => {
    const names = readZip(readFileSync(penguins.archive)).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['predictor.mjs', 'predictor.d.mts', 'input.schema.json', 'output.schema.json']));
    const manifest = readFileSync(path.join(penguins.dir, 'MANIFEST.sha256'), 'utf8');
    const metadata = JSON.parse(readFileSync(path.join(penguins.dir, 'metadata.json'), 'utf8'));
    for (const f of ['predictor.mjs', 'predictor.d.mts', 'input.schema.json', 'output.schema.json']) {
      expect(manifest).toContain(`  ${f}\n`);
      expect(metadata.files[f]).toMatch(/^sha256:/);
    }
    const code = readFileSync(path.join(penguins.dir, 'predictor.mjs'), 'utf8');
    expect(code).not.toMatch(/["']node:|\bprocess\.|\bBuffer\b|\brequire\(/);
    expect([...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1])).toEqual(['@tensorflow/tfjs']);
    // predict.mjs is a CLI over it: the preprocessing code is not bundled twice.
    const cliCode = readFileSync(path.join(penguins.dir, 'predict.mjs'), 'utf8');
    expect(cliCode).toContain('from "./predictor.mjs"');
    expect(cliCode).not.toContain('function transform(');
    const inspect = cli(['inspect', penguins.archive]);
    expect(inspect.code, inspect.stderr).toBe(0);
    expect(inspect.stdout).toContain('input.schema.json');
  });

  it("runs the MODEL_CARD's Node snippet as written, matching `model-build predict` (classification)", () => {
    const code = snippet(penguins.card, 'Use it in Node', 'js');
    const out = runNode(penguins.dir, 'example.mjs', code) as Pred[];
    const records = snippetRecords(code);
    expect(records).toHaveLength(1);
    expect(out).toHaveLength(1);
    expectClose(out, cliPredict(penguins.modelDir, records));
  });

  it("runs the MODEL_CARD's Node snippet for a regression model: values in miles per gallon, not standardized", () => {
    const code = snippet(carsModel.card, 'Use it in Node', 'js');
    const out = runNode(carsModel.dir, 'example.mjs', code) as Pred[];
    expect(out).toHaveLength(1);
    const value = (out[0] as { value: number }).value;
    expect(value).toBeGreaterThan(10);
    expect(value).toBeLessThan(45);
    expectClose(out, cliPredict(carsModel.modelDir, snippetRecords(code)));
  });

  it('loads from files in memory and predicts missing, unparseable and unseen values as `model-build predict` does', () => {
    const records = penguinRecords();
    writeFileSync(path.join(penguins.dir, 'records.json'), JSON.stringify(records));
    const out = runNode(
      penguins.dir,
      'memory.mjs',
      [
        "import { readFileSync } from 'node:fs';",
        "import { loadPredictor } from './predictor.mjs';",
        'const predictor = await loadPredictor({',
        "  'preprocessor.json': readFileSync('preprocessor.json', 'utf8'),",
        "  'model/model.json': JSON.parse(readFileSync('model/model.json', 'utf8')),",
        "  'model/weights.bin': new Uint8Array(readFileSync('model/weights.bin')),",
        '});',
        "console.log(JSON.stringify({ task: predictor.task, label: predictor.label, classes: predictor.classes, features: predictor.features, out: predictor.predict(JSON.parse(readFileSync('records.json', 'utf8'))) }));",
        'predictor.dispose();',
      ].join('\n'),
    ) as { task: string; label: string; classes: string[]; features: string[]; out: Pred[] };
    expect(out).toMatchObject({ task: 'multiclass', label: 'species', classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
    expect(out.features).toEqual(['island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex']);
    expectClose(out.out, cliPredict(penguins.modelDir, records));
  });

  it('fetches the package from a URL, and names the file when the folder is wrong', async () => {
    const server = await staticServer(penguins.dir);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const out = (await runNodeAsync(
        penguins.dir,
        'fetch.mjs',
        [
          "import { loadPredictor } from './predictor.mjs';",
          `const predictor = await loadPredictor('${base}/');`,
          `const errors = [];`,
          `for (const bad of ['${base}/nowhere', 42]) await loadPredictor(bad).catch((e) => errors.push(e.format ? e.format() : e.message));`,
          `console.log(JSON.stringify({ out: predictor.predict([{ island: 'Biscoe', bill_length_mm: 47.5 }]), errors }));`,
        ].join('\n'),
      )) as { out: Pred[]; errors: string[] };
      expectClose(out.out, cliPredict(penguins.modelDir, [{ island: 'Biscoe', bill_length_mm: 47.5 }]));
      expect(out.errors[0]).toMatch(new RegExp(`^${base}/nowhere/(preprocessor\\.json|model/model\\.json|model/weights\\.bin): cannot fetch .*: HTTP 404\\n  hint: `));
      expect(out.errors[1]).toContain('loadPredictor takes a folder URL, the package\'s files or a function that reads one, not number');
    } finally {
      server.close();
    }
  });

  it('is typed by predictor.d.mts for TypeScript consumers (NodeNext)', () => {
    writeFileSync(
      path.join(penguins.dir, 'typed.mts'),
      [
        "import { loadPredictor, type Prediction } from './predictor.mjs';",
        "const predictor = await loadPredictor(new URL('./', import.meta.url));",
        'const out: Prediction[] = predictor.predict([{ island: 1 }]);',
        "const first = out[0];",
        "export const label: string | number | undefined = first && 'label' in first ? first.label : first?.value;",
        '// @ts-expect-error records are an array',
        'predictor.predict({ island: 1 });',
        '',
      ].join('\n'),
    );
    const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', 'typed.mts'];
    const r = spawnSync(process.execPath, [tsc, ...args], { cwd: penguins.dir, encoding: 'utf8' });
    expect(r.status, r.stdout).toBe(0);
    // And the declarations are what is checked: a wrong use fails.
    writeFileSync(path.join(penguins.dir, 'typed.mts'), "import { loadPredictor } from './predictor.mjs';\nawait loadPredictor(new URL('./', import.meta.url)).then((p) => p.predict('x'));\n");
    const bad = spawnSync(process.execPath, [tsc, ...args], { cwd: penguins.dir, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain("Argument of type 'string' is not assignable");
  });

  it('keeps predict.mjs working as before: `node predict.mjs` over predictor.mjs', () => {
    const r = spawnSync(process.execPath, ['predict.mjs'], {
      cwd: carsModel.dir,
      encoding: 'utf8',
      input: labeledCars.slice(0, 5).map((c) => JSON.stringify(c)).join('\n') + '\n',
      env: { ...process.env, MODEL_BUILD_BACKEND: 'wasm' },
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(lines[0])).toEqual(['prediction']);
    expectClose(lines.map((l) => ({ value: l.prediction })), cliPredict(carsModel.modelDir, labeledCars.slice(0, 5)), 0);
  });
});

describe('input.schema.json and output.schema.json', () => {
  const ajv = () => new Ajv2020({ allErrors: true }); // strict mode: unknown keywords would throw
  const schema = (b: Built, name: string) => JSON.parse(readFileSync(path.join(b.dir, name), 'utf8'));

  it('describe one penguin record: types, categories, training ranges, fills; extra fields allowed', () => {
    const s = schema(penguins, 'input.schema.json');
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.additionalProperties).toBe(true);
    expect(s.required).toBeUndefined();
    expect(s.properties.island).toMatchObject({ type: ['string', 'null'], enum: ['Biscoe', 'Dream', 'Torgersen', null] });
    expect(s.properties.bill_length_mm).toMatchObject({ type: ['number', 'null'], examples: [32.1, 59.6] });
    expect(s.properties.bill_length_mm.description).toContain('Seen in training: 32.1 to 59.6; values outside that range are accepted');
    expect(s.properties.sex.default).toMatch(/^(male|female)$/);
    const validate = ajv().compile(s);
    expect(validate(s.examples[0])).toBe(true);
    expect(validate({})).toBe(true);
    expect(validate({ island: 'Biscoe', bill_length_mm: 500, species: 'Adelie', id: 7 })).toBe(true);
    expect(validate({ island: 'Mars' })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/island');
    expect(validate({ bill_length_mm: 'abc' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/bill_length_mm', keyword: 'type' });
  });

  it('mean what the predictor does: a missing field predicts as its documented default, an unknown category as the other slot', () => {
    const s = schema(penguins, 'input.schema.json');
    const defaults = Object.fromEntries(Object.entries(s.properties as Record<string, { default?: unknown }>).filter(([, p]) => 'default' in p).map(([k, p]) => [k, p.default]));
    expect(Object.keys(defaults)).toEqual(['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex']);
    // island has no default: missing and unseen share the out-of-vocabulary slot.
    const [missing, filled] = cliPredict(penguins.modelDir, [{}, { ...defaults, island: 'Mars' }]);
    expect(missing).toEqual(filled);
  });

  it('validate every prediction of the predictor (classification and regression)', () => {
    const validateOut = ajv().compile(schema(penguins, 'output.schema.json'));
    for (const p of cliPredict(penguins.modelDir, penguinRecords())) expect(validateOut(p), JSON.stringify(validateOut.errors)).toBe(true);
    const carsOut = schema(carsModel, 'output.schema.json');
    expect(carsOut.description).toContain('the predicted "Miles_per_Gallon" (`value`), in the label\'s own units');
    const validateCars = ajv().compile(carsOut);
    for (const p of cliPredict(carsModel.modelDir, labeledCars.slice(0, 20))) expect(validateCars(p)).toBe(true);
    expect(validateCars({ prediction: 20 })).toBe(false);
    const carsIn = ajv().compile(schema(carsModel, 'input.schema.json'));
    for (const c of cars.slice(0, 50)) expect(carsIn(c), JSON.stringify(carsIn.errors)).toBe(true);
  });

  it('are in the MODEL_CARD as Inputs and Outputs', () => {
    expect(penguins.card).toMatch(/\| `island` \| category \(text\) \| `Biscoe`, `Dream`, `Torgersen` \| takes the slot for missing and unseen values/);
    expect(penguins.card).toMatch(/\| `bill_length_mm` \| number \| 32\.1 to 59\.6 \| replaced by 43\.\d+, the value fitted in training \|/);
    expect(carsModel.card).toContain("Per record, the predicted \"Miles_per_Gallon\" (`value`), in the label's own units");
    // Run by __tests__/serve.test.ts against `model-build serve`.
    expect(carsModel.card).toContain('## Use it over HTTP');
  });

  it('are byte-identical when the package is built again, like predictor.mjs', () => {
    const root = path.dirname(path.dirname(penguins.modelDir));
    const again = build(root, path.join(tempDir(), 'again'));
    const entries = (archive: string) => new Map(readZip(readFileSync(archive)).map((e) => [e.name, e.data]));
    const [a, b] = [entries(penguins.archive), entries(again.archive)];
    for (const name of ['predictor.mjs', 'predictor.d.mts', 'input.schema.json', 'output.schema.json', 'MODEL_CARD.md']) expect(b.get(name)!.equals(a.get(name)!), name).toBe(true);
  }, 120_000);
});

/** A loopback static server for one folder (symlinks followed, nothing outside the folder's tree served). */
async function staticServer(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.json': 'application/json', '.bin': 'application/octet-stream' };
  const allowed = [realpathSync(dir), realpathSync(path.join(projectRoot, 'node_modules/@tensorflow'))];
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    const real = existsSync(file) ? realpathSync(file) : '';
    if (!real || !allowed.some((a) => real.startsWith(`${a}/`)) || !statSync(real).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(real)] ?? 'application/octet-stream' }).end(readFileSync(real));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) console.warn('\n*** package-predictor.test.ts: no Debian chromium (.ci/run installs it): SKIPPING the browser tests ***\n');

describe.skipIf(!chromium)("the MODEL_CARD's browser page in headless Chromium", () => {
  let browser: import('playwright-core').Browser;
  beforeAll(async () => {
    const { chromium: pw } = await import('playwright-core');
    browser = await pw.launch({
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => browser?.close());

  for (const which of ['penguins (classification)', 'cars (regression)'] as const) {
    it(`loads ${which} through predictor.mjs and matches \`model-build predict\``, async () => {
      const b = which.startsWith('penguins') ? penguins : carsModel;
      const html = snippet(b.card, 'Use it in a browser', 'html');
      writeFileSync(path.join(b.dir, 'index.html'), html);
      const server = await staticServer(b.dir);
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('requestfailed', (q) => problems.push(`request failed: ${q.url()}`));
      // Loopback only: anything else is refused and reported.
      await page.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : (problems.push(`off-host: ${route.request().url()}`), route.abort())));
      try {
        await page.goto(`${origin}/index.html`);
        const out = page.locator('#predictions');
        await page.waitForFunction("document.getElementById('predictions').textContent !== 'loading…'", undefined, { timeout: 60_000 });
        const predictions = JSON.parse((await out.textContent())!) as Pred[];
        expect(problems).toEqual([]);
        expectClose(predictions, cliPredict(b.modelDir, snippetRecords(html)));
        if (b === carsModel) expect((predictions[0] as { value: number }).value).toBeGreaterThan(10);
      } finally {
        await page.close();
        server.close();
      }
    }, 90_000);
  }
});
