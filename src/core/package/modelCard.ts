import type { PackageMetadata } from './metadata.js';

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));

/** MODEL_CARD.md: what the model is for, what it was built from, and how well it does. */
export function modelCard(m: PackageMetadata): string {
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
    `- Trained with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend, seed ${m.training.seed}`,
    `- ${m.training.epochsRun} epochs${m.training.stoppedEarly ? `, stopped early; weights from epoch ${m.training.bestEpoch}` : ''}`,
    '',
    '## Versions',
    '',
    `- Code: commit \`${m.code.commit}\` (tree \`${m.code.tree}\`)${m.code.ref ? ` on \`${m.code.ref}\`` : ''}${m.code.dirty ? ' — **built from a dirty working tree**' : ''}`,
    `- Config: \`${m.config.path}\` (${m.config.digest})`,
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
