/**
 * `model-build serve`, tested as a client meets it: real packages (penguins, multiclass; vega
 * cars, regression) served by the real CLI in a child process on a free loopback port, real
 * HTTP requests through Node's http client and curl, and every answer compared with
 * `model-build predict` on the same records (same backend). Bad bodies, limits, concurrency,
 * SIGTERM during a request and a tampered package are each their own test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../src/core/package/zip.js';
import { cli, cliCommand, projectRoot } from './helpers/cli.js';
import { penguinsCsv, penguinsRepo } from './helpers/project.js';
import { makeRepo, tempDir } from './helpers/repo.js';

type Pred = { label: string; probabilities: Record<string, number> } | { value: number };
type Built = { archive: string; modelDir: string };

function build(root: string): Built {
  const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
  expect(r.code, r.stderr).toBe(0);
  const j = JSON.parse(r.stdout);
  return { archive: j.package.archive, modelDir: j.modelDir };
}

/** `model-build predict` on records, shaped as the server answers (regression `prediction` → `value`). */
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

function expectClose(actual: Pred[], expected: Pred[], tolerance = 1e-6): void {
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

interface Served {
  url: string;
  port: number;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

const running: Served[] = [];

/** Starts `model-build serve` (the CLI under test) on a free port and waits for its startup line. */
async function serve(archive: string, args: string[] = []): Promise<Served> {
  const [program, ...entry] = cliCommand();
  const child = spawn(program!, [...entry, 'serve', archive, '--port', '0', '--backend', 'wasm', ...args], {
    cwd: projectRoot,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no startup line in 60 s\n${out}\n${err}`)), 60_000);
    const look = () => {
      const m = /at (http:\/\/127\.0\.0\.1:\d+)|"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve((m[1] ?? m[2])!);
      }
    };
    child.stdout!.on('data', look);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code} before listening\n${out}\n${err}`));
    });
  });
  const s: Served = { url, port: Number(new URL(url).port), child, stdout: () => out, stderr: () => err, exit };
  running.push(s);
  return s;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON of any shape
  json: any;
}

/** One real HTTP request (Node's client, a fresh connection unless an agent is given). */
function call(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode!, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`${url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const [csvHead, ...csvRows] = penguinsCsv.trim().split('\n');
const csvColumns = csvHead!.split(',');
/** Training rows as JSON records (numbers as numbers, empty cells missing), plus extra fields. */
const penguinRecords: Array<Record<string, unknown>> = csvRows.slice(0, 30).map((line, i) => ({
  ...Object.fromEntries(line.split(',').flatMap((v, k) => (v === '' ? [] : [[csvColumns[k]!, /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]]))),
  id: i,
}));

const cars = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/vega-datasets/data/cars.json'), 'utf8')) as Array<Record<string, unknown>>;
const labeledCars = cars.filter((c) => typeof c.Miles_per_Gallon === 'number');

let penguins: Built;
let carsModel: Built;
let server: Served;
beforeAll(async () => {
  penguins = build(penguinsRepo());
  carsModel = build(
    makeRepo({
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
        'training:',
        '  epochs: 10',
        '  backend: wasm',
        '',
      ].join('\n'),
    }),
  );
  server = await serve(penguins.archive);
}, 240_000);

afterAll(async () => {
  for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
});

describe('GET endpoints', () => {
  it('/health, /metadata (the package bytes), /schema (both schemas); 404 and 405 as JSON', async () => {
    const health = await call(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(health.json).toEqual({ status: 'ok', model: 'penguins', task: 'multiclass', backend: 'wasm' });

    const entries = new Map(readZip(readFileSync(penguins.archive)).map((e) => [e.name, e.data]));
    const metadata = await call(`${server.url}/metadata`);
    expect(metadata.status).toBe(200);
    expect(Buffer.from(metadata.text)).toEqual(entries.get('metadata.json'));

    const schema = await call(`${server.url}/schema`);
    expect(schema.json).toEqual({ input: JSON.parse(entries.get('input.schema.json')!.toString()), output: JSON.parse(entries.get('output.schema.json')!.toString()) });

    const head = await call(`${server.url}/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');

    const missing = await call(`${server.url}/predictions?x=1`);
    expect(missing.status).toBe(404);
    expect(missing.json.error).toMatchObject({ code: 'NOT_FOUND', message: 'nothing at GET /predictions' });
    expect(missing.json.error.hint).toContain('POST /predict');

    const wrong = await call(`${server.url}/predict`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
    expect(wrong.json.error).toMatchObject({ code: 'METHOD_NOT_ALLOWED', message: '/predict answers POST, not GET' });
    const wrong2 = await call(`${server.url}/schema`, { method: 'DELETE' });
    expect(wrong2.status).toBe(405);
    expect(wrong2.headers.allow).toBe('GET, HEAD');
  });
});

describe('POST /predict', () => {
  it('answers a JSON array as `model-build predict` does, in the shape output.schema.json describes', async () => {
    const r = await postJson(server.url, penguinRecords);
    expect(r.status, r.text).toBe(200);
    // Rows with empty cells (left out of their records) are filled, and counted.
    const missing = (col: string) => penguinRecords.filter((rec) => !(col in rec)).length;
    expect(missing('sex')).toBeGreaterThan(0);
    expect(r.json.filled).toEqual(Object.fromEntries(['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex'].filter((c) => missing(c) > 0).map((c) => [c, missing(c)])));
    expectClose(r.json.predictions, cliPredict(penguins.modelDir, penguinRecords));
    const validate = new Ajv2020().compile((await call(`${server.url}/schema`)).json.output);
    for (const p of r.json.predictions) expect(validate(p), JSON.stringify(validate.errors)).toBe(true);
    // One record on its own is one prediction.
    const one = await postJson(server.url, penguinRecords[3]);
    expectClose(one.json.predictions, [r.json.predictions[3]], 0);
    // An empty array is an empty answer.
    expect((await postJson(server.url, [])).json).toEqual({ predictions: [] });
  });

  it('reads JSON Lines and CSV (cells as text, as predict reads a CSV file) to the same answers; Accept picks JSON Lines', async () => {
    const expected = cliPredict(penguins.modelDir, penguinRecords);
    const jsonl = await call(`${server.url}/predict`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: `${penguinRecords.map((r) => JSON.stringify(r)).join('\n')}\n\n`,
    });
    expect(jsonl.status, jsonl.text).toBe(200);
    expectClose(jsonl.json.predictions, expected);

    const csvFile = path.join(tempDir(), 'in.csv');
    const csv = `${[csvHead, ...csvRows.slice(0, 30)].join('\r\n')}\r\n`;
    writeFileSync(csvFile, csv);
    const viaCli = cli(['predict', '--model', penguins.modelDir, '--input', csvFile, '--backend', 'wasm']);
    const fromCsvFile = viaCli.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const asCsv = await call(`${server.url}/predict`, { method: 'POST', headers: { 'content-type': 'text/csv; charset=utf-8', accept: 'application/x-ndjson' }, body: csv });
    expect(asCsv.status, asCsv.text).toBe(200);
    expect(asCsv.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expectClose(asCsv.text.trim().split('\n').map((l) => JSON.parse(l)), fromCsvFile);
    expectClose(fromCsvFile, expected, 0);
    const jsonl2 = await call(`${server.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/jsonl', accept: 'application/json;q=0.5, application/jsonl' }, body: JSON.stringify(penguinRecords[0]) });
    expect(jsonl2.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
  });

  it('fills missing values as in training and says which (body and header); a missing-value marker counts as missing', async () => {
    const r = await postJson(server.url, [{ island: 'Dream' }, { island: 'Biscoe', sex: null, bill_length_mm: 'NA', body_mass_g: '' }]);
    expect(r.status, r.text).toBe(200);
    expect(r.json.filled).toEqual({ bill_length_mm: 2, bill_depth_mm: 2, flipper_length_mm: 2, body_mass_g: 2, sex: 2 });
    expect(r.headers['model-build-filled']).toBe('bill_length_mm=2, bill_depth_mm=2, flipper_length_mm=2, body_mass_g=2, sex=2');
    expectClose(r.json.predictions, cliPredict(penguins.modelDir, [{ island: 'Dream' }, { island: 'Biscoe' }]));
    // Numeric text is a number, as the predictor reads it.
    const text = await postJson(server.url, [{ ...penguinRecords[0], bill_length_mm: String(penguinRecords[0]!.bill_length_mm) }]);
    expectClose(text.json.predictions, cliPredict(penguins.modelDir, [penguinRecords[0]!]), 0);
  });

  it('answers a regression model in the label\'s units (`value`), as predict does', async () => {
    const carsServer = await serve(carsModel.archive);
    const records = labeledCars.slice(0, 25);
    const r = await postJson(carsServer.url, records);
    expect(r.status, r.text).toBe(200);
    expectClose(r.json.predictions, cliPredict(carsModel.modelDir, records));
    expect(r.json.predictions[0].value).toBeGreaterThan(8);
    carsServer.child.kill('SIGTERM');
    expect(await carsServer.exit).toBe(0);
  }, 90_000);
});

describe('bad requests are answered 4xx with what, where and what to do', () => {
  const bad: Array<[string, { type?: string; body: string; accept?: string; encoding?: string }, number, Record<string, unknown>]> = [
    ['invalid JSON', { body: '[{"island": "Biscoe",}]' }, 400, { code: 'BODY_INVALID', line: 1, column: 22 }],
    ['JSON that is not records', { body: '42' }, 400, { code: 'BODY_INVALID', message: 'the body is a number, not records' }],
    ['an array element that is not a record', { body: '[{"island":"Dream"}, "Biscoe"]' }, 400, { code: 'RECORD_INVALID', record: 1, message: 'records[1] is a string, not a record' }],
    [
      'a number field holding text',
      { body: '[{"island":"Dream"},{"bill_length_mm":"long"}]' },
      400,
      { code: 'RECORD_INVALID', record: 1, field: 'bill_length_mm', expected: 'a number', message: 'records[1]: field "bill_length_mm": "long" is not a number; expected a number' },
    ],
    ['a number field holding a boolean', { body: '{"body_mass_g": true}' }, 400, { code: 'RECORD_INVALID', record: 0, field: 'body_mass_g' }],
    ['a number field holding an object', { body: '{"body_mass_g": {"kg": 4}}' }, 400, { code: 'RECORD_INVALID', record: 0, field: 'body_mass_g' }],
    [
      'an unknown category',
      { body: '[{"island":"Mars"}]' },
      400,
      { code: 'RECORD_INVALID', record: 0, field: 'island', expected: 'one of "Biscoe", "Dream", "Torgersen"', message: 'records[0]: field "island": "Mars" is not a category the model knows; expected one of "Biscoe", "Dream", "Torgersen"' },
    ],
    [
      'records wrapped in an object',
      { body: '{"instances": [{"island": "Dream"}]}' },
      400,
      { code: 'RECORD_INVALID', record: 0, message: 'records[0] has none of the fields the model reads (it has "instances")' },
    ],
    ['a CSV whose columns are none of the model\'s', { type: 'text/csv', body: 'Island,Sex\nDream,male\n' }, 400, { code: 'RECORD_INVALID', record: 0, line: 2 }],
    ['an empty body', { body: '' }, 400, { code: 'BODY_INVALID', message: 'the body is empty' }],
    ['a blank body', { body: ' \n ', type: 'application/x-ndjson' }, 400, { code: 'BODY_INVALID', message: 'the body is empty' }],
    ['a JSON Lines line that is not JSON', { type: 'application/x-ndjson', body: '{"island":"Dream"}\n{"island":\n' }, 400, { code: 'BODY_INVALID', line: 2, record: 1 }],
    [
      'a JSON Lines record with a bad field names its line',
      { type: 'application/x-ndjson', body: '{"island":"Dream"}\n\n{"sex":"unknown"}\n' },
      400,
      { code: 'RECORD_INVALID', record: 1, line: 3, field: 'sex', message: 'records[1] (line 3): field "sex": "unknown" is not a category the model knows; expected one of "female", "male"' },
    ],
    ['a CSV row with too few fields', { type: 'text/csv', body: 'island,sex\nDream,male\nBiscoe\n' }, 400, { code: 'BODY_INVALID', record: 1, line: 3 }],
    ['a CSV cell that is not a number', { type: 'text/csv', body: 'island,body_mass_g\nDream,heavy\n' }, 400, { code: 'RECORD_INVALID', record: 0, line: 2, field: 'body_mass_g' }],
    ['a CSV quote never closed', { type: 'text/csv', body: 'island,sex\n"Dream,male\n' }, 400, { code: 'BODY_INVALID', line: 2 }],
    ['bytes that are not UTF-8', { body: '["\udc80"]' }, 400, { code: 'BODY_INVALID' }],
    ['a form', { type: 'application/x-www-form-urlencoded', body: 'island=Dream' }, 415, { code: 'UNSUPPORTED_MEDIA_TYPE' }],
    ['no content type', { type: '', body: '[]' }, 415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'the request has no Content-Type: the server reads records by their media type' }],
    ['another charset', { type: 'application/json; charset=latin1', body: '[]' }, 415, { code: 'UNSUPPORTED_MEDIA_TYPE' }],
    ['a compressed body', { encoding: 'gzip', body: '[]' }, 415, { code: 'UNSUPPORTED_MEDIA_TYPE' }],
    ['an answer type the server cannot write', { accept: 'text/html', body: '[]' }, 406, { code: 'NOT_ACCEPTABLE' }],
  ];
  it.each(bad)('%s', async (_what, req, status, error) => {
    const headers: Record<string, string> = { 'content-type': req.type ?? 'application/json' };
    if (req.type === '') delete headers['content-type'];
    if (req.accept) headers.accept = req.accept;
    if (req.encoding) headers['content-encoding'] = req.encoding;
    const body = req.body.includes('\udc80') ? Buffer.concat([Buffer.from('["'), Buffer.from([0xc3, 0x28]), Buffer.from('"]')]) : req.body;
    const r = await call(`${server.url}/predict`, { method: 'POST', headers, body });
    expect(r.status, r.text).toBe(status);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json.error).toMatchObject(error);
    expect(r.json.error.hint, 'every error says what to do').toMatch(/\w{4}/);
    expect(r.text).not.toMatch(/\n\s+at |internal error/);
  });

  it('keeps a keep-alive connection usable after refusing a small body it did not read', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ports: number[] = [];
    const send = (type: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${server.url}/predict`, { method: 'POST', headers: { 'content-type': type }, agent }, (res) => {
          ports.push(res.socket.localPort!);
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        });
        req.on('error', reject);
        req.end(JSON.stringify(penguinRecords.slice(0, 2)));
      });
    expect(await send('text/plain')).toBe(415);
    expect(await send('application/json')).toBe(200);
    agent.destroy();
    expect(ports[1]).toBe(ports[0]);
  });

  it('lists up to 20 problems in one answer, each naming its record and field', async () => {
    const records = Array.from({ length: 30 }, (_, i) => ({ island: `Atlantis${i}`, bill_depth_mm: 'deep' }));
    const r = await postJson(server.url, records);
    expect(r.status).toBe(400);
    expect(r.json.error.problems).toHaveLength(20);
    expect(r.json.error.problems[1]).toMatchObject({ record: 0, field: 'bill_depth_mm' });
    expect(r.json.error.problems[19]).toMatchObject({ record: 9, field: 'bill_depth_mm' });
    expect(r.json.error.message).toContain('(and at least 19 more: see problems)');
  });

  it('with --strict, a missing field is refused (400 naming record and field), like predict --strict', async () => {
    const strict = await serve(penguins.archive, ['--strict', '--json-logs']);
    const full = penguinRecords.find((r) => Object.keys(r).length === 8)!;
    const ok = await postJson(strict.url, [full]);
    expect(ok.status, ok.text).toBe(200);
    const { sex: _sex, ...noSex } = full;
    const r = await postJson(strict.url, [full, noSex]);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({
      code: 'RECORD_INVALID',
      record: 1,
      field: 'sex',
      message: 'records[1]: field "sex" is missing; this server refuses missing values (--strict)',
      hint: 'send a value for every field the model reads (GET /schema lists them)',
    });
    // --json-logs: the startup line and one JSON object per request.
    expect(JSON.parse(strict.stdout().split('\n')[0]!)).toMatchObject({ event: 'listening', url: strict.url, model: 'penguins', strict: true });
    strict.child.kill('SIGTERM');
    expect(await strict.exit).toBe(0);
    const logs = strict.stderr().trim().split('\n').map((l) => JSON.parse(l));
    expect(logs.filter((l) => l.event === 'request').map((l) => [l.method, l.path, l.status, l.records])).toEqual([
      ['POST', '/predict', 200, 1],
      ['POST', '/predict', 400, null],
    ]);
    expect(logs.at(-1)).toMatchObject({ event: 'stopped', cutOff: 0 });
  }, 90_000);
});

describe('limits', () => {
  let small: Served;
  beforeAll(async () => {
    small = await serve(penguins.archive, ['--max-body', '64KiB', '--max-records', '50']);
  }, 90_000);

  /** A body of ~`bytes` bytes of valid records. */
  const bigBody = (bytes: number) => {
    const one = JSON.stringify(penguinRecords[0]);
    return `[${Array.from({ length: Math.ceil(bytes / (one.length + 1)) }, () => one).join(',')}]`;
  };

  it('refuses a declared Content-Length over the limit with 413 before reading it, and stays up', async () => {
    const r = await postJson(small.url, bigBody(200 * 1024));
    expect(r.status).toBe(413);
    expect(r.json.error).toMatchObject({ code: 'BODY_TOO_LARGE', message: 'the request body is larger than the limit of 64 KiB', limit: 65536 });
    expect(r.json.error.hint).toContain('--max-body');
    expect((await call(`${small.url}/health`)).status).toBe(200);
  });

  it('stops reading a chunked body at the limit (413) and never reads the rest; the server stays up', async () => {
    let written = 0;
    let answered = false;
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(`${small.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => {
          answered = true;
          resolve({ status: res.statusCode!, headers: res.headers, text, json: JSON.parse(text) });
          req.destroy();
        });
      });
      req.on('error', (e) => (answered ? undefined : reject(e)));
      const line = `${JSON.stringify(penguinRecords[0])}\n`.repeat(100);
      // Writes until the server answers: 64 MiB would take a while, so an early answer proves the rest was not read.
      const pump = () => {
        while (written < 64 * 1024 ** 2) {
          written += line.length;
          if (!req.write(line)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe('BODY_TOO_LARGE');
    expect(written).toBeLessThan(64 * 1024 ** 2);
    expect((await call(`${small.url}/health`)).status).toBe(200);
    const ok = await postJson(small.url, penguinRecords.slice(0, 2));
    expect(ok.status).toBe(200);
  });

  it('answers Expect: 100-continue with 413 when the declared body is too large, so the client never sends it', async () => {
    const answer = await new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
      let continued = false;
      const req = httpRequest(`${small.url}/predict`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(1024 ** 2), expect: '100-continue' },
        agent: false,
      });
      req.on('continue', () => (continued = true));
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, continued }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer).toEqual({ status: 413, continued: false });
    // Within the limit, the go-ahead comes and the request is answered.
    const ok = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify(penguinRecords.slice(0, 2));
      const req = httpRequest(`${small.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), expect: '100-continue' }, agent: false });
      req.on('continue', () => req.end(body));
      req.on('response', (res) => (res.resume(), res.on('end', () => resolve(res.statusCode!))));
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(ok).toBe(200);
  });

  it('refuses more records than --max-records (413), in every format', async () => {
    const many = Array.from({ length: 51 }, () => penguinRecords[0]!);
    const r = await postJson(small.url, many);
    expect(r.status).toBe(413);
    expect(r.json.error).toMatchObject({ code: 'TOO_MANY_RECORDS', message: 'the request holds more than 50 records, the limit per request', limit: 50 });
    expect(r.json.error.hint).toContain('--max-records');
    const csv = `island\n${'Dream\n'.repeat(51)}`;
    expect((await call(`${small.url}/predict`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv })).status).toBe(413);
    const jsonl = `${JSON.stringify({ island: 'Dream' })}\n`.repeat(51);
    expect((await call(`${small.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: jsonl })).status).toBe(413);
    expect((await postJson(small.url, many.slice(0, 50))).status).toBe(200);
  });
});

describe('concurrency and shutdown', () => {
  it('answers 20 concurrent requests (JSON, JSON Lines, CSV; 1 to 30 records) each with its own predictions', async () => {
    const expected = cliPredict(penguins.modelDir, penguinRecords);
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    const jobs = Array.from({ length: 20 }, (_, k) => {
      const from = k % 10;
      const part = penguinRecords.slice(from, from + 1 + ((k * 7) % 20));
      const format = k % 3;
      const body =
        format === 0
          ? JSON.stringify(part)
          : format === 1
            ? part.map((r) => JSON.stringify(r)).join('\n')
            : [csvColumns.join(','), ...part.map((r) => csvColumns.map((c) => (r[c] === undefined ? '' : String(r[c]))).join(','))].join('\n');
      const type = ['application/json', 'application/x-ndjson', 'text/csv'][format]!;
      return call(`${server.url}/predict`, { method: 'POST', headers: { 'content-type': type }, body, agent }).then((r) => ({ r, from, n: part.length }));
    });
    const answers = await Promise.all(jobs);
    agent.destroy();
    for (const { r, from, n } of answers) {
      expect(r.status, r.text).toBe(200);
      expectClose(r.json.predictions, expected.slice(from, from + n));
    }
  });

  it('on SIGTERM stops accepting, finishes the request in flight, and exits 0', async () => {
    const s = await serve(penguins.archive);
    const records = penguinRecords.slice(0, 10);
    const body = records.map((r) => JSON.stringify(r)).join('\n');
    let sent = false;
    const answer = new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(`${s.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text, json: JSON.parse(text) }));
      });
      req.on('error', reject);
      // Half the body now; the rest after the signal.
      req.write(body.slice(0, 200));
      setTimeout(() => {
        s.child.kill('SIGTERM');
        setTimeout(async () => {
          // Draining: a new connection is refused while the request in flight goes on.
          await expect(call(`${s.url}/health`)).rejects.toThrow(/ECONNREFUSED/);
          sent = true;
          req.end(body.slice(200));
        }, 500);
      }, 500);
    });
    const r = await answer;
    expect(sent).toBe(true);
    expect(r.status, r.text).toBe(200);
    expect(r.headers.connection).toBe('close');
    expectClose(r.json.predictions, cliPredict(penguins.modelDir, records));
    expect(await s.exit).toBe(0);
    expect(s.stderr()).toMatch(/SIGTERM: not accepting connections; finishing 1 request in flight \(at most 30 s\)\nPOST \/predict 200 10 records [\d.]+ ms\nstopped\n$/);
  }, 90_000);

  it('with --drain-delay, keeps serving after SIGTERM with /health at 503, then stops (exit 0)', async () => {
    const s = await serve(penguins.archive, ['--drain-delay', '5']);
    s.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 400));
    const health = await call(`${s.url}/health`);
    expect(health.status).toBe(503);
    expect(health.json.error).toMatchObject({ code: 'DRAINING', message: 'the server is shutting down' });
    const r = await postJson(s.url, penguinRecords.slice(0, 2));
    expect(r.status).toBe(200);
    expect(r.headers.connection).toBe('close');
    expect(await s.exit).toBe(0);
    await expect(call(`${s.url}/health`)).rejects.toThrow(/ECONNREFUSED/);
    expect(s.stderr()).toMatch(/^SIGTERM: \/health answers 503; serving 5 s more, then not accepting connections/m);
  }, 90_000);

  it('logs one line per request with method, path, status, records and ms: never a body or a query', async () => {
    const s = await serve(penguins.archive);
    await postJson(s.url, [{ island: 'Dream', password: 'hunter2-do-not-log' }]);
    await call(`${s.url}/health?token=secret-query`);
    await postJson(s.url, '[{"island": "Mars-secret"}]');
    s.child.kill('SIGINT');
    expect(await s.exit).toBe(0);
    const lines = s.stderr().trim().split('\n');
    expect(lines[0]).toMatch(/^POST \/predict 200 1 record [\d.]+ ms$/);
    expect(lines[1]).toMatch(/^GET \/health 200 [\d.]+ ms$/);
    expect(lines[2]).toMatch(/^POST \/predict 400 RECORD_INVALID [\d.]+ ms$/);
    expect(lines[3]).toMatch(/^SIGINT: /);
    expect(s.stderr()).not.toMatch(/hunter2|secret/);
    expect(s.stdout()).toMatch(/^serving penguins \(multiclass, predicts species\) at http:\/\/127\.0\.0\.1:\d+ {2}\[POST \/predict, GET \/health \/metadata \/schema; body ≤ 10 MiB, ≤ 100,000 records; wasm backend\]\n$/);
  }, 90_000);
});

describe('refusals at start', () => {
  it('refuses a tampered package before listening (exit 2, one clear error)', () => {
    const entries = readZip(readFileSync(penguins.archive)).map((e) => {
      if (e.name !== 'model/weights.bin') return { name: e.name, data: e.data };
      const data = Buffer.from(e.data);
      data[10] = data[10]! ^ 1;
      return { name: e.name, data };
    });
    const tampered = path.join(tempDir(), 'penguins-tampered.zip');
    writeFileSync(tampered, writeZip(entries, { mtime: 315532800 }));
    const r = cli(['serve', tampered, '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: ${tampered}: model/weights.bin does not match its digest in MANIFEST.sha256: the package was tampered with or damaged\n  hint: rebuild the package, or fetch it again from where it was published\n`);
  });

  it.each([
    [['--port', '65536'], '--port must be a whole number from 0 to 65535 (got "65536")'],
    [['--port', '80x'], '--port must be a whole number from 0 to 65535 (got "80x")'],
    [['--host', 'example.com'], '--host must be an IP address (got "example.com")'],
    [['--host', '999.1.1.1'], '--host must be an IP address (got "999.1.1.1")'],
    [['--max-body', '0'], '--max-body must be a size from 1 byte to 256 MiB (got "0")'],
    [['--max-body', '1TiB'], '--max-body must be a size from 1 byte to 256 MiB (got "1TiB")'],
    [['--max-records', '-3'], '--max-records needs a value, but the next argument is "-3"'],
    [['--max-records', '0'], '--max-records must be a whole number from 1 to 10,000,000 (got "0")'],
    [['--drain-delay', '301'], '--drain-delay must be a number of seconds from 0 to 300 (got "301")'],
  ])('refuses %j as a usage error (exit 2) before reading the package', (args, message) => {
    const r = cli(['serve', 'no-such.zip', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: serve: ${message}`);
    expect(r.stderr).toContain('hint: ');
  });

  it('--check answers one real request with the example record and stops (exit 0)', () => {
    const r = cli(['serve', penguins.archive, '--port', '0', '--backend', 'wasm', '--check']);
    expect(r.code, r.stderr).toBe(0);
    const m = /^check: POST \/predict (\[.*\]) → (\{.*\})$/m.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(JSON.parse(m![2]!).predictions).toHaveLength(1);
    expect(r.stderr).toMatch(/^GET \/health 200 [\d.]+ ms\nPOST \/predict 200 1 record [\d.]+ ms\n$/);
    // With --json-logs, every line on stdout and stderr is one JSON object.
    const j = cli(['serve', penguins.archive, '--port', '0', '--backend', 'wasm', '--check', '--json-logs']);
    expect(j.code, j.stderr).toBe(0);
    const events = [...j.stdout.trim().split('\n'), ...j.stderr.trim().split('\n')].map((l) => JSON.parse(l).event);
    expect(events).toEqual(['listening', 'check', 'request', 'request']);
  }, 90_000);

  it('warns when listening beyond loopback', () => {
    const r = cli(['serve', penguins.archive, '--host', '0.0.0.0', '--port', '0', '--backend', 'wasm', '--check']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: listening on 0.0.0.0: other machines can reach this server, and it has no authentication or TLS');
  }, 60_000);
});

describe("the MODEL_CARD's HTTP section", () => {
  /** The fenced sh blocks under "## Use it over HTTP". */
  const blocks = (archive: string): string[] => {
    const card = readZip(readFileSync(archive)).find((e) => e.name === 'MODEL_CARD.md')!.data.toString('utf8');
    const section = card.split(/^## /m).find((s) => s.startsWith('Use it over HTTP\n'));
    expect(section, 'MODEL_CARD has no "## Use it over HTTP"').toBeDefined();
    return [...section!.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
  };

  for (const which of ['penguins', 'cars'] as const) {
    it(`runs the card's curl request as written against \`model-build serve\` (${which})`, async () => {
      const b = which === 'penguins' ? penguins : carsModel;
      const [serveLine = '', curlLine = ''] = blocks(b.archive);
      // The serve line names this package: run from its folder, its glob matches the archive.
      expect(serveLine).toBe(`npx model-build serve ${which}-*.zip`);
      const globbed = spawnSync('sh', ['-c', `echo ${serveLine.replace('npx model-build serve ', '')}`], { cwd: path.dirname(b.archive), encoding: 'utf8' });
      expect(globbed.stdout.trim()).toBe(path.basename(b.archive));
      expect(curlLine).toMatch(/^curl -s http:\/\/127\.0\.0\.1:8080\/predict -H 'content-type: application\/json' -d '\[\{.*\}\]'$/);
      const s = which === 'penguins' ? server : await serve(b.archive);
      // The one change: the port this test's server got instead of the default 8080.
      const r = spawnSync('sh', ['-c', curlLine.replace('http://127.0.0.1:8080/', `${s.url}/`)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      const records = JSON.parse(/-d '(\[.*\])'$/.exec(curlLine)![1]!.replace(/'\\''/g, "'"));
      expectClose(out.predictions, cliPredict(b.modelDir, records));
      if (which === 'cars') expect(out.predictions[0].value).toBeGreaterThan(8);
    }, 90_000);
  }
});

describe('the library', () => {
  it('PredictBatcher: requests queued in one turn share one predictor call, in order, up to the batch size', async () => {
    const { PredictBatcher } = await import('../src/core/serve/batcher.js');
    const calls: number[] = [];
    const batcher = new PredictBatcher((records) => {
      calls.push(records.length);
      if (records.some((r) => r.boom)) throw new Error('boom');
      return records.map((r) => ({ value: r.x as number }));
    }, 5);
    const rec = (...xs: number[]) => xs.map((x) => ({ x }));
    const answers = await Promise.all([batcher.predict(rec(1, 2)), batcher.predict(rec(3)), batcher.predict(rec(4, 5)), batcher.predict(rec(6, 7, 8, 9, 10, 11)), batcher.predict(rec(12))]);
    expect(answers).toEqual([[{ value: 1 }, { value: 2 }], [{ value: 3 }], [{ value: 4 }, { value: 5 }], rec(6, 7, 8, 9, 10, 11).map((r) => ({ value: r.x })), [{ value: 12 }]]);
    // 2+1+2 fit in 5; the 6-record request goes alone; the last one waits for the next call.
    expect(calls).toEqual([5, 6, 1]);
    const failed = await Promise.allSettled([batcher.predict(rec(1)), batcher.predict([{ boom: true }])]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    expect(await batcher.predict(rec(7))).toEqual([{ value: 7 }]);
  });

  it('serveModel embeds the same server in-process: listen, answer, close', async () => {
    const { serveModel } = await import('../src/index.js');
    const logs: unknown[] = [];
    const s = await serveModel(penguins.archive, { port: 0, backend: 'wasm', onRequest: (e) => logs.push(e) });
    try {
      expect(s.url).toBe(`http://127.0.0.1:${s.port}`);
      const r = await postJson(s.url, penguinRecords.slice(0, 3));
      expectClose(r.json.predictions, cliPredict(penguins.modelDir, penguinRecords.slice(0, 3)));
    } finally {
      expect(await s.close()).toEqual({ cutOff: 0 });
    }
    expect(logs).toEqual([expect.objectContaining({ method: 'POST', path: '/predict', status: 200, records: 3 })]);
  }, 60_000);
});
