import type { Preprocessor } from '../features/preprocessor.js';
import type { Profile } from '../profile/profiler.js';
import type { PackageMetadata } from './metadata.js';
import { describeInputs, exampleRecord, outputMeaning, readable, type InputField } from './schemas.js';

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));

/** The fitted preprocessing and training profile: what the card's Inputs and Outputs describe. */
export interface CardModelIo {
  preprocessor: Preprocessor;
  profile?: Profile;
}

/** MODEL_CARD.md: what the model is for, what it was built from, how well it does, how to run it. */
export function modelCard(m: PackageMetadata, io?: CardModelIo): string {
  const lines: string[] = [`# Model card: ${m.name}${m.version ? ` ${m.version}` : ''}`, ''];
  if (m.dirty) {
    lines.push(
      '> **Warning: not a clean build.** It was forced with `--allow-dirty`; it cannot be reproduced from the recorded versions.',
      ...(m.problems ?? []).map((p) => `> - ${p}`),
      '',
    );
  }
  if (m.description) lines.push(m.description, '');
  lines.push('## Intended use', '', m.intendedUse ?? '_Not stated: set `intendedUse` in the config._', '');
  lines.push(
    '## Model',
    '',
    `- Task: ${m.task}, predicting \`${m.label}\`${m.classes ? ` (classes: ${m.classes.join(', ')})` : ''}`,
    m.training.trainer?.name === 'dense'
      ? `- Trained by model-build's dense trainer (${m.training.trainer.shards} shards per batch: the same weights on any CPU and core count), seed ${m.training.seed}; initialized, saved and validated with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend`
      : `- Trained with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend, seed ${m.training.seed}`,
    `- ${m.training.epochsRun} epochs${m.training.stoppedEarly ? `, stopped early; weights from epoch ${m.training.bestEpoch}` : ''}`,
    '',
    '## Versions',
    '',
    `- Code: commit \`${m.code.commit}\` (tree \`${m.code.tree}\`)${m.code.ref ? ` on \`${m.code.ref}\`` : ''}${m.code.dirty ? ' — **built from a dirty working tree**' : ''}`,
    `- Config: \`${m.config.path}\` (${m.config.digest})${m.variant ? `, sweep variant \`${m.variant.id}\`: ${Object.entries(m.variant.overrides).map(([k, v]) => `\`${k}\` = \`${JSON.stringify(v)}\``).join(', ')}` : ''}`,
    '',
    '| data | versioned by | hash | size | rows |',
    '| --- | --- | --- | --- | --- |',
    ...m.data.map((d) => {
      const differs = d.actual !== undefined && d.actual !== d.hash;
      const hash = `\`${d.hash ?? '—'}\`${differs ? ` — **read ${d.actual ? `\`${d.actual}\`` : 'unknown bytes'} (${d.status ?? 'modified'})**` : ''}`;
      return `| \`${d.path}\` | ${d.kind ?? 'not versioned'}${d.pointer && d.pointer !== d.path ? ` (\`${d.pointer}\`)` : ''} | ${hash} | ${d.size ?? '—'} | ${d.rows ?? '—'} |`;
    }),
    '',
    '## Validation metrics',
    '',
    '| metric | value |',
    '| --- | --- |',
    ...Object.entries(m.metrics)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .map(([k, v]) => `| ${k} | ${fmt(v)} |`),
    '',
  );
  if (m.gates.length > 0) {
    lines.push('## Gates', '', '| gate | result | value |', '| --- | --- | --- |');
    for (const g of m.gates) lines.push(`| ${g.metric} ${g.op} ${g.threshold} | ${g.passed ? 'passed' : '**failed**'} | ${fmt(g.actual)} |`);
    lines.push('');
  }
  if (m.training.history.length > 0) {
    lines.push('## Training curve', '', trainingChart(m.training.history), '', 'Lines: training loss, then validation loss.', '');
  }
  if (io) lines.push(...usage(m, io));
  lines.push(
    '## Running it',
    '',
    '```sh',
    'npm ci',
    'node predict.mjs < records.jsonl > predictions.jsonl',
    '```',
    '',
    '`sha256sum -c MANIFEST.sha256` verifies every file of this package.',
    '',
  );
  return lines.join('\n');
}

/** A Mermaid `xychart-beta` of training and validation loss per epoch (GitHub renders it). */
export function trainingChart(history: ReadonlyArray<{ epoch: number; loss: number; val_loss: number }>): string {
  return [
    '```mermaid',
    'xychart-beta',
    '  title "loss per epoch"',
    `  x-axis [${history.map((e) => e.epoch).join(', ')}]`,
    '  y-axis "loss"',
    `  line [${history.map((e) => fmt(e.loss)).join(', ')}]`,
    `  line [${history.map((e) => fmt(e.val_loss)).join(', ')}]`,
    '```',
  ].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function seenCell(f: InputField): string {
  if (f.categories) {
    const shown = f.categories.slice(0, 30).map((c) => `\`${cell(c)}\``);
    return `${shown.join(', ')}${f.categories.length > 30 ? `, … (${f.categories.length} in all, see input.schema.json)` : ''}`;
  }
  const range = f.range ? `${readable(f.range[0])} to ${readable(f.range[1])}` : '—';
  return f.boundaries ? `${range}; buckets cut at ${f.boundaries.map(readable).join(', ')}` : range;
}

/**
 * Inputs, Outputs, and copy-paste code for a browser, for Node and over HTTP (`model-build
 * serve`). The snippets are what the tests run (extracted from the card), so they stay correct.
 */
function usage(m: PackageMetadata, io: CardModelIo): string[] {
  const fields = describeInputs(io.preprocessor, io.profile);
  const record = JSON.stringify(exampleRecord(fields));
  const tfjs = m.environment.dependencies['@tensorflow/tfjs'] ?? 'latest';
  return [
    '## Inputs',
    '',
    `One record is a JSON object with these fields (\`input.schema.json\` is its JSON Schema). Every field may be missing; other fields are ignored. Values outside the training range are accepted. Categories not seen in training are refused by the schema; the predictor gives them the slot for unseen values.`,
    '',
    '| field | type | seen in training | missing or null → |',
    '| --- | --- | --- | --- |',
    ...fields.map((f) => `| \`${cell(f.name)}\` | ${f.kind === 'categorical' ? 'category (text)' : f.kind === 'bucketized' ? 'number (bucketized)' : f.type} | ${seenCell(f)} | ${cell(f.missing)} |`),
    '',
    '## Outputs',
    '',
    `Per record, ${outputMeaning(io.preprocessor, io.profile)}. \`output.schema.json\` is its JSON Schema.`,
    '',
    '## Use it in a browser',
    '',
    `Unpack the package, run \`npm ci\` in it (TensorFlow.js ${tfjs} lands in \`node_modules/\`), save this page as \`index.html\` beside \`predictor.mjs\`, serve the folder with any static server (\`python3 -m http.server\`) and open it. Without \`npm ci\`, point the import map at \`https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@${tfjs}/dist/tf.fesm.min.js\`.`,
    '',
    '```html',
    '<!doctype html>',
    '<meta charset="utf-8">',
    '<script type="importmap">',
    '  { "imports": { "@tensorflow/tfjs": "./node_modules/@tensorflow/tfjs/dist/tf.fesm.min.js" } }',
    '</script>',
    '<pre id="predictions">loading…</pre>',
    '<script type="module">',
    "  import { loadPredictor } from './predictor.mjs';",
    "  const predictor = await loadPredictor(new URL('./', import.meta.url));",
    // `<` escaped: a value holding `</script>` must not end the script element.
    `  const records = [${record.replace(/</g, '\\u003c')}];`,
    "  document.getElementById('predictions').textContent = JSON.stringify(predictor.predict(records), null, 2);",
    '</script>',
    '```',
    '',
    '## Use it in Node',
    '',
    'In the unpacked package, `npm ci`, then save this as `example.mjs` and run `node example.mjs`:',
    '',
    '```js',
    "import { readFile } from 'node:fs/promises';",
    "import { loadPredictor } from './predictor.mjs';",
    'const predictor = await loadPredictor((file) => readFile(new URL(file, import.meta.url)));',
    `console.log(JSON.stringify(predictor.predict([${record}])));`,
    'predictor.dispose();',
    '```',
    '',
    '`predictor.mjs` has no Node built-ins: it runs in browsers, Node, Deno, Bun and Web Workers (types: `predictor.d.mts`). `loadPredictor` takes the package folder\'s URL, a function that reads a file of the package, or the files themselves (`{ "preprocessor.json", "model/model.json", "model/weights.bin" }`); pass `{ tf }` to run on another TensorFlow.js (e.g. `@tensorflow/tfjs-node`). It uses TensorFlow.js\'s current backend: numbers can differ from training\'s in the last digits.',
    '',
    '## Use it over HTTP',
    '',
    `With model-build installed (Node 20+; see its README), serve this package's \`.zip\` as it is (every digest is verified before the model loads) on \`http://127.0.0.1:8080\`, this machine only (\`--host\`, \`--port\` to change):`,
    '',
    '```sh',
    `npx model-build serve ${m.name}-*.zip`,
    '```',
    '',
    'and from another terminal:',
    '',
    '```sh',
    // Single-quoted for the shell: a quote in a value is closed, escaped and reopened.
    `curl -s http://127.0.0.1:8080/predict -H 'content-type: application/json' -d '[${record.replace(/'/g, "'\\''")}]'`,
    '```',
    '',
    'The answer is `{"predictions": [...]}`, one per record as in Outputs (`Accept: application/x-ndjson` gives JSON Lines). `POST /predict` also reads JSON Lines (`application/x-ndjson`) and CSV (`text/csv`, with a header row); a record that does not match `input.schema.json` is answered 400 naming the record, the field and what it takes. `GET /schema` returns both schemas, `GET /metadata` this package\'s `metadata.json`, `GET /health` 200 once the model is loaded. SIGTERM finishes the requests in flight, then stops.',
    '',
  ];
}
